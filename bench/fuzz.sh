#!/usr/bin/env bash
# Coverage-guided fuzzing of every importer, the structurer's inputs and the comparison engine
# (toolkit-fuzz, Jazzer), for a developer's machine: each harness fuzzes for DURATION, one at a time
# (Jazzer fuzzes one test per run), starting from the project's fixtures and, when present, the
# shared corpus. Prints a table: executions, executions per second, coverage (edges and features)
# at the start and at the end, findings.
#
# Usage: bench/fuzz.sh [HARNESS...]      e.g. bench/fuzz.sh PdfFuzzTest#read
# Env:   DURATION (default 1h per harness; CI uses 30s), DRAFTKIT_CORPUS (default ../shared/corpus),
#        SEED_MAX (largest seed file taken, default 300k: large PDFs make each execution slow),
#        LOGS (default target/fuzz-logs)
#
# A finding (crash, an exception other than the importer's typed refusal, a timeout, out of
# memory) is written by Jazzer under toolkit-fuzz/src/test/resources/org/draftkit/fuzz/
# <Harness>Inputs/<method>/crash-…: fix the bug, keep the file, and every later build replays it.
# The inputs Jazzer keeps for coverage go to toolkit-fuzz/.cifuzz-corpus/ (git-ignored) and are
# reused by the next run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
duration="${DURATION:-1h}"
corpus="${DRAFTKIT_CORPUS:-$root/../shared/corpus}"
logs="${LOGS:-$root/target/fuzz-logs}"
module="$root/toolkit-fuzz"
mkdir -p "$logs"

all=(PdfFuzzTest#read DocxFuzzTest#read DocxPartsFuzzTest#read HtmlFuzzTest#read
  MarkdownFuzzTest#read MarkdownFuzzTest#readText JsonFuzzTest#read StructurerFuzzTest#structure
  ComparisonFuzzTest#compare)
harnesses=("${@:-${all[@]}}")

# seeds: the project's own fixtures, and the corpus files of each harness's format when present
seed() { # harness method extensions...
  local dir="$module/.cifuzz-corpus/org.draftkit.fuzz.$1/$2"
  shift 2
  mkdir -p "$dir"
  local ext
  for ext in "$@"; do
    find "$root/examples" "$root/toolkit-"*/src/test/resources -type f -name "*.$ext" -size -"${SEED_MAX:-300k}" \
      -exec cp -n {} "$dir/" \; 2>/dev/null || true
    [[ -d "$corpus" ]] && find "$corpus" -type f -name "*.$ext" -size -"${SEED_MAX:-300k}" -exec cp -n {} "$dir/" \; 2>/dev/null || true
  done
}
seed PdfFuzzTest read pdf
seed DocxFuzzTest read docx
seed HtmlFuzzTest read html htm
seed MarkdownFuzzTest read md
seed MarkdownFuzzTest readText txt
seed JsonFuzzTest read json

echo "building the harnesses' dependencies once..."
(cd "$root" && mvn -B -ntp -q install -DskipTests -pl toolkit-fuzz -am) >"$logs/build.log" 2>&1

printf '| harness | duration | executions | exec/s | coverage start → end (edges) | features end | findings |\n'
printf '| --- | --- | --- | --- | --- | --- | --- |\n'
for h in "${harnesses[@]}"; do
  class="${h%%#*}"
  log="$logs/$class-${h##*#}.log"
  before="$(find "$module/src/test/resources" -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' | wc -l)"
  set +e
  (cd "$root" && JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" mvn -B -ntp -o -pl toolkit-fuzz test \
    -Dtest="$h" -Dsurefire.failIfNoSpecifiedTests=false) >"$log" 2>&1
  set -e
  after="$(find "$module/src/test/resources" -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' | wc -l)"
  # libFuzzer status lines: "#12345  pulse  cov: 678 ft: 910 corp: … exec/s: 42 rss: 500Mb"
  first="$(grep -E '^#[0-9]+\s+(INITED|pulse|NEW)' "$log" | head -1 || true)"
  last="$(grep -E '^#[0-9]+\s+(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 || true)"
  field() { (grep -oE "$1: [0-9]+" <<<"$2" || true) | awk '{print $2}'; }
  execs="$(sed -E 's/^#([0-9]+).*/\1/' <<<"$last")"
  rate="$(field exec/s "$last")"
  cov0="$(field cov "$first")"
  cov1="$(field cov "$last")"
  ft="$(field ft "$last")"
  printf '| %s | %s | %s | %s | %s → %s | %s | %s |\n' "$h" "$duration" "${execs:-?}" "${rate:-?}" \
    "${cov0:-?}" "${cov1:-?}" "${ft:-?}" "$((after - before))"
done
echo
echo "logs: $logs"
