#!/usr/bin/env bash
# Redline quality and speed of `draftkit compare` on generated UN-style pairs with known truth.
#
#   bench/compare.sh [N...]            default: 100 1000 5000
#
# For each N: ../shared/tools/peers/make_drafts.py writes base/rev (docx, html, txt) and edits.json;
# draftkit compares the DOCX pair to JSON (whole process, cold JVM, timed with /usr/bin/time) and
# the redline is scored with ../shared/tools/peers/score_redline.py, moves counted as the peers'
# truth counts them (deleted + inserted text). Output under ${OUT:-/tmp/draftkit-bench/compare}.
# Needs python3 and a built jar (./draftkit builds it). Timing is only meaningful on an idle machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
peers="${PEERS:-$root/../shared/tools/peers}"
out="${OUT:-/tmp/draftkit-bench/compare}"
"$root/draftkit" --version >/dev/null
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100 1000 5000)
mkdir -p "$out"
printf '%-6s %-10s %-8s %-8s %-10s %-9s %-8s %s\n' N compare_s rss_MB recall precision renum_shown moves summary
for n in "${sizes[@]}"; do
  d="$out/N$n"
  [[ -f "$d/edits.json" ]] || python3 "$peers/make_drafts.py" --n "$n" --out "$d" --no-pdf >/dev/null
  for f in base rev; do "$root/draftkit" convert "$d/$f.docx" --to json -o "$d/$f.json"; done
  /usr/bin/time -f '%e %M' -o "$d/time.txt" "$root/draftkit" compare "$d/base.docx" "$d/rev.docx" --to json -o "$d/cmp.json"
  python3 "$root/bench/compare_markers.py" "$d/cmp.json" --moves-as-text "$d/base.json" "$d/rev.json" > "$d/redline.markers"
  score="$(python3 "$peers/score_redline.py" "$d/edits.json" markers "$d/redline.markers")"
  read -r secs kb < "$d/time.txt"
  python3 - "$n" "$secs" "$kb" "$score" "$d/cmp.json" <<'PY'
import json, sys
n, secs, kb, score, cmp = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4]), sys.argv[5]
s = json.load(open(cmp))["summary"]
print(f"{n:<6} {secs:<10.2f} {kb // 1024:<8} {score['recall']:<8} {score['precision']:<10} {score['renum_shown']:<9} "
      f"{s['moved']:<8} {s}")
PY
done
