#!/usr/bin/env bash
# Times `salesplan simulate` on bench model v1 (5,000 sellers x 10,000 trials) against the peers
# in ../shared/bench (hand-written C on GSL, numpy, raw GSL draws) with their compare.py, in a
# release build. Prints median wall times and medians of per-round ratios.
#
# usage: scripts/benchmark.sh [GENERATOR]     (default: the scenario's, i.e. taus2)
#        RUNS=15 scripts/benchmark.sh mt19937  (more rounds; compare.py's default is 5)
set -euo pipefail
cd "$(dirname "$0")/.."
compare=${COMPARE:-../shared/bench/compare.py}
# The Swift runtime and Foundation linked into the binary: faster start-up, runs without a toolchain.
swift build -c release --product salesplan --static-swift-stdlib >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
extra=()
if [ $# -gt 0 ]; then extra=(--generator "$1"); fi
python3 "$compare" 5000 10000 -- .build/release/salesplan simulate scenarios/bench-v1-5000.yaml \
  --out "$out/run" --overwrite --format json --no-progress "${extra[@]}"
