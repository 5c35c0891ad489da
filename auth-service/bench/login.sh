#!/usr/bin/env bash
# Login latency at a fixed rate (default 50 logins/s for 30 s after 15 s of warm-up), against auth-service
# started on a fresh database with the demo users and a local Kafka broker. Options go to the benchmark's JVM:
#   auth-service/bench/login.sh -Drate=50 -Dseconds=60 -Dpitlane.auth.password.argon2-memory-kib=8192
# Runs in its own JVM (exec:exec) so the test classpath is the JVM's own, which the local Kafka broker reuses.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec mvn -B -q -f auth-service/pom.xml test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="-Xmx1g $* -classpath %classpath dev.pitlane.auth.bench.LoginBenchmark"
