#!/usr/bin/env bash
# Gateway overhead benchmark: a read endpoint directly and through the gateway, same run. Prints figures.
#   e2e/bench/gateway-overhead.sh [path=/api/v1/locations] [seconds=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -DskipTests install
./mvnw -B -q -ntp -f e2e/pom.xml test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.pitlane.e2e.bench.GatewayOverheadBenchmark -Dexec.args="${1:-/api/v1/locations} ${2:-30}"
