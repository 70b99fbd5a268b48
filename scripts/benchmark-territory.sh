#!/usr/bin/env bash
# Territory balancing benchmark: SalesPlan against the exact MIP optimum (HiGHS).
#
# usage: scripts/benchmark-territory.sh [small|medium|large|all]   (default: small medium)
#   small   500×10 and 2,000×20 at τ = 5 %
#   medium  5,000×50 (potential ±5 %, workload ±10 %) and 10,000×100 at τ = 10 %
#   large   250,000 accounts × 1,000 territories at τ = 5 % (SalesPlan only: no MIP reference),
#           once with --distance-weight 0 (fewest moves, what the bound and the MIP measure) and
#           once with the default distance weight (moves beyond the reach cost more)
# The MIP comparisons run with --distance-weight 0: HiGHS minimises moves alone.
# Needs python3 with highspy (`pip install highspy`) for the reference; it is not a dependency
# of the Swift package. Instances go to $BENCH_DIR (default /tmp/salesplan-territory-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-/tmp/salesplan-territory-bench}
HIGHS_LIMIT=${HIGHS_LIMIT:-300}
SETS=${*:-small medium}
[ "$SETS" = all ] && SETS="small medium large"
swift build -c release --product salesplan --static-swift-stdlib >/dev/null
BIN=.build/release/salesplan
mkdir -p "$BENCH_DIR"

run_case() { # accounts territories tolerance workload-tolerance(or -) reference(yes/no) distance-weight
    local n=$1 m=$2 tau=$3 wtau=$4 reference=$5 weight=${6:-0} dir="$BENCH_DIR/$1x$2"
    local extra=() wextra=()
    [ "$wtau" != - ] && extra=(--workload-tolerance "$wtau") && wextra=("$wtau")
    [ -f "$dir/accounts.csv" ] || python3 benchmarks/territory/generate_instance.py "$n" "$m" "$dir" --tolerance "$tau" "${extra[@]}"
    rm -rf "$dir/report"
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$dir/peak_kb" "$BIN" balance "$dir/scenario.yaml" --out "$dir/report" --format json \
        --tolerance "$tau" "${extra[@]}" --time-limit 60 --distance-weight "$weight" >"$dir/salesplan.json"
    end=$(date +%s.%N)
    python3 - "$dir" "$start" "$end" "$n" "$m" "$tau" "$reference" "$HIGHS_LIMIT" "$weight" "${wextra[@]}" <<'PY'
import csv, json, subprocess, sys
folder, start, end, n, m, tau, reference, limit, weight = sys.argv[1:10]
workload = sys.argv[10:]
ours = json.load(open(f"{folder}/salesplan.json"))
peak = int(open(f"{folder}/peak_kb").read()) / 1024
wall = float(end) - float(start)
km = sorted(float(row["distance_km"]) for row in csv.DictReader(open(f"{folder}/report/moves.csv")) if row["distance_km"])
reach = (f", move km median {km[len(km) // 2]:.0f} / p95 {km[int(len(km) * 0.95)]:.0f} / max {km[-1]:.0f}" if km else "")
line = (f"{n}×{m} τ={tau}{' w=' + workload[0] if workload else ''} distance weight {weight}: salesplan {ours['moves']} moves "
        f"(bound {ours['lower_bound']}, gap {ours['gap'] if ours['gap'] is None else round(100 * ours['gap'], 1)} %, "
        f"feasible {ours['feasible']}, max dev {100 * ours['after']['max_deviation']:.2f} %), "
        f"solve {ours['solve_seconds']:.2f} s, wall {wall:.2f} s, peak {peak:.0f} MB{reach}")
if reference == "yes":
    exact = json.loads(subprocess.run(["python3", "benchmarks/territory/exact_highs.py", folder, tau, *workload,
                                       "--time-limit", limit], capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])
    ratio = ours["moves"] / exact["moves"] - 1 if exact["moves"] else float("nan")
    line += (f"; HiGHS {exact['moves']} moves ({exact['status']}, bound {exact['bound']}) in {exact['seconds']:.2f} s; "
             f"moves vs HiGHS {100 * ratio:+.1f} %, time ratio {ours['solve_seconds'] / max(exact['seconds'], 1e-9):.3f} "
             f"(wall {wall / max(exact['seconds'], 1e-9):.3f})")
print(line, flush=True)
PY
}

for set in $SETS; do
    case $set in
        small) run_case 500 10 5% - yes; run_case 2000 20 5% - yes ;;
        medium) run_case 5000 50 5% 10% yes; run_case 10000 100 10% - yes ;;
        large) run_case 250000 1000 5% - no 0; run_case 250000 1000 5% - no 0.1 ;;
        *) echo "unknown set $set" >&2; exit 2 ;;
    esac
done
