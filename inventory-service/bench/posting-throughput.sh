#!/usr/bin/env bash
# Posting throughput of the stock-OUT endpoint next to pgbench doing the same SQL work, a hot SKU, and p99 at half
# the saturated rate. Uses the local PostgreSQL (a fresh database, dropped at exit) and a local Kafka broker.
# Knobs (environment): BENCH_CONCURRENCY=16 BENCH_SECONDS=20 BENCH_WARMUP=30
set -euo pipefail
cd "$(dirname "$0")/../.."
# exec:exec, not exec:java: the benchmark starts a Kafka broker from its own classpath, which needs a JVM of its own
mvn -B -q -f inventory-service/pom.xml test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="-Xmx2g -Dbench.concurrency=${BENCH_CONCURRENCY:-16} -Dbench.seconds=${BENCH_SECONDS:-20} \
-Dbench.warmup=${BENCH_WARMUP:-30} -cp %classpath dev.pitlane.inventory.bench.PostingThroughputBenchmark"
