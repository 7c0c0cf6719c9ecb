#!/usr/bin/env bash
# PDF benchmark: `draftkit batch` over every PDF of the shared corpus versus a `pdftotext` loop
# over the same files, reported as a ratio of wall times (goal: draftkit <= 3x pdftotext) with the
# CPU times beside them. draftkit gives numbered paragraphs, footnotes, marks and metadata as JSON;
# pdftotext gives unstructured text.
#
# Usage: bench/pdf.sh [CORPUS_DIR]       (JOBS=1 by default, so both sides use one core;
#                                         JOBS=4 bench/pdf.sh to see parallel batch)
# Needs: java, pdftotext (apt-get install poppler-utils).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
corpus="${1:-$root/../shared/corpus}"
jobs="${JOBS:-1}"
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

pdftotext_loop() {
  for f in "$work"/in/*.pdf; do
    pdftotext -q "$f" "$work/txt/$(basename "$f" .pdf).txt" || true
  done
}

draftkit_batch() {
  rm -rf "$work/out"
  "$root/draftkit" batch "$work/in" "$work/out" --to json --jobs "$jobs" --progress none || true
}

# one untimed run of each to warm the file cache
pdftotext_loop; draftkit_batch >/dev/null 2>&1

read -r p_wall p_user p_sys < <(measure pdftotext_loop)
read -r d_wall d_user d_sys < <(measure draftkit_batch)
converted=$(find "$work/out" -name '*.json' ! -name 'batch-report.json' | wc -l)

printf '%-34s %8s %8s %8s\n' "" "wall s" "user s" "sys s"
printf '%-34s %8s %8s %8s\n' "pdftotext loop ($n files)" "$p_wall" "$p_user" "$p_sys"
printf '%-34s %8s %8s %8s\n' "draftkit batch --jobs $jobs ($converted json)" "$d_wall" "$d_user" "$d_sys"
awk -v d="$d_wall" -v p="$p_wall" -v du="$d_user" -v ds="$d_sys" -v pu="$p_user" -v ps="$p_sys" 'BEGIN {
  printf "ratio draftkit/pdftotext: wall %.2fx, cpu %.2fx (goal <= 3x wall)\n", d / p, (du + ds) / (pu + ps)
}'
