#!/usr/bin/env bash
# PDF benchmark: `draftkit batch` over every PDF of the shared corpus versus a `pdftotext` loop
# over the same files, reported as a ratio of wall times (goal: draftkit <= 3x pdftotext) with the
# CPU times beside them. draftkit gives numbered paragraphs, footnotes, marks and metadata as JSON;
# pdftotext gives unstructured text.
#
# Each side runs RUNS times (default 3) after one untimed warm-up of the file cache; the median
# run is reported. draftkit runs twice: with --jobs 1 (one document at a time, like the loop) and
# with its default, one job per processor.
#
# Usage: bench/pdf.sh [CORPUS_DIR]       (RUNS=5 bench/pdf.sh for more runs)
# Needs: java, pdftotext (apt-get install poppler-utils).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
corpus="${1:-$root/../shared/corpus}"
runs="${RUNS:-3}"
cores="$(nproc)"
command -v pdftotext >/dev/null || { echo "pdf.sh: pdftotext is needed (apt-get install poppler-utils)" >&2; exit 1; }
[[ -d "$corpus" ]] || { echo "pdf.sh: no corpus at $corpus" >&2; exit 1; }

work="$(mktemp -d /tmp/draftkit-pdf-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out" "$work/txt"
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  ln -s "$f" "$work/in/$(printf '%03d' "$n")-$(basename "$f")"
done < <(find "$corpus" -type f -iname '*.pdf' -print0 | sort -z)
bytes=$(find -L "$work/in" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
echo "corpus: $n PDFs, $((bytes / 1024)) KB, from $corpus"

"$root/draftkit" --version >/dev/null   # builds the jar when missing or stale

# seconds of wall, user and system time for a command (bash's own timer, no GNU time needed)
measure() {
  local TIMEFORMAT='%R %U %S'
  { time "$@" >/dev/null 2>&1; } 2>&1 | tail -1
}

# the run with the median wall time of $runs runs of a command: "wall user sys"
median() {
  local i
  for ((i = 0; i < runs; i++)); do measure "$@"; done | sort -n | awk -v m="$(((runs + 1) / 2))" 'NR == m'
}

pdftotext_loop() {
  for f in "$work"/in/*.pdf; do
    pdftotext -q "$f" "$work/txt/$(basename "$f" .pdf).txt" || true
  done
}

draftkit_batch() {
  rm -rf "$work/out"
  "$root/draftkit" batch "$work/in" "$work/out" --to json --jobs "$1" --progress none || true
}

# one untimed run of each to warm the file cache
pdftotext_loop; draftkit_batch 1 >/dev/null 2>&1

read -r p_wall p_user p_sys < <(median pdftotext_loop)
read -r d1_wall d1_user d1_sys < <(median draftkit_batch 1)
read -r dn_wall dn_user dn_sys < <(median draftkit_batch "$cores")
converted=$(find "$work/out" -name '*.json' ! -name 'batch-report.json' | wc -l)

echo "median of $runs runs; $converted of $n PDFs converted to JSON (the rest are reported errors)"
printf '%-34s %8s %8s %8s %12s\n' "" "wall s" "user s" "sys s" "wall ratio"
printf '%-34s %8s %8s %8s %12s\n' "pdftotext loop" "$p_wall" "$p_user" "$p_sys" "1.00x"
for row in "1 $d1_wall $d1_user $d1_sys" "$cores $dn_wall $dn_user $dn_sys"; do
  read -r j w u s <<<"$row"
  awk -v j="$j" -v w="$w" -v u="$u" -v s="$s" -v p="$p_wall" -v pc="$p_user $p_sys" 'BEGIN {
    split(pc, c, " ")
    printf "%-34s %8s %8s %8s %11.2fx\n", "draftkit batch --jobs " j, w, u, s, w / p
    printf "%-34s %8s %8s %8s %11s\n", "", "", "", "", sprintf("cpu %.2fx", (u + s) / (c[1] + c[2]))
  }'
done
echo "goal: draftkit batch <= 3x the pdftotext loop's wall time"
