#!/usr/bin/env bash
# Position-table scale benchmark (issue 6, "200 submissions against a 150-paragraph base in a few
# seconds on 2 cores"): bench/gen_positions.py writes a 150-paragraph Markdown base and 200
# submissions (Markdown, HTML and plain text, mixing marked quotes, "retain paras …" prose, ranges,
# deletions, restorations and new "bis" paragraphs); then the whole process
#   draftkit positions SUBMISSIONS… --base base.md --to json|html -o OUT
# runs under GNU time, cold JVM, and the script prints wall time, CPU time (user + sys), CPU use and
# peak resident memory, plus the table's size.
#
# Usage: bench/positions.sh [WORKDIR]     (SUBMISSIONS=400 PARAGRAPHS=300 RUNS=3 to vary)
# Needs: java, python3, GNU time (/usr/bin/time). Timing is only meaningful on an idle machine.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
subs="${SUBMISSIONS:-200}"
paras="${PARAGRAPHS:-150}"
runs="${RUNS:-3}"
work="${1:-$(mktemp -d /tmp/draftkit-positions-bench.XXXXXX)}"

"$root/draftkit" --version >/dev/null   # builds the jar when missing or stale

python3 "$root/bench/gen_positions.py" "$work" --submissions "$subs" --paragraphs "$paras"
mapfile -t inputs < <(ls "$work"/submissions/* | sort)
echo "workload: ${#inputs[@]} submissions ($(ls "$work"/submissions | sed 's/.*\.//' | sort | uniq -c | awk '{printf "%s %s ", $1, $2}')), base of $paras paragraphs, in $work"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '%-5s %-4s %8s %8s %8s %6s %9s %s\n' to run wall_s user_s sys_s cpu% rss_MB output
for to in json html; do
  for run in $(seq 1 "$runs"); do
    out="$work/positions.$to"
    /usr/bin/time -f '%e %U %S %P %M' -o "$work/time.txt" \
      "$root/draftkit" positions "${inputs[@]}" --base "$work/base.md" --to "$to" -o "$out"
    read -r wall user sys cpu kb < "$work/time.txt"
    printf '%-5s %-4s %8s %8s %8s %6s %9s %s\n' "$to" "$run" "$wall" "$user" "$sys" "$cpu" "$((kb / 1024))" \
      "$(du -h "$out" | cut -f1)"
  done
done
python3 - "$work/positions.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
cells = sum(len(r["positions"]) for r in t["rows"])
stances = {}
for r in t["rows"]:
    for p in r["positions"]:
        stances[p["stance"]] = stances.get(p["stance"], 0) + 1
print(f"table: {len(t['stakeholders'])} stakeholders, {len(t['rows'])} rows, {cells} positions {stances}, "
      f"{len(t.get('diagnostics', []))} diagnostics")
PY
