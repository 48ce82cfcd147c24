#!/usr/bin/env python3
"""How the follower cue rule was chosen, and whether that choice survives a held-out set (docs/model-card.md).

Searches rules of the form  term OR term OR term  (up to three terms; a term is one cue or two cues joined by AND,
cues being following/followers ratios, no avatar, few posts, few followers, many followings) for the detection rate
that moves least between labelled sets, measured as the analytic mean error of adjusted classify-and-count at 0–60 %
fake when one set's rates are predicted from the others'.

  --all     search with all three sets visible (how the shipped rule was found; optimistic)
  default   nested: for each held-out set, search on the other two only, then report the chosen rule's rates on the
            held-out set (an honest test of the choice itself)

Reads ../shared/data (numpy needed). Usage: python3 scripts/follower_rule_search.py [--all] [--data DIR]
"""
import argparse
import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import calibrate  # noqa: E402

LEVELS = np.array(calibrate.LEVELS)


def cue_table(accounts):
    a = np.array([x[1:] for x in accounts], dtype=float)  # posts, followers, following, avatar
    posts, followers, following, avatar = a.T
    ratio = following / np.maximum(followers, 1)
    cues = {f"following≥{t}×followers": ratio >= t for t in (2, 3, 5, 10)}
    cues["no avatar"] = avatar == 0
    cues |= {f"posts<{t}": posts < t for t in (1, 3, 5, 10)}
    cues |= {f"followers<{t}": followers < t for t in (30, 50, 100)}
    cues |= {f"following>{t}": following > t for t in (500, 1000, 1500)}
    return cues, np.array([x[0] for x in accounts]) == 1


def rates(mask, fake):
    return mask[fake].mean(), mask[~fake].mean()


def transfer_error(predicted, actual):
    (t, f), (tx, fx) = predicted, actual
    if t - f < 0.3:
        return 9.0
    return float(np.mean(np.abs(LEVELS * (tx - t) + (1 - LEVELS) * (fx - f)) / (t - f)))


def search(sets, names):
    """The rule whose rates on each of `names` are best predicted by the mean of the others'."""
    tables = {n: cue_table(sets[n]) for n in names}
    cues = list(next(iter(tables.values()))[0])
    terms = [(c,) for c in cues] + list(itertools.combinations(cues, 2))
    term_masks = {n: {t: np.logical_and.reduce([tables[n][0][c] for c in t]) for t in terms} for n in names}
    best = None
    for k in (1, 2, 3):
        for combo in itertools.combinations(terms, k):
            r = {n: rates(np.logical_or.reduce([term_masks[n][t] for t in combo]), tables[n][1]) for n in names}
            worst = 0.0
            for n in names:
                others = [r[o] for o in names if o != n]
                predicted = (np.mean([x[0] for x in others]), np.mean([x[1] for x in others]))
                worst = max(worst, transfer_error(predicted, r[n]))
            if best is None or worst < best[0]:
                best = (worst, combo)
    return best


def describe(combo):
    return " OR ".join("(" + " AND ".join(t) + ")" for t in combo)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=calibrate.ROOT.parent / "shared" / "data")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    sets = calibrate.follower_sets(args.data)
    if args.all:
        error, combo = search(sets, list(sets))
        print(f"all sets visible: {describe(combo)}; worst predicted mean error {error:.4f}")
        return
    for held in sets:
        train = [n for n in sets if n != held]
        error, combo = search(sets, train)
        print(f"held out {held}: chose {describe(combo)} on {' + '.join(train)}")
        for n in sets:
            cues, fake = cue_table(sets[n])
            mask = np.logical_or.reduce([np.logical_and.reduce([cues[c] for c in t]) for t in combo])
            t, f = rates(mask, fake)
            print(f"  {n:10s} detection {t:.3f}  false alarms {f:.3f}{'   <- held out' if n == held else ''}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
