#!/usr/bin/env bash
# Posting throughput of the stock-OUT endpoint next to pgbench doing the same SQL work, a hot SKU, and p99 at half
# the saturated rate. Uses the local PostgreSQL (a fresh database, dropped at exit) and a local Kafka broker.
# Knobs (environment): BENCH_CONCURRENCY=16 BENCH_SECONDS=20 BENCH_WARMUP=30 (the least; it goes on until the JIT
# has settled) BENCH_JVM_ARGS (extra JVM options) BENCH_JAVA (default: a JDK 21+ if one
# is installed, as the service's image runs on 21; else java)
set -euo pipefail
cd "$(dirname "$0")/../.."
java_bin=${BENCH_JAVA:-java}
if [[ -z ${BENCH_JAVA:-} ]]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [[ -x $jdk/bin/java ]] && java_bin=$jdk/bin/java && break
  done
fi
echo "JVM: $("$java_bin" -version 2>&1 | head -1)"
# exec:exec, not exec:java: the benchmark starts a Kafka broker from its own classpath, which needs a JVM of its own
./mvnw -B -q -f inventory-service/pom.xml test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable="$java_bin" \
  -Dexec.args="-Xmx2g ${BENCH_JVM_ARGS:-} -Dbench.concurrency=${BENCH_CONCURRENCY:-16} -Dbench.seconds=${BENCH_SECONDS:-20} \
-Dbench.warmup=${BENCH_WARMUP:-30} -cp %classpath dev.pitlane.inventory.bench.PostingThroughputBenchmark"
