#!/usr/bin/env bash
# Builds kolvet's libFuzzer targets (Fuzz/) and runs each for SECONDS (default 600), one after another.
# New inputs go to a scratch corpus (not committed); crashes, leaks and timeouts to Fuzz/artifacts/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]     (docs/fuzzing.md)
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzDossier FuzzShortlist FuzzValues FuzzMediaCrawler FuzzCLI FuzzPugongying FuzzResults)
export SWIFT_BACKTRACE=enable=no
# Each fuzzer is built as its own product: building everything would also build the kolvet executable, whose
# top-level main.swift the fuzzer flags (-parse-as-library) do not allow.
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  for target in "${targets[@]}"; do swift build -c release --sanitize=fuzzer --product "$target"; done
fi
mkdir -p artifacts
for target in "${targets[@]}"; do
  scratch="$(mktemp -d)"
  cp -r "Corpus/$target/." "$scratch/"
  echo "== $target for ${seconds}s"
  ".build/release/$target" "$scratch" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="artifacts/$target-" 2>&1 \
    | grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::|==[0-9]+==|SUMMARY|Done|artifact_prefix|Test unit written)' || true
  rm -rf "$scratch"
done
