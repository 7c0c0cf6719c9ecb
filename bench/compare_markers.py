#!/usr/bin/env python3
"""Turn a draftkit Comparison JSON (written with the option segments=true, or plain) into the
<<DEL:..:DEL>> / <<INS:..:INS>> marker format that ../shared/tools/peers/score_redline.py reads.

Usage: compare_markers.py comparison.json [--moves-as-text OLD.json NEW.json] > redline.markers

draftkit reports a moved paragraph as a move carrying only its own word edits. The peer scorer
counts a move as its words deleted and inserted (none of the peer tools detects moves); with
--moves-as-text (and both documents as draftkit JSON, `draftkit convert X --to json`) the moved
paragraphs' text and numbers are emitted that way so that the figures
compare like for like. Inserted and deleted paragraphs also carry their number, as the scorer's
truth does.
"""
import json
import sys


def text(doc, ref):
    """The text of the paragraph(s) a pair side refers to."""
    refs = ref if isinstance(ref, list) else [ref]
    return " ".join(doc["paragraphs"][r["index"]]["text"] for r in refs)


def number(ref):
    if ref is None:
        return ""
    if isinstance(ref, list):
        return " ".join(r["number"] or "" for r in ref)
    return ref["number"] or ""


def main():
    args = sys.argv[1:]
    moves_as_text = "--moves-as-text" in args
    files = [a for a in args if not a.startswith("--")]
    d = json.load(open(files[0], encoding="utf-8"))
    if moves_as_text:
        old_doc = json.load(open(files[1], encoding="utf-8"))
        new_doc = json.load(open(files[2], encoding="utf-8"))
    pairs = d["pairs"] if "pairs" in d else [p for c in d["comparisons"] for p in c["pairs"]]
    out = []
    for p in pairs:
        st = p["status"]
        if st == "moved" and moves_as_text:
            out.append("<<DEL:%s %s:DEL>>" % (number(p["old"]), text(old_doc, p["old"])))
            out.append("<<INS:%s %s:INS>>" % (number(p["new"]), text(new_doc, p["new"])))
            continue
        if st == "inserted":
            out.append("<<INS:%s:INS>>" % number(p["new"]))
        if st == "deleted":
            out.append("<<DEL:%s:DEL>>" % number(p["old"]))
        edits = list(p.get("edits", []))
        for f in p.get("footnotes", []):
            edits.extend(f["edits"])
        for e in edits:
            out.append(("<<DEL:%s:DEL>>" if e["op"] == "delete" else "<<INS:%s:INS>>") % e["text"])
    print("\n".join(out))


if __name__ == "__main__":
    main()
