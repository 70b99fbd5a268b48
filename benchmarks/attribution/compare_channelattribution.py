#!/usr/bin/env python3
"""Our exact Markov removal effects against ChannelAttribution's simulation, and against an
independent exact computation in numpy, on a generated path set.

  compare_channelattribution.py --salesplan .build/release/salesplan [--paths 20000] [--seeds 5] [--nsim 2000000]

ChannelAttribution (pip install channelattribution) estimates the removal effects by simulating
journeys through the fitted chain, and cuts a simulated journey off after max_step steps (by
default the longest path in the data), which loses the journeys that loop longer. We pass a
max_step of 10,000 so the cut-off does not bias it, run it several times on the rows in
different orders (its seed argument does not change its output in version 2.2.5; the row order
renumbers the channels and so changes every draw), and require our figures to lie within 4
standard errors of the mean of its runs (the standard error from the spread between runs). The numpy computation solves the absorbing chain's linear system
directly, as SalesPlan does, but shares no code with it: the two must agree to 1e-9.
Exit status 0 when both agree, 1 otherwise.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402


def read_paths(path_file):
    rows = []
    with open(path_file) as handle:
        next(handle)
        for line in handle:
            path, conversions, value, nulls = line.rstrip("\n").rsplit(",", 3)
            rows.append(([c.strip() for c in path.split(">")], float(conversions), float(value), float(nulls)))
    return rows


def numpy_exact(rows):
    """First-order removal effects (conversions and value) by solving (I - Q) h = r per channel."""
    channels = sorted({c for path, *_ in rows for c in path})
    index = {c: i for i, c in enumerate(channels)}
    n = len(channels)
    counts = np.zeros((n, n))
    start = np.zeros(n)
    conv = np.zeros(n)
    null = np.zeros(n)
    end_value = np.zeros(n)
    for path, conversions, value, nulls in rows:
        states = [index[c] for c in path]
        states = [s for k, s in enumerate(states) if k == 0 or s != states[k - 1]]  # repeats count once
        weight = conversions + nulls
        if weight == 0:
            continue
        start[states[0]] += weight
        for a, b in zip(states, states[1:]):
            counts[a, b] += weight
        conv[states[-1]] += conversions
        null[states[-1]] += nulls
        end_value[states[-1]] += value
    totals = counts.sum(axis=1) + conv + null
    q = counts / totals[:, None]
    r = conv / totals
    mean_value = np.divide(end_value, conv, out=np.zeros(n), where=conv > 0)
    s = start / start.sum()

    def absorb(removed):
        keep = [i for i in range(n) if i != removed]
        qk = q[np.ix_(keep, keep)]
        h = np.linalg.solve(np.eye(len(keep)) - qk, r[keep])
        g = np.linalg.solve(np.eye(len(keep)) - qk, (r * mean_value)[keep])
        return s[keep] @ h, s[keep] @ g

    p, v = absorb(None)
    effects = np.array([p - absorb(c)[0] for c in range(n)])
    value_effects = np.array([v - absorb(c)[1] for c in range(n)])
    total_conversions = sum(row[1] for row in rows)
    total_value = sum(row[2] for row in rows)
    return channels, effects / effects.sum() * total_conversions, value_effects / value_effects.sum() * total_value


def salesplan(binary, path_file):
    with tempfile.TemporaryDirectory() as folder:
        out = subprocess.run([binary, "attribute", "--paths", path_file, "--model", "markov", "--format", "json",
                              "--out", os.path.join(folder, "report")], check=True, capture_output=True, text=True).stdout
    summary = json.loads(out)
    credits = summary["models"][0]["credits"]
    return {c["channel"]: (c["conversions"], c["value"]) for c in credits}


def channel_attribution(path_file, seeds, nsim):
    import pandas as pd
    import ChannelAttribution as ca
    data = pd.read_csv(path_file)
    runs = []
    for seed in range(1, seeds + 1):
        # Version 2.2.5 gives the same figures whatever its seed, so the replicates differ by the
        # order of the rows instead: it numbers channels in order of appearance, which changes
        # every draw of its simulation.
        shuffled = data.sample(frac=1, random_state=seed).reset_index(drop=True)
        result = ca.markov_model(shuffled, "path", "total_conversions", var_value="total_conversion_value", var_null="total_null",
                                 order=1, nsim_start=nsim, max_step=10_000, seed=seed, verbose=False, flg_pro=False)
        frame = result[0] if isinstance(result, list) else result
        runs.append({row["channel_name"]: (row["total_conversions"], row["total_conversion_value"]) for _, row in frame.iterrows()})
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--salesplan", required=True)
    parser.add_argument("--paths", type=int, default=20_000)
    parser.add_argument("--channels", type=int, default=12)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--nsim", type=float, default=2e6)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        path_file = os.path.join(folder, "paths.csv")
        generate.paths(path_file, args.paths, args.channels, 2027)
        ours = salesplan(args.salesplan, path_file)
        channels, exact, exact_value = numpy_exact(read_paths(path_file))
        worst_exact = max(abs(ours[c][0] - exact[i]) / max(abs(exact[i]), 1) for i, c in enumerate(channels))
        worst_exact_value = max(abs(ours[c][1] - exact_value[i]) / max(abs(exact_value[i]), 1) for i, c in enumerate(channels))
        print(f"{args.paths} distinct paths, {len(channels)} channels")
        print(f"SalesPlan vs numpy exact: largest relative difference {worst_exact:.2e} (conversions), {worst_exact_value:.2e} (value)")
        ok &= worst_exact < 1e-9 and worst_exact_value < 1e-9
        try:
            runs = channel_attribution(path_file, args.seeds, args.nsim)
        except ImportError as error:
            print(f"ChannelAttribution is not installed ({error}); compared with the numpy computation only")
            return 0 if ok else 1
    k = len(runs)
    print(f"ChannelAttribution {k} runs (rows shuffled with seeds 1-{k}), nsim_start {args.nsim:.0f}, max_step 10000:")
    print(f"{'channel':22} {'SalesPlan':>12} {'CA mean':>12} {'CA s.e.':>10} {'z':>6}   {'value SalesPlan':>16} {'CA mean':>16} {'z':>6}")
    worst = 0.0
    for i, channel in enumerate(channels):
        line = [f"{channel:22}"]
        for j, width in ((0, 12), (1, 16)):
            samples = [run[channel][j] for run in runs]
            mean = sum(samples) / k
            se = math.sqrt(sum((x - mean) ** 2 for x in samples) / (k - 1) / k)
            z = (ours[channel][j] - mean) / se if se > 0 else 0.0
            worst = max(worst, abs(z))
            line.append(f"{ours[channel][j]:>{width}.2f} {mean:>{width}.2f} " + (f"{se:>10.2f} " if j == 0 else "") + f"{z:>6.2f}")
        print(" ".join(line[:2]) + "   " + line[2])
    print(f"largest |z| = {worst:.2f} (agreement: every |z| ≤ 4)")
    ok &= worst <= 4
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
