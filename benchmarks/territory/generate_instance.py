#!/usr/bin/env python3
"""Deterministic territory-balancing benchmark instances in SalesPlan's scenario format.

usage: generate_instance.py ACCOUNTS TERRITORIES OUT_DIR [--seed S] [--tolerance 5%] [--workload-tolerance 10%]

Writes OUT_DIR/scenario.yaml, territories.csv and accounts.csv: log-normal potentials (σ 1.0),
accounts in 30 clustered regions, home bases among them, every account owned by the nearest home
base (so territories are compact but unequal), then a deliberate imbalance (a fifth of the
territories take accounts from their neighbours), and about 3 % of accounts locked.
"""
import argparse
import math
import os
import random

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("accounts", type=int)
    parser.add_argument("territories", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tolerance", default="5%")
    parser.add_argument("--workload-tolerance", default=None)
    args = parser.parse_args()
    rng = random.Random(args.seed * 1_000_003 + args.accounts * 31 + args.territories)
    n, m = args.accounts, args.territories

    clusters = [(rng.uniform(25, 50), rng.uniform(-120, -70), rng.uniform(0.5, 3)) for _ in range(30)]
    def spot():
        lat, lon, spread = rng.choice(clusters)
        return lat + rng.gauss(0, spread), lon + rng.gauss(0, spread * 1.3)
    homes = [spot() for _ in range(m)]
    accounts = []
    for i in range(n):
        lat, lon = spot()
        potential = math.exp(rng.gauss(math.log(50_000), 1.0))
        workload = max(1.0, potential / 2_000 * rng.uniform(0.5, 1.5))
        accounts.append([f"a{i}", lat, lon, potential, workload])

    # Nearest home base (flat approximation is enough to make territories compact).
    home_lat = np.array([h[0] for h in homes])
    home_lon = np.array([h[1] for h in homes])
    owner = []
    for chunk in range(0, n, 2000):
        part = accounts[chunk:chunk + 2000]
        lat = np.array([a[1] for a in part])[:, None]
        lon = np.array([a[2] for a in part])[:, None]
        scale = np.cos(np.radians(lat))
        owner += [int(t) for t in np.argmin((home_lat - lat) ** 2 + ((home_lon - lon) * scale) ** 2, axis=1)]
    # Nearest-home territories differ wildly in size; even them out roughly first (as years of
    # balancing by hand would), then add the deliberate imbalance.
    total = sum(a[3] for a in accounts)
    mean = total / m
    load = np.zeros(m)
    for i, t in enumerate(owner):
        load[t] += accounts[i][3]
    order = sorted(range(n), key=lambda i: -accounts[i][3])
    for i in order:
        t = owner[i]
        if load[t] > mean * 1.25:
            target = int(np.argmin(load))
            if load[target] < mean * 0.9:
                load[t] -= accounts[i][3]
                load[target] += accounts[i][3]
                owner[i] = target
    hot = rng.sample(range(m), max(1, m // 5))
    for t in hot:
        goal = mean * rng.uniform(1.15, 1.45)
        for i in rng.sample(range(n), min(n, 40 * (n // m + 1))):
            if load[t] >= goal:
                break
            u = owner[i]
            if u != t and load[u] - accounts[i][3] > mean * 0.8:
                load[u] -= accounts[i][3]
                load[t] += accounts[i][3]
                owner[i] = t
    locked = [rng.random() < 0.03 for _ in range(n)]

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "territories.csv"), "w") as f:
        f.write("id,latitude,longitude\n")
        for t, (lat, lon) in enumerate(homes):
            f.write(f"t{t},{lat:.4f},{lon:.4f}\n")
    with open(os.path.join(args.out, "accounts.csv"), "w") as f:
        f.write("id,territory,potential,workload_hours,latitude,longitude,locked\n")
        for i, (aid, lat, lon, potential, workload) in enumerate(accounts):
            f.write(f"{aid},t{owner[i]},{potential:.0f},{workload:.1f},{lat:.4f},{lon:.4f},{'true' if locked[i] else 'false'}\n")
    workload_line = f"\n  workload_tolerance: {args.workload_tolerance}" if args.workload_tolerance else ""
    with open(os.path.join(args.out, "scenario.yaml"), "w") as f:
        f.write(f"""salesplan: 1
name: territory bench {n}x{m}
goal: {{bookings: 1M}}
simulation:
  year_types: [{{name: average, probability: 1, median_attainment: 0.8, sigma: 0.3}}]
plans: [{{id: ae, target_incentive: 100k, pay_curve: {{threshold: 0.5}}}}]
sellers: [{{id: s, plan: ae, quota: 1M}}]
territories: territories.csv
accounts: accounts.csv
balancing:
  tolerance: {args.tolerance}{workload_line}
  time_limit: 60
""")


main()
