#!/usr/bin/env python3
"""Derive kolvet's calibrated defaults from real data, and check that the committed ones match.

Reads ../shared/data/ (never copied into the project):
  xhs-real/mediacrawler/      56 real Xiaohongshu creators and their notes (Apache-2.0, Dr-Spicy/MF_KOC)
  xhs-real/xinhong-audiences.csv  their 新红 audience sheet
  srf-labelled-followers.csv, labelled-followers/  three labelled follower sets (SRF CC BY-SA 4.0,
                              InstaFake CC BY-NC 4.0, Kaggle: licence not stated)

Creators: kolvet itself (built with `swift build`) imports the MediaCrawler export and batches it as a user would;
the per-creator metrics come from its JSON Lines report, so the distributions are of exactly what kolvet measures.
A third of the creators (id's first 8 hex digits mod 3 == 0) is held out: thresholds are derived from the rest and
the warn/fail rates reported on both.

Writes data/calibration.json (every figure) and Sources/KolvetKit/Configuration/Calibration.swift (the defaults the
code loads). `--check` derives everything again and exits 1 if either committed file differs.

Usage: python3 scripts/calibrate.py [--data ../shared/data] [--check]
"""
import argparse
import csv
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JSON_OUT = ROOT / "data" / "calibration.json"
SWIFT_OUT = ROOT / "Sources" / "KolvetKit" / "Configuration" / "Calibration.swift"

# Priors the real data may relax but never tighten (docs/calibration.md, "The rule").
PRIORS = {
    "engagement.comment_density": {"warn_below": 0.5, "fail_below": 0.2, "warn_above": 10, "fail_above": 25},
    "engagement.collect_ratio": {"warn_below": 0.1, "fail_below": 0.04},
    "engagement.consistency": {"warn_below": 0.4, "fail_below": 0.2},
    "engagement.like_outliers": {"warn_above": 0, "fail_above": 0.1},
    "followers.likes_collects_per_follower": {"warn_below": 1, "fail_below": 0.5},
    "audience.active_fans": {"warn_below": 0.7, "fail_below": 0.5},
}
# Normal quantiles for the peer-curve thresholds.
Z10, Z025, Z005 = 1.2815516, 1.9599640, 2.5758293


def percentile(values, q):
    """Linear interpolation between closest ranks (numpy's default)."""
    v = sorted(values)
    if not v:
        return None
    k = (len(v) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def sig(x, digits=3):
    """x rounded to `digits` significant digits (thresholds are shown to people)."""
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def is_held_out(creator_id):
    return int(creator_id[:8], 16) % 3 == 0


# ---------------------------------------------------------------------------------------------------------------
# Creators


def kolvet_reports(data):
    subprocess.run(["swift", "build", "--product", "kolvet"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip() + "/kolvet"
    with tempfile.TemporaryDirectory() as tmp:
        dossiers = subprocess.run(
            [binary, "import", "mediacrawler", str(data / "xhs-real" / "mediacrawler")],
            check=True, capture_output=True,
        ).stdout
        path = Path(tmp) / "real.jsonl"
        path.write_bytes(dossiers)
        out = subprocess.run(
            [binary, "batch", str(path), "--format", "jsonl", "--now", "2025-03-21"], capture_output=True
        ).stdout.decode()
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def creator_rows(reports):
    rows = []
    for r in reports:
        if "metrics" not in r:
            continue
        e = r["metrics"]["engagement"]
        signals = {s["id"]: s.get("value") for s in r["signals"]}
        rows.append({
            "id": r["creator"]["id"],
            "followers": r["creator"]["followers"],
            "median_interactions": e["median_interactions"],
            "median_rate": e["median_rate_per_follower"],
            "engagement.comment_density": e["comments_per_100_likes"],
            "engagement.collect_ratio": e["collects_per_like"],
            "engagement.consistency": e["like_spread"],
            "followers.likes_collects_per_follower": e["likes_and_collects_per_follower"],
            "engagement.like_outliers": signals.get("engagement.like_outliers"),
        })
    return rows


def active_fan_shares(data):
    shares = {}
    with open(data / "xhs-real" / "xinhong-audiences.csv", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            text = (row.get("活跃粉丝占比(仅>1K)") or "").strip()
            try:
                shares[row["user_id"]] = float(text) / 100
            except ValueError:
                pass
    return shares


def level(value, t):
    if value is None:
        return "unknown"
    if t.get("fail_below") is not None and value < t["fail_below"]:
        return "fail"
    if t.get("fail_above") is not None and value > t["fail_above"]:
        return "fail"
    if t.get("warn_below") is not None and value < t["warn_below"]:
        return "warn"
    if t.get("warn_above") is not None and value > t["warn_above"]:
        return "warn"
    return "ok"


def rates(values, thresholds):
    levels = [level(v, thresholds) for v in values if v is not None]
    n = len(levels)
    return {
        "n": n,
        "warn": round(levels.count("warn") / n, 4) if n else None,
        "fail": round(levels.count("fail") / n, 4) if n else None,
    }


def distribution(values):
    v = [x for x in values if x is not None]
    return {f"p{q}": round(percentile(v, q), 6) for q in (0, 2.5, 5, 10, 25, 50, 75, 90, 95, 97.5, 100)} | {"n": len(v)}


def relaxed(prior, values):
    """The more lenient of the prior and the real 10th/90th (warn) and 2.5th/97.5th (fail) percentiles."""
    t = {}
    if "warn_below" in prior:
        t["warn_below"] = min(prior["warn_below"], sig(percentile(values, 10)))
    if "fail_below" in prior:
        t["fail_below"] = min(prior["fail_below"], sig(percentile(values, 2.5)))
    if "warn_above" in prior:
        t["warn_above"] = max(prior["warn_above"], sig(percentile(values, 90)))
    if "fail_above" in prior:
        t["fail_above"] = max(prior["fail_above"], sig(percentile(values, 97.5)))
    return t


def calibrate_creators(data):
    rows = creator_rows(kolvet_reports(data))
    tune = [r for r in rows if not is_held_out(r["id"])]
    held = [r for r in rows if is_held_out(r["id"])]
    # Peer curve: ln(median interactions) = a + b ln(followers), least squares on the tuning creators.
    points = [(math.log(r["followers"]), math.log(r["median_interactions"]))
              for r in tune if r["followers"] > 0 and r["median_interactions"] > 0]
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    b = sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)
    a = my - b * mx
    sd = math.sqrt(sum((y - a - b * x) ** 2 for x, y in points) / (n - 2))
    curve = {"intercept": round(a, 6), "slope": round(b, 6), "residual_sd": round(sd, 6),
             "followers_from": min(r["followers"] for r in rows), "followers_to": max(r["followers"] for r in rows),
             "fitted_on": n}

    def shortfall(r):  # expected / actual median interactions
        if r["followers"] <= 0 or r["median_interactions"] is None or r["median_interactions"] <= 0:
            return None
        expected = math.exp(curve["intercept"]) * r["followers"] ** curve["slope"]
        return expected / r["median_interactions"]

    thresholds = {
        "engagement.rate": {"warn_below": sig(math.exp(-Z10 * curve["residual_sd"])),
                            "fail_below": sig(math.exp(-Z025 * curve["residual_sd"]))},
        "followers.engagement_mismatch": {"warn_above": sig(math.exp(Z025 * curve["residual_sd"])),
                                          "fail_above": sig(math.exp(Z005 * curve["residual_sd"]))},
    }
    for key, prior in PRIORS.items():
        if key == "audience.active_fans":
            continue
        thresholds[key] = relaxed(prior, [r[key] for r in tune if r[key] is not None])
    shares = active_fan_shares(data)
    tune_shares = [v for k, v in shares.items() if not is_held_out(k)]
    thresholds["audience.active_fans"] = relaxed(PRIORS["audience.active_fans"], tune_shares)

    def values(group, key):
        if key == "engagement.rate":
            return [1 / s if s else None for s in map(shortfall, group)]
        if key == "followers.engagement_mismatch":
            return [shortfall(r) for r in group]
        return [r[key] for r in group]

    signals = {}
    for key, t in thresholds.items():
        if key == "audience.active_fans":
            groups = {"tune": tune_shares, "held_out": [v for k, v in shares.items() if is_held_out(k)],
                      "all": list(shares.values())}
            dist = distribution(list(shares.values()))
        else:
            groups = {"tune": values(tune, key), "held_out": values(held, key), "all": values(rows, key)}
            dist = distribution(values(rows, key))
        signals[key] = {"thresholds": t, "prior": PRIORS.get(key), "distribution": dist,
                        "rates": {g: rates(v, t) for g, v in groups.items()}}
    flagged = {}
    for r in rows:
        for key in ("engagement.rate", "followers.engagement_mismatch", "engagement.comment_density",
                    "engagement.collect_ratio", "engagement.consistency", "engagement.like_outliers",
                    "followers.likes_collects_per_follower"):
            v = values([r], key)[0]
            lv = level(v, thresholds[key])
            if lv != "ok" and lv != "unknown":
                flagged.setdefault(r["id"], []).append(
                    {"signal": key, "level": lv, "value": round(v, 4), "followers": r["followers"],
                     "median_interactions": r["median_interactions"]})
    return {"creators": len(rows), "tuning": len(tune), "held_out": len(held), "peer_curve": curve,
            "signals": signals, "flagged_creators": dict(sorted(flagged.items()))}


# ---------------------------------------------------------------------------------------------------------------
# Labelled followers

RULE = {"idle_notes_below": 3, "idle_following_above": 500, "small_notes_below": 5, "small_followers_below": 100}
DETECTION_MARGIN = 0.1
FALSE_ALARM_MARGIN = 0.025
LEVELS = [0, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6]
SAMPLE = 200
REPEATS = 200


def follower_sets(data):
    srf = []
    with open(data / "srf-labelled-followers.csv") as f:
        for r in csv.DictReader(f):
            srf.append((int(r["is_fake"]), int(r["posts"]), int(r["followers"]), int(r["following"]),
                        int(r["has_avatar"])))
    insta = []
    for name in ("instafake-fake.json", "instafake-real.json"):
        for r in json.load(open(data / "labelled-followers" / name)):
            insta.append((int(r["isFake"]), r["userMediaCount"], r["userFollowerCount"], r["userFollowingCount"],
                          r["userHasProfilPic"]))
    kaggle = []
    for name in ("kaggle-ig-train.csv", "kaggle-ig-test.csv"):
        with open(data / "labelled-followers" / name) as f:
            for r in csv.DictReader(f):
                kaggle.append((int(r["fake"]), int(r["#posts"]), int(r["#followers"]), int(r["#follows"]),
                               int(r["profile pic"])))
    return {"srf": srf, "instafake": insta, "kaggle": kaggle}


def flagged(account):
    _, posts, followers, following, avatar = account
    if not avatar:
        return True
    if posts < RULE["idle_notes_below"] and following > RULE["idle_following_above"]:
        return True
    return posts < RULE["small_notes_below"] and followers < RULE["small_followers_below"]


def two_line(account):
    _, posts, followers, following, avatar = account
    return following >= 10 * max(1, followers) or (posts == 0 and not avatar)


def confusion(accounts, rule):
    tp = sum(1 for a in accounts if a[0] and rule(a))
    fp = sum(1 for a in accounts if not a[0] and rule(a))
    fn = sum(1 for a in accounts if a[0] and not rule(a))
    tn = len(accounts) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
    return {"fakes": tp + fn, "reals": fp + tn, "detected": tp, "false_alarms": fp,
            "detection_rate": round(recall, 4), "false_alarm_rate": round(fp / (fp + tn), 4),
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def quantifier(rates_list):
    """The rates pooled over the sets' labelled accounts (detected fakes ÷ all fakes, false alarms ÷ all genuine
    accounts), and the range each rate spans between the sets, widened by the margins."""
    t = [r["detection_rate"] for r in rates_list]
    f = [r["false_alarm_rate"] for r in rates_list]
    detection = sum(r["detected"] for r in rates_list) / sum(r["fakes"] for r in rates_list)
    false_alarms = sum(r["false_alarms"] for r in rates_list) / sum(r["reals"] for r in rates_list)
    return {"detection_rate": round(detection, 4), "false_alarm_rate": round(false_alarms, 4),
            "detection_range": [round(min(t) - DETECTION_MARGIN, 4), round(min(1.0, max(t) + DETECTION_MARGIN), 4)],
            "false_alarm_range": [round(max(0.0, min(f) - FALSE_ALARM_MARGIN), 4), round(max(f) + FALSE_ALARM_MARGIN, 4)],
            "z": 1.96}


def clamp(x):
    return min(1.0, max(0.0, x))


def estimate(q, n, k):
    p = clamp((q - k["false_alarm_rate"]) / (k["detection_rate"] - k["false_alarm_rate"]))
    e = k["z"] * math.sqrt(max(q * (1 - q), 1 / n) / n)
    lo = clamp((q - e - k["false_alarm_range"][1]) / (k["detection_range"][1] - k["false_alarm_range"][1]))
    hi = clamp((q + e - k["false_alarm_range"][0]) / (k["detection_range"][0] - k["false_alarm_range"][0]))
    return p, min(lo, hi), max(lo, hi)


def leave_one_set_out(sets, per_set):
    rng = random.Random(2026)
    table = {}
    for held, accounts in sets.items():
        k = quantifier([per_set[o] for o in sets if o != held])
        fakes = [a for a in accounts if a[0]]
        reals = [a for a in accounts if not a[0]]
        errors, covered, rule_errors = [], [], []
        for share in LEVELS:
            nf = round(SAMPLE * share)
            for _ in range(REPEATS):
                sample = [rng.choice(fakes) for _ in range(nf)] + rng.sample(reals, SAMPLE - nf)
                q = sum(1 for a in sample if flagged(a)) / SAMPLE
                p, lo, hi = estimate(q, SAMPLE, k)
                truth = nf / SAMPLE
                errors.append(abs(p - truth))
                covered.append(lo <= truth <= hi)
                rule_errors.append(abs(sum(1 for a in sample if two_line(a)) / SAMPLE - truth))
        table[held] = {"mean_absolute_error": round(sum(errors) / len(errors), 4),
                       "coverage": round(sum(covered) / len(covered), 4),
                       "two_line_rule_mean_absolute_error": round(sum(rule_errors) / len(rule_errors), 4),
                       "quantifier_from_other_sets": k}
    return table


def calibrate_followers(data):
    sets = follower_sets(data)
    per_set = {name: confusion(accounts, flagged) for name, accounts in sets.items()}
    return {"rule": RULE, "per_set": per_set,
            "two_line_rule_per_set": {name: confusion(accounts, two_line) for name, accounts in sets.items()},
            "quantifier": quantifier(list(per_set.values())),
            "leave_one_set_out": leave_one_set_out(sets, per_set),
            "levels": LEVELS, "sample": SAMPLE, "repeats": REPEATS}


# ---------------------------------------------------------------------------------------------------------------
# Output


def swift_source(result):
    c = result["creators"]["peer_curve"]
    s = result["creators"]["signals"]
    q = result["followers"]["quantifier"]

    def opt(v):
        return "nil" if v is None else repr(float(v))

    lines = [
        "// Generated by scripts/calibrate.py from ../shared/data (docs/calibration.md): do not edit.",
        "// Creators: xhs-real (Apache-2.0, Dr-Spicy/MF_KOC). Follower rates: SRF (CC BY-SA 4.0), InstaFake",
        "// (CC BY-NC 4.0) and Kaggle (licence not stated): see docs/model-card.md for what that means for you.",
        "",
        "/// Defaults derived from real data by `scripts/calibrate.py`; docs/calibration.md shows the distributions.",
        "package enum Calibration {",
        "    /// ln(median interactions) = intercept + slope × ln(followers), fitted on "
        f"{c['fitted_on']} real nano creators.",
        f"    package static let peerCurve = PeerCurve(",
        f"        intercept: {c['intercept']}, slope: {c['slope']}, residualDeviation: {c['residual_sd']},",
        f"        followersBelow: 10_000)",
        "",
        "    /// Thresholds by signal id: warn below, fail below, warn above, fail above.",
        "    package static let thresholds: [String: Thresholds] = [",
    ]
    for key in sorted(s):
        t = s[key]["thresholds"]
        lines.append(
            f'        "{key}": Thresholds(warnBelow: {opt(t.get("warn_below"))}, failBelow: {opt(t.get("fail_below"))}, '
            f'warnAbove: {opt(t.get("warn_above"))}, failAbove: {opt(t.get("fail_above"))}),')
    lines += [
        "    ]",
        "",
        "    /// The follower rule's detection and false-alarm rates, pooled over the labelled accounts of SRF, InstaFake",
        "    /// and Kaggle; the ranges span the three sets' own rates, widened.",
        "    package static let followerQuantifier = FakeShareQuantifier(",
        f"        detectionRate: {q['detection_rate']}, falseAlarmRate: {q['false_alarm_rate']},",
        f"        detectionRange: {q['detection_range'][0]}...{q['detection_range'][1]},",
        f"        falseAlarmRange: {q['false_alarm_range'][0]}...{q['false_alarm_range'][1]})",
        "}",
        "",
    ]
    return "\n".join(lines)


def formatted(source):
    """The Swift source as `swift format` with the project's .swift-format writes it (CI lints it strictly)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "Calibration.swift"
        path.write_text(source)
        subprocess.run(["swift", "format", "-i", "--configuration", str(ROOT / ".swift-format"), str(path)],
                       check=True)
        return path.read_text()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files differ")
    args = parser.parse_args()
    result = {"creators": calibrate_creators(args.data), "followers": calibrate_followers(args.data)}
    text = json.dumps(result, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    swift = formatted(swift_source(result))
    if args.check:
        same = JSON_OUT.read_text() == text and SWIFT_OUT.read_text() == swift
        print("calibration reproduced exactly" if same else "calibration differs from the committed files")
        sys.exit(0 if same else 1)
    JSON_OUT.write_text(text)
    SWIFT_OUT.write_text(swift)
    print(f"wrote {JSON_OUT.relative_to(ROOT)} and {SWIFT_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
