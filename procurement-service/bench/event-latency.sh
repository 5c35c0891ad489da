#!/usr/bin/env bash
# procurement-service's share of the dispatch/receipt → inventory latency: state change committed → event read
# from Kafka by a consumer, at 50 flows/s (each flow = one dispatch + one store receipt), on a real PostgreSQL and
# a KRaft broker started for the run (as in the tests).
# Usage: procurement-service/bench/event-latency.sh [flows] [flows per second]   (default 1000 at 50/s)
# A forked JVM (exec:exec), because the test broker is started on the JVM's own classpath.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -f procurement-service/pom.xml test-compile exec:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-Dbench.flows=${1:-1000} -Dbench.rate=${2:-50} -classpath %classpath dev.pitlane.procurement.bench.EventLatencyBench"
