#!/usr/bin/env python3
"""How `content.category_fit` judges the real creators of ../shared/data/xhs-real under briefs of several verticals
(docs/calibration.md, "Content fit"). The creators are mostly food and lifestyle KOCs; nobody labelled their
category, so this measures the signal's behaviour, it does not fit it: a food brief should find most of them on
category, a beauty or tech brief few.

    python3 scripts/content_fit_rates.py            # prints a Markdown table

For each brief ({"vertical": V}), kolvet imports the export and vets every creator (`--now 2025-03-21`); the table
gives, per vertical, the creators with a value, the median and 10th/90th percentiles of the share of their recent
notes on the category, and the shares of creators at warn and fail under the default thresholds.
"""
import json
import subprocess
import tempfile
from pathlib import Path

from real_creators import import_real, kolvet_binary

VERTICALS = ["food", "travel", "home", "fashion", "beauty", "parenting", "tech"]


def percentile(values, q):
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def main():
    binary = kolvet_binary()
    with tempfile.TemporaryDirectory() as tmp:
        path = import_real(binary, tmp)
        print("| brief vertical | creators with a value | median share on category | P10 – P90 | warn | fail |")
        print("| --- | --- | --- | --- | --- | --- |")
        for vertical in VERTICALS:
            brief = Path(tmp) / f"{vertical}.json"
            brief.write_text(json.dumps({"format": "kolvet.brief/1", "vertical": vertical}))
            out = subprocess.run([binary, "batch", str(path), "--format", "jsonl", "--now", "2025-03-21",
                                  "--brief", str(brief)], capture_output=True).stdout.decode()
            values, levels = [], []
            for line in out.splitlines():
                if not line.startswith("{"):
                    continue
                signal = next((s for s in json.loads(line).get("signals", []) if s["id"] == "content.category_fit"),
                              None)
                if signal and signal["level"] != "unknown":
                    values.append(signal["value"])
                    levels.append(signal["level"])
            n = len(values)
            if n == 0:
                print(f"| {vertical} | 0 | - | - | - | - |")
                continue
            warn = sum(1 for level in levels if level == "warn") / n
            fail = sum(1 for level in levels if level == "fail") / n
            print(f"| {vertical} | {n} | {percentile(values, 0.5):.0%} | {percentile(values, 0.1):.0%} – "
                  f"{percentile(values, 0.9):.0%} | {warn:.0%} | {fail:.0%} |")


if __name__ == "__main__":
    main()
