#!/usr/bin/env bash
# Overload and cold start of customer-service's searches (see OverloadBenchmark): cold start at 200 req/s right after
# the data generation, the warm capacity, then 2 x that for 60 s and the recovery after it. Prints figures; it is not
# a test. Same targets and options as search-and-import.sh (-Dgateway=true: the whole suite, through the gateway;
# -Dfresh=true: new databases, so the data is generated and the service is cold).
# Smaller runs: -Dcustomers=100000 -Dvehicles=150000 -DcoldSeconds=30 -DoverloadSeconds=30
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn=(./mvnw -o -B -q -ntp)
if [[ " $* " == *" -Dgateway=true "* && -z "${BENCH_SKIP_BUILD:-}" ]]; then
  "${mvn[@]}" -DskipTests package
fi
"${mvn[@]}" -pl devstack,customer-service -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
classpath="customer-service/target/test-classes:customer-service/target/classes:$(cat customer-service/target/bench.classpath)"
exec java -Xmx2g -XX:+UseParallelGC "$@" -classpath "$classpath" dev.pitlane.customer.bench.OverloadBenchmark
