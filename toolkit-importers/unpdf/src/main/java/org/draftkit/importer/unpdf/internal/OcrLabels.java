package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;

/**
 * Puts back the Latin sub-item labels that OCR misreads at the start of a line ("a)", "(b)",
 * "iii)"), before the words become glyphs. Two kinds of misreading are repaired, in the first word
 * of a line only:
 *
 * <ul>
 *   <li>a Cyrillic letter drawn like a Latin one: in a Russian text the engine reads the printed
 *       Latin "a)", "c)", "e)" as Cyrillic "а)", "с)", "е)" (the shapes are identical); such a
 *       label is written with the Latin letters, as printed;
 *   <li>a letter read as a digit or as another letter ("d)" as "9)", "g)" as "5)", "i)" as "1)",
 *       "ii)" as "и)", "m)" as "п)"): taken as the label the sequence expects next (the one after
 *       the previous sub-item or sub-sub-item, or "a)", "i)" to open a list) when the misreading is
 *       one of the shapes that label is known to be read as; otherwise left as read.
 * </ul>
 *
 * A document whose own labels are Cyrillic letters (a line opens with "б)" or "в)") keeps every
 * label as read. Stateless; each document is repaired on its own.
 */
final class OcrLabels {

  /** A label word: an optional opening bracket, one to four characters, a closing bracket. */
  private static final Pattern LABEL = Pattern.compile("^(\\(?)([^()\\s]{1,4})\\)$");

  /** A paragraph number ("1.", "12."): sub-item sequences start over below it. */
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.$");

  /**
   * The second and third labels of a list numbered with Cyrillic letters ("б)", "в)"): a document
   * that has both numbers its items so ("в)" alone can be a misread "h)").
   */
  private static final Pattern[] CYRILLIC_LABELS = {
    Pattern.compile("^\\(?б\\)$"), Pattern.compile("^\\(?в\\)$")
  };

  /** Cyrillic letters whose shape is a Latin letter's. */
  private static final Map<Character, Character> HOMOGLYPHS =
      Map.ofEntries(
          Map.entry('а', 'a'),
          Map.entry('с', 'c'),
          Map.entry('е', 'e'),
          Map.entry('о', 'o'),
          Map.entry('р', 'p'),
          Map.entry('х', 'x'),
          Map.entry('у', 'y'),
          Map.entry('к', 'k'),
          Map.entry('і', 'i'),
          Map.entry('ј', 'j'),
          Map.entry('ѕ', 's'),
          Map.entry('һ', 'h'));

  /**
   * What the engine reads lower-case Latin label letters as, beyond the homoglyphs: each character
   * read and the letters it may stand for (as seen on Times-like faces at 300 dpi).
   */
  private static final Map<Character, String[]> MISREAD =
      Map.ofEntries(
          Map.entry('9', new String[] {"d", "g", "q"}),
          Map.entry('2', new String[] {"g", "z"}),
          Map.entry('а', new String[] {"d", "q"}),
          Map.entry('5', new String[] {"g", "s"}),
          Map.entry('1', new String[] {"i", "l", "ii", "iii"}),
          Map.entry('l', new String[] {"i"}),
          Map.entry('I', new String[] {"i", "l"}),
          Map.entry('!', new String[] {"i"}),
          Map.entry('|', new String[] {"i", "l"}),
          Map.entry('0', new String[] {"o", "i", "ii"}),
          Map.entry('и', new String[] {"ii", "u", "n"}),
          Map.entry('п', new String[] {"n", "m", "ii"}),
          Map.entry('т', new String[] {"m"}),
          Map.entry('У', new String[] {"v", "y"}),
          Map.entry('у', new String[] {"v", "y"}),
          Map.entry('V', new String[] {"v"}),
          Map.entry('Х', new String[] {"x"}),
          Map.entry('г', new String[] {"r"}),
          Map.entry('в', new String[] {"h", "b"}));

  private static final String[] ROMAN = {
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
    "xvi", "xvii", "xviii", "xix", "xx"
  };

  private OcrLabels() {}

  /** The pages (in document order) with the labels at their lines' starts repaired. */
  static List<RecognizedPage> repair(List<RecognizedPage> pages) {
    boolean[] cyrillic = new boolean[CYRILLIC_LABELS.length];
    for (RecognizedPage p : pages) {
      for (RecognizedPage.Line l : p.lines()) {
        for (int i = 0; i < cyrillic.length && !l.words().isEmpty(); i++) {
          cyrillic[i] |= CYRILLIC_LABELS[i].matcher(first(l)).matches();
        }
      }
    }
    if (cyrillic[0] && cyrillic[1]) {
      return pages;
    }
    Sequence seq = new Sequence();
    List<RecognizedPage> out = new ArrayList<>(pages.size());
    for (RecognizedPage p : pages) {
      List<RecognizedPage.Line> lines = new ArrayList<>(p.lines().size());
      boolean changed = false;
      for (RecognizedPage.Line l : p.lines()) {
        if (l.words().isEmpty()) {
          lines.add(l);
          continue;
        }
        String word = first(l);
        String label = seq.read(word);
        if (label.equals(word)) {
          lines.add(l);
          continue;
        }
        List<RecognizedPage.Word> words = new ArrayList<>(l.words());
        RecognizedPage.Word w = words.get(0);
        words.set(
            0,
            new RecognizedPage.Word(
                label, w.left(), w.top(), w.width(), w.height(), w.confidence()));
        lines.add(
            new RecognizedPage.Line(
                l.left(), l.top(), l.width(), l.height(), l.baseline(), l.size(), words));
        changed = true;
      }
      out.add(changed ? new RecognizedPage(lines, p.meanConfidence()) : p);
    }
    return out;
  }

  private static String first(RecognizedPage.Line l) {
    return l.words().get(0).text().strip();
  }

  /** The sub-item and sub-sub-item labels seen last, as lines are read in order. */
  private static final class Sequence {
    private String letter;
    private String roman;

    /** The first word of a line, its label repaired; the word itself when it is no label. */
    String read(String word) {
      if (NUMBERED.matcher(word).matches()) {
        letter = null;
        roman = null;
        return word;
      }
      Matcher m = LABEL.matcher(word);
      if (!m.matches()) {
        return word;
      }
      String core = m.group(2);
      String label = core.matches("[a-z]|[ivx]{1,4}") ? core : repaired(core);
      if (label == null) {
        return word;
      }
      accept(label);
      return m.group(1) + label + ")";
    }

    /** The Latin label that {@code read} stands for, or null. */
    private String repaired(String read) {
      for (String expected : expected()) {
        if (expected != null && stands(read, 0, expected, 0)) {
          return expected;
        }
      }
      StringBuilder sb = new StringBuilder(read.length());
      for (int i = 0; i < read.length(); i++) {
        Character c = HOMOGLYPHS.get(read.charAt(i));
        char latin = c != null ? c : read.charAt(i);
        if (latin < 'a' || latin > 'z') {
          return null;
        }
        sb.append(latin);
      }
      return sb.toString();
    }

    /** The labels that may come next, the likeliest first. */
    private String[] expected() {
      String nextLetter =
          letter == null
              ? "a"
              : letter.length() == 1 ? String.valueOf((char) (letter.charAt(0) + 1)) : null;
      String nextRoman = roman == null ? (letter == null ? null : "i") : next(roman);
      return new String[] {nextLetter, nextRoman, "a"};
    }

    private void accept(String label) {
      boolean romanNext = roman != null && label.equals(next(roman));
      boolean romanStart = label.equals("i") && letter != null && !letter.equals("h");
      if (romanNext || romanStart) {
        roman = label;
      } else if (label.length() == 1) {
        letter = label;
        roman = null;
      }
    }

    private static String next(String roman) {
      for (int i = 0; i + 1 < ROMAN.length; i++) {
        if (ROMAN[i].equals(roman)) {
          return ROMAN[i + 1];
        }
      }
      return null;
    }
  }

  /** Whether {@code read} from character {@code i} can be a misreading of {@code label} from j. */
  private static boolean stands(String read, int i, String label, int j) {
    if (i == read.length() || j == label.length()) {
      return i == read.length() && j == label.length();
    }
    char c = read.charAt(i);
    Character h = HOMOGLYPHS.get(c);
    char same = h != null ? h : c;
    if (same == label.charAt(j) && stands(read, i + 1, label, j + 1)) {
      return true;
    }
    for (String s : MISREAD.getOrDefault(c, new String[0])) {
      if (label.startsWith(s, j) && stands(read, i + 1, label, j + s.length())) {
        return true;
      }
    }
    return false;
  }
}
