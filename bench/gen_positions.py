#!/usr/bin/env python3
"""Generates a position-table workload: a base draft of P paragraphs and N stakeholder submissions.

    bench/gen_positions.py OUTDIR [--submissions 200] [--paragraphs 150] [--seed 7]

Writes OUTDIR/base.md (a UN-style draft: title, preambular paragraphs, operative paragraphs
numbered 1.., a few section headings) and OUTDIR/submissions/sNNN.{md,html,txt}, in turn Markdown,
HTML and plain text. Each submission mixes the ways stakeholders state positions:
  - quoted base paragraphs with marks (Markdown ~~deleted~~ **inserted**; HTML <del>/<ins> or
    <s>/<strong>), the quote taken from the base so that it matches;
  - new "N bis" paragraphs;
  - prose: "We retain paras 3, 5 and 12", ranges with stray spaces ("paras 9-12, 16, 18- 27"),
    "paragraphs 61 to 65", "delete paragraph 40", "restore the language of the Zero Draft
    (paragraphs 73 and 89)", "strong support for paragraph 100".
Plain-text submissions carry prose only (text has no marks). OUTDIR/truth.tsv lists, per
submission, the paragraphs it addresses and how, for eyeballing the output. Deterministic for a seed.
"""
import argparse
import html
import os
import random

WORDS = ("digital cooperation capacity-building financing the Forum Member States stakeholders the secretariat "
         "sustainable development data governance artificial intelligence connectivity resilient infrastructure "
         "human rights gender equality open source public interest technical community civil society private "
         "sector regional commissions least developed countries affordable access multilingualism").split()
PREAMBLE = "Recalling Reaffirming Welcoming Noting Recognizing Emphasizing Acknowledging Stressing".split()
OPERATIVE = ["Decides", "Requests", "Invites", "Encourages", "Calls upon", "Urges", "Welcomes", "Notes"]
HEADINGS = ["A. Closing digital divides", "B. Digital economy", "C. Human rights and ethics",
            "D. Data governance", "E. Internet governance", "F. Follow-up and review"]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def make_base(rng, paragraphs):
    """[(label or None, kind, text)] with `paragraphs` body paragraphs."""
    out = [(None, "heading", "Draft outcome document of the high-level meeting (Rev.1)")]
    preamble = max(5, paragraphs // 10)
    for i in range(preamble):
        out.append((None, "preambular", f"{PREAMBLE[i % len(PREAMBLE)]} the {sentence(rng, 18 + i % 9)},"))
    operative = paragraphs - preamble
    per_section = max(1, operative // len(HEADINGS))
    for n in range(1, operative + 1):
        if (n - 1) % per_section == 0 and (n - 1) // per_section < len(HEADINGS):
            out.append((None, "heading", HEADINGS[(n - 1) // per_section]))
        verb = OPERATIVE[n % len(OPERATIVE)]
        out.append((str(n), "operative", f"{verb} {sentence(rng, 22 + (n * 7) % 30)};"))
    return out


def write_base(path, base):
    with open(path, "w", encoding="utf-8") as f:
        for label, kind, text in base:
            if kind == "heading":
                f.write(f"# {text}\n\n" if label is None and text.startswith("Draft") else f"## {text}\n\n")
            elif kind == "preambular":
                first, rest = text.split(" ", 1)
                f.write(f"*{first}* {rest}\n\n")
            else:
                f.write(f"{label}. {text}\n\n")


def amend(rng, text):
    """(prefix, deleted, inserted, suffix): a few words of `text` replaced."""
    words = text.split(" ")
    start = rng.randrange(1, max(2, len(words) - 4))
    length = rng.randint(1, 3)
    deleted = " ".join(words[start:start + length])
    inserted = sentence(rng, rng.randint(1, 4))
    return " ".join(words[:start]) + " ", deleted, inserted, " " + " ".join(words[start + length:])


def refs_text(rng, numbers):
    """Numbers written as real texts write them: lists, ranges with stray spaces, 'to'."""
    numbers = sorted(set(numbers))
    parts, i = [], 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{numbers[i]}{rng.choice(['-', '- ', '–'])}{numbers[j]}")
        else:
            parts.extend(str(n) for n in numbers[i:j + 1])
        i = j + 1
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def submission(rng, index, base, fmt):
    name = f"S{index:03d}"
    operative = [(lab, text) for lab, kind, text in base if kind == "operative"]
    count = len(operative)
    blocks, truth = [], []

    def prose(text):
        blocks.append(("p", text))

    prose(f"Submitted by the Stakeholder Group {name}. We thank the co-facilitators for Rev.1.")
    retained = rng.sample(range(1, count + 1), rng.randint(2, 6))
    start = rng.randrange(1, count - 12)
    retained += list(range(start, start + rng.randint(3, 8)))
    prose(f"We retain paras {refs_text(rng, retained)}.")
    truth += [(n, "retain") for n in sorted(set(retained))]
    if rng.random() < 0.5:
        a = rng.randrange(1, count - 6)
        prose(f"We would delete paragraphs {a} to {a + rng.randint(1, 4)} and paragraph {rng.randrange(1, count)}.")
    if rng.random() < 0.4:
        x, y = rng.sample(range(1, count + 1), 2)
        prose(f"We call for restoring the language of the Zero Draft (paragraphs {min(x, y)} and {max(x, y)}).")
    if rng.random() < 0.4:
        prose(f"Strong support for the permanent mandate of the Forum (para {rng.randrange(1, count)}).")

    if fmt != "txt":
        prose("We propose the following edits:")
        for lab, text in rng.sample(operative, rng.randint(3, 10)):
            blocks.append(("amend", lab, amend(rng, text)))
            truth.append((int(lab), "amend"))
        for _ in range(rng.randint(0, 2)):
            after = rng.randrange(1, count)
            blocks.append(("bis", f"{after} bis", f"We {rng.choice(['recognize', 'welcome', 'stress'])} {sentence(rng, 20)}."))
            truth.append((after, "add"))
    return name, blocks, truth


def render(fmt, name, blocks, style):
    if fmt == "md":
        lines = [f"# Comments of the Stakeholder Group {name} on Rev.1", ""]
        for b in blocks:
            if b[0] == "p":
                lines += [b[1], ""]
            elif b[0] == "amend":
                pre, dele, ins, post = b[2]
                lines += [f"{b[1]}. {pre}~~{dele}~~ **{ins}**{post}", ""]
            else:
                lines += [f"{b[1]}. **{b[2]}**", ""]
        return "\n".join(lines)
    if fmt == "html":
        d, i = (("del", "ins"), ("s", "strong"))[style]
        out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
               f"<title>Comments of the Stakeholder Group {name} on Rev.1</title></head><body>",
               f"<h1>Comments of the Stakeholder Group {name} on Rev.1</h1>"]
        for b in blocks:
            if b[0] == "p":
                out.append(f"<p>{html.escape(b[1])}</p>")
            elif b[0] == "amend":
                pre, dele, ins, post = (html.escape(x) for x in b[2])
                out.append(f"<p>{b[1]}. {pre}<{d}>{dele}</{d}> <{i}>{ins}</{i}>{post}</p>")
            else:
                out.append(f"<p>{b[1]}. <{i}>{html.escape(b[2])}</{i}></p>")
        out.append("</body></html>")
        return "\n".join(out) + "\n"
    lines = [f"Comments of the Stakeholder Group {name} on Rev.1", ""]
    lines += [b[1] + "\n" for b in blocks if b[0] == "p"]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--submissions", type=int, default=200)
    ap.add_argument("--paragraphs", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.out, "submissions"), exist_ok=True)
    base = make_base(rng, args.paragraphs)
    write_base(os.path.join(args.out, "base.md"), base)
    formats = ["md", "html", "txt"]
    with open(os.path.join(args.out, "truth.tsv"), "w", encoding="utf-8") as truth_file:
        truth_file.write("submission\tparagraph\tstance\n")
        for k in range(1, args.submissions + 1):
            fmt = formats[k % 3]
            name, blocks, truth = submission(rng, k, base, fmt)
            path = os.path.join(args.out, "submissions", f"s{k:03d}.{fmt}")
            with open(path, "w", encoding="utf-8") as f:
                f.write(render(fmt, name, blocks, k % 2))
            for n, stance in truth:
                truth_file.write(f"{name}\t{n}\t{stance}\n")


if __name__ == "__main__":
    main()
