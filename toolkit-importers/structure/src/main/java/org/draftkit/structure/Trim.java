package org.draftkit.structure;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;

/**
 * White space at the ends of a block's runs, and characters cut from them, keeping every run's
 * marks: what the structurer does to every block, for importers that shape footnote or comment
 * bodies the same way. Stateless.
 *
 * @since 0.1
 */
public final class Trim {
  private Trim() {}

  /**
   * Strips leading and trailing white space (zero-width spaces too) across runs, keeping empty
   * anchor runs (a footnote reference, a comment anchor); nothing is left when only space remains.
   */
  public static List<Run> trim(List<Run> runs) {
    List<Run> out = new ArrayList<>(runs);
    while (!out.isEmpty()) {
      Run first = out.get(0);
      String t = stripLeading(first.text());
      if (t.isEmpty() && first.ref() == null) {
        out.remove(0);
        continue;
      }
      if (t.length() != first.text().length()) {
        out.set(0, first.withText(t));
      }
      if (!t.isEmpty()) {
        break;
      }
      // an empty anchor run: look past it for leading whitespace too
      int k = 1;
      while (k < out.size() && out.get(k).text().isEmpty()) {
        k++;
      }
      if (k < out.size() && !out.get(k).text().equals(stripLeading(out.get(k).text()))) {
        Run next = out.get(k);
        String nt = stripLeading(next.text());
        if (nt.isEmpty() && next.ref() == null) {
          out.remove(k);
          continue;
        }
        out.set(k, next.withText(nt));
      }
      break;
    }
    while (!out.isEmpty()) {
      Run last = out.get(out.size() - 1);
      String t = stripTrailing(last.text());
      if (t.isEmpty() && last.ref() == null) {
        out.remove(out.size() - 1);
        continue;
      }
      if (t.length() != last.text().length()) {
        out.set(out.size() - 1, last.withText(t));
      }
      break;
    }
    boolean anyText = false;
    for (Run r : out) {
      anyText |= !isBlank(r.text()) || r.ref() != null;
    }
    return anyText ? out : List.of();
  }

  /**
   * The runs without the characters from {@code start} (inclusive) to {@code end} (exclusive);
   * empty anchors stay.
   */
  public static List<Run> cut(List<Run> runs, int start, int end) {
    List<Run> out = new ArrayList<>(runs.size());
    int pos = 0;
    for (Run r : runs) {
      int len = r.text().length();
      int from = Math.max(start - pos, 0);
      int to = Math.min(end - pos, len);
      if (from >= to) {
        out.add(r);
      } else {
        String kept = r.text().substring(0, from) + r.text().substring(to);
        if (!kept.isEmpty()) {
          out.add(r.withText(kept));
        }
      }
      pos += len;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** True when the text is only white space (zero-width spaces included). */
  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  static String stripTrailing(String s) {
    int i = s.length();
    while (i > 0 && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return s.substring(0, i);
  }

  /**
   * The runs without the characters {@code [start, end)} of their text without the footnote markers
   * that follow some text: a typed label (after an opening bracket that stays when {@code start >
   * 0}). Footnote markers after the start are kept ("3ter.⁴ Notwithstanding" keeps its marker);
   * spaces left at the start go.
   */
  public static List<Run> cutLabel(List<Run> runs, int start, int end) {
    List<Run> out = new ArrayList<>();
    int pos = 0;
    for (Run r : runs) {
      if (r.ref() != null && pos > 0) {
        out.add(r);
        continue;
      }
      String t = r.text();
      int a = Math.max(0, Math.min(t.length(), start - pos));
      int b = Math.max(0, Math.min(t.length(), end - pos));
      pos += t.length();
      String kept = t.substring(0, a) + t.substring(b);
      if (!kept.isEmpty()) {
        out.add(r.withText(kept));
      }
    }
    while (!out.isEmpty() && out.get(0).ref() == null && out.get(0).text().isBlank()) {
      out.remove(0);
    }
    if (!out.isEmpty() && out.get(0).ref() == null) {
      out.set(0, out.get(0).withText(out.get(0).text().stripLeading()));
    }
    // a marker that stood on the label ("3ter.⁴ Notwithstanding") keeps its space from the word
    if (out.size() > 1
        && out.get(0).ref() != null
        && out.get(1).ref() == null
        && !out.get(1).text().isEmpty()
        && !Character.isWhitespace(out.get(1).text().charAt(0))) {
      out.add(1, Run.plain(" "));
    }
    return Runs.normalize(out);
  }
}
