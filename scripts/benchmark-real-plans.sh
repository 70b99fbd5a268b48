#!/usr/bin/env bash
# Cost per seller-trial of the engine's general path (real plans and the marketing join) against
# the fast path, in one hyperfine run, release build: the default company scenario (every real-plan
# feature and a marketing plan) at 100,000 trials, and bench model v1 (one measure, nothing extra,
# 5,000 sellers x 10,000 trials). Target (issue 10): Acme's cost per seller-trial at most 3x bench
# v1's. Also times Acme on one thread, and a plain variant of Acme (the same roster on the fast
# path) for the cost of the features alone.
#
# Then the engine alone: each run's `--timings` (the trials' wall time, without loading,
# summaries and reports), medians over RUNS runs, per seller-trial against bench v1's.
#
# usage: scripts/benchmark-real-plans.sh          RUNS=10 scripts/benchmark-real-plans.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
command -v hyperfine >/dev/null || { echo "benchmark-real-plans.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
swift build -c release --product salesplan --static-swift-stdlib >/dev/null 2>&1
bin=.build/release/salesplan
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The plain variant: Acme's roster and plans without any real-plan feature or marketing plan.
python3 - "$out" <<'PY'
import re, sys, shutil, os
out = sys.argv[1]
src = "scenarios/acme-fy2027"
for name in ("sellers.csv", "territories.csv", "accounts.csv"):
    shutil.copy(os.path.join(src, name), out)
text = open(os.path.join(src, "scenario.yaml")).read()
for key in ("workforce", "renewals", "spifs", "marketing", "balancing"):
    text = re.sub(r"\n" + key + r":.*?(?=\n[a-z_#]|\Z)", "\n", text, flags=re.S)
for key in ("credits", "attainment", "gate", "clawback", "draw", "ramp_quota_relief"):
    text = re.sub(r"\n\s+" + key + r":[^\n]*", "", text)
open(os.path.join(out, "plain.yaml"), "w").write(text)
# credit_share and renewal_base columns are kept: credit_share (50 %) alone puts a scenario on
# the general path, so it is dropped here.
lines = open(os.path.join(out, "sellers.csv")).read().splitlines()
header = lines[0].split(",")
keep = [i for i, h in enumerate(header) if h not in ("credit_share", "renewal_base")]
open(os.path.join(out, "sellers.csv"), "w").write("\n".join(",".join(r.split(",")[i] for i in keep) for r in lines) + "\n")
PY
acme=scenarios/acme-fy2027/scenario.yaml
hyperfine --warmup 1 --runs "$runs" --export-json "$out/times.json" \
  -n bench-v1 "$bin simulate scenarios/bench-v1-5000.yaml --trials 10000 --out $out/b --overwrite --format json --no-progress" \
  -n acme-real-plans "$bin simulate $acme --trials 100000 --out $out/a --overwrite --format json --no-progress" \
  -n acme-plain "$bin simulate $out/plain.yaml --trials 100000 --out $out/p --overwrite --format json --no-progress" \
  -n acme-real-plans-1-thread "$bin simulate $acme --trials 100000 --threads 1 --out $out/a1 --overwrite --format json --no-progress" \
  >/dev/null
python3 - "$out/times.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
cells = {"bench-v1": 5000 * 10000, "acme-real-plans": 78 * 100000, "acme-plain": 78 * 100000, "acme-real-plans-1-thread": 78 * 100000}
base = results["bench-v1"]["median"] / cells["bench-v1"]
for name, r in results.items():
    per = r["median"] / cells[name]
    print(f"{name:26s} median {r['median']:.3f} s   {per * 1e9:6.1f} ns per seller-trial   {per / base:5.2f}x bench v1")
PY

echo
echo "engine only (simulate --timings: the trials' wall time), medians of $runs runs:"
python3 - "$bin" "$acme" "$out" "$runs" <<'PY'
import re, statistics, subprocess, sys
binary, acme, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
runs_of = {
    "bench-v1": ["scenarios/bench-v1-5000.yaml", "--trials", "10000"],
    "acme-real-plans": [acme, "--trials", "100000"],
    "acme-plain": [out + "/plain.yaml", "--trials", "100000"],
}
times = {name: [] for name in runs_of}
for _ in range(runs):  # interleaved, so that a busy moment hits every command alike
    for name, args in runs_of.items():
        run = subprocess.run([binary, "simulate", *args, "--out", out + "/t-" + name, "--overwrite", "--format", "json",
                              "--no-progress", "--timings"], capture_output=True, text=True, check=True)
        times[name].append(float(re.search(r"\(([0-9.]+) ns per seller-trial\)", run.stderr).group(1)))
base = statistics.median(times["bench-v1"])
for name, values in times.items():
    median = statistics.median(values)
    print(f"{name:26s} {median:6.2f} ns per seller-trial   {median / base:5.2f}x bench v1"
          f"   (runs {min(values):.2f}-{max(values):.2f} ns)")
# Run by run (each command's i-th run against bench v1's i-th, taken moments apart): how far a
# single reading can stray from the median.
ratios = sorted(a / b for a, b in zip(times["acme-real-plans"], times["bench-v1"]))
print(f"acme-real-plans ÷ bench-v1 run by run: {ratios[0]:.2f}x to {ratios[-1]:.2f}x")
PY
