#!/usr/bin/env bash
# DOCX import speed, as a ratio to pandoc, measured in one run:
#   draftkit: every corpus DOCX read and written as JSON in ONE process (`draftkit batch` when the
#             CLI has it, else bench/DocxBench.java over the shaded jar), JOBS worker threads;
#   pandoc:   `pandoc -t plain FILE` once per file (a shell loop), as people script it today.
# Goal (issue 3): draftkit <= 0.5x pandoc's time. Usage: bench/docx.sh [JOBS]   (default: nproc)
# Needs: java 17, pandoc (apt-get install pandoc), the corpus at ../shared/corpus (or $DRAFTKIT_CORPUS).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
corpus="${DRAFTKIT_CORPUS:-$root/../shared/corpus}"
jobs="${1:-$(nproc)}"
command -v pandoc >/dev/null || { echo "bench/docx.sh: pandoc is needed (apt-get install pandoc)" >&2; exit 2; }
[[ -d "$corpus" ]] || { echo "bench/docx.sh: corpus not found at $corpus" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
find "$corpus/docx-peers" "$corpus/un-drafts" -name '*.docx' -type f | LC_ALL=C sort > "$work/files.txt"
count="$(wc -l < "$work/files.txt")"
bytes="$(tr '\n' '\0' < "$work/files.txt" | du -cb --files0-from=- | tail -1 | cut -f1)"

"$root/draftkit" --version >/dev/null   # builds the jar on first use, outside the timing
jar="$root/toolkit-cli/target/draftkit.jar"

now() { date +%s.%N; }

if "$root/draftkit" batch --help >/dev/null 2>&1; then
  mode="draftkit batch --to json --jobs $jobs"
  mkdir -p "$work/in"
  i=0
  while IFS= read -r f; do i=$((i + 1)); ln -s "$f" "$work/in/$(printf '%03d' "$i")-$(basename "$f")"; done < "$work/files.txt"
  t0="$(now)"
  "$root/draftkit" batch "$work/in" "$work/out" --to json --jobs "$jobs" > "$work/draftkit.log" 2>&1 || true
  t1="$(now)"
else
  mode="one JVM (bench/DocxBench.java), $jobs threads, JSON out"
  javac -d "$work/classes" -cp "$jar" "$root/bench/DocxBench.java"
  t0="$(now)"
  java -cp "$jar:$work/classes" DocxBench "$work/files.txt" "$jobs" > "$work/draftkit.log" 2>&1
  t1="$(now)"
fi

t2="$(now)"
failed=0
while IFS= read -r f; do pandoc -t plain "$f" > /dev/null 2>&1 || failed=$((failed + 1)); done < "$work/files.txt"
t3="$(now)"

draftkit_s="$(echo "$t1 - $t0" | bc -l)"
pandoc_s="$(echo "$t3 - $t2" | bc -l)"
ratio="$(echo "$draftkit_s / $pandoc_s" | bc -l)"
echo "DOCX benchmark: $count files, $bytes bytes, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "batch:|files=|startup_ms" "$work/draftkit.log" | sed "s/^/  draftkit: /" || true
printf '  draftkit (%s): %.2f s\n' "$mode" "$draftkit_s"
printf '  pandoc -t plain loop (%d refused): %.2f s\n' "$failed" "$pandoc_s"
printf '  ratio draftkit/pandoc: %.2fx (goal <= 0.50x)\n' "$ratio"
