#!/usr/bin/env python3
"""kolvet against the Python reference on the same JSON Lines file, in one run (docs/performance.md).

    python3 benchmarks/run.py --megabytes 100        # generates benchmarks/data/bench-100MB.jsonl if missing
    python3 benchmarks/run.py --megabytes 1000

Builds kolvet in release mode, then measures on the same file, one after another: `cat` (the I/O bound),
orjson parsing every line (Python's parsing bound), kolvet's parser alone on one thread, the Python reference
(benchmarks/reference.py) end to end, and `kolvet batch FILE --format jsonl` end to end on one thread and on
every core. For each: wall time, MB/s, creators/s and peak RSS (from wait4). It also checks that kolvet and the
reference agree creator by creator (rates within 1e-9, shares and counts exactly) and prints the ratios the
targets are stated in. Machines here are shared and noisy: compare ratios within a run, not seconds across runs.
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, ".build", "release")


def measure(command, stdin=None, stdout=subprocess.DEVNULL):
    """(seconds, peak RSS in MiB) of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) not in (0, 1, 2):
        sys.exit(f"{' '.join(command)} failed: {error}")
    return seconds, usage.ru_maxrss / 1024


def compare(left_path, right_path):
    mismatches, creators = 0, 0
    with open(left_path) as left, open(right_path) as right:
        for a_line, b_line in zip(left, right):
            a, b = json.loads(a_line), json.loads(b_line)
            creators += 1
            for key in a:
                u, v = a[key], b.get(key)
                if isinstance(u, float) or isinstance(v, float):
                    if u is None or v is None or abs(u - v) > 1e-9:
                        mismatches += 1
                elif u != v:
                    mismatches += 1
    return creators, mismatches


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--file")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "kolvet"], cwd=ROOT, check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "kolvet-eval"], cwd=ROOT, check=True)
    path = args.file or os.path.join(ROOT, "benchmarks", "data", f"bench-{args.megabytes}MB.jsonl")
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out:
            subprocess.run([os.path.join(RELEASE, "kolvet-eval"), "generate", str(args.megabytes), str(args.seed)],
                           stdout=out, check=True)
    size = os.path.getsize(path) / 1e6
    with open(path, "rb") as handle:
        creators = sum(1 for line in handle if line.strip())
    print(f"{path}: {size:.1f} MB, {creators} creators, {os.cpu_count()} cores\n")

    rows = []

    def run(name, command, feed=False, output=subprocess.DEVNULL):
        with open(path, "rb") as stdin:
            seconds, rss = measure(command, stdin=stdin if feed else None, stdout=output)
        rows.append((name, seconds, rss))
        return seconds

    python = sys.executable
    run("cat FILE > /dev/null", ["cat", path])
    run("orjson.loads per line (Python)", [python, "-c",
        "import sys, orjson\nfor line in sys.stdin.buffer:\n    orjson.loads(line)"], feed=True)
    run("kolvet parser alone, 1 thread", [os.path.join(RELEASE, "kolvet-eval"), "parse", path])
    reference_out = path + ".reference.jsonl"
    config = path + ".kolvet-config.json"
    with open(config, "wb") as out:
        subprocess.run([os.path.join(RELEASE, "kolvet"), "config"], stdout=out, check=True)
    with open(reference_out, "wb") as out:
        reference = run("Python reference (orjson + numpy)",
                        [python, os.path.join(ROOT, "benchmarks", "reference.py"), config], feed=True, output=out)
    one = run("kolvet batch --format jsonl, 1 thread",
              [os.path.join(RELEASE, "kolvet"), "batch", path, "--format", "jsonl", "--jobs", "1"])
    both = run(f"kolvet batch --format jsonl, {os.cpu_count()} threads",
               [os.path.join(RELEASE, "kolvet"), "batch", path, "--format", "jsonl"])
    kolvet_out = path + ".kolvet-metrics.jsonl"
    with open(kolvet_out, "wb") as out, open(path, "rb") as stdin:
        subprocess.run([os.path.join(RELEASE, "kolvet-eval"), "metrics"], stdin=stdin, stdout=out, check=True)
    checked, mismatches = compare(reference_out, kolvet_out)

    print(f"| step | seconds | MB/s | creators/s | peak RSS (MiB) |")
    print(f"| --- | --- | --- | --- | --- |")
    for name, seconds, rss in rows:
        print(f"| {name} | {seconds:.2f} | {size / seconds:.1f} | {creators / seconds:.0f} | {rss:.0f} |")
    print()
    print(f"agreement: {checked} creators compared, {mismatches} values differ (rates within 1e-9)")
    print(f"kolvet end to end vs Python reference: {reference / both:.2f}x faster ({os.cpu_count()} threads), "
          f"{reference / one:.2f}x on one thread")
    print(f"kolvet on {os.cpu_count()} threads vs 1: {one / both:.2f}x")


if __name__ == "__main__":
    main()
