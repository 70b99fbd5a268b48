#!/usr/bin/env python3
"""Deterministic attribution inputs for the benchmark (scripts/benchmark-attribution.sh).

  generate.py touches OUT.csv [--journeys 100000 --touches 1000000 --channels 12 --seed 11]
  generate.py paths OUT.csv [--paths 100000 --channels 12 --seed 12]

touches: a touch file (opportunity_id,timestamp,channel,milestone,amount,segment) with exactly
--touches rows over --journeys opportunities, rows shuffled so journeys interleave as in a CRM
export. Each channel has a lift on the odds of winning, so data-driven models have something to
find; enterprise journeys are slower than SMB ones, so some touches fall outside the default
365-day lookback. paths: --paths distinct ChannelAttribution paths with conversions, value and
nulls. The same arguments always give the same bytes (Python's random.Random, no numpy).
"""
import argparse
import datetime
import math
import random

CHANNELS = ["linkedin", "paid_search", "content_syndication", "events", "programmatic", "email", "webinar",
            "partner", "organic_search", "direct_mail", "review_sites", "sdr_outbound"]
SEGMENTS = [("smb", 0.5, 3.0, 25_000), ("mid_market", 0.3, 8.0, 80_000), ("enterprise", 0.2, 20.0, 250_000)]


def channel_names(count):
    return [CHANNELS[i] if i < len(CHANNELS) else f"channel_{i + 1}" for i in range(count)]


def lifts(rng, count):
    return [rng.uniform(-0.6, 0.9) for _ in range(count)]


def win_probability(channel_set, lift):
    score = -1.6 + sum(lift[c] for c in channel_set) * 0.6
    return 1 / (1 + math.exp(-score))


def lengths(rng, journeys, touches):
    result = [max(1, min(40, int(rng.gammavariate(2.0, touches / journeys / 2.0)) + 1)) for _ in range(journeys)]
    difference = touches - sum(result)
    index = 0
    while difference != 0:
        j = index % journeys
        if difference > 0 and result[j] < 40:
            result[j] += 1
            difference -= 1
        elif difference < 0 and result[j] > 1:
            result[j] -= 1
            difference += 1
        index += 1
    return result


def touches(out, journeys, total, channel_count, seed):
    rng = random.Random(seed)
    names = channel_names(channel_count)
    lift = lifts(rng, channel_count)
    start = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
    rows = []
    for j, length in enumerate(lengths(rng, journeys, total)):
        pick = rng.random()
        segment = SEGMENTS[0] if pick < 0.5 else SEGMENTS[1] if pick < 0.8 else SEGMENTS[2]
        name, _, gap, deal = segment
        path = [rng.randrange(channel_count) for _ in range(length)]
        won = rng.random() < win_probability(set(path), lift)
        when = start + datetime.timedelta(days=rng.uniform(0, 365))
        lead, opportunity = length // 3, (2 * length) // 3
        for i, channel in enumerate(path):
            if i > 0:
                when += datetime.timedelta(days=rng.expovariate(1 / gap))
            marks = []
            if i == 0:
                marks.append("first_touch")
            if i == lead and (won or rng.random() < 0.5):
                marks.append("lead_created")
            if won and i == opportunity:
                marks.append("opportunity_created")
            if won and i == length - 1:
                marks.append("closed_won")
            amount = f"{deal * rng.lognormvariate(0, 0.5):.2f}" if won and i == length - 1 else ""
            stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            rows.append(f"opp-{j + 1:06d},{stamp},{names[channel]},{'+'.join(marks)},{amount},{name}\n")
    rng.shuffle(rows)
    with open(out, "w") as handle:
        handle.write("opportunity_id,timestamp,channel,milestone,amount,segment\n")
        handle.writelines(rows)


def paths(out, count, channel_count, seed):
    rng = random.Random(seed)
    names = channel_names(channel_count)
    lift = lifts(rng, channel_count)
    seen = set()
    with open(out, "w") as handle:
        handle.write("path,total_conversions,total_conversion_value,total_null\n")
        while len(seen) < count:
            length = min(1 + int(rng.expovariate(1 / 4.0)), 30)
            path = tuple(rng.randrange(channel_count) for _ in range(length))
            if path in seen:
                continue
            seen.add(path)
            journeys = 1 + int(rng.expovariate(1 / 6.0))
            p = win_probability(set(path), lift)
            conversions = sum(rng.random() < p for _ in range(journeys))
            value = sum(40_000 * rng.lognormvariate(0, 0.6) for _ in range(conversions))
            handle.write(f"{' > '.join(names[c] for c in path)},{conversions},{value:.2f},{journeys - conversions}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["touches", "paths"])
    parser.add_argument("out")
    parser.add_argument("--journeys", type=int, default=100_000)
    parser.add_argument("--touches", type=int, default=1_000_000)
    parser.add_argument("--paths", type=int, default=100_000)
    parser.add_argument("--channels", type=int, default=12)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    if args.kind == "touches":
        touches(args.out, args.journeys, args.touches, args.channels, 11 if args.seed is None else args.seed)
    else:
        paths(args.out, args.paths, args.channels, 12 if args.seed is None else args.seed)


if __name__ == "__main__":
    main()
