#!/usr/bin/env bash
# Checks kolvet as a stage of a Spark job (docs/scale-out.md, "Spark, really"). Not part of `swift test`: it takes
# minutes and downloads pyspark.
#
#   scripts/spark/check.sh                 # 20,000 creators, local[2], 8 partitions
#   CREATORS=50000 PARTITIONS=16 scripts/spark/check.sh
#
# 1. builds kolvet (release), installs pyspark from PyPI into a virtual environment (Java 17 must be on the PATH);
# 2. generates CREATORS simulated creators (kolvet-eval generate, the simple corpus, seed 2026);
# 3. vets them in one process (`kolvet batch FILE --format results`) and with the Spark job in local[2];
# 4. checks that the Spark results equal the single process's byte for byte after sorting, and that the Spark
#    job's summary (`kolvet summarize` over its partitions' results, --format json) equals `kolvet batch --format
#    json` over the whole file; prints the times and records per second.
set -euo pipefail
cd "$(dirname "$0")/../.."
CREATORS=${CREATORS:-20000}
PARTITIONS=${PARTITIONS:-8}
NOW=2026-12-01
WORK=${WORK:-$(mktemp -d -t kolvet-spark-XXXXXX)}
mkdir -p "$WORK"
echo "work directory: $WORK"

swift build -c release --product kolvet >/dev/null
swift build -c release --product kolvet-eval >/dev/null
BIN=$(swift build -c release --show-bin-path)
KOLVET="$BIN/kolvet"

if [ ! -x "$WORK/venv/bin/python" ]; then
    python3 -m venv "$WORK/venv"
    "$WORK/venv/bin/pip" install --quiet 'pyspark>=3.5'
fi
java -version 2>&1 | head -1

DATA="$WORK/creators.jsonl"
if [ ! -s "$DATA" ] || [ "$(wc -l < "$DATA")" -lt "$CREATORS" ]; then
    # The simple corpus runs about 23.5 KB a creator; generate a little more and keep the first CREATORS lines.
    "$BIN/kolvet-eval" generate $(( CREATORS * 25 / 1000 + 10 )) 2026 simple > "$WORK/generated.jsonl" 2>/dev/null
    head -n "$CREATORS" "$WORK/generated.jsonl" > "$DATA"
    rm "$WORK/generated.jsonl"
fi
echo "creators: $(wc -l < "$DATA") ($(du -h "$DATA" | cut -f1))"

seconds() { python3 -c "import time; print(time.time())"; }
calc() { python3 -c "print($1)"; }

start=$(seconds)
set +e
"$KOLVET" batch "$DATA" --format results --now $NOW > "$WORK/single.results" 2>/dev/null
single_status=$?
set -e
single=$(calc "$(seconds) - $start")
"$KOLVET" batch "$DATA" --format json --now $NOW > "$WORK/single.json" 2>/dev/null || true

rm -rf "$WORK/spark"
start=$(seconds)
set +e
"$WORK/venv/bin/python" scripts/spark/vet_job.py --master 'local[2]' --input "$DATA" --output "$WORK/spark" \
    --kolvet "$KOLVET" --now $NOW --partitions "$PARTITIONS" --format json 2> "$WORK/spark.log"
spark_status=$?
set -e
spark=$(calc "$(seconds) - $start")

LC_ALL=C sort "$WORK/single.results" > "$WORK/single.sorted"
cat "$WORK"/spark/results/part-* | LC_ALL=C sort > "$WORK/spark.sorted"
partitions=$(ls "$WORK"/spark/results/part-* | wc -l)
records=$(wc -l < "$WORK/single.sorted")

ok=true
if cmp -s "$WORK/single.sorted" "$WORK/spark.sorted"; then
    echo "results: identical after sorting ($records records, $partitions partitions)"
else
    echo "results: DIFFERENT (single $records lines, spark $(wc -l < "$WORK/spark.sorted") lines)"; ok=false
fi
if cmp -s "$WORK/single.json" "$WORK/spark/report.json"; then
    echo "summary: kolvet summarize over the partitions = kolvet batch over the file (--format json)"
else
    echo "summary: DIFFERENT"; ok=false
fi
if [ "$single_status" = "$spark_status" ]; then
    echo "exit status: $spark_status in both"
else
    echo "exit status: DIFFERENT (single $single_status, spark $spark_status)"; ok=false
fi
printf 'single process (2 threads): %.1f s, %.0f creators/s\n' "$single" "$(calc "$records / $single")"
printf 'spark local[2], %s partitions, map and summarize: %.1f s, %.0f creators/s (%.2f x the single process)\n' \
    "$partitions" "$spark" "$(calc "$records / $spark")" "$(calc "$single / $spark")"
$ok
