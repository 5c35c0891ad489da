#!/usr/bin/env bash
# Search and import benchmark of customer-service (see CustomerBenchmark): 1,000,000 customers and 1,500,000
# vehicles, phone and partial-name searches at 200 req/s for 30 s (p50/p99), and an import of 100,000 rows.
# By default it starts the service in the benchmark's JVM on a fresh database (local PostgreSQL, a Kafka broker
# process, Redis on 127.0.0.1:6379). Through the gateway instead:
#   bench/search-and-import.sh -DbaseUrl=http://localhost:8080 -Dtoken=... -DadminJdbcUrl='jdbc:postgresql://...'
# Smaller runs: -Dcustomers=100000 -Dvehicles=150000 -Dseconds=10 -DimportRows=10000
set -euo pipefail
cd "$(dirname "$0")/../.."
# exec:exec forks a JVM on the test classpath (the Kafka broker process is started from that classpath)
exec mvn -B -q -f customer-service/pom.xml test-compile exec:exec -Dexec.executable=java \
  -Dexec.classpathScope=test \
  "-Dexec.args=-Xmx2g -XX:+UseParallelGC $* -classpath %classpath dev.pitlane.customer.bench.CustomerBenchmark"
