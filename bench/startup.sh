#!/usr/bin/env bash
# Measures what a pre-commit hook pays per run: wall time of `esxnet validate` on an example, through
# bin/esxnet (with its class-data-sharing archive) and as a plain `java -jar`. Prints min and median
# of N runs in milliseconds. Uses hyperfine instead when it is installed (apt-get install hyperfine).
# Speed is measured here, never asserted by a test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-15}"
example="${2:-examples/fleet.yaml}"
bin/esxnet validate "$example" >/dev/null   # build the jar and the CDS archive if needed
bin/esxnet validate "$example" >/dev/null

if command -v hyperfine >/dev/null 2>&1; then
  exec hyperfine -N --warmup 2 --runs "$runs" \
    "bin/esxnet validate $example" "java -jar compiler/target/esxnet.jar validate $example"
fi

measure() {
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%-28s min %4d ms   median %4d ms   (%d runs)\n' "$label" \
    "$(echo "$sorted" | head -1)" "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")" "$runs"
}
measure "bin/esxnet (CDS archive)" bin/esxnet validate "$example"
measure "java -jar (plain)" java -jar compiler/target/esxnet.jar validate "$example"
