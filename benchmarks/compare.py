#!/usr/bin/env python3
"""Times SalesPlan against the peers of benchmarks/ on bench model v1, side by side.

usage: compare.py [--seed N] [--json FILE] [--build-dir DIR] SELLERS TRIALS -- PROJECT COMMAND...

PROJECT COMMAND must run bench model v1 with SELLERS sellers and TRIALS trials; when it prints
SalesPlan's summary JSON (`salesplan simulate ... --format json`), its figures are shown beside
the peers'. The C peers are compiled here (gcc -O3 -march=native, GSL through pkg-config) into a
cache folder (--build-dir, else $SALESPLAN_BENCH_CACHE, else ~/.cache/salesplan-bench), rebuilt
whenever their source, the flags or the compiler change.

Every program runs once to warm up (its figures are taken from that run), then RUNS rounds (env,
default 5) run each once, the order rotating from round to round. Printed: the median wall time
of each program, the median of the per-round ratios project / peer (ratios within one round
share the machine's speed of the moment, so they hold when that speed drifts; single times do
not), and the summary figures side by side with the differences of the means in standard errors.
"""
import argparse
import hashlib
import json
import math
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
C_PEERS = ("reference_model", "raw_draws")
CFLAGS = ["-O3", "-march=native"]

# (label, section, field): the summary figures every program reports.
FIGURES = [
    ("variable comp mean", "variable_comp", "mean"),
    ("variable comp P5", "variable_comp", "p5"),
    ("variable comp P50", "variable_comp", "p50"),
    ("variable comp P95", "variable_comp", "p95"),
    ("variable comp max", "variable_comp", "max"),
    ("revenue mean", "revenue", "mean"),
    ("revenue P5", "revenue", "p5"),
    ("revenue P50", "revenue", "p50"),
    ("revenue P95", "revenue", "p95"),
    ("P(revenue >= goal)", "goal_met", "probability"),
    ("mean share at quota", "share_at_quota", "mean"),
]
# Figures that are means (or probabilities) with a standard error, compared in standard errors.
MEANS = {"variable_comp": "mean", "revenue": "mean", "goal_met": "probability", "share_at_quota": "mean"}


def fail(message):
    sys.exit(f"compare.py: {message}")


def output(command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def build_c_peers(build_dir):
    """Compiles the C peers unless an executable built from the same source, flags and compiler exists."""
    if shutil.which("gcc") is None:
        fail("gcc not found; install it (Debian: apt-get install gcc)")
    try:
        gsl = output(["pkg-config", "--cflags", "--libs", "gsl"]).split()
    except (OSError, subprocess.CalledProcessError):
        fail("GSL not found through pkg-config; install it (Debian: apt-get install libgsl-dev pkg-config)")
    compiler = output(["gcc", "--version"]).splitlines()[0]
    os.makedirs(build_dir, exist_ok=True)
    executables = {}
    for name in C_PEERS:
        source = os.path.join(HERE, name + ".c")
        with open(source, "rb") as f:
            key = hashlib.sha256(f.read() + repr((CFLAGS, gsl, compiler)).encode()).hexdigest()[:12]
        exe = os.path.join(build_dir, f"{name}-{key}")
        if not os.path.exists(exe):
            print(f"building {name} ...", file=sys.stderr)
            subprocess.run(["gcc", *CFLAGS, "-o", exe + ".tmp", source, *gsl, "-lm"], check=True)
            os.replace(exe + ".tmp", exe)
        executables[name] = exe
    return executables


def check_numpy():
    probe = subprocess.run([sys.executable, "-c", "import numpy"], capture_output=True)
    if probe.returncode != 0:
        fail(f"numpy is missing for {sys.executable}; install it (pip install numpy)")


def run(command):
    """Runs `command`, returning its wall time in seconds and its standard output."""
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        fail(f"{shlex.join(command)} exited with {done.returncode}:\n{done.stderr.decode(errors='replace')}")
    return seconds, done.stdout.decode(errors="replace")


def figures_of(stdout):
    """The summary figures in a program's output: a peer's JSON or SalesPlan's summary.json."""
    try:
        data = json.loads(stdout)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if data.get("schema") == "salesplan/simulation-summary":
        headline = data.get("headline", {})
        figures = {section: headline.get(section) for section in MEANS}
        figures.update(sellers=data.get("scenario", {}).get("sellers"),
                       trials=data.get("settings", {}).get("trials"),
                       seed=data.get("settings", {}).get("seed"),
                       generator=data.get("settings", {}).get("generator"))
        return figures
    return data if "variable_comp" in data else None


def value(figures, section, field):
    try:
        return float(figures[section][field])
    except (KeyError, TypeError, ValueError):
        return None


def number(x, field):
    if x is None:
        return "-"
    if field == "probability" or abs(x) < 10:
        return f"{x:.4f}"
    return f"{x:,.0f}"


def print_figures(names, figures, sellers, trials):
    shown = [n for n in names if figures.get(n)]
    if not shown:
        print("\n(no program printed summary figures)")
        return {}
    for name in shown:
        f = figures[name]
        if f.get("sellers") not in (None, sellers) or f.get("trials") not in (None, trials):
            print(f"warning: {name} ran {f.get('sellers')} sellers x {f.get('trials')} trials, "
                  f"not {sellers} x {trials}", file=sys.stderr)
    print("\nsummary figures (different random streams: they agree within Monte Carlo error, not exactly)")
    width = max(len(label) for label, _, _ in FIGURES) + 2
    print(" " * width + "".join(f"{n:>18s}" for n in shown))
    for label, section, field in FIGURES:
        print(f"{label:{width}s}" + "".join(f"{number(value(figures[n], section, field), field):>18s}" for n in shown))
    print(f"{'seed, generator':{width}s}" + "".join(
        f"{str(figures[n].get('seed')) + ' ' + str(figures[n].get('generator')):>18s}" for n in shown))

    # Differences of the means in combined standard errors (independent streams).
    base = "project" if "project" in shown else shown[0]
    agreement = {}
    others = [n for n in shown if n != base]
    if others:
        print(f"\n{base} - peer, in standard errors (|z| < 4 expected; percentiles and max are not tested)")
        print(" " * width + "".join(f"{n:>18s}" for n in others))
        for section, field in MEANS.items():
            label = next(l for l, s, f in FIGURES if s == section and f == field)
            row = ""
            for other in others:
                a, b = value(figures[base], section, field), value(figures[other], section, field)
                sa = value(figures[base], section, "standard_error")
                sb = value(figures[other], section, "standard_error")
                if None in (a, b, sa, sb) or sa + sb == 0:
                    row += f"{'-':>18s}"
                    continue
                z = (a - b) / math.hypot(sa, sb)
                agreement.setdefault(other, {})[label] = round(z, 3)
                row += f"{z:>+18.2f}"
            print(f"{label:{width}s}{row}")
    return agreement


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        fail("missing `-- PROJECT COMMAND...`\n\n" + __doc__)
    cut = argv.index("--")
    parser = argparse.ArgumentParser(prog="compare.py", usage=__doc__.splitlines()[2].removeprefix("usage: "))
    parser.add_argument("sellers", type=int)
    parser.add_argument("trials", type=int)
    parser.add_argument("--seed", type=int, default=42, help="seed of the peers (default 42, the bench scenarios')")
    parser.add_argument("--json", metavar="FILE", help="also write times, ratios and figures to FILE")
    parser.add_argument("--build-dir", metavar="DIR", help="where the C peers are compiled")
    args = parser.parse_args(argv[:cut])
    project = argv[cut + 1:]
    if not project:
        fail("no project command after `--`")
    if args.sellers < 1 or args.trials < 1:
        fail("SELLERS and TRIALS must be positive")
    runs = int(os.environ.get("RUNS", "5"))
    if runs < 1:
        fail("RUNS must be at least 1")

    build_dir = args.build_dir or os.environ.get("SALESPLAN_BENCH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "salesplan-bench")
    exe = build_c_peers(build_dir)
    check_numpy()
    s, t, seed = str(args.sellers), str(args.trials), str(args.seed)
    commands = {
        "project": project,
        "reference_model": [exe["reference_model"], s, t, seed],
        "peer_numpy": [sys.executable, os.path.join(HERE, "peer_numpy.py"), s, t, seed],
        "raw_draws": [exe["raw_draws"], str(args.sellers * args.trials), seed],
    }
    names = list(commands)
    for name, command in commands.items():
        print(f"{name:16s} {shlex.join(command)}", file=sys.stderr)

    figures, raw_output = {}, {}
    for name in names:  # warm-up: caches, page cache, CPU frequency; figures from here
        _, stdout = run(commands[name])
        figures[name] = figures_of(stdout)
        raw_output[name] = stdout
    times = {name: [] for name in names}
    for round_number in range(runs):
        k = round_number % len(names)
        for name in names[k:] + names[:k]:
            times[name].append(run(commands[name])[0])
        print(f"round {round_number + 1}/{runs}: " + "  ".join(f"{n} {times[n][-1]:.3f}s" for n in names),
              file=sys.stderr)

    print(f"bench model v1, {args.sellers:,} sellers x {args.trials:,} trials, {runs} rounds")
    for name in names:
        v = times[name]
        print(f"{name:16s} median {statistics.median(v):8.3f} s   (min {min(v):.3f}, max {max(v):.3f})")
    ratios = {}
    for name in names[1:]:
        per_round = [p / q for p, q in zip(times["project"], times[name])]
        ratios[name] = {"median": statistics.median(per_round), "per_round": per_round}
        print(f"ratio project / {name:16s} {statistics.median(per_round):6.3f}   "
              f"(rounds {min(per_round):.3f} - {max(per_round):.3f})")
    try:
        raw = json.loads(raw_output["raw_draws"])
    except ValueError:
        raw = {}
    if raw.get("ns_per_draw"):
        print(f"raw_draws: {raw['ns_per_draw']:.1f} ns per draw, sample mean {raw['mean']:.5f} "
              f"(exact {raw['exact_mean']:.5f})")
    agreement = print_figures([n for n in names if n != "raw_draws"], figures, args.sellers, args.trials)

    if args.json:
        report = {
            "benchmark": "bench model v1", "sellers": args.sellers, "trials": args.trials, "runs": runs,
            "peer_seed": args.seed,
            "machine": {"platform": platform.platform(), "processor": platform.processor(),
                        "cpus": os.cpu_count(), "python": platform.python_version()},
            "programs": {n: {"command": commands[n], "wall_seconds": times[n],
                             "median_seconds": statistics.median(times[n]), "figures": figures[n]}
                         for n in names},
            "ratios": ratios,
            "mean_differences_in_standard_errors": agreement,
            "raw_draws": raw,
        }
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
