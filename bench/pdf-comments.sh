#!/usr/bin/env bash
# Positions from PDF comments against the same positions from Word comments (issue 3/6: "read party
# stances from PDF comments exactly as from Word comments"). The UNFCCC Art. 6.2 v2 draft (95 Word
# comments with party codes) is printed to PDF by LibreOffice with its comments exported as PDF
# annotations; `draftkit positions` then reads the DOCX and the PDF, and the (paragraph, stakeholder,
# stance) triples of the two tables are compared.
# Usage: bench/pdf-comments.sh   Needs: java 17, soffice (LibreOffice >= 7.4), python3, the corpus.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
corpus="${DRAFTKIT_CORPUS:-$root/../shared/corpus}"
docx="$corpus/un-drafts/unfccc-cma6-article6.2/v2_later-draft_2024-11-17to19_party-inputs-as-comments_tracked.docx"
command -v soffice >/dev/null || { echo "bench/pdf-comments.sh: soffice is needed (apt-get install libreoffice-writer)" >&2; exit 2; }
[[ -f "$docx" ]] || { echo "bench/pdf-comments.sh: $docx not found" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$docx" "$work/v2.docx"
soffice -env:UserInstallation="file://$work/lo" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' \
  --outdir "$work" "$work/v2.docx" > "$work/soffice.log" 2>&1
"$root/draftkit" --version >/dev/null   # builds the jar on first use
"$root/draftkit" convert "$work/v2.pdf" --to json -o "$work/v2.pdf.json"
"$root/draftkit" positions "$work/v2.docx" --to csv -o "$work/docx.csv" 2> /dev/null
"$root/draftkit" positions "$work/v2.pdf" --to csv -o "$work/pdf.csv" 2> /dev/null
python3 - "$work" <<'PY'
import csv, json, sys
work = sys.argv[1]
doc = json.load(open(f"{work}/v2.pdf.json"))
comments = doc["comments"]
anchored = sum(1 for c in comments if c.get("paragraph") is not None)
authors = sum(1 for c in comments if c.get("author"))
def triples(f):
    out = set()
    for r in csv.DictReader(open(f, encoding="utf-8")):
        for s in r["stance"].split("; "):
            out.add((r["paragraph"], r["stakeholder"], s))
    return out
d, p = triples(f"{work}/docx.csv"), triples(f"{work}/pdf.csv")
both = d & p
print(f"PDF comments: {len(comments)} read, {anchored} anchored, {authors} with an author")
print(f"stances (paragraph, stakeholder, stance): DOCX {len(d)}, PDF {len(p)}, in both {len(both)}"
      f" -> recall {len(both)/len(d):.3f}, precision {len(both)/len(p):.3f} against the DOCX table")
for t in sorted(d - p):
    print("  only from DOCX:", *t)
for t in sorted(p - d):
    print("  only from PDF: ", *t)
PY
