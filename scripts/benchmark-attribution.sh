#!/usr/bin/env bash
# Attribution benchmark (README, Performance): release build, then
#   1. `salesplan attribute --model all` (custom included) on 1,000,000 generated touches
#      (100,000 journeys, 12 channels): target under 10 s;
#   2. `salesplan attribute --model markov` on 100,000 distinct generated paths: target under 2 s;
#   3. the exact Markov credit against ChannelAttribution's simulation and an independent numpy
#      solve (benchmarks/attribution/compare_channelattribution.py), when Python has the packages.
# RUNS=N repeats each timing (default 3) and reports the median. PYTHON picks the interpreter for
# step 3 (default python3; e.g. a virtualenv with `pip install channelattribution numpy pandas matplotlib`).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PYTHON=${PYTHON:-python3}
data=.build/attribution-bench
mkdir -p "$data"

swift build -c release --product salesplan >/dev/null
binary=.build/release/salesplan

[ -f "$data/touches.csv" ] || python3 benchmarks/attribution/generate.py touches "$data/touches.csv"
[ -f "$data/paths.csv" ] || python3 benchmarks/attribution/generate.py paths "$data/paths.csv"

median_seconds() {  # median wall time of RUNS runs of "$@" (output discarded)
    local times=()
    for _ in $(seq "$RUNS"); do
        local out; out=$(mktemp -d)
        local start end
        start=$(date +%s.%N)
        "$@" --out "$out/report" --format json >/dev/null
        end=$(date +%s.%N)
        rm -rf "$out"
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }'
}

touches=$(median_seconds "$binary" attribute --touches "$data/touches.csv" --model all --weights 40,20,20,20)
paths=$(median_seconds "$binary" attribute --paths "$data/paths.csv" --model markov)
echo "attribute --model all, 1,000,000 touches (100,000 journeys, 12 channels): ${touches} s (target < 10 s; median of $RUNS)"
echo "attribute --model markov, 100,000 distinct paths: ${paths} s (target < 2 s; median of $RUNS)"

if "$PYTHON" -c "import numpy" 2>/dev/null; then
    "$PYTHON" benchmarks/attribution/compare_channelattribution.py --salesplan "$binary" 2>&1 | grep -v -e "ChannelAttribution Pro" -e "^Version:"
else
    echo "numpy is not installed for $PYTHON: the comparison with ChannelAttribution was skipped"
fi
