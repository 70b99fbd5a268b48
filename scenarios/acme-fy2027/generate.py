#!/usr/bin/env python3
"""Generates the Acme FY2027 example tables (sellers.csv, territories.csv, accounts.csv) and a
year of marketing touches through the scenario's marketing plan (touches.csv, spend.csv).

Deterministic: the same script always writes the same bytes (fixed seed, fixed formatting, no
dependence on dictionary order or the Python version's float printing). The CSVs are committed;
run this only to change them.

usage: generate.py [--check | --write]
  --check   compare the committed CSVs with what the script generates (exit 1 if they differ)
  --write   (re)write the CSVs beside this script
"""
import datetime
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(2027)

REGIONS = [  # region, AEs per segment (enterprise, mid-market, smb), cities (name, lat, lon)
    ("north-america", (8, 10, 10), [("New York", 40.71, -74.01), ("Chicago", 41.88, -87.63), ("Dallas", 32.78, -96.80),
                                     ("San Francisco", 37.77, -122.42), ("Toronto", 43.65, -79.38), ("Atlanta", 33.75, -84.39)]),
    ("emea", (6, 7, 7), [("London", 51.51, -0.13), ("Frankfurt", 50.11, 8.68), ("Paris", 48.86, 2.35),
                          ("Amsterdam", 52.37, 4.90), ("Madrid", 40.42, -3.70), ("Dubai", 25.20, 55.27)]),
    ("apac", (4, 4, 4), [("Sydney", -33.87, 151.21), ("Singapore", 1.35, 103.82), ("Tokyo", 35.68, 139.69),
                          ("Mumbai", 19.08, 72.88)]),
]
SEGMENTS = ["enterprise", "mid-market", "smb"]
SEGMENT_CODE = {"enterprise": "ent", "mid-market": "mm", "smb": "smb"}
QUOTA = {"enterprise": 2_000_000, "mid-market": 1_300_000, "smb": 800_000}
PLAN = {"enterprise": "ae-enterprise", "mid-market": "ae-commercial", "smb": "ae-commercial"}
ACCOUNTS_PER_TERRITORY = {"enterprise": 20, "mid-market": 45, "smb": 75}
POTENTIAL_MEDIAN = {"enterprise": 450_000, "mid-market": 95_000, "smb": 28_000}
CAPACITY_HOURS = {"enterprise": 2400, "mid-market": 2000, "smb": 1100}  # a seller's year, travel included
WORKLOAD_HOURS = {"enterprise": (60, 120), "mid-market": (18, 40), "smb": (4, 12)}
VERTICALS = [("software", 22), ("financial-services", 16), ("healthcare", 13), ("manufacturing", 14),
             ("retail", 11), ("public-sector", 8), ("media", 7), ("energy", 9)]
FIRST = ["Ava", "Ben", "Chloe", "Daniel", "Elena", "Felix", "Grace", "Hugo", "Isla", "Jonas", "Kira", "Liam",
         "Maya", "Noah", "Olivia", "Pablo", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wei", "Xavier",
         "Yara", "Zane", "Aiko", "Bruno", "Carmen", "Dev", "Esther", "Farid", "Greta", "Hiro", "Ines", "Jae"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Schmidt", "Haddad", "Rossi", "Kowalski", "Nguyen", "Patel",
        "Garcia", "Murphy", "Johansson", "Silva", "Kim", "Dubois", "Novak", "Cohen", "Ibrahim", "Fischer",
        "Larsen", "Mehta", "O'Brien", "Costa", "Yamamoto", "Walsh", "Singh", "Andersen", "Bianchi", "Chen"]
COMPANY_WORDS = ["Apex", "Blue", "Cedar", "Delta", "Ember", "Frontier", "Granite", "Harbor", "Iron", "Juniper",
                 "Keystone", "Lumen", "Meridian", "Nova", "Orchid", "Pioneer", "Quarry", "Redwood", "Summit",
                 "Tidal", "Unity", "Vertex", "Willow", "Zenith"]
COMPANY_SUFFIX = ["Systems", "Labs", "Group", "Holdings", "Partners", "Industries", "Health", "Capital",
                  "Logistics", "Foods", "Energy", "Media", "Software", "Bank", "Retail", "Works"]


def money(value):
    return str(int(round(value)))


def name():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def weighted(pairs):
    total = sum(weight for _, weight in pairs)
    pick = rng.random() * total
    for value, weight in pairs:
        pick -= weight
        if pick < 0:
            return value
    return pairs[-1][0]


# Renewal base as a share of quota: enterprise account executives carry the renewals they are
# paid on (the second measure of their plan); commercial plans have none.
RENEWAL_SHARE = {"enterprise": 0.6, "mid-market": 0.0, "smb": 0.0}


def csv_line(fields):
    out = []
    for field in fields:
        text = str(field)
        if any(c in text for c in ',"\n'):
            text = '"' + text.replace('"', '""') + '"'
        out.append(text)
    return ",".join(out) + "\n"


def generate():
    sellers = [["id", "name", "role", "plan", "territory", "region", "segment", "quota", "hire_date",
                "manager", "prior_attainments", "credit_share", "renewal_base"]]
    territories = [["id", "name", "region", "segment", "capacity_hours", "latitude", "longitude"]]
    accounts = [["id", "name", "territory", "potential", "billings", "workload_hours", "latitude", "longitude",
                 "vertical", "segment", "locked"]]
    account_number = 0
    for region, counts, cities in REGIONS:
        short = {"north-america": "na", "emea": "emea", "apac": "apac"}[region]
        director = f"{short}-dir"
        region_quota = 0
        team_rows = []
        for segment, ae_count in zip(SEGMENTS, counts):
            code = SEGMENT_CODE[segment]
            manager = f"{short}-{code}-mgr"
            team_quota = 0
            books = []  # per territory: (row, potential, billing share) of the accounts drawn around its city
            for number in range(1, ae_count + 1):
                seller_id = f"{short}-{code}-{number:02d}"
                territory = f"t-{short}-{code}-{number:02d}"
                city = cities[(number - 1) % len(cities)]
                territories.append([territory, f"{city[0]} {segment} {number}", region, segment,
                                    CAPACITY_HOURS[segment], f"{city[1]:.2f}", f"{city[2]:.2f}"])
                quota = round(QUOTA[segment] * rng.uniform(0.9, 1.1), -4)
                team_quota += quota
                # Persistent skill: log-skill ~ N(0, 0.2); each past year adds a year effect and noise.
                skill = rng.gauss(0, 0.2)
                years = rng.choice([0, 1, 2, 3, 3, 3])
                hire_year = 2026 - years if years else 2026
                hire_date = f"{hire_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                history = []
                for year_effect in [0.78, 0.92, 0.85][3 - years:]:
                    history.append(f"{math.exp(math.log(year_effect) + skill + rng.gauss(0, 0.2)):.2f}")
                # Contracts up for renewal: a share of quota, by segment (no random draw, so the
                # other columns stay as they were).
                renewal_base = money(round(quota * RENEWAL_SHARE[segment], -4)) if RENEWAL_SHARE[segment] else ""
                sellers.append([seller_id, name(), "account_executive", PLAN[segment], territory, region,
                                segment, money(quota), hire_date, manager, ";".join(history), "", renewal_base])
                book = []
                for _ in range(int(ACCOUNTS_PER_TERRITORY[segment] * rng.uniform(0.85, 1.15))):
                    account_number += 1
                    potential = POTENTIAL_MEDIAN[segment] * math.exp(rng.gauss(0, 0.7))
                    customer = rng.random() < 0.55
                    billing_share = rng.uniform(0.2, 0.7) if customer else 0
                    low, high = WORKLOAD_HOURS[segment]
                    # Potential and billings are written once the segment's books are leveled.
                    book.append(([
                        f"acc-{account_number:05d}",
                        f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_SUFFIX)} {account_number}",
                        territory, None, None, rng.uniform(low, high),
                        f"{city[1] + rng.uniform(-1.5, 1.5):.4f}", f"{city[2] + rng.uniform(-1.5, 1.5):.4f}",
                        weighted(VERTICALS), segment, "true" if customer and rng.random() < 0.07 else "false"],
                        potential, billing_share))
                books.append(book)
            accounts.extend(level(books))
            team_rows.append([manager, name(), "manager", "sales-manager", "", region, segment,
                              money(round(team_quota * 0.95, -4)), f"20{rng.randint(18, 24)}-0{rng.randint(1, 9)}-15",
                              director, "", "", ""])
            region_quota += team_quota
            if segment != "smb":
                team_rows.append([f"{short}-{code}-overlay", name(), "overlay_specialist", "overlay", "", region,
                                  segment, money(round(team_quota * 0.45, -4)),  # on the half credited
                                  f"20{rng.randint(19, 25)}-0{rng.randint(1, 9)}-01", director, "", "50%", ""])
        sellers.append([director, name(), "manager", "sales-manager", "", region, "", money(round(region_quota * 0.92, -4)),
                        f"20{rng.randint(15, 22)}-0{rng.randint(1, 9)}-01", "", "", "", ""])
        sellers.extend(team_rows)
    drift(accounts, territories)
    return {
        "sellers.csv": "".join(csv_line(row) for row in sellers),
        "territories.csv": "".join(csv_line(row) for row in territories),
        "accounts.csv": "".join(csv_line(row) for row in accounts),
    }


# The last full redesign carved territories of equal potential and workload: every territory's
# own book (the accounts drawn around its city) lies within about LEVEL_SPREAD of its
# region-and-segment peers' mean in both. Without this, a city's random draws alone put its book
# up to 23 % off the mean, and a territory alone in its city could only be balanced with accounts
# from another city, 1,000 km and more away, which no sales-ops lead would accept; the same holds
# for workload when `balance --workload-tolerance` is asked for.
LEVEL_SPREAD = 0.03
# Territories trade accounts only with neighbours: the same metro, or a home base within this
# distance (New York-Toronto 550 km; London, Paris, Amsterdam and Frankfurt, all but
# London-Frankfurt 638 km). Accounts lie within about 200 km of their city, so an account handed
# between neighbours is never more than about 800 km from either home base.
NEIGHBOUR_KM = 600


def level(books):
    """One region-and-segment's accounts, every territory's book scaled to the group's mean times
    1 + an offset within ±LEVEL_SPREAD: potential (billings with it, so each account's billings
    share stays as drawn), and separately workload hours. The offsets are centred so the group's
    totals stay what was drawn. A generator of its own (level_rng), so that every other column,
    and the sellers, stay as they were."""
    def scales(pools):
        mean = sum(pools) / len(pools)
        offsets = [level_rng.uniform(-LEVEL_SPREAD, LEVEL_SPREAD) for _ in pools]
        centre = sum(offsets) / len(offsets)
        return [mean * (1 + offset - centre) / pool for pool, offset in zip(pools, offsets)]
    potential_scales = scales([sum(potential for _, potential, _ in book) for book in books])
    hours_scales = scales([sum(row[5] for row, _, _ in book) for book in books])
    rows = []
    for book, potential_scale, hours_scale in zip(books, potential_scales, hours_scales):
        for row, potential, billing_share in book:
            row[3] = money(potential * potential_scale)
            row[4] = money(potential * potential_scale * billing_share)
            row[5] = f"{row[5] * hours_scale:.1f}"
            rows.append(row)
    return rows


level_rng = random.Random(20272)


def haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def drift(accounts, territories):
    """Years of ad-hoc reassignments between neighbouring territories: a few territories per region
    and segment picked up accounts from their neighbours (a top performer given more, a departed
    seller's book split unevenly), so that today some territories hold 30-60 % more potential
    than their peers' mean and their neighbours less. Only neighbours (NEIGHBOUR_KM) trade, and a
    territory's neighbours give to one hot territory at most: a territory with no neighbour (every
    APAC city, Dubai, Madrid, Atlanta, enterprise Dallas and San Francisco) keeps its own book. So
    rebalancing can hand the accounts back nearby. A generator of its own, so that the sellers and
    the accounts' own figures stay as they were."""
    drift_rng = random.Random(20270)
    header, rows = accounts[0], accounts[1:]
    column = {name: index for index, name in enumerate(header)}
    home = {row[0]: (float(row[5]), float(row[6])) for row in territories[1:]}
    groups = {}
    for row in rows:
        groups.setdefault(row[column["territory"]].rsplit("-", 1)[0], []).append(row)
    for prefix in sorted(groups):
        members = groups[prefix]
        territories_ = sorted({row[column["territory"]] for row in members})
        neighbours = {t: [u for u in territories_ if u != t and haversine_km(*home[t], *home[u]) <= NEIGHBOUR_KM]
                      for t in territories_}
        potential = lambda t: sum(int(r[column["potential"]]) for r in members if r[column["territory"]] == t)
        mean = sum(int(r[column["potential"]]) for r in members) / len(territories_)
        taken = set()
        for _ in range(1 if len(territories_) < 8 else 2):
            free = [t for t in territories_ if t not in taken and any(u not in taken for u in neighbours[t])]
            if not free:
                break
            hot = drift_rng.choice(free)
            givers = [u for u in neighbours[hot] if u not in taken]
            taken.update([hot, *givers])
            goal = mean * drift_rng.uniform(1.30, 1.60)
            donors = [r for r in members if r[column["territory"]] in givers and r[column["locked"]] == "false"]
            drift_rng.shuffle(donors)
            for row in donors:
                if potential(hot) >= goal:
                    break
                if int(row[column["potential"]]) <= goal - potential(hot) + mean * 0.05:
                    row[column["territory"]] = hot


# The scenario's marketing plan (scenario.yaml, marketing:): channel, spend, segment mix, and the
# opportunities the funnel expects it to create (`salesplan funnel`), which weight where journeys start.
CHANNELS = [
    ("linkedin", 1_100_000, {"enterprise": 0.30, "mid-market": 0.45, "smb": 0.25}, 229),
    ("paid-search", 1_600_000, {"mid-market": 0.30, "smb": 0.70}, 388),
    ("content-syndication", 600_000, {"enterprise": 0.15, "mid-market": 0.45, "smb": 0.40}, 327),
    ("events", 1_200_000, {"enterprise": 0.55, "mid-market": 0.45}, 157),
    ("programmatic", 500_000, {"mid-market": 0.40, "smb": 0.60}, 308),
    ("email", 400_000, {"mid-market": 0.25, "smb": 0.75}, 604),
    ("webinar", 550_000, {"enterprise": 0.15, "mid-market": 0.50, "smb": 0.35}, 263),
    ("partner", 900_000, {"enterprise": 0.30, "mid-market": 0.40, "smb": 0.30}, 415),
]
# Per segment: deal size and sales cycle (days) as P10-P90 ranges, as in the scenario.
DEAL_SIZE = {"enterprise": (110_000, 210_000), "mid-market": (32_000, 62_000), "smb": (10_000, 19_000)}
CYCLE_DAYS = {"enterprise": (180, 330), "mid-market": (90, 160), "smb": (30, 70)}
# Touches after the first: nurture channels recur more than paid ones.
NURTURE = [("email", 30), ("webinar", 18), ("content-syndication", 10), ("linkedin", 12), ("paid-search", 10),
           ("programmatic", 8), ("events", 7), ("partner", 5)]
# Win rate 24 % on average; opportunities from events and partners close more often, paid ones less.
WIN_FACTOR = {"events": 1.25, "partner": 1.3, "webinar": 1.1, "linkedin": 1.0, "content-syndication": 0.9,
              "email": 0.95, "programmatic": 0.8, "paid-search": 0.85}
JOURNEYS = 2800
Z90 = 1.2815515655446004


def log_normal(rng_, low, high):
    """A draw whose P10 and P90 are low and high."""
    return math.exp(rng_.gauss((math.log(low) + math.log(high)) / 2, math.log(high / low) / (2 * Z90)))


def touches():
    """A year of opportunity journeys: the first touch sources the opportunity (channel and
    segment weighted by the opportunities the funnel expects from each), a lead is created on
    the first or second touch, the opportunity some weeks later, and a won opportunity closes
    one sales cycle after its lead; lost ones stop without closed_won. Timestamps strictly
    increase within a journey. A generator of its own, so the other tables do not move."""
    t_rng = random.Random(20271)
    starts = [((name, segment), weight * share) for name, _, mix, weight in CHANNELS for segment, share in mix.items()]
    rows = [["opportunity_id", "timestamp", "channel", "milestone", "amount", "segment"]]
    year_start = datetime.datetime(2026, 1, 1, 8, 0)
    for number in range(1, JOURNEYS + 1):
        channel, segment = weighted_with(t_rng, starts)
        cycle = log_normal(t_rng, *CYCLE_DAYS[segment])
        lead_at = year_start + datetime.timedelta(minutes=t_rng.randrange(0, 365 * 24 * 60))
        first_at = lead_at - datetime.timedelta(days=t_rng.uniform(0, 20) if t_rng.random() < 0.5 else 0)
        opportunity_at = lead_at + datetime.timedelta(days=cycle * t_rng.uniform(0.15, 0.35))
        won = t_rng.random() < 0.24 * WIN_FACTOR[channel]
        end_at = lead_at + datetime.timedelta(days=cycle * (1 if won else t_rng.uniform(0.5, 1.1)))
        journey = [(first_at, channel, ["first_touch"])]
        if first_at < lead_at:
            journey.append((lead_at, weighted_with(t_rng, NURTURE), ["lead_created"]))
        else:
            journey[0][2].append("lead_created")
        for _ in range(t_rng.randint(0, 2)):
            journey.append((between(t_rng, lead_at, opportunity_at), weighted_with(t_rng, NURTURE), []))
        journey.append((opportunity_at, weighted_with(t_rng, NURTURE), ["opportunity_created"]))
        for _ in range(t_rng.randint(0, 3 if segment == "enterprise" else 2)):
            journey.append((between(t_rng, opportunity_at, end_at), weighted_with(t_rng, NURTURE), []))
        if won:
            journey.append((end_at, weighted_with(t_rng, NURTURE), ["closed_won"]))
        journey.sort(key=lambda touch: touch[0])
        amount = money(round(log_normal(t_rng, *DEAL_SIZE[segment]), -2)) if won else ""
        previous = None
        for index, (at, touch_channel, milestones) in enumerate(journey):
            at = at.replace(second=0, microsecond=0)
            if previous is not None and at <= previous:
                at = previous + datetime.timedelta(minutes=1)
            previous = at
            last = index == len(journey) - 1
            rows.append([f"opp-{number:05d}", at.strftime("%Y-%m-%dT%H:%M:00Z"), touch_channel, "+".join(milestones),
                         amount if won and last else "", segment])
    return rows


def weighted_with(rng_, pairs):
    total = sum(weight for _, weight in pairs)
    pick = rng_.random() * total
    for value, weight in pairs:
        pick -= weight
        if pick < 0:
            return value
    return pairs[-1][0]


def between(rng_, start, end):
    """A moment strictly inside (start, end), at least a minute from either end when it can be."""
    span = (end - start).total_seconds()
    return start + datetime.timedelta(seconds=span * rng_.uniform(0.05, 0.95))


def marketing_files():
    return {
        "touches.csv": "".join(csv_line(row) for row in touches()),
        "spend.csv": "".join(csv_line(row) for row in [["channel", "spend"]] + [[name, spend] for name, spend, _, _ in CHANNELS]),
    }


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode not in ("--check", "--write"):
        sys.exit(__doc__)
    files = generate()
    files.update(marketing_files())
    stale = []
    for name_, text in files.items():
        path = os.path.join(HERE, name_)
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if mode == "--write":
            if current != text:
                with open(path, "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
                print(f"wrote {name_} ({text.count(chr(10)) - 1} rows)")
        elif current != text:
            stale.append(name_)
    if stale:
        sys.exit(f"out of date: {', '.join(stale)} (run generate.py --write)")
    if mode == "--check":
        print("committed tables match the generator")


main()
