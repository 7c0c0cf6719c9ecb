#!/usr/bin/env bash
# Spark benchmark: the same batches through `draftkit batch` (threads in one process, --jobs 1 and 2)
# and through `draftkit batch --engine spark` (the toolkit-spark job, --master local[1] and local[2]):
#   1. the 1,000 generated HTML/Markdown drafts of batch-1000.sh, to json,md;
#   2. every PDF of the shared corpus, to json;
#   3. an empty folder through Spark: the engine's fixed cost (JVM, SparkContext, shutdown).
# For each: median wall time of RUNS runs (default 3) into a fresh output folder, documents per
# second, the ratio to the local engine with as many threads (the engine's overhead), and Spark's
# scaling from 1 to 2 executor threads. Every Spark output tree is checked byte for byte against
# the local one. The machine's load average is printed beside the figures: on a shared machine the
# wall times follow it.
#
# Usage: bench/spark.sh [CORPUS_DIR]       (RUNS=1 N=200 bench/spark.sh for a quick look)
# Needs: java, a built draftkit (the launcher builds it, toolkit-spark included).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
corpus="${1:-$root/../shared/corpus}"
runs="${RUNS:-3}"
export N="${N:-1000}"
work="$(mktemp -d /tmp/draftkit-spark-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

"$root/draftkit" --version >/dev/null   # builds both jars when missing or stale
GENERATE_ONLY=1 "$root/bench/batch-1000.sh" "$work/gen" >/dev/null
mkdir -p "$work/pdf" "$work/empty"
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  ln -s "$f" "$work/pdf/$(printf '%03d' "$n")-$(basename "$f")"
done < <(find "$corpus" -type f -iname '*.pdf' -print0 2>/dev/null | sort -z)

# wall seconds of one batch into a fresh folder; the summary line goes to $work/last
once() { # IN OUT FORMATS ENGINE-ARGS…
  local in="$1" out="$2" to="$3" start end
  shift 3
  rm -rf "$out"
  start=$(date +%s.%N)
  "$root/draftkit" batch "$in" "$out" --to "$to" --progress none "$@" >"$work/last" 2>"$work/err" || true
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}

median() { # IN OUT FORMATS ENGINE-ARGS…
  local i
  for ((i = 0; i < runs; i++)); do once "$@"; done | sort -n | awk -v m="$(((runs + 1) / 2))" 'NR == m'
}

same() { # A B: the outputs of two runs, byte for byte (the report names its folder)
  diff -r -q -x batch-report.json "$1" "$2" >/dev/null && echo yes || echo NO
}

bench() { # NAME IN FORMATS DOCS
  local name="$1" in="$2" to="$3" docs="$4"
  local l1 l2 s1 s2
  l1=$(median "$in" "$work/l1" "$to" --jobs 1)
  l2=$(median "$in" "$work/l2" "$to" --jobs 2)
  s1=$(median "$in" "$work/s1" "$to" --engine spark --master 'local[1]')
  s2=$(median "$in" "$work/s2" "$to" --engine spark --master 'local[2]')
  echo
  echo "$name: $docs documents ($(tail -1 "$work/last"))"
  printf '%-44s %8s %8s %14s\n' "" "wall s" "docs/s" "spark/local"
  awk -v d="$docs" -v a="$l1" -v b="$l2" -v c="$s1" -v e="$s2" 'BEGIN {
    printf "%-44s %8.2f %8.1f\n", "draftkit batch --jobs 1", a, d / a
    printf "%-44s %8.2f %8.1f\n", "draftkit batch --jobs 2", b, d / b
    printf "%-44s %8.2f %8.1f %13.2fx\n", "draftkit batch --engine spark --master local[1]", c, d / c, c / a
    printf "%-44s %8.2f %8.1f %13.2fx\n", "draftkit batch --engine spark --master local[2]", e, d / e, e / b
    printf "scaling 1 -> 2: local %.2fx, spark %.2fx\n", a / b, c / e
  }'
  echo "spark outputs identical to the local ones: local[1] $(same "$work/l1" "$work/s1"), local[2] $(same "$work/l2" "$work/s2")"
}

echo "median of $runs runs; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
empty=$(median "$work/empty" "$work/e" json --engine spark --master 'local[2]')
echo "Spark's fixed cost (an empty folder, local[2]): $empty s"
bench "generated HTML/Markdown (batch-1000.sh)" "$work/gen/in" json,md "$N"
if (( n > 0 )); then
  bench "corpus PDFs" "$work/pdf" json "$n"
fi
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
