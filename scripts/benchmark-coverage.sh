#!/usr/bin/env bash
# Times the over-assignment search (`salesplan quotas --target-probability 95%`) and the coverage
# check (`salesplan coverage`) against one `salesplan simulate` of the same scenario and trials, in
# one hyperfine run, release build. Target (issue 9): the search under 3x one simulate.
#
# usage: scripts/benchmark-coverage.sh [SCENARIO] [TRIALS]    (default: the Acme scenario, 10000)
#        RUNS=20 scripts/benchmark-coverage.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:-scenarios/acme-fy2027/scenario.yaml}
trials=${2:-10000}
runs=${RUNS:-10}
command -v hyperfine >/dev/null || { echo "benchmark-coverage.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
swift build -c release --product salesplan --static-swift-stdlib >/dev/null 2>&1
bin=.build/release/salesplan
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
hyperfine --warmup 2 --runs "$runs" --export-json "$out/times.json" \
  -n simulate "$bin simulate $scenario --trials $trials --out $out/s --overwrite --format json --no-progress" \
  -n coverage "$bin coverage $scenario --trials $trials --out $out/c --overwrite --format json" \
  -n "quotas --target-probability" "$bin quotas $scenario --target-probability 95% --trials $trials --out $out/q --overwrite --format json" \
  >/dev/null
python3 - "$out/times.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
base = results["simulate"]["median"]
for name, r in results.items():
    print(f"{name:30s} median {r['median']:.3f} s   ratio to simulate {r['median'] / base:.2f}")
PY
