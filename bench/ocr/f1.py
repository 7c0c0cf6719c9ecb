#!/usr/bin/env python3
"""Word (or character) F1 of a hypothesis text against the window of a reference text it covers.

usage: f1.py HYP.txt REF.txt [--chars] [--whole] [--arabic-norm]

Tokens: words (letters/digits runs, lower-cased, hyphenated words joined) or, with
--chars, every letter/digit character (Chinese). With --arabic-norm, the usual normalisation for
Arabic OCR first: tashkeel (harakat, shadda, sukun, superscript alef) and tatweel removed, alef
forms (hamza above or below, madda, wasla) made a bare alef; without it, Arabic words are compared
as written. Without --whole, the reference is cut to the window
that best matches the hypothesis (the hypothesis is a sample of pages of the reference document):
windows start at each place where one of the hypothesis's first 30 token 3-grams occurs, and are
0.85 to 1.15 times the hypothesis long; the best bag-of-tokens F1 wins. Prints P, R, F1 and counts.
"""
import re, sys, unicodedata
from collections import Counter

def tokens(text, chars, arabic_norm=False):
    text = unicodedata.normalize('NFKC', text)
    if arabic_norm:
        text = re.sub('[\u064B-\u0652\u0670\u0640]', '', text)  # harakat, superscript alef, tatweel
        text = re.sub('[\u0622\u0623\u0625\u0671]', '\u0627', text)  # آ أ إ ٱ -> ا
    text = text.replace('\u2019', "'").lower()
    # hyphens joined on both sides: the published Russian text keeps the print's line-end hyphens
    # ("равно-правной", "развиваю- щихся") where a reader (and draftkit) joins the word
    text = re.sub(r'(?<=\w)[-\u00ad\u2010\u2011]\s*(?=\w)', '', text)
    if chars:
        return [c for c in text if c.isalnum()]
    return re.findall(r"\w+", text)

def f1(h, r):
    ch, cr = Counter(h), Counter(r)
    m = sum((ch & cr).values())
    p = m / max(1, sum(ch.values())); rc = m / max(1, sum(cr.values()))
    return (0 if p + rc == 0 else 2 * p * rc / (p + rc)), p, rc, m

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    chars = '--chars' in sys.argv
    norm = '--arabic-norm' in sys.argv
    h = tokens(open(args[0], encoding='utf-8').read(), chars, norm)
    r = tokens(open(args[1], encoding='utf-8').read(), chars, norm)
    if '--whole' in sys.argv or len(h) >= len(r):
        best = f1(h, r)
    else:
        n = len(h)
        index = {}
        for i in range(len(r) - 2):
            index.setdefault(tuple(r[i:i + 3]), []).append(i)
        starts = set()
        for k in range(min(30, n - 2)):
            for i in index.get(tuple(h[k:k + 3]), []):
                starts.add(max(0, i - k - 5))
        best = (0, 0, 0, 0)
        for s in sorted(starts) or [0]:
            for span in range(int(n * 0.85), int(n * 1.15) + 1, max(1, n // 200)):
                cand = f1(h, r[s:s + span])
                if cand[0] > best[0]:
                    best = cand
    print(f"F1={best[0]:.4f} P={best[1]:.4f} R={best[2]:.4f} matched={best[3]} hyp={len(h)}")

main()
