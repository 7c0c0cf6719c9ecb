package org.draftkit.importer.unpdf.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts right-to-left lines (Arabic, Hebrew) into reading order. A PDF places glyphs where they are
 * seen, so a line read from left to right gives an Arabic sentence backwards: the line is reversed,
 * runs of left-to-right text inside it (numbers, Latin words, symbols) are turned back, brackets
 * swap sides, and Arabic presentation forms (the shaped glyphs some PDFs map to) become the letters
 * they show; tatweel (justification stretching) is dropped. Lines with no right-to-left letter are
 * returned as they are.
 */
final class RightToLeft {

  private RightToLeft() {}

  /** The page's lines, each right-to-left one in reading order. */
  static List<Line> logical(List<Line> lines) {
    List<Line> out = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!isRightToLeft(l.text())) {
        if (out != null) {
          out.add(l);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(lines.subList(0, i));
      }
      out.add(reorder(l));
    }
    return out == null ? lines : out;
  }

  /** True when the text has more right-to-left letters than left-to-right ones. */
  static boolean isRightToLeft(String text) {
    int first = 0;
    while (first < text.length() && text.charAt(first) < 0x0590) {
      first++; // most lines have no right-to-left letter at all: find out without classifying
      // letters
    }
    if (first == text.length()) {
      return false;
    }
    int rtl = 0;
    int ltr = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x0590) {
        ltr += Character.isLetter(c) ? 1 : 0;
      } else if (rtl(c)) {
        rtl++;
      }
    }
    return rtl > 0 && rtl > ltr;
  }

  private static boolean rtl(char c) {
    return c >= 0x0590 && c <= 0x08FF || c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
  }

  /** A character that runs left to right inside a right-to-left line: digits, Latin letters. */
  private static boolean strongLtr(char c) {
    return Character.isDigit(c) && !(c >= 0x0660 && c <= 0x0669) && !(c >= 0x06F0 && c <= 0x06F9)
        || c < 0x0590 && Character.isLetter(c);
  }

  private static Line reorder(Line l) {
    // one entry per character, remembering its span, in visual order
    List<Span> spans = l.spans();
    StringBuilder chars = new StringBuilder();
    List<Integer> owner = new ArrayList<>();
    for (int s = 0; s < spans.size(); s++) {
      String t = spans.get(s).text();
      for (int k = 0; k < t.length(); k++) {
        chars.append(t.charAt(k));
        owner.add(s);
      }
    }
    int n = chars.length();
    char[] c = new char[n];
    int[] o = new int[n];
    for (int k = 0; k < n; k++) {
      c[k] = chars.charAt(n - 1 - k);
      o[k] = owner.get(n - 1 - k);
    }
    // turn left-to-right runs back: strong LTR characters and what joins them ("10.5", "A/RES/77")
    int k = 0;
    while (k < n) {
      if (!strongLtr(c[k])) {
        c[k] = mirror(c[k]);
        k++;
        continue;
      }
      int end = k;
      int last = k;
      while (end < n && (strongLtr(c[end]) || !rtl(c[end]) && !Character.isWhitespace(c[end]))) {
        if (strongLtr(c[end])) {
          last = end;
        }
        end++;
      }
      reverse(c, o, k, last + 1);
      for (int m = last + 1; m < end; m++) {
        c[m] = mirror(c[m]);
      }
      k = end;
    }
    // rebuild spans: consecutive characters of the same source span stay together
    List<Span> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    StringBuilder piece = new StringBuilder();
    int current = -1;
    for (int m = 0; m <= n; m++) {
      if (m == n || o[m] != current) {
        if (current >= 0 && piece.length() > 0) {
          Span src = spans.get(current);
          String t = fold(piece.toString());
          boolean doubledSpace =
              t.equals(" ") && (out.isEmpty() || out.get(out.size() - 1).isSpace());
          if (!t.isEmpty() && !doubledSpace) {
            out.add(
                new Span(
                    t,
                    src.bold(),
                    src.italic(),
                    src.decoration(),
                    src.raised(),
                    src.x0(),
                    src.x1()));
            text.append(t);
          }
        }
        piece.setLength(0);
        if (m == n) {
          break;
        }
        current = o[m];
      }
      piece.append(c[m]);
    }
    return new Line(l.page(), out, l.x0(), l.x1(), l.baseline(), l.size(), text.toString().strip());
  }

  /** Presentation forms to letters, tatweel removed. */
  private static String fold(String s) {
    boolean forms = false;
    boolean tatweel = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      forms |= ch >= 0xFB50 && ch <= 0xFDFF || ch >= 0xFE70 && ch <= 0xFEFF;
      tatweel |= ch == '\u0640';
    }
    String r = forms ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s;
    return tatweel ? r.replace("\u0640", "") : r;
  }

  private static char mirror(char ch) {
    return switch (ch) {
      case '(' -> ')';
      case ')' -> '(';
      case '[' -> ']';
      case ']' -> '[';
      case '{' -> '}';
      case '}' -> '{';
      case '«' -> '»';
      case '»' -> '«';
      case '<' -> '>';
      case '>' -> '<';
      default -> ch;
    };
  }

  private static void reverse(char[] c, int[] o, int from, int to) {
    for (int i = from, j = to - 1; i < j; i++, j--) {
      char t = c[i];
      c[i] = c[j];
      c[j] = t;
      int u = o[i];
      o[i] = o[j];
      o[j] = u;
    }
  }
}
