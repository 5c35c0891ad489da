#!/usr/bin/env bash
# A 200,000-row OEM price list imported twice (created, then unchanged) and the 200,000-item catalog exported as CSV
# and XLSX, through the API of inventory-service in one JVM capped at -Xmx512m, against a fresh database on the local
# PostgreSQL (dropped at exit). Prints time and peak heap per phase. Smaller: BENCH_ROWS=50000
set -euo pipefail
cd "$(dirname "$0")/../.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
# the reactor's own modules resolve to their target/classes: the platform of this worktree, not an installed one
./mvnw -B -q -o -pl inventory-service -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file" -DskipTests
java -Xmx512m -Dbench.rows="${BENCH_ROWS:-200000}" \
  -cp "inventory-service/target/test-classes:inventory-service/target/classes:$(cat "$cp_file")" \
  dev.pitlane.inventory.bench.CatalogImportBenchmark
