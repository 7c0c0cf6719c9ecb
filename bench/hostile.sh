#!/usr/bin/env bash
# Files built to hurt (org.draftkit.testkit.HostileInputs: zip bomb, billion laughs, external
# entity, tables nested 10,000 deep, 200,000 paragraphs, a cyclic PDF page tree, 2,001 pages)
# through `draftkit convert` as a user runs it: exit code, wall time, peak memory (RSS), and the
# one-line message. Each must be refused (exit 3) or read, quickly and in bounded memory.
#
# Usage: bench/hostile.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/draftkit" --version >/dev/null # builds the jar (and the testkit) when needed
testkit="$(ls "$root"/toolkit-testkit/target/toolkit-testkit-*.jar | grep -v sources | head -1)"
java -cp "$testkit" org.draftkit.testkit.HostileInputs "$work/in"
printf '| file | size | exit | wall | peak RSS | message |\n| --- | --- | --- | --- | --- | --- |\n'
for f in "$work"/in/*; do
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time" "$root/draftkit" convert "$f" >"$work/out" 2>"$work/err"
  code=$?
  set -e
  read -r wall rss < <(tail -1 "$work/time")
  msg="$( (grep -v '^Command exited' "$work/err" || true) | head -1 | sed "s|$work/in/||" | cut -c1-140)"
  [[ -z "$msg" ]] && msg="(read: $(grep -c '"index"' "$work/out" || true) paragraphs)"
  printf '| %s | %s KB | %s | %s s | %s MB | %s |\n' "$(basename "$f")" "$(( $(stat -c %s "$f") / 1024 ))" \
    "$code" "$wall" "$((rss / 1024))" "$msg"
done
