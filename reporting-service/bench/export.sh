#!/usr/bin/env bash
# Exports of reporting-service at a capped heap: N rows of stock movement exported as CSV and as XLSX through the
# API and the scheduler, with the service's JVM at -Xmx256m (profile export-bench), on a real PostgreSQL and a KRaft
# broker (as in the tests). Prints each export's time, rows, file size and the JVM's peak heap during it.
# Usage: reporting-service/bench/export.sh [rows]   (default 1000000)
# The benchmark is ExportBenchmark, run by surefire only when named (its name matches no test pattern).
set -uo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o -pl reporting-service -am verify -Pexport-bench -Dtest=ExportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rows="${1:-1000000}" > target-export-bench.log 2>&1
status=$?
grep -hE '^(rows|export) ' target-export-bench.log reporting-service/target/surefire-reports/*ExportBenchmark-output.txt \
  2>/dev/null | awk '!seen[$0]++'
[ $status -eq 0 ] || { tail -40 target-export-bench.log; exit $status; }
rm -f target-export-bench.log
