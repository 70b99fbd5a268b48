#!/usr/bin/env python3
"""Writes a large, deterministic SalesPlan scenario into a folder, for timing the loader.

    scripts/make-large-scenario.py OUT_DIR [--sellers N] [--accounts N] [--territories N]
                                   [--dangling-managers N] [--unknown-keys N]

OUT_DIR gets scenario.yaml, sellers.csv, territories.csv and accounts.csv shaped like a CRM
export (quoted names with commas, CRLF line ends, a byte-order mark on accounts.csv, a few
columns SalesPlan does not know). `--dangling-managers N` makes the first N sellers report to
managers that do not exist (validation at scale); `--unknown-keys N` writes a second file,
unknown-keys.yaml, with N misspelt keys (capped error output). Nothing here is committed data:
the same arguments always write the same bytes.

Then, for example: `/usr/bin/time -v .build/release/salesplan validate OUT_DIR/scenario.yaml`.
"""
import argparse
import os
import random

REGIONS = ["north-america", "emea", "apac"]
SEGMENTS = ["enterprise", "mid-market", "smb"]
VERTICALS = ["software", "energy", "media", "retail", "health", "finance"]
WORDS = ["Cedar", "Keystone", "Nova", "Summit", "Harbor", "Granite", "Orbit", "Pioneer"]
KINDS = ["Energy", "Media", "Holdings", "Software", "Labs", "Partners", "Group"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir")
    parser.add_argument("--sellers", type=int, default=5000)
    parser.add_argument("--accounts", type=int, default=250000)
    parser.add_argument("--territories", type=int, default=0, help="default: one per direct seller, at most 20,000")
    parser.add_argument("--dangling-managers", type=int, default=0)
    parser.add_argument("--unknown-keys", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(2027)
    os.makedirs(args.out_dir, exist_ok=True)

    managers = max(1, args.sellers // 10)
    direct = args.sellers - managers
    territories = args.territories or max(1, min(direct, 20000))

    def path(name):
        return os.path.join(args.out_dir, name)

    with open(path("territories.csv"), "w", newline="") as f:
        f.write("id,name,region,segment\n")
        for t in range(territories):
            f.write(f"t-{t:06d},Territory {t},{REGIONS[t % 3]},{SEGMENTS[(t // 3) % 3]}\n")

    total_quota = 0
    with open(path("sellers.csv"), "w", newline="") as f:
        f.write("id,name,role,plan,territory,region,segment,quota,hire_date,manager,prior_attainments,crm_owner_id\n")
        for m in range(managers):
            region = REGIONS[m % 3]
            f.write(f"m-{m:06d},\"Manager {m}, {region}\",manager,mgr,,{region},,{rng.randint(8, 20) * 1_000_000},"
                    f"2020-01-{1 + m % 28:02d},,,OWN{m}\n")
        for s in range(direct):
            t = s % territories
            quota = rng.randint(800, 2400) * 1000
            total_quota += quota
            manager = f"ghost-{s:06d}" if s < args.dangling_managers else f"m-{s % managers:06d}"
            priors = ";".join(f"{rng.uniform(0.4, 1.6):.2f}" for _ in range(rng.randint(0, 3)))
            name = f"\"{rng.choice(WORDS)}, Seller {s}\"" if s % 7 == 0 else f"Seller {s}"
            f.write(f"s-{s:06d},{name},account_executive,ae,t-{t:06d},{REGIONS[t % 3]},{SEGMENTS[(t // 3) % 3]},"
                    f"{quota},2024-{1 + s % 12:02d}-{1 + s % 28:02d},{manager},{priors},OWN{s}\n")

    with open(path("accounts.csv"), "w", newline="", encoding="utf-8-sig") as f:
        f.write("id,name,territory,potential,billings,workload_hours,latitude,longitude,vertical,segment,locked,"
                "crm_created\r\n")
        for a in range(args.accounts):
            t = rng.randrange(territories)
            name = f"{rng.choice(WORDS)} {rng.choice(KINDS)} {a}"
            if a % 11 == 0:
                name = f"\"{name}, Inc. (\"\"the best\"\")\""
            f.write(f"acc-{a:07d},{name},t-{t:06d},{rng.randint(50, 900) * 1000},{rng.randint(0, 400) * 1000},"
                    f"{rng.uniform(10, 200):.1f},{rng.uniform(-60, 70):.4f},{rng.uniform(-170, 170):.4f},"
                    f"{VERTICALS[a % 6]},{SEGMENTS[t // 3 % 3]},{'true' if a % 13 == 0 else 'false'},2024-05-01\r\n")

    goal = max(1, round(total_quota / 1.3))
    scenario = f"""salesplan: 1
name: Large {args.sellers} sellers, {args.accounts} accounts
goal:
  bookings: {goal}
simulation:
  trials: 1000
  seed: 1
  year_types:
    - {{name: average, probability: 1, median_attainment: 0.8, sigma: 0.3}}
plans:
  - id: ae
    target_incentive: 100000
    pay_curve: {{threshold: 0.5, payout_cap: 3}}
  - id: mgr
    target_incentive: 80000
    pay_curve: {{payout_cap: 2}}
sellers: sellers.csv
territories: territories.csv
accounts: accounts.csv
"""
    with open(path("scenario.yaml"), "w") as f:
        f.write(scenario)

    if args.unknown_keys:
        with open(path("unknown-keys.yaml"), "w") as f:
            f.write(scenario.replace("  seed: 1\n", "".join(f"  sed{k}: 1\n" for k in range(args.unknown_keys))))


if __name__ == "__main__":
    main()
