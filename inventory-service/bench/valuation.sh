#!/usr/bin/env bash
# Valuation and stock summary over 100,000 items x 20 locations and 10,000,000 ledger rows, generated with SQL
# generate_series in a fresh database on the local PostgreSQL (dropped at exit), measured through the API.
# Generating the data takes several minutes on 2 cores. Smaller: BENCH_LEDGER_ROWS=1000000 BENCH_ITEMS=10000
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -f inventory-service/pom.xml test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="-Xmx1g -Dbench.items=${BENCH_ITEMS:-100000} -Dbench.ledgerRows=${BENCH_LEDGER_ROWS:-10000000} \
-cp %classpath dev.pitlane.inventory.bench.ValuationBenchmark"
