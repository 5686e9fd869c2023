#!/usr/bin/env bash
# Runs the JMH benchmarks of this module (arguments go to JMH, e.g. `bench/jmh.sh ReadersBenchmark -p bytes=4000000`).
# `mvn verify` only compiles them; nothing is timed by a test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests package -pl bench -am >&2
cp="$(mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
# The reactor's own classes first: the classpath names the compiler jar in the local repository, which is
# whatever was last installed there (on a shared machine, maybe another branch's), not this checkout.
exec java -cp "bench/target/classes:compiler/target/classes:$cp" org.openjdk.jmh.Main "$@"
