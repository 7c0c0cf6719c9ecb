#!/usr/bin/env bash
# OCR quality and speed on a sample of pages of the six BBNJ Agreement PDFs (corpus group G6).
#
#   bench/ocr.sh [FIRST LAST]        (default pages 10-12; results in /tmp/draftkit-ocr-bench)
#
# For each language: the sample pages cut out with pdfseparate/pdfunite, then
#   - speed, in CPU seconds (user + system, Tesseract's processes included): pdftotext on the sample; tesseract alone on the same pages rendered at 300 dpi
#     (pdftoppm -gray, one process per page, OMP_THREAD_LIMIT=1, one after the other); draftkit
#     convert --ocr always (renders with PDFBox, runs tesseract on both cores, builds the document);
#   - quality against the published text (es, ru, zh, en: bench/ocr/f1.py, word F1, character F1
#     for zh, the reference cut to the window the sample covers);
#   - quality against rendering-based truth (en, es, fr: pages rebuilt as images only with
#     bench/ocr/ImageOnly.java, OCR'd, compared with draftkit's reading of their text layer).
# The Arabic PDF has no sound text layer and the published Arabic text was itself OCR'd: its
# truth is the published text, with the caveat in bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/../shared/corpus/un-drafts/bbnj-agreement-2023"
[[ -d "$corpus" ]] || { echo "corpus absent: $corpus" >&2; exit 1; }
first="${1:-10}"; last="${2:-12}"
out=/tmp/draftkit-ocr-bench; mkdir -p "$out"; cd "$out"
jar="${DRAFTKIT_JAR:-$root/toolkit-cli/target/draftkit.jar}"
[[ -f "$jar" ]] || (cd "$root" && mvn -B -ntp -q -DskipTests install)
dk=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar")
f1() { python3 "$root/bench/ocr/f1.py" "$@"; }
# CPU seconds (user + system, children included) of a command: on a shared, loaded machine the
# wall time says more about the neighbours than about the command
secs() { /usr/bin/time -f "%U %S" -o "$out/.time" "$@" >/dev/null 2>&1; awk '{print $1 + $2}' "$out/.time"; }
pages=$((last - first + 1))
declare -A tess=([en]=eng [es]=spa [fr]=fra [ru]=rus+eng [zh]=chi_sim [ar]=ara)
printf '%-3s %6s %10s %12s %12s  %s\n' lang pages pdftotext tesseract draftkit quality
for l in en es fr ru zh ar; do
  pdf="$corpus/bbnj-agreement-2023_$l.pdf"
  pdfseparate -f "$first" -l "$last" "$pdf" "$l-p%d.pdf"
  pdfunite $(for p in $(seq "$first" "$last"); do echo "$l-p$p.pdf"; done) "$l-sample.pdf"
  t_pdftotext=$(secs pdftotext "$l-sample.pdf" "$l-pdftotext.txt")
  rm -f "$l-img"-*.png; pdftoppm -r 300 -gray -png "$l-sample.pdf" "$l-img"
  t_tess=$(secs bash -c "for i in $l-img-*.png; do OMP_THREAD_LIMIT=1 tesseract \$i - -l ${tess[$l]} --psm 3 >> $l-tesseract.txt 2>/dev/null; done")
  t_dk=$(secs "${dk[@]}" convert "$l-sample.pdf" --ocr always --lang "${l/ru/ru,en}" --to txt -o "$l-ocr.txt")
  q=""
  case "$l" in
    zh) q="published char $(f1 "$l-ocr.txt" "$corpus/bbnj-agreement-2023_$l.txt" --chars)" ;;
    ar) q="published $(f1 "$l-ocr.txt" "$corpus/bbnj-agreement-2023_$l.txt") | normalised $(f1 "$l-ocr.txt" "$corpus/bbnj-agreement-2023_$l.txt" --arabic-norm)" ;;
    *) q="published $(f1 "$l-ocr.txt" "$corpus/bbnj-agreement-2023_$l.txt")" ;;
  esac
  if [[ "$l" == en || "$l" == es || "$l" == fr ]]; then
    "${dk[@]}" convert "$l-sample.pdf" --ocr never --to txt -o "$l-layer.txt"
    q="$q | text layer $(f1 "$l-ocr.txt" "$l-layer.txt" --whole)"
  fi
  printf '%-3s %6s %9.2fs %11.1fs %11.1fs  %s\n' "$l" "$pages" "$t_pdftotext" "$t_tess" "$t_dk" "$q"
done
# Arabic rendering-based truth: the BBNJ Arabic PDF has no sound text layer, so 12 long lines of
# the published Arabic text are typeset by LibreOffice (right to left) in DejaVu Sans and in a naskh
# face when one is installed (UN Arabic documents are set in a naskh; DejaVu Sans is a poor stand-in,
# see bench/README.md; FONTCONFIG_FILE may add one), rebuilt as images only, read by draftkit, and
# compared with the text typeset, as written and with --arabic-norm.
naskh=$(fc-list :lang=ar family | tr ',' '\n' | grep -i -m1 -E 'naskh|amiri|scheherazade' || true)
for font in "DejaVu Sans" ${naskh:+"$naskh"}; do
  tag=$(echo "$font" | tr -d ' ')
  python3 - "$corpus/bbnj-agreement-2023_ar.txt" "$font" > "ar-$tag.html" <<'PY'
import html, sys
lines = [l.strip() for l in open(sys.argv[1], encoding='utf-8') if len(l.strip()) > 40]
lines = lines[len(lines) // 2:len(lines) // 2 + 12]
print('<html dir="rtl" lang="ar"><meta charset="utf-8"><body style="font-family:%s;font-size:11pt">' % sys.argv[2])
for l in lines:
    print('<p>' + html.escape(l) + '</p>')
print('</body></html>')
PY
  python3 -c "import html,re,sys; print(html.unescape(re.sub('<[^>]+>', ' ', open(sys.argv[1], encoding='utf-8').read())))" "ar-$tag.html" > "ar-$tag-truth.txt"
  soffice --headless "-env:UserInstallation=file:///tmp/lo-draftkit-ocr-bench" --convert-to pdf "ar-$tag.html" >/dev/null 2>&1
  java -cp "$jar" "$root/bench/ocr/ImageOnly.java" "ar-$tag.pdf" "ar-$tag-img.pdf"
  n=$(pdfinfo "ar-$tag-img.pdf" | awk '/^Pages:/ {print $2}')
  t=$(secs "${dk[@]}" convert "ar-$tag-img.pdf" --lang ar --to txt -o "ar-$tag-ocr.txt")
  echo "ar typeset in $font ($n pages, ${t}s CPU): $(f1 "ar-$tag-ocr.txt" "ar-$tag-truth.txt" --whole) | normalised $(f1 "ar-$tag-ocr.txt" "ar-$tag-truth.txt" --whole --arabic-norm)"
done
