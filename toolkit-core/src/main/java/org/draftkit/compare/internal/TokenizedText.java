package org.draftkit.compare.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * A text cut into word and punctuation tokens; the whitespace between them is kept implicitly (the
 * characters between one token's end and the next one's start). Each token has a comparison key:
 * the token after typographic normalisation (compatibility forms, dash and quote variants, soft
 * hyphens and zero-width characters removed), so that "non‑binding" (U+2011) equals "non-binding".
 *
 * <p>Words are runs of letters, digits and combining marks, joined across an inner hyphen or
 * apostrophe ("capacity-building", "country's"), across a dot after a digit or capital ("L.41",
 * "3.5") and across a comma between digits ("1,000"). Every other visible character is a token of
 * its own, so "A/80/L.41" is five tokens and "…/L.41/Rev.1" differs from it by an insertion.
 *
 * <p>Immutable.
 */
public final class TokenizedText {
  /** Separates the parts of a multi-paragraph side of a split or merge; it is whitespace. */
  public static final char PART_SEPARATOR = '\u2029';

  /** The comparison key of every footnote reference. */
  private static final String FOOTNOTE_KEY = "\u0001footnote";

  private final String text;
  private final int[] start;
  private final int[] end;
  private final boolean[] word;
  private final String[] key;
  private final int[] part;
  private final String[] footnote;
  private final int partCount;

  private TokenizedText(
      String text,
      int[] start,
      int[] end,
      boolean[] word,
      String[] key,
      int[] part,
      String[] footnote,
      int partCount) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.word = word;
    this.key = key;
    this.part = part;
    this.footnote = footnote;
    this.partCount = partCount;
  }

  /** Tokenises one text. */
  public static TokenizedText of(String text) {
    return tokenize(text, Map.of());
  }

  /**
   * Tokenises a paragraph's runs. A footnote reference is one token whatever its label, equal to
   * any other footnote reference: a footnote renumbered because another was added is not an edit.
   */
  public static TokenizedText ofRuns(List<Run> runs) {
    return ofParts(List.of(runs));
  }

  /**
   * Tokenises several paragraphs' runs as one sequence, remembering which part each token came
   * from.
   */
  public static TokenizedText ofParts(List<List<Run>> parts) {
    StringBuilder sb = new StringBuilder();
    Map<Integer, Atom> atoms = new HashMap<>();
    for (int p = 0; p < parts.size(); p++) {
      if (p > 0) {
        sb.append(PART_SEPARATOR);
      }
      for (Run r : parts.get(p)) {
        if (r.has(Mark.FOOTNOTE_REFERENCE) && !r.text().isBlank()) {
          String t = r.text();
          int lead = 0;
          while (lead < t.length() && isSpace(t.charAt(lead))) {
            lead++;
          }
          int trail = t.length();
          while (trail > lead && isSpace(t.charAt(trail - 1))) {
            trail--;
          }
          atoms.put(
              sb.length() + lead,
              new Atom(sb.length() + trail, r.ref() != null ? r.ref() : t.substring(lead, trail)));
        }
        sb.append(r.text());
      }
    }
    return tokenize(sb.toString(), atoms);
  }

  /** A footnote reference: where it ends and its label. */
  private record Atom(int end, String label) {}

  /**
   * Cuts a text into tokens.
   *
   * @param footnotes start offset → footnote reference, each one token
   */
  private static TokenizedText tokenize(String text, Map<Integer, Atom> footnotes) {
    int n = text.length();
    int[] st = new int[Math.max(4, n / 4)];
    int[] en = new int[st.length];
    boolean[] wd = new boolean[st.length];
    int[] pt = new int[st.length];
    String[] fn = new String[st.length];
    int count = 0;
    int currentPart = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == PART_SEPARATOR) {
        currentPart++;
        i++;
        continue;
      }
      if (isSpace(c) || isIgnorable(c)) {
        i++;
        continue;
      }
      int s = i;
      boolean isWord;
      String label = null;
      Atom atom = footnotes.isEmpty() ? null : footnotes.get(i);
      if (atom != null) {
        isWord = false;
        label = atom.label();
        i = atom.end();
      } else if (isWordChar(text, i)) {
        isWord = true;
        i += Character.charCount(text.codePointAt(i));
        while (i < n && (footnotes.isEmpty() || !footnotes.containsKey(i))) {
          if (isWordChar(text, i)
              || isIgnorable(text.charAt(i)) && i + 1 < n && isWordChar(text, i + 1)) {
            i += Character.charCount(text.codePointAt(i));
          } else if (i + 1 < n
              && isJoiner(text.charAt(i))
              && isWordChar(text, i + 1)
              && !footnotes.containsKey(i + 1)) {
            char j = text.charAt(i);
            char prev = text.charAt(i - 1);
            if (j == ',' && !(Character.isDigit(prev) && Character.isDigit(text.charAt(i + 1)))
                || j == '.' && !(Character.isDigit(prev) || Character.isUpperCase(prev))) {
              break;
            }
            i++;
          } else {
            break;
          }
        }
      } else {
        isWord = false;
        i += Character.charCount(text.codePointAt(i));
      }
      if (count == st.length) {
        int grow = st.length * 2;
        st = Arrays.copyOf(st, grow);
        en = Arrays.copyOf(en, grow);
        wd = Arrays.copyOf(wd, grow);
        pt = Arrays.copyOf(pt, grow);
        fn = Arrays.copyOf(fn, grow);
      }
      st[count] = s;
      en[count] = i;
      wd[count] = isWord;
      pt[count] = currentPart;
      fn[count] = label;
      count++;
    }
    String[] keys = new String[count];
    for (int k = 0; k < count; k++) {
      keys[k] = fn[k] != null ? FOOTNOTE_KEY : normalize(text.substring(st[k], en[k]));
    }
    return new TokenizedText(
        text,
        Arrays.copyOf(st, count),
        Arrays.copyOf(en, count),
        Arrays.copyOf(wd, count),
        keys,
        Arrays.copyOf(pt, count),
        Arrays.copyOf(fn, count),
        currentPart + 1);
  }

  /** The footnote label when token {@code k} is a footnote reference, else null. */
  public String footnote(int k) {
    return footnote[k];
  }

  public String text() {
    return text;
  }

  public int size() {
    return key.length;
  }

  public String key(int k) {
    return key[k];
  }

  public boolean isWord(int k) {
    return word[k];
  }

  /** The part (paragraph of {@link #ofParts}) token {@code k} came from. */
  public int part(int k) {
    return part[k];
  }

  /** How many parts the text was made of (1 for a single text). */
  public int partCount() {
    return partCount;
  }

  public int start(int k) {
    return start[k];
  }

  public int end(int k) {
    return end[k];
  }

  /** The token as written. */
  public String token(int k) {
    return text.substring(start[k], end[k]);
  }

  /** The whitespace before token {@code k} ({@code k == size()}: after the last token). */
  public String spaceBefore(int k) {
    int from = k == 0 ? 0 : end[k - 1];
    int to = k == key.length ? text.length() : start[k];
    return text.substring(from, to);
  }

  /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
  public String span(int from, int to) {
    return from >= to ? "" : text.substring(start[from], end[to - 1]);
  }

  /** The number of word tokens. */
  public int wordCount() {
    int c = 0;
    for (boolean w : word) {
      if (w) {
        c++;
      }
    }
    return c;
  }

  /** The comparison key of a token. */
  public static String normalize(String token) {
    String s = token;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7e) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s;
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u2010', '\u2011', '\u2012', '\u2212', '\u00ad' -> {
          if (c != '\u00ad') {
            sb.append('-');
          }
        }
        case '\u2013', '\u2014', '\u2015' -> sb.append('–');
        case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> sb.append('\'');
        case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> sb.append('"');
        case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> {}
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The lower-case key used for similarity ("bag of words"). */
  public String wordKey(int k) {
    return key[k].toLowerCase(Locale.ROOT);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isIgnorable(char c) {
    return c == '\u00ad'
        || c == '\u200b'
        || c == '\u200c'
        || c == '\u200d'
        || c == '\u2060'
        || c == '\ufeff';
  }

  private static boolean isWordChar(String s, int i) {
    int cp = s.codePointAt(i);
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isJoiner(char c) {
    return c == '-'
        || c == '\u2010'
        || c == '\u2011'
        || c == '\''
        || c == '\u2019'
        || c == '.'
        || c == ',';
  }
}
