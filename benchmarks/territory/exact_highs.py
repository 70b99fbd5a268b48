#!/usr/bin/env python3
"""The exact reference: fewest moves inside the band, as a MIP solved by HiGHS.

usage: exact_highs.py SCENARIO_DIR TOLERANCE [WORKLOAD_TOLERANCE] [--time-limit 300] [--start ALIGNMENT_CSV]

--start hands HiGHS an alignment (SalesPlan's alignment.csv: account,territory,...) as its first
incumbent, so that the branch and bound only has to beat or prove it.

x[a,t] = 1 if account a ends in territory t. Minimise Σ_a (1 − x[a, owner(a)]); Σ_t x[a,t] = 1;
(1−τ)μ ≤ Σ_a p_a x[a,t] ≤ (1+τ)μ for every t (and the same for workload); locked accounts fixed.
Prints one JSON line: moves, bound, status, seconds.
"""
import csv
import json
import os
import sys
import time

import highspy
import numpy as np


def main():
    folder, tolerance = sys.argv[1], float(sys.argv[2].rstrip("%")) / (100 if sys.argv[2].endswith("%") else 1)
    workload_tolerance = None
    rest = sys.argv[3:]
    time_limit = 300.0
    start_file = None
    if "--start" in rest:
        index = rest.index("--start")
        start_file = rest[index + 1]
        rest = rest[:index] + rest[index + 2:]
    if "--time-limit" in rest:
        index = rest.index("--time-limit")
        time_limit = float(rest[index + 1])
        rest = rest[:index] + rest[index + 2:]
    if rest:
        workload_tolerance = float(rest[0].rstrip("%")) / (100 if rest[0].endswith("%") else 1)
    territories = [row["id"] for row in csv.DictReader(open(os.path.join(folder, "territories.csv")))]
    index = {t: i for i, t in enumerate(territories)}
    rows = list(csv.DictReader(open(os.path.join(folder, "accounts.csv"))))
    n, m = len(rows), len(territories)
    p = np.array([float(r["potential"]) for r in rows])
    w = np.array([float(r["workload_hours"]) for r in rows])
    owner = np.array([index[r["territory"]] for r in rows])
    locked = np.array([r["locked"] == "true" for r in rows])
    mu, muw = p.sum() / m, w.sum() / m

    start = time.time()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", time_limit)
    h.setOptionValue("threads", 1)
    inf = highspy.kHighsInf
    # Variable a*m + t.
    cost = np.zeros(n * m)
    lower = np.zeros(n * m)
    upper = np.ones(n * m)
    for a in range(n):
        cost[a * m + owner[a]] = -1.0  # minimise −Σ x[a, owner] (+ n constant)
        if locked[a]:
            lower[a * m + owner[a]] = 1.0
    h.addVars(n * m, lower, upper)
    h.changeColsCost(n * m, np.arange(n * m, dtype=np.int32), cost)
    h.changeColsIntegrality(n * m, np.arange(n * m, dtype=np.int32), np.full(n * m, highspy.HighsVarType.kInteger))
    for a in range(n):
        h.addRow(1.0, 1.0, m, np.arange(a * m, a * m + m, dtype=np.int32), np.ones(m))
    columns = np.arange(n, dtype=np.int32) * m
    for t in range(m):
        h.addRow((1 - tolerance) * mu, (1 + tolerance) * mu, n, columns + t, p)
        if workload_tolerance is not None:
            h.addRow((1 - workload_tolerance) * muw, (1 + workload_tolerance) * muw, n, columns + t, w)
    if start_file:
        ids = {r["id"]: a for a, r in enumerate(rows)}
        values = np.zeros(n * m)
        for r in csv.DictReader(open(start_file)):
            values[ids[r["account"]] * m + index[r["territory"]]] = 1.0
        solution = highspy.HighsSolution()
        solution.col_value = list(values)
        h.setSolution(solution)
    h.run()
    seconds = time.time() - start
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    objective = info.objective_function_value
    bound = info.mip_dual_bound
    moves = None if objective is None or abs(objective) > 1e20 else round(n + objective)
    print(json.dumps({"moves": moves, "bound": None if abs(bound) > 1e20 else n + bound, "status": status,
                      "seconds": round(seconds, 2), "accounts": n, "territories": m}))


main()
