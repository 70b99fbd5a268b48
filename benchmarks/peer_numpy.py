#!/usr/bin/env python3
"""Bench model v1 (benchmarks/README.md) vectorised in numpy: what a finance analyst would write
instead of using SalesPlan. Trials are processed in blocks of about a million attainments so
memory stays small at any size; every step is a whole-array numpy operation.

usage: peer_numpy.py SELLERS TRIALS [SEED]        (SEED defaults to 42)
prints one JSON object with the same fields as reference_model.c.
"""
import json
import sys

import numpy as np

YEAR_PROBABILITY = np.array([0.25, 0.50, 0.25])
YEAR_MEDIAN = np.array([0.55, 0.80, 1.00])
YEAR_SIGMA = np.array([0.35, 0.30, 0.28])
QUOTA = 1_500_000.0
TARGET_INCENTIVE = 150_000.0
BLOCK_DRAWS = 1 << 20


def simulate(sellers, trials, seed):
    rng = np.random.default_rng(seed)
    pay = np.empty(trials)
    revenue = np.empty(trials)
    share = np.empty(trials)
    rows = max(1, BLOCK_DRAWS // sellers)
    z = np.empty((rows, sellers))
    for start in range(0, trials, rows):
        stop = min(trials, start + rows)
        n = stop - start
        year = rng.choice(3, size=n, p=YEAR_PROBABILITY)
        a = z[:n]
        rng.standard_normal(out=a)
        a *= YEAR_SIGMA[year][:, None]
        a += np.log(YEAR_MEDIAN[year])[:, None]
        np.exp(a, out=a)                                        # attainment, log-normal
        multiple = np.where(a <= 1.0, a, 2.0 * a - 1.0)         # linear to quota, 2x above
        multiple[a < 0.5] = 0.0                                 # threshold
        np.minimum(multiple, 3.0, out=multiple)                 # cap
        pay[start:stop] = TARGET_INCENTIVE * multiple.sum(axis=1)
        revenue[start:stop] = QUOTA * a.sum(axis=1)
        share[start:stop] = np.count_nonzero(a >= 1.0, axis=1) / sellers
    return pay, revenue, share


def standard_error(x):
    return float(x.std(ddof=1) / np.sqrt(x.size)) if x.size > 1 else 0.0


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    sellers, trials = int(argv[1]), int(argv[2])
    seed = int(argv[3]) if len(argv) > 3 else 42
    if sellers < 1 or trials < 1:
        sys.exit("peer_numpy.py: SELLERS and TRIALS must be positive")
    pay, revenue, share = simulate(sellers, trials, seed)
    goal = sellers * QUOTA / 1.3
    p5, p50, p95 = np.percentile(pay, [5, 50, 95])
    r5, r50, r95 = np.percentile(revenue, [5, 50, 95])
    met = float(np.mean(revenue >= goal))
    print(json.dumps({
        "program": "peer_numpy", "sellers": sellers, "trials": trials, "seed": seed, "generator": "PCG64",
        "variable_comp": {"mean": float(pay.mean()), "standard_error": standard_error(pay),
                          "p5": float(p5), "p50": float(p50), "p95": float(p95), "max": float(pay.max())},
        "revenue": {"mean": float(revenue.mean()), "standard_error": standard_error(revenue),
                    "p5": float(r5), "p50": float(r50), "p95": float(r95)},
        "goal": goal,
        "goal_met": {"probability": met, "standard_error": float(np.sqrt(met * (1 - met) / trials))},
        "share_at_quota": {"mean": float(share.mean()), "standard_error": standard_error(share)},
    }))


if __name__ == "__main__":
    main(sys.argv)
