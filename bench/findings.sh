#!/usr/bin/env bash
# How printing findings scales: lint a live hwconfig of N bad lines, for N = 25k, 50k, 100k, 200k, with
# hyperfine. Linear printing means the time roughly doubles with N (JVM start aside); the old printer
# rescanned the file for every finding and grew with N squared. Output is capped per file, so the
# terminal sees 100 findings and a count of the rest whatever N is.
# Usage: bench/findings.sh   (builds the jar first if needed)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar="$(ls compiler/target/esxnet-*.jar 2>/dev/null | grep -v -- '-sources\|-javadoc\|original' | head -n1 || true)"
[ -n "$jar" ] || { mvn -B -q -DskipTests package -pl compiler >/dev/null; jar="$(ls compiler/target/esxnet-*.jar | grep -v -- '-sources\|-javadoc\|original' | head -n1)"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cmds=()
for n in 25000 50000 100000 200000; do
  root="$work/r$n/esx01"
  mkdir -p "$root/etc/vmware"
  # Each line is a syntax error in hwconfig: one finding per line (a 200k-line file is ~2.6 MB, under the 4 MiB bound).
  awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) print "garbage line " i }' > "$root/etc/vmware/hwconfig"
  cmds+=("java -jar $jar lint --root $root >/dev/null 2>&1 || true")
done
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs 3 "${cmds[@]}"
else
  for c in "${cmds[@]}"; do /usr/bin/time -f "%e s  $c" bash -c "$c"; done
fi
