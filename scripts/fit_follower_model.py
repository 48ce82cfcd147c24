#!/usr/bin/env python3
"""Fits kolvet's follower model: an L2-regularised logistic regression on the SRF labelled followers.

    python3 scripts/fit_follower_model.py [path/to/srf-labelled-followers.csv]

Reads ../shared/data/srf-labelled-followers.csv by default (975 Instagram followers labelled fake or real by
SRF Data, CC BY-SA 4.0). Prints cross-validated figures for each candidate feature set and writes the chosen
model's coefficients to data/follower-model.json and Sources/KolvetKit/Followers/FollowerModelCoefficients.swift.
Deterministic: fixed seeds, no network. Needs numpy.
"""
import csv
import json
import math
import sys

import numpy as np

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/srf-labelled-followers.csv"
L2 = 1.0          # ridge penalty on standardised coefficients (not on the intercept)
CUTOFFS = (0.3, 0.5)
FOLDS, REPEATS = 10, 10

FEATURES = {
    # name: (function of a row, human description)
    "log_posts": (lambda r: math.log1p(float(r["posts"])), "ln(1 + notes or posts)"),
    "log_followers": (lambda r: math.log1p(float(r["followers"])), "ln(1 + followers)"),
    "log_following": (lambda r: math.log1p(float(r["following"])), "ln(1 + following)"),
    "no_avatar": (lambda r: 1.0 - float(r["has_avatar"]), "1 when the account has no avatar"),
    "name_has_digits": (lambda r: 1.0 if float(r["username_digits"]) > 0 else 0.0, "1 when the name has digits"),
    "is_private": (lambda r: float(r["is_private"]), "1 when the account is private"),
    "name_ends_with_digit": (lambda r: float(r["username_ends_with_digit"]), "1 when the name ends in a digit"),
}
CANDIDATES = {
    "profile-3": ["log_posts", "log_followers", "log_following"],
    "profile-4": ["log_posts", "log_followers", "log_following", "no_avatar"],
    "profile-5+digits": ["log_posts", "log_followers", "log_following", "no_avatar", "name_has_digits"],
    "all-7": list(FEATURES),
}
CHOSEN = "profile-3"

rows = list(csv.DictReader(open(SOURCE, encoding="utf-8")))
y = np.array([float(r["is_fake"]) for r in rows])


def matrix(names, data):
    return np.array([[FEATURES[n][0](r) for n in names] for r in data])


def fit(x, target):
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    w = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * L2
    penalty[0, 0] = 0
    for _ in range(100):  # Newton–Raphson (IRLS)
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (p - target) + penalty @ w
        hessian = z.T @ (z * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    # back to raw-feature coefficients: logit = b0 + Σ b_i x_i
    coefficients = w[1:] / std
    intercept = w[0] - (w[1:] * mean / std).sum()
    return intercept, coefficients


def predict(model, x):
    intercept, coefficients = model
    return 1 / (1 + np.exp(-(intercept + x @ coefficients)))


def cross_validate(names):
    x = matrix(names, rows)
    counts = {c: np.zeros(4) for c in CUTOFFS}  # tp fp fn tn
    rng = np.random.default_rng(2017)
    for _ in range(REPEATS):
        folds = np.zeros(len(y), dtype=int)
        for label in (0, 1):  # stratified
            index = np.flatnonzero(y == label)
            rng.shuffle(index)
            folds[index] = np.arange(len(index)) % FOLDS
        for k in range(FOLDS):
            train, test = folds != k, folds == k
            p = predict(fit(x[train], y[train]), x[test])
            for c in CUTOFFS:
                flag = p >= c
                truth = y[test] == 1
                counts[c] += [np.sum(flag & truth), np.sum(flag & ~truth), np.sum(~flag & truth), np.sum(~flag & ~truth)]
    result = {}
    for c, (tp, fp, fn, tn) in counts.items():
        tp, fp, fn, tn = (v / REPEATS for v in (tp, fp, fn, tn))
        precision = tp / (tp + fp) if tp + fp else float("nan")
        recall = tp / (tp + fn)
        result[c] = dict(tp=tp, fp=fp, fn=fn, tn=tn, precision=precision, recall=recall,
                         f1=2 * precision * recall / (precision + recall), specificity=tn / (tn + fp),
                         accuracy=(tp + tn) / (tp + fp + fn + tn))
    return result


print(f"{len(rows)} followers, {int(y.sum())} fake; {REPEATS}× stratified {FOLDS}-fold CV, L2 = {L2}\n")
print("| features | cutoff | precision | recall | F1 | specificity | accuracy |")
print("| --- | --- | --- | --- | --- | --- | --- |")
results = {}
for name, names in CANDIDATES.items():
    results[name] = cross_validate(names)
    for c in CUTOFFS:
        m = results[name][c]
        print(f"| {name} | {c} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['specificity']:.3f} | {m['accuracy']:.3f} |")

print(f"\nchosen: {CHOSEN}; confusion matrices (mean per CV repeat, over all {len(rows)} followers):")
for c in CUTOFFS:
    m = results[CHOSEN][c]
    print(f"  cutoff {c}: TP {m['tp']:.1f}  FP {m['fp']:.1f}  FN {m['fn']:.1f}  TN {m['tn']:.1f}")

names = CANDIDATES[CHOSEN]
intercept, coefficients = fit(matrix(names, rows), y)
print("\ncoefficients on all data:")
print(f"  intercept {intercept:+.6f}")
for n, b in zip(names, coefficients):
    print(f"  {n:16s} {b:+.6f}   ({FEATURES[n][1]})")

model = {
    "format": "kolvet.follower-model/1",
    "source": "SRF Data, 'Identifying a Large Number of Fake Followers on Instagram' (2017), "
              "srfdata/2017-10-instagram-influencers, analysis/input/labelled_1000_inclprivate.csv",
    "licence": "CC BY-SA 4.0 (derived from the SRF labelled followers)",
    "method": f"logistic regression, L2 {L2} on standardised features, fitted by scripts/fit_follower_model.py",
    "features": names,
    "intercept": round(float(intercept), 6),
    "coefficients": {n: round(float(b), 6) for n, b in zip(names, coefficients)},
    "cutoffs": list(CUTOFFS),
    "cross_validation": {str(c): {k: round(float(v), 4) for k, v in results[CHOSEN][c].items()} for c in CUTOFFS},
}
with open("data/follower-model.json", "w", encoding="utf-8") as handle:
    json.dump(model, handle, indent=2)
    handle.write("\n")

SWIFT_NAMES = {"log_posts": "logNotes", "log_followers": "logFollowers", "log_following": "logFollowing",
               "no_avatar": "noAvatar", "name_has_digits": "nameHasDigits", "is_private": "isPrivate",
               "name_ends_with_digit": "nameEndsWithDigit"}
swift_terms = ",\n".join(f"        {SWIFT_NAMES[n]}: {model['coefficients'][n]}" for n in names)
with open("Sources/KolvetKit/Followers/FollowerModelCoefficients.swift", "w", encoding="utf-8") as handle:
    handle.write(f"""// Generated by scripts/fit_follower_model.py from the SRF labelled followers (CC BY-SA 4.0): do not edit.
// The same numbers are in data/follower-model.json; docs/model-card.md explains them.

extension FollowerModel {{
    /// The coefficients fitted on all 975 SRF followers ({CHOSEN}, L2 {L2}).
    public static let fitted = FollowerModel(
        intercept: {model['intercept']},
{swift_terms}
    )
}}
""")
print("\nwrote data/follower-model.json and Sources/KolvetKit/Followers/FollowerModelCoefficients.swift")
