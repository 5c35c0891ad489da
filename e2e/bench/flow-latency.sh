#!/usr/bin/env bash
# End-to-end parts flow latency: from a parts issue's dispatch / store receipt commit in procurement-service until
# inventory-service has committed the stock change, p50/p99, at a steady rate through the gateway. Prints figures.
#   e2e/bench/flow-latency.sh [flows=1000] [flows per second=50]
# Starts its own suite on ports 24000 above devstack's (BENCH_PORT_OFFSET to change) with databases of its own.
# Builds the service jars first (package, never install); BENCH_SKIP_BUILD=1 uses the jars already in */target.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q -ntp -DskipTests package
fi
# the reactor's devstack and platform, not whatever ~/.m2 holds; a plain JVM, because the benchmark starts a
# Kafka broker from its own classpath
./mvnw -B -q -ntp -pl e2e -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
exec java -Xmx512m -cp "e2e/target/test-classes:$(cat e2e/target/bench.classpath)" \
  dev.pitlane.e2e.bench.FlowLatencyBenchmark "${1:-1000}" "${2:-50}"
