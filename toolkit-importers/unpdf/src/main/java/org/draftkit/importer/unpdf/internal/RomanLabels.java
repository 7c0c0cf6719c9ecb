package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;

/**
 * OCR reads the roman numerals of sub-item labels as digits or as the letters l and I ("1)" for
 * "i)", "11)" for "ii)", "(1v)" for "(iv)"): put right where the labels around them on the page say
 * a roman numeral comes — the first sub-item after a lettered item ("(b) … : 1) …" is "i)"), or the
 * next after a roman one. A real arabic list ("1)" followed by "2)" on the page) is left as read.
 * Only line-opening labels of left-to-right lines are looked at.
 */
final class RomanLabels {

  /** A line-opening label: an optional opening bracket, up to five characters, a closing one. */
  private static final Pattern LABEL = Pattern.compile("^(\\(?)([0-9A-Za-z|]{1,5})\\)$");

  private static final Pattern ROMAN =
      Pattern.compile("^(x{0,3})(ix|iv|v?i{0,3})$"); // i..xxxix, lower case

  private RomanLabels() {}

  private enum Kind {
    LETTER,
    ROMAN,
    OTHER
  }

  /** The page with misread roman labels put right (the same page when none was). */
  static RecognizedPage repair(RecognizedPage page) {
    List<String> opening = new ArrayList<>();
    for (RecognizedPage.Line line : page.lines()) {
      RecognizedPage.Word first = first(line);
      opening.add(first == null ? null : first.text().strip());
    }
    List<RecognizedPage.Line> lines = new ArrayList<>(page.lines());
    boolean changed = false;
    Kind prevKind = Kind.OTHER;
    int prevValue = 0;
    for (int i = 0; i < lines.size(); i++) {
      String t = opening.get(i);
      Matcher m = t == null ? null : LABEL.matcher(t);
      if (m == null || !m.matches()) {
        continue;
      }
      String body = m.group(2);
      if (body.length() == 1 && Character.isLowerCase(body.charAt(0))) {
        int v = body.charAt(0) - 'a' + 1;
        boolean roman = roman(body) > 0 && !(prevKind == Kind.LETTER && prevValue == v - 1);
        prevKind = roman ? Kind.ROMAN : Kind.LETTER;
        prevValue = roman ? roman(body) : v;
        continue;
      }
      if (roman(body) > 0) {
        prevKind = Kind.ROMAN;
        prevValue = roman(body);
        continue;
      }
      String asRoman = body.replace('1', 'i').replace('l', 'i').replace('I', 'i').replace('|', 'i');
      int r = roman(asRoman);
      boolean expected =
          r > 0
              && (prevKind == Kind.LETTER && r == 1 || prevKind == Kind.ROMAN && r == prevValue + 1)
              && !(body.equals("1") && arabicListFollows(opening, i, m.group(1)));
      if (!expected) {
        prevKind = Kind.OTHER;
        continue;
      }
      lines.set(i, withFirst(lines.get(i), m.group(1) + asRoman + ")"));
      changed = true;
      prevKind = Kind.ROMAN;
      prevValue = r;
    }
    return changed ? new RecognizedPage(lines, page.meanConfidence()) : page;
  }

  /** "2)" (in the same brackets) opens a later line of the page: "1)" starts an arabic list. */
  private static boolean arabicListFollows(List<String> opening, int from, String bracket) {
    for (int k = from + 1; k < opening.size(); k++) {
      if ((bracket + "2)").equals(opening.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** The value of a lower-case roman numeral, or 0 when it is none. */
  static int roman(String s) {
    if (s.isEmpty() || !ROMAN.matcher(s).matches()) {
      return 0;
    }
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v =
          switch (s.charAt(i)) {
            case 'i' -> 1;
            case 'v' -> 5;
            default -> 10;
          };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  /** The line's leftmost word, or null for an empty or right-to-left line. */
  private static RecognizedPage.Word first(RecognizedPage.Line line) {
    RecognizedPage.Word first = null;
    for (RecognizedPage.Word w : line.words()) {
      if (first == null || w.left() < first.left()) {
        first = w;
      }
    }
    return first == null || RightToLeft.isRightToLeft(line.words().get(0).text()) ? null : first;
  }

  private static RecognizedPage.Line withFirst(RecognizedPage.Line line, String text) {
    RecognizedPage.Word first = first(line);
    List<RecognizedPage.Word> words = new ArrayList<>();
    for (RecognizedPage.Word w : line.words()) {
      words.add(
          w == first
              ? new RecognizedPage.Word(
                  text, w.left(), w.top(), w.width(), w.height(), w.confidence())
              : w);
    }
    return new RecognizedPage.Line(
        line.left(), line.top(), line.width(), line.height(), line.baseline(), line.size(), words);
  }
}
