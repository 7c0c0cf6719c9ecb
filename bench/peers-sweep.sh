#!/usr/bin/env bash
# Whole-process robustness sweep (issue 3, "How it will be checked"): runs
#   draftkit convert FILE --to json
# in a fresh JVM on every file under the corpus's docx-peers and pdf-peers folders and on the
# PDF/DOCX files of un-drafts, and checks each run:
#   - exit code 0 (stdout is a JSON document) or 3 (the input could not be read);
#   - wall time under LIMIT seconds (20 by default; a run is killed after 3 x LIMIT);
#   - standard error has no stack trace ("\tat ", "Exception in thread", "Caused by:");
#   - exit 0: standard error is empty; exit 3: standard error is exactly one line,
#     "draftkit: FILE: REASON", naming the file as it was given and a reason.
# Prints a table (one row per file: exit code, wall and CPU seconds, peak memory, result) and a
# summary line; exits 1 on any violation. CPU time is shown because wall time depends on what
# else the machine runs; the limit applies to wall time, as a user sees it.
#
# Usage: bench/peers-sweep.sh [FILE_OR_DIR…]     (default: the corpus folders above)
# Env:   DRAFTKIT_CORPUS (default ../shared/corpus), LIMIT (seconds, default 20),
#        DRAFTKIT (the command to run, default the ./draftkit launcher)
set -uo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
corpus="${DRAFTKIT_CORPUS:-$root/../shared/corpus}"
limit="${LIMIT:-20}"
read -r -a draftkit <<< "${DRAFTKIT:-$root/draftkit}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ $# -gt 0 ]]; then
  find "$@" -type f | LC_ALL=C sort > "$work/files.txt"
else
  [[ -d "$corpus" ]] || { echo "bench/peers-sweep.sh: corpus not found at $corpus" >&2; exit 2; }
  { find "$corpus/docx-peers" "$corpus/pdf-peers" -type f
    find "$corpus/un-drafts" -type f \( -name '*.pdf' -o -name '*.docx' \)
  } | LC_ALL=C sort > "$work/files.txt"
fi
total="$(wc -l < "$work/files.txt")"
[[ "$total" -gt 0 ]] || { echo "bench/peers-sweep.sh: no input files" >&2; exit 2; }

# builds the jar on first use, outside the timing
"${draftkit[@]}" --version > /dev/null || { echo "bench/peers-sweep.sh: ${draftkit[*]} --version failed" >&2; exit 2; }

now() { date +%s.%N; }

# A file's row: what went wrong (empty when nothing did).
check() {
  local file="$1" code="$2" secs="$3" out="$4" err="$5" problems=()
  if [[ "$code" -eq 124 || "$code" -eq 137 ]]; then
    problems+=("killed after $((limit * 3)) s")
  elif [[ "$code" -ne 0 && "$code" -ne 3 ]]; then
    problems+=("exit $code")
  fi
  if (( $(echo "$secs >= $limit" | bc -l) )); then
    problems+=("${secs}s >= ${limit}s")
  fi
  if grep -qE $'^\tat |Exception in thread|^Caused by: ' "$err"; then
    problems+=("stack trace on stderr")
  fi
  local lines
  lines="$(grep -c . "$err")"
  if [[ "$code" -eq 0 ]]; then
    [[ "$lines" -eq 0 ]] || problems+=("stderr not empty on success")
    jq -e '.paragraphs | type == "array"' "$out" > /dev/null 2>&1 || problems+=("stdout is not a JSON document")
  elif [[ "$code" -eq 3 ]]; then
    if [[ "$lines" -ne 1 ]]; then
      problems+=("$lines lines on stderr, not 1")
    else
      local line prefix="draftkit: $file: "
      line="$(grep . "$err")"
      if [[ "$line" != "$prefix"* ]]; then
        problems+=("message does not start with 'draftkit: FILE: '")
      elif [[ -z "${line#"$prefix"}" ]]; then
        problems+=("no reason after the file name")
      fi
    fi
  fi
  local IFS=';'
  echo "${problems[*]}"
}

printf '%-4s %6s %6s %6s  %-70s %s\n' exit wall cpu MB file result
violations=0
n0=0
n3=0
nother=0
max=0
maxfile=""
maxcpu=0
while IFS= read -r f; do
  t0="$(now)"
  /usr/bin/time -f '%U %S %M' -o "$work/time" \
    timeout -k 5 $((limit * 3)) "${draftkit[@]}" convert "$f" --to json > "$work/out" 2> "$work/err" < /dev/null
  code=$?
  t1="$(now)"
  secs="$(printf '%.1f' "$(echo "$t1 - $t0" | bc -l)")"
  read -r user sys kb < <(tail -1 "$work/time")
  cpu="$(printf '%.1f' "$(echo "$user + $sys" | bc -l)")"
  mb=$((kb / 1024))
  if (( $(echo "$secs > $max" | bc -l) )); then max="$secs"; maxfile="$f"; fi
  if (( $(echo "$cpu > $maxcpu" | bc -l) )); then maxcpu="$cpu"; fi
  case "$code" in 0) n0=$((n0 + 1)) ;; 3) n3=$((n3 + 1)) ;; *) nother=$((nother + 1)) ;; esac
  bad="$(check "$f" "$code" "$secs" "$work/out" "$work/err")"
  if [[ "$code" -eq 0 ]]; then
    result="$(jq -r '"\(.paragraphs | length) paragraphs, \(.footnotes // [] | length) footnotes"' "$work/out" 2>/dev/null)"
  else
    result="$(head -c 300 "$work/err" | head -1 | sed "s|^draftkit: $f: ||")"
  fi
  if [[ -n "$bad" ]]; then
    violations=$((violations + 1))
    result="VIOLATION: $bad | $result"
  fi
  printf '%-4s %6s %6s %6s  %-70s %s\n' "$code" "$secs" "$cpu" "$mb" "${f#"$corpus"/}" "$result"
  if [[ -n "$bad" ]]; then
    sed 's/^/      | /' "$work/err" | head -8
  fi
done < "$work/files.txt"

echo "peers-sweep: $total files, exit 0: $n0, exit 3: $n3, other: $nother, max wall ${max}s (${maxfile#"$corpus"/}), max CPU ${maxcpu}s, limit ${limit}s, violations: $violations (load average $(cut -d' ' -f1-3 /proc/loadavg))"
[[ "$violations" -eq 0 ]]
