#!/usr/bin/env bash
# Batch benchmark: generates N (default 1,000) UN-style HTML and Markdown documents, converts them
# with `draftkit batch --to json,md` in a 512 MB heap, and reports
#   1. the first run: wall time, documents per second, peak resident memory;
#   2. a rerun: everything up to date, nothing read;
#   3. resumption: a batch killed with SIGKILL part-way, then rerun — the rerun must convert only
#      what the killed run had not finished, and the outputs must equal the first run's.
#
# Usage: bench/batch-1000.sh [WORKDIR]     (N=200 JOBS=2 HEAP=512m bench/batch-1000.sh to vary;
#        GENERATE_ONLY=1 writes WORKDIR/in and stops: bench/spark.sh uses it)
# Needs: java, awk, GNU time (/usr/bin/time) for the memory figure (optional).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
n="${N:-1000}"
jobs="${JOBS:-$(nproc)}"
heap="${HEAP:-512m}"
work="${1:-$(mktemp -d /tmp/draftkit-batch-bench.XXXXXX)}"
in="$work/in"
out="$work/out"
resumed="$work/out-resumed"

[[ -n "${GENERATE_ONLY:-}" ]] || "$root/draftkit" --version >/dev/null   # builds the jar when missing or stale
# the launcher adds its JVM settings (see the README); the heap limit comes on top
export DRAFTKIT_JAVA_OPTS="${DRAFTKIT_JAVA_OPTS:-} -Xmx$heap"

echo "generating $n documents in $in ..."
rm -rf "$in" "$out" "$resumed"
mkdir -p "$in"
awk -v n="$n" -v dir="$in" 'BEGIN {
  srand(42)
  split("Recalling Reaffirming Welcoming Noting Recognizing Emphasizing Acknowledging Stressing", pre, " ")
  split("Decides Requests Invites Encourages Calls upon Urges Welcomes Notes", ops, " ")
  split("digital cooperation capacity-building financing the Forum Member States stakeholders the secretariat sustainable development data governance artificial intelligence connectivity", words, " ")
  for (d = 1; d <= n; d++) {
    sub_ = sprintf("%s/group-%02d/set-%d", dir, d % 20, d % 3)
    system("mkdir -p " sub_)
    md = (d % 4 == 0)
    file = sprintf("%s/doc-%04d.%s", sub_, d, md ? "md" : "html")
    paras = 30 + (d % 40)
    if (!md) {
      printf "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A/80/L.%d</title></head><body>\n", d > file
      printf "<header><nav><a href=\"/\">Home</a> <a href=\"/docs\">Documents</a></nav></header><main>\n" > file
      printf "<p>United Nations A/80/L.%d General Assembly Distr.: Limited %d December 2025</p>\n", d, 1 + d % 28 > file
      printf "<h2>Draft resolution %d</h2><p>The General Assembly,</p>\n", d > file
    } else {
      printf "# Draft resolution %d\n\nThe General Assembly,\n\n", d > file
    }
    for (p = 1; p <= paras; p++) {
      text = ""
      for (w = 0; w < 25 + (p * 7) % 40; w++) text = text " " words[1 + int(rand() * 16)]
      if (p <= 5) {
        line = sprintf("%s%s,", pre[1 + p % 8], text)
        if (md) printf "*%s*%s,\n\n", pre[1 + p % 8], text > file
        else printf "<p><i>%s</i>%s,<sup><a href=\"#fn%d\">%d</a></sup></p>\n", pre[1 + p % 8], text, p, p > file
      } else if (md) {
        printf "%d. %s%s ~~shall~~ **should** act;\n\n", p - 5, ops[1 + p % 8], text > file
      } else {
        printf "<p>%d. %s%s <del>shall</del> <ins>should</ins> act;</p>\n", p - 5, ops[1 + p % 8], text > file
      }
    }
    if (!md) {
      printf "</main><section class=\"footnotes\"><ol>\n" > file
      for (p = 1; p <= 5; p++) printf "<li id=\"fn%d\">Resolution 70/%d, annex.</li>\n", p, 100 + p > file
      printf "</ol></section><footer>United Nations</footer></body></html>\n" > file
    }
    close(file)
  }
}'
echo "input: $(find "$in" -type f | wc -l) files, $(du -sh "$in" | cut -f1)"
[[ -z "${GENERATE_ONLY:-}" ]] || exit 0

run_batch() { # OUTDIR
  "$root/draftkit" batch "$in" "$1" --to json,md --jobs "$jobs" --progress none
}

timed() { # OUTDIR -> prints the summary line, sets elapsed and rss
  local log="$work/time.log" start end
  start=$(date +%s.%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "%M" -o "$log" "$root/draftkit" batch "$in" "$1" --to json,md --jobs "$jobs" --progress none || true
    rss="$(tail -1 "$log") KB"
  else
    run_batch "$1" || true
    rss="n/a"
  fi
  end=$(date +%s.%N)
  elapsed=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
}

echo
echo "1. first run (jobs=$jobs, heap=$heap)"
timed "$out"
rate=$(awk -v n="$n" -v t="$elapsed" 'BEGIN { printf "%.0f", n / t }')
echo "   $elapsed s, $rate documents/s, peak RSS $rss"

echo
echo "2. rerun (everything up to date)"
timed "$out"
echo "   $elapsed s, peak RSS $rss"

echo
echo "3. resumption after SIGKILL"
"$root/draftkit" batch "$in" "$resumed" --to json,md --jobs "$jobs" --progress none >/dev/null 2>&1 &
pid=$!
target=$((n / 3))
while kill -0 "$pid" 2>/dev/null; do
  done_now=$( (find "$resumed" -name "*.md" 2>/dev/null || true) | wc -l)
  if (( done_now >= target )); then
    kill -9 "$pid"
    break
  fi
  sleep 0.2
done
wait "$pid" 2>/dev/null || true
finished=$(find "$resumed" -name '*.md' | wc -l)
echo "   killed after $finished of $n documents were finished"
summary=$(run_batch "$resumed" || true)
echo "   rerun: $summary"
converted=$(sed -E 's/^batch: ([0-9]+) converted.*/\1/' <<<"$summary")
uptodate=$(sed -E 's/.* ([0-9]+) up to date.*/\1/' <<<"$summary")
failed=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$summary")
if (( failed != 0 || converted + uptodate != n || uptodate == 0 )); then
  echo "   resumption: FAILED (expected the finished documents up to date and the rest converted)"
  exit 1
fi
echo "   resumption: the rerun redid $converted documents, kept $uptodate finished ones"
if diff -r -q -x batch-report.json -x '.draftkit-batch-manifest.tsv' "$out" "$resumed" >/dev/null; then
  echo "   outputs identical to the uninterrupted run: yes"
else
  echo "   outputs identical to the uninterrupted run: NO"
  exit 1
fi
