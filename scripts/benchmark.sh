#!/usr/bin/env bash
# Times `salesplan simulate` on bench model v1 (5,000 sellers x 10,000 trials) against the peers
# in benchmarks/ (hand-written C on GSL, numpy, raw GSL draws) with benchmarks/compare.py, in a
# release build. Prints median wall times, medians of per-round ratios and the summary figures
# of every program side by side.
#
# usage: scripts/benchmark.sh [GENERATOR]     (default: the scenario's, i.e. taus2)
#        RUNS=15 scripts/benchmark.sh mt19937  (more rounds; compare.py's default is 5)
#        BENCH_JSON=bench.json scripts/benchmark.sh   (also write the results as JSON)
# needs: gcc, libgsl-dev (pkg-config), python3 with numpy.
set -euo pipefail
cd "$(dirname "$0")/.."
# The Swift runtime and Foundation linked into the binary: faster start-up, runs without a toolchain.
swift build -c release --product salesplan --static-swift-stdlib >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
extra=()
if [ $# -gt 0 ]; then extra=(--generator "$1"); fi
json=()
if [ -n "${BENCH_JSON:-}" ]; then json=(--json "$BENCH_JSON"); fi
python3 benchmarks/compare.py "${json[@]}" 5000 10000 -- .build/release/salesplan simulate scenarios/bench-v1-5000.yaml \
  --out "$out/run" --overwrite --format json --no-progress "${extra[@]}"
