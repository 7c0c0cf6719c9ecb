package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.draftkit.layout.Cjk;
import org.draftkit.layout.Hyphenation;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;

/**
 * Turns the lines of a block into runs: lines joined with a space (or without one where a line-end
 * hyphen is kept or removed), marks from font style and drawn decorations, raised footnote markers
 * as {@link Mark#FOOTNOTE_REFERENCE} runs.
 */
final class TextBuilder {

  private static final Pattern MARKER = Pattern.compile("^(?:\\d{1,3}|\\*{1,3}|[a-z]|[†‡§])$");

  private final Predicate<String> knownWords;

  /**
   * The marks of a span by its style bits (bold, italic, struck, underlined), shared by the atoms
   * of that style (unmodifiable, so that sharing cannot leak a change from one atom to another).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private final Set<Mark>[] marksByStyle = new Set[16];

  TextBuilder(Predicate<String> knownWords) {
    this.knownWords = knownWords;
  }

  /** One piece of text with its marks; {@code ref} set for footnote markers. */
  private record Atom(String text, Set<Mark> marks, String ref) {}

  List<Run> runs(List<Line> lines) {
    List<Atom> atoms = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (i > 0 && !atoms.isEmpty()) {
        joinLines(atoms, line);
      }
      addLine(atoms, line);
    }
    return toRuns(atoms);
  }

  private void joinLines(List<Atom> atoms, Line next) {
    Atom last = atoms.get(atoms.size() - 1);
    if (last.ref() == null && mayEndBroken(atoms)) {
      String prevText = textOf(atoms);
      if (Hyphenation.endsBroken(prevText)) {
        boolean keep = Hyphenation.keepHyphen(prevText, next.text(), knownWords);
        String tail = last.text();
        String fixed = tail.substring(0, tail.length() - 1) + (keep ? "-" : "");
        atoms.set(atoms.size() - 1, new Atom(fixed, last.marks(), null));
        return;
      }
    }
    if (last.ref() == null && Cjk.joinsSolid(last.text(), next.text())) {
      return; // Chinese lines run on without a space
    }
    atoms.add(new Atom(" ", null, null));
  }

  /**
   * False when the text {@link #textOf} would give cannot end in a hyphen after a letter or digit:
   * looks at its last character only, so that most line ends build no string.
   */
  private static boolean mayEndBroken(List<Atom> atoms) {
    for (int i = atoms.size() - 1; i >= Math.max(0, atoms.size() - 40); i--) {
      String t = atoms.get(i).text();
      if (!t.isEmpty()) {
        char last = t.charAt(t.length() - 1);
        return last == '-' || last == '\u2011' || last == '\u00ad' || last == '\u2010';
      }
    }
    return false;
  }

  private static String textOf(List<Atom> atoms) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, atoms.size() - 40); i < atoms.size(); i++) {
      sb.append(atoms.get(i).text());
    }
    return sb.toString();
  }

  private void addLine(List<Atom> atoms, Line line) {
    int start = Math.max(0, atoms.size() - 1);
    List<Span> spans = line.spans();
    int i = 0;
    while (i < spans.size()) {
      Span s = spans.get(i);
      if (s.raised()) {
        StringBuilder marker = new StringBuilder();
        int j = i;
        while (j < spans.size() && spans.get(j).raised()) {
          marker.append(spans.get(j).text());
          j++;
        }
        String label = marker.toString().strip();
        if (MARKER.matcher(label).matches()) {
          atoms.add(new Atom(label, EnumSet.of(Mark.FOOTNOTE_REFERENCE), label));
        } else {
          for (int k = i; k < j; k++) {
            atoms.add(
                new Atom(spans.get(k).text(), plus(marks(spans.get(k)), Mark.SUPERSCRIPT), null));
          }
        }
        i = j;
        continue;
      }
      atoms.add(
          new Atom(s.isSpace() ? " " : fixHyphen(s.text()), s.isSpace() ? null : marks(s), null));
      i++;
    }
    // a space takes the marks its two neighbours share
    for (int k = start; k < atoms.size(); k++) {
      Atom a = atoms.get(k);
      if (a.marks() == null) {
        Set<Mark> m = EnumSet.noneOf(Mark.class);
        if (k > 0
            && k + 1 < atoms.size()
            && atoms.get(k + 1).marks() != null
            && atoms.get(k - 1).marks() != null) {
          m.addAll(atoms.get(k - 1).marks());
          m.retainAll(atoms.get(k + 1).marks());
          m.remove(Mark.FOOTNOTE_REFERENCE);
          m.remove(Mark.SUPERSCRIPT);
          atoms.set(k, new Atom(" ", m, null));
        }
      }
    }
  }

  private static String fixHyphen(String s) {
    return s.indexOf('\u2011') < 0 ? s : s.replace('\u2011', '-');
  }

  private Set<Mark> marks(Span s) {
    int style =
        (s.bold() ? 1 : 0)
            | (s.italic() ? 2 : 0)
            | (s.decoration() & (Glyph.STRUCK | Glyph.UNDERLINED)) << 2;
    Set<Mark> m = marksByStyle[style];
    if (m == null) {
      m = Collections.unmodifiableSet(newMarks(s));
      marksByStyle[style] = m;
    }
    return m;
  }

  private static Set<Mark> newMarks(Span s) {
    Set<Mark> m = EnumSet.noneOf(Mark.class);
    if (s.bold()) {
      m.add(Mark.BOLD);
    }
    if (s.italic()) {
      m.add(Mark.ITALIC);
    }
    if ((s.decoration() & Glyph.STRUCK) != 0) {
      m.add(Mark.STRIKE);
    }
    if ((s.decoration() & Glyph.UNDERLINED) != 0) {
      m.add(Mark.UNDERLINE);
    }
    return m;
  }

  private static Set<Mark> plus(Set<Mark> m, Mark extra) {
    Set<Mark> r = EnumSet.noneOf(Mark.class);
    r.addAll(m);
    r.add(extra);
    return r;
  }

  private static List<Run> toRuns(List<Atom> atoms) {
    List<Run> runs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Set<Mark> marks = null;
    for (Atom a : atoms) {
      Set<Mark> m = a.marks() == null ? Set.of() : a.marks();
      if (a.ref() != null) {
        flush(runs, text, marks);
        runs.add(new Run(a.text(), m.isEmpty() ? null : EnumSet.copyOf(m), null, null, a.ref()));
        marks = null;
      } else {
        if (marks != null && !marks.equals(m)) {
          flush(runs, text, marks);
        }
        marks = m;
        text.append(a.text());
      }
    }
    flush(runs, text, marks);
    return Runs.normalize(runs);
  }

  private static void flush(List<Run> runs, StringBuilder text, Set<Mark> marks) {
    if (text.length() > 0) {
      runs.add(
          new Run(
              apostrophes(text),
              marks == null || marks.isEmpty() ? null : EnumSet.copyOf(marks),
              null,
              null,
              null));
      text.setLength(0);
    }
  }

  /**
   * A left single quote between two letters ("d‘application", as a glyph of the standard glyph
   * order reads) is an apostrophe: no language writes an opening quote inside a word.
   */
  private static String apostrophes(StringBuilder text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '\u2018'
          && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        text.setCharAt(i, '\u2019');
      }
    }
    return text.toString();
  }

  /**
   * The runs' text without the footnote markers that follow some text: what a label is looked for
   * in ("3ter.⁴ Notwithstanding" has the label "3ter.").
   */
  static String plainText(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      if (r.ref() == null || sb.isEmpty()) {
        sb.append(r.text());
      }
    }
    return sb.toString();
  }
}
