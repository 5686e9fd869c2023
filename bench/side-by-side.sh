#!/usr/bin/env bash
# Whole-process timings of esxnet beside its floor and its peers, run in turn by hyperfine on generated
# corpora, printing wall-clock medians, mean CPU time (user+sys: steadier than wall time on a shared machine) and
# ratios to the JVM floor (README "Performance" quotes this output). Peers: `java -version`
# (the JVM floor), augtool (Debian augeas-tools, VMware_Config lens: the parsing peer) and netplan generate
# (Debian netplan.io: the generate peer). Install them with: apt-get install hyperfine augeas-tools netplan.io
# Usage: bench/side-by-side.sh [RUNS]   (big corpora run max(RUNS/3, 2) times). Speed is measured here only.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
here="$PWD"
runs="${1:-7}"; big=$(( runs / 3 > 2 ? runs / 3 : 2 ))
for t in hyperfine augtool netplan python3; do command -v "$t" >/dev/null || { echo "side-by-side: $t is missing (apt-get install hyperfine augeas-tools netplan.io)" >&2; exit 1; }; done
work="$(mktemp -d)"; shm="$(mktemp -d /dev/shm/esxnet-bench.XXXXXX)"
trap 'rm -rf "$work" "$shm"' EXIT

mvn -B -q -DskipTests package -pl bench -am >&2
bin/esxnet --version >/dev/null   # builds the jar if needed and trains the class-data archive
corpus() { java -cp "compiler/target/esxnet.jar:bench/target/classes" esxnet.bench.Corpus "$@"; }
corpus hwconfig 4000000 "$work/big"
corpus fleet 10000 "$work/fleet10000.yaml"
corpus fleet 1000 "$work/fleet1000.yaml"
corpus fleet 10 "$work/fleet10.yaml"
small=examples/share-eth0.yaml; root=golden/share-eth0/esx02
mkdir -p "$work/netplan/etc/netplan"
cat > "$work/netplan/etc/netplan/01-esx.yaml" <<'YAML'
network:
  version: 2
  ethernets:
    eth0: {addresses: [10.0.10.12/24], routes: [{to: default, via: 10.0.10.1}]}
    eth1: {}
    eth2: {}
  bonds:
    bond0: {interfaces: [eth1, eth2], parameters: {mode: balance-xor}}
  vlans:
    bond0.10: {id: 10, link: bond0}
YAML
chmod 600 "$work/netplan/etc/netplan/01-esx.yaml"
# augtool loads (parses) every file and is asked only whether any failed to parse, as lint first does: a query
# listing every node costs augtool quadratic path naming (10 s for a 400 KB hwconfig), which is not parsing.
aug() { echo "augtool -r $1 -L -A --transform 'VMware_Config.lns incl /etc/vmware/*' --transform 'Modules_conf.lns incl /etc/modules.conf' --transform 'Shellvars.lns incl /etc/sysconfig/network-scripts/*' 'match /augeas//error'"; }

results="$work/results"; : > "$results"
echo "esxnet side by side: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -m), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
# compare NAME RUNS CMD... : hyperfine in turn, medians appended to $results as "name<TAB>command<TAB>seconds"
compare() {
  local name="$1" n="$2"; shift 2
  hyperfine -N --style none --warmup 1 --runs "$n" --export-json "$work/h.json" "$@" >/dev/null 2>&1 ||
    hyperfine --style none --warmup 1 --runs "$n" --export-json "$work/h.json" "$@" >/dev/null
  python3 - "$work/h.json" "$name" >>"$results" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{sys.argv[2]}\t{r['command']}\t{r['median']:.4f}\t{r['user'] + r['system']:.4f}")
PY
  # Printed as soon as measured (a long run stopped half-way still shows what it measured).
  python3 - "$results" "$name" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
floor = next((float(s), float(c)) for _, cmd, s, c in rows if cmd == "java -version")
for group, cmd, s, cpu in rows:
    if group != sys.argv[2]: continue
    short = cmd if len(cmd) < 60 else cmd[:57] + "..."
    s, cpu = float(s), float(cpu)
    print(f"{group:11} wall {s*1000:7.0f} ms {s/floor[0]:5.1f}x  cpu {cpu*1000:7.0f} ms {cpu/floor[1]:5.1f}x  {short}")
PY
}
# BENCH_GROUPS=startup,hwconfig4mb,fleet10000,onehost,peak (the default: all) runs only some of them.
only() { [[ ",${BENCH_GROUPS:-startup,hwconfig4mb,fleet10000,onehost,peak}," == *",$1,"* ]]; }
peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }

compare floor "$runs" "java -version"
only startup && compare startup "$runs" "bin/esxnet --version" "bin/esxnet --help" "bin/esxnet validate $small" \
  "bin/esxnet lint --root $root" "$(aug "$root")" "netplan generate --root-dir $work/netplan"
only hwconfig4mb && compare hwconfig4mb "$big" "bin/esxnet lint --root $work/big" "$(aug "$work/big")"
rm -rf "$shm/out" "$work/out"
only fleet10000 && compare fleet10000 "$big" "bin/esxnet validate $work/fleet10000.yaml" \
  --prepare "rm -rf $shm/out $work/out" "bin/esxnet compile $work/fleet10000.yaml -o $shm/out" "bin/esxnet compile $work/fleet10000.yaml -o $work/out"
if only onehost; then
bin/esxnet compile "$work/fleet10.yaml" -o "$work/out10" >/dev/null
# Cold: the facts cache off (as the first diff after an edit). Warm: a cache of this run's own, filled by one diff first.
export XDG_CACHE_HOME="$work/xdg-cache"; rm -rf "$XDG_CACHE_HOME"
bin/esxnet diff "$work/fleet10000.yaml" --root "$work/out10/esx00003" >/dev/null
bin/esxnet diff "$work/fleet1000.yaml" --root "$work/out10/esx00003" >/dev/null
compare onehost "$runs" "bin/esxnet diff $work/fleet10.yaml --root $work/out10/esx00003" \
  "env ESXNET_NO_CACHE=1 bin/esxnet diff $work/fleet1000.yaml --root $work/out10/esx00003" \
  "env ESXNET_NO_CACHE=1 bin/esxnet diff $work/fleet10000.yaml --root $work/out10/esx00003" \
  "bin/esxnet diff $work/fleet1000.yaml --root $work/out10/esx00003" "bin/esxnet diff $work/fleet10000.yaml --root $work/out10/esx00003"
unset XDG_CACHE_HOME
fi

echo "ratios: load now $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" "$work" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
t = {c: (float(s), float(cpu)) for _, c, s, cpu in rows}
def ratio(label, a, b):
    ka = next((c for c in t if c.startswith(a)), None); kb = next((c for c in t if c.startswith(b)), None)
    if ka and kb: print(f"  {label}: wall {t[ka][0]/t[kb][0]:.2f}, cpu {t[ka][1]/t[kb][1]:.2f}")
ratio("lint one host / augtool (same files)", "bin/esxnet lint --root golden", "augtool -r golden")
ratio("validate one host / netplan generate", "bin/esxnet validate", "netplan")
ratio("augtool / lint 4 MB hwconfig (>= 3 wanted)", "augtool -r /", "bin/esxnet lint --root /")
ratio("diff one host, cold cache: 10,000-host file / 10-host file", "env ESXNET_NO_CACHE=1 bin/esxnet diff " + sys.argv[2] + "/fleet10000", "bin/esxnet diff " + sys.argv[2] + "/fleet10.")
ratio("diff one host, warm cache: 10,000-host file / 10-host file", "bin/esxnet diff " + sys.argv[2] + "/fleet10000", "bin/esxnet diff " + sys.argv[2] + "/fleet10.")
PY
only peak && printf 'peak RSS: lint 4 MB hwconfig %s KiB, augtool %s KiB, compile 10,000 hosts %s KiB, validate 10,000 hosts %s KiB\n' \
  "$(peak bin/esxnet lint --root "$work/big")" "$(peak bash -c "$(aug "$work/big")")" \
  "$(rm -rf "$shm/out"; peak bin/esxnet compile "$work/fleet10000.yaml" -o "$shm/out")" "$(peak bin/esxnet validate "$work/fleet10000.yaml")"
exit 0
