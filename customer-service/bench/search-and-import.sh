#!/usr/bin/env bash
# Search and import benchmark of customer-service (see CustomerBenchmark): 1,000,000 customers and 1,500,000
# vehicles, phone and partial-name searches at 200 req/s for 30 s (p50/p99), and an import of 100,000 rows.
# Prints figures; it is not a test.
#
#   bench/search-and-import.sh                   the service in the benchmark's JVM on database customer_bench
#                                                (kept between runs; -Dfresh=true starts over)
#   bench/search-and-import.sh -Dgateway=true    the whole suite (gateway, auth, customer, ... and a Kafka broker),
#                                                each service its own JVM, at port offset 20000 (-DportOffset=...),
#                                                every request through the gateway; builds every service jar first
#                                                (BENCH_SKIP_BUILD=1 to use the jars as they are)
#   bench/search-and-import.sh -DbaseUrl=http://localhost:8080 -Dtoken=... -DadminJdbcUrl='jdbc:postgresql://...'
#                                                a suite already running
# Smaller runs: -Dcustomers=100000 -Dvehicles=150000 -Dseconds=10 -DimportRows=10000
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn=(./mvnw -o -B -q -ntp)
if [[ " $* " == *" -Dgateway=true "* && -z "${BENCH_SKIP_BUILD:-}" ]]; then
  # the suite starts each service from <service>/target/*.jar
  "${mvn[@]}" -DskipTests package
fi
# devstack from this checkout, not an older one in the local repository; a forked JVM, because the Kafka broker
# is started from the benchmark's own classpath
"${mvn[@]}" -pl devstack,customer-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
classpath="customer-service/target/test-classes:customer-service/target/classes:$(cat customer-service/target/bench.classpath)"
exec java -Xmx2g -XX:+UseParallelGC "$@" -classpath "$classpath" dev.pitlane.customer.bench.CustomerBenchmark
