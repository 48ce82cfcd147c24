#!/usr/bin/env python3
"""The market CPE of real Xiaohongshu creators: cost.market_cpe (docs/metrics.md, `cost.cpe`; docs/calibration.md).

    python3 scripts/market_cpe.py

For each real creator of ../shared/data/xhs-real with a 新红 image quote (xinhong-audiences.csv, 图文报价(RMB)),
CPE = quote × 1.1 (Pugongying's fee) ÷ kolvet's median interactions over the 20 most recent notes (kolvet imports
the export and vets it, `--now 2025-03-21`). Prints the median, 10th and 90th percentiles of the tuning creators
(id's first 8 hex digits not ≡ 0 mod 3, as scripts/calibrate.py splits them) and of the held-out ones.
"""
import csv
import json
import statistics
import subprocess
import tempfile
from pathlib import Path

from real_creators import REAL, import_real, kolvet_binary

DATA = REAL


def main():
    binary = kolvet_binary()
    quotes = {}
    with open(DATA / "xinhong-audiences.csv", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            text = (row.get("图文报价(RMB)") or "").strip()
            if text not in ("", "null"):
                quotes[row["user_id"]] = float(text)
    with tempfile.TemporaryDirectory() as tmp:
        path = import_real(binary, tmp)
        out = subprocess.run([binary, "batch", str(path), "--format", "jsonl", "--now", "2025-03-21"],
                             capture_output=True).stdout.decode()
    tuning, held = [], []
    for line in out.splitlines():
        if not line.startswith("{"):
            continue
        report = json.loads(line)
        creator = report["creator"]["id"]
        median = report["metrics"]["engagement"].get("median_interactions")
        if creator in quotes and median:
            (held if int(creator[:8], 16) % 3 == 0 else tuning).append(quotes[creator] * 1.1 / median)
    for name, values in (("tuning", tuning), ("held out", held)):
        values.sort()
        q = statistics.quantiles(values, n=10)
        print(f"{name}: {len(values)} creators, median CPE ¥{statistics.median(values):.2f}, "
              f"P10 ¥{q[0]:.2f}, P90 ¥{q[-1]:.2f}")


if __name__ == "__main__":
    main()
