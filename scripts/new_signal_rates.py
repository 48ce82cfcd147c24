#!/usr/bin/env python3
"""Warn and fail rates of the signals of issue #18 on the real creators of ../shared/data/xhs-real
(docs/calibration.md, "The content signals and rings on real creators").

    python3 scripts/new_signal_rates.py            # prints a Markdown table

kolvet imports the MediaCrawler export as a user would and batches it (`--format json`, `--now 2025-03-21`) under
a food brief that names ten food and drink brands as competitors (the real set is mostly food and lifestyle KOCs;
the list is fixed here, not chosen from the data). For each signal: the creators with a value, and the shares of
those at warn and at fail under the default thresholds. `comments.shared_commenters` is read from the batch
finding.
"""
import json
import re
import subprocess
import tempfile
from pathlib import Path

from real_creators import import_real, kolvet_binary

SIGNALS = ["content.category_fit", "content.commercial_share", "content.undeclared_ads",
           "content.competitor_conflict", "deck.mismatch"]
BRIEF = {"format": "kolvet.brief/1", "vertical": "food",
         "competitors": ["星巴克", "瑞幸", "麦当劳", "肯德基", "喜茶", "奈雪", "蜜雪冰城", "海底捞", "元气森林", "三顿半"]}


def main():
    binary = kolvet_binary()
    with tempfile.TemporaryDirectory() as tmp:
        path = import_real(binary, tmp)
        brief = Path(tmp) / "food.json"
        brief.write_text(json.dumps(BRIEF, ensure_ascii=False))
        out = subprocess.run([binary, "batch", str(path), "--format", "json", "--now", "2025-03-21",
                              "--brief", str(brief)], capture_output=True).stdout.decode()
        batch = json.loads(out)
        creators = batch["creators"]
        print(f"{len(creators)} creators\n")
        print("| signal | creators with a value | warn | fail | when unknown, why |")
        print("| --- | --- | --- | --- | --- |")
        for signal_id in SIGNALS:
            found = [next((s for s in c.get("signals", []) if s["id"] == signal_id), None) for c in creators]
            known = [s for s in found if s and s["level"] != "unknown"]
            reasons = sorted({s["evidence"] for s in found if s and s["level"] == "unknown"})
            n = len(known)
            warn = sum(1 for s in known if s["level"] == "warn")
            fail = sum(1 for s in known if s["level"] == "fail")
            rate = (lambda k: f"{k} ({k / n:.0%})") if n else (lambda k: "-")
            why = reasons[0] if reasons and n == 0 else ""
            print(f"| `{signal_id}` | {n} | {rate(warn)} | {rate(fail)} | {why} |")
        shared = batch["shared_commenters"]
        levels = [c["level"] for c in shared["creators"]]
        if shared["known"]:
            print(f"| `comments.shared_commenters` | {shared['creators_with_commenter_ids']} | "
                  f"{levels.count('warn')} | {levels.count('fail')} | |")
        else:
            print(f"| `comments.shared_commenters` | 0 | - | - | {shared['creators_with_commenter_ids']} creators "
                  "with commenter ids (the export has no comments) |")
        commercial = 0
        for c in creators:
            s = next((s for s in c.get("signals", []) if s["id"] == "content.competitor_conflict"), None)
            match = re.search(r"in (\d+) commercial note", s["details"][0]) if s and s.get("details") else None
            if match:
                commercial += int(match.group(1))
        print(f"\ncommercial notes (declared or reading like ads) among the recent notes: {commercial}")
        for c in creators:
            s = next((s for s in c.get("signals", []) if s["id"] == "content.competitor_conflict"), None)
            if s and s["level"] in ("warn", "fail"):
                print(f"- {c['creator']['id']}: {s['evidence']}; " + "; ".join(s["details"]))


if __name__ == "__main__":
    main()
