#!/usr/bin/env bash
# Gateway overhead benchmark: a read endpoint directly and through the gateway, same run. Prints figures.
#   e2e/bench/gateway-overhead.sh [path=/api/v1/locations] [seconds=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -DskipTests install
# exec:exec, not exec:java: the benchmark starts a Kafka broker from its own JVM's classpath
./mvnw -B -q -ntp -f e2e/pom.xml test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx512m -classpath %classpath dev.pitlane.e2e.bench.GatewayOverheadBenchmark ${1:-/api/v1/locations} ${2:-30}"
