#!/usr/bin/env python3
"""kolvet as a stage of an Apache Spark job (docs/scale-out.md, "Spark, really").

Map: each partition of a JSON Lines data set of kolvet.dossier/1 records is piped through the kolvet binary shipped
with the job (`kolvet batch - --format results`), told where the partition sits in the whole file
(`--stdin-name`, `--stdin-offset`), so that every result carries the record's index and line in the whole input.
The results are written as text files. Reduce: `kolvet summarize` over those files gives the whole batch's report
(ranking, portfolio, shared commenters) and exit status, which is this job's exit status — the pipeline gate.

    spark-submit --master local[2] scripts/spark/vet_job.py --input creators.jsonl --output out \\
        --kolvet .build/release/kolvet --now 2026-12-01 [--partitions 8] [--format json] [--config my.json]

Lines are split by Hadoop's text reader: a lone carriage return also ends a line there, and bytes that are not
UTF-8 are replaced, so feed it UTF-8 JSON Lines with LF or CRLF line ends (what kolvet import writes).
"""
import argparse
import glob
import os
import subprocess
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def is_record(line, number):
    """kolvet's rule for a line that is not blank: anything but spaces and tabs (a first line's BOM dropped)."""
    if number == 1 and line.startswith("\ufeff"):
        line = line[1:]
    return line.strip(" \t") != ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="JSON Lines of kolvet.dossier/1 records")
    parser.add_argument("--output", required=True, help="directory for results/ and the report")
    parser.add_argument("--kolvet", required=True, help="the kolvet binary to ship with the job")
    parser.add_argument("--now", required=True, help="the date of the run, so that every task judges alike")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--format", default="json", help="format of the summary report (any batch format)")
    parser.add_argument("--config", help="a kolvet.config/1 file, shipped with the job")
    parser.add_argument("--brief", help="a kolvet.brief/1 file, shipped with the job")
    parser.add_argument("--master", help="Spark master when not given by spark-submit (e.g. local[2])")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("kolvet")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.addFile(os.path.abspath(args.kolvet))
    shipped = {}
    for option in ("config", "brief"):
        path = getattr(args, option)
        if path:
            sc.addFile(os.path.abspath(path))
            shipped[option] = os.path.basename(path)
    name = args.input
    lines = sc.textFile(args.input, minPartitions=args.partitions).cache()

    # Pass 1: lines and records per partition, so that each partition knows what comes before it.
    counts = lines.mapPartitionsWithIndex(
        lambda index, it: [(index, sum(1 for _ in it))]).collect()
    counts.sort()
    first_line = {}
    total = 0
    for index, count in counts:
        first_line[index] = total
        total += count

    def records_before(index, it):
        start = first_line[index]
        return [(index, sum(1 for offset, line in enumerate(it) if is_record(line, start + offset + 1)))]

    records = dict(lines.mapPartitionsWithIndex(records_before).collect())
    first_record = {}
    running = 0
    for index, _ in counts:
        first_record[index] = running
        running += records[index]

    now = args.now

    def vet(index, it):
        binary = SparkFiles.get(os.path.basename(args.kolvet))
        options = []
        for option, base in shipped.items():
            options += [f"--{option}", SparkFiles.get(base)]
        data = "".join(line + "\n" for line in it).encode("utf-8")
        result = subprocess.run(
            [binary, "batch", "-", "--format", "results", "--now", now, "--jobs", "1", "--stdin-name", name,
             "--stdin-offset", f"{first_line[index]}:{first_record[index]}"] + options,
            input=data, capture_output=True)
        # 0, 1 (a creator below the bar) and 2 (a record unreadable) are results; anything else is a failure.
        if result.returncode not in (0, 1, 2):
            raise RuntimeError(f"kolvet failed on partition {index} ({result.returncode}): "
                               + result.stderr.decode("utf-8", "replace")[-2000:])
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        return result.stdout.decode("utf-8").splitlines()

    results_dir = os.path.join(args.output, "results")
    lines.mapPartitionsWithIndex(vet).saveAsTextFile(results_dir)
    spark.stop()

    # Reduce: the whole batch's report and exit status from every partition's results.
    parts = sorted(glob.glob(os.path.join(results_dir, "part-*")))
    summary = [args.kolvet, "summarize", *parts, "--format", args.format,
               "--output", os.path.join(args.output, f"report.{args.format}")]
    if args.config:
        summary += ["--config", args.config]
    status = subprocess.run(summary).returncode
    sys.exit(status)


if __name__ == "__main__":
    main()
