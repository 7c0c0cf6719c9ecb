package org.draftkit.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed, orderable paragraph label: "66" &lt; "66 bis" &lt; "66 ter" &lt; "67"; "(a)", "(iv)",
 * "PP3", "OP5", "I", "A", "4.1". Labels of the same {@link Scheme} order naturally; different
 * schemes order by scheme.
 *
 * @param scheme the numbering scheme
 * @param parts the numeric value(s): one for most schemes, several for dotted decimals ("4.1")
 * @param suffix 0, or the Latin ordinal of an inserted paragraph: 2 = bis, 3 = ter, 4 = quater …
 * @param label the normalised label as JSON shows it ("83 bis", "(a)", "PP3", "I")
 * @since 0.1
 */
public record ParagraphNumber(Scheme scheme, List<Integer> parts, int suffix, String label)
    implements Comparable<ParagraphNumber> {

  /** Numbering schemes, in the order they sort. */
  public enum Scheme {
    /** "PP3": a labelled preambular paragraph. */
    PREAMBULAR,
    /** "1", "66 bis", "4.1". */
    ARABIC,
    /** "OP5": an explicitly labelled operative paragraph. */
    OPERATIVE,
    /** "I", "IV": section numbers. */
    UPPER_ROMAN,
    /** "A", "B": section letters. */
    UPPER_LETTER,
    /** "(a)", "(b)": sub-items. */
    LOWER_LETTER,
    /** "(i)", "(iv)": sub-sub-items. */
    LOWER_ROMAN,
    /** Anything else, compared as text. */
    OTHER
  }

  private static final List<String> LATIN =
      List.of(
          "",
          "",
          "bis",
          "ter",
          "quater",
          "quinquies",
          "sexies",
          "septies",
          "octies",
          "novies",
          "decies");
  private static final String SUFFIX_RE =
      "bis|ter|quater|quinquies|sexies|septies|octies|novies|decies";
  private static final Pattern ARABIC_RE =
      Pattern.compile(
          "(\\d{1,4}(?:\\.\\d{1,3})*)\\.?(?:\\s*(" + SUFFIX_RE + "))?\\.?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PREFIXED_RE =
      Pattern.compile(
          "(PP|OP)\\s*(\\d{1,4})(?:\\s*(" + SUFFIX_RE + "))?\\.?", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAREN_RE = Pattern.compile("\\(?([a-z]{1,5})\\)");
  private static final Pattern UPPER_RE = Pattern.compile("([IVXLC]{1,7}|[A-Z])\\.?");

  /** Chinese numerals as numbering uses them: "一" to "九十九", "一百". */
  static final String HAN_NUMERAL = "[一二三四五六七八九十百〇零]{1,5}";

  /** A Chinese paragraph number: "一、", "十四、". */
  private static final Pattern HAN_ENUMERATED_RE = Pattern.compile("(" + HAN_NUMERAL + ")\\s?、");

  /** A Chinese sub-item: "（一）", "(十四)"; OCR reads the full-width bracket as "《" or "〈" at times. */
  private static final Pattern HAN_PARENTHESISED_RE =
      Pattern.compile("[(（《〈]{1,2}\\s?(" + HAN_NUMERAL + ")\\s?[)）]");

  /**
   * The Arabic alphabet in abjad order, as Arabic texts letter their sub-items: "(أ)", "(ب)",
   * "(ج)", "(د)", "(هـ)" … stand where other languages have "(a)", "(b)", "(c)", "(d)", "(e)".
   */
  private static final String ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ";

  /** An Arabic letter in brackets ("(ج)", "(هـ)" with its tatweel), or closed only ("ج)"). */
  private static final Pattern ABJAD_RE = Pattern.compile("\\(?([\\u0621-\\u064A])\\u0640?\\)");

  public ParagraphNumber {
    Objects.requireNonNull(scheme, "scheme");
    parts = List.copyOf(parts);
    Objects.requireNonNull(label, "label");
  }

  /**
   * Parses a label as printed ("66.", "83 bis", "(a)", "a)", "PP 3", "IV.", "A."). A lower-case
   * "(i)", "(v)" or "(x)" is read as a roman numeral; use {@link #letter(String)} when context says
   * otherwise (it follows "(h)"). Chinese numbering reads as its English counterpart: "一、" is "1",
   * "（一）" is "(a)".
   *
   * @return the parsed number, or empty when the text is not a label
   */
  public static Optional<ParagraphNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = ARABIC_RE.matcher(s);
    if (m.matches()) {
      return Optional.of(arabic(m.group(1), suffixOrdinal(m.group(2))));
    }
    m = PREFIXED_RE.matcher(s);
    if (m.matches()) {
      Scheme scheme = m.group(1).equalsIgnoreCase("PP") ? Scheme.PREAMBULAR : Scheme.OPERATIVE;
      int value = Integer.parseInt(m.group(2));
      int suffix = suffixOrdinal(m.group(3));
      String label = m.group(1).toUpperCase(Locale.ROOT) + value + suffixText(suffix);
      return Optional.of(new ParagraphNumber(scheme, List.of(value), suffix, label));
    }
    m = PAREN_RE.matcher(s);
    if (m.matches()) {
      String v = m.group(1);
      if (isRoman(v.toUpperCase(Locale.ROOT)) && (v.length() > 1 || "ivx".contains(v))) {
        return Optional.of(
            new ParagraphNumber(
                Scheme.LOWER_ROMAN,
                List.of(romanValue(v.toUpperCase(Locale.ROOT))),
                0,
                "(" + v + ")"));
      }
      return letter(v);
    }
    m = HAN_ENUMERATED_RE.matcher(s);
    if (m.matches() && hanValue(m.group(1)) > 0) {
      return Optional.of(arabic(hanValue(m.group(1)), 0));
    }
    m = HAN_PARENTHESISED_RE.matcher(s);
    if (m.matches() && hanValue(m.group(1)) > 0) {
      return Optional.of(letterValue(hanValue(m.group(1))));
    }
    m = ABJAD_RE.matcher(s);
    if (m.matches()) {
      return abjad(m.group(1).charAt(0));
    }
    m = UPPER_RE.matcher(s);
    if (m.matches()) {
      String v = m.group(1);
      if (v.length() == 1 && !"IVX".contains(v)) {
        return Optional.of(
            new ParagraphNumber(Scheme.UPPER_LETTER, List.of(v.charAt(0) - 'A' + 1), 0, v));
      }
      if (isRoman(v)) {
        return Optional.of(new ParagraphNumber(Scheme.UPPER_ROMAN, List.of(romanValue(v)), 0, v));
      }
    }
    return Optional.empty();
  }

  /** Parses a label or, failing that, keeps it as an {@link Scheme#OTHER} label. */
  public static ParagraphNumber of(String text) {
    return parse(text)
        .orElseGet(() -> new ParagraphNumber(Scheme.OTHER, List.of(), 0, text.strip()));
  }

  /** A lower-case letter item such as "(i)" after "(h)", or "(aa)". */
  public static Optional<ParagraphNumber> letter(String letters) {
    String v = letters.replace("(", "").replace(")", "").strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()
        || !v.chars().allMatch(c -> c >= 'a' && c <= 'z')
        || !v.chars().allMatch(c -> c == v.charAt(0))) {
      return Optional.empty();
    }
    // (a)..(z), then (aa), (bb) …: value = letter + 26 * (repeats - 1)
    int value = (v.charAt(0) - 'a' + 1) + 26 * (v.length() - 1);
    return Optional.of(new ParagraphNumber(Scheme.LOWER_LETTER, List.of(value), 0, "(" + v + ")"));
  }

  /** The letter item of a value: 1 = "(a)", 26 = "(z)", 27 = "(aa)". */
  static ParagraphNumber letterValue(int value) {
    char c = (char) ('a' + (value - 1) % 26);
    String v = String.valueOf(c).repeat((value - 1) / 26 + 1);
    return new ParagraphNumber(Scheme.LOWER_LETTER, List.of(value), 0, "(" + v + ")");
  }

  /** A lower-case roman item of a value: 4 = "(iv)". */
  public static ParagraphNumber lowerRoman(int value) {
    StringBuilder sb = new StringBuilder();
    int v = value;
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    for (int i = 0; i < values.length; i++) {
      while (v >= values[i]) {
        sb.append(digits[i]);
        v -= values[i];
      }
    }
    return new ParagraphNumber(Scheme.LOWER_ROMAN, List.of(value), 0, "(" + sb + ")");
  }

  /**
   * The value of a Chinese numeral as numbering writes it ("七" 7, "十四" 14, "二十" 20, "七十六" 76, "一百"
   * 100, "一〇二" 102), or 0 when it is none.
   */
  public static int hanValue(String numeral) {
    int total = 0;
    int digit = -1;
    boolean positional = numeral.indexOf('十') < 0 && numeral.indexOf('百') < 0;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int d = "〇一二三四五六七八九".indexOf(c);
      if (c == '零' || c == '〇' && !positional) {
        continue; // "一百零二": the zero only says a place is empty
      }
      if (d >= 0) {
        if (positional) {
          total = total * 10 + d;
        } else if (digit >= 0 && d > 0) {
          return 0; // two digits in a row: "二三十"
        } else {
          digit = d;
        }
        continue;
      }
      int unit = c == '十' ? 10 : c == '百' ? 100 : 0;
      if (unit == 0 || positional) {
        return 0;
      }
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
    return positional ? total : total + Math.max(digit, 0);
  }

  /**
   * An Arabic letter item: "(ب)" is the second, as "(b)" is, and keeps its letter as its label (a
   * bare alef stands for أ); empty for a letter the abjad does not use for items.
   */
  public static Optional<ParagraphNumber> abjad(char letter) {
    char c = letter == 'ا' || letter == 'إ' || letter == 'آ' ? 'أ' : letter;
    int i = ABJAD.indexOf(c);
    return i < 0
        ? Optional.empty()
        : Optional.of(new ParagraphNumber(Scheme.LOWER_LETTER, List.of(i + 1), 0, "(" + c + ")"));
  }

  /** An arabic number with an optional Latin suffix ordinal (2 = bis). */
  public static ParagraphNumber arabic(int value, int suffix) {
    return arabic(Integer.toString(value), suffix);
  }

  private static ParagraphNumber arabic(String dotted, int suffix) {
    List<Integer> parts = Arrays.stream(dotted.split("\\.")).map(Integer::valueOf).toList();
    String label =
        String.join(".", parts.stream().map(String::valueOf).toList()) + suffixText(suffix);
    return new ParagraphNumber(Scheme.ARABIC, parts, suffix, label);
  }

  /** The first numeric part, or 0. */
  public int value() {
    return parts.isEmpty() ? 0 : parts.get(0);
  }

  /** True for "83 bis"-style inserted paragraphs. */
  public boolean isInserted() {
    return suffix > 0;
  }

  /** The same number without its Latin suffix ("83 bis" → "83"). */
  public ParagraphNumber base() {
    if (suffix == 0) {
      return this;
    }
    String label = this.label.substring(0, this.label.length() - suffixText(suffix).length());
    return new ParagraphNumber(scheme, parts, 0, label);
  }

  /** The same base number with another suffix ordinal (2 = bis). */
  public ParagraphNumber withSuffix(int ordinal) {
    return new ParagraphNumber(scheme, parts, ordinal, base().label + suffixText(ordinal));
  }

  @Override
  public int compareTo(ParagraphNumber o) {
    int c = scheme.compareTo(o.scheme);
    if (c != 0) {
      return c;
    }
    for (int i = 0; i < Math.min(parts.size(), o.parts.size()); i++) {
      c = Integer.compare(parts.get(i), o.parts.get(i));
      if (c != 0) {
        return c;
      }
    }
    c = Integer.compare(parts.size(), o.parts.size());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(suffix, o.suffix);
    return c != 0 ? c : label.compareTo(o.label);
  }

  @Override
  public String toString() {
    return label;
  }

  /** "bis" → 2, "ter" → 3; null or unknown → 0. */
  public static int suffixOrdinal(String word) {
    if (word == null) {
      return 0;
    }
    int i = LATIN.indexOf(word.toLowerCase(Locale.ROOT));
    return Math.max(i, 0);
  }

  private static String suffixText(int ordinal) {
    return ordinal <= 1 || ordinal >= LATIN.size() ? "" : " " + LATIN.get(ordinal);
  }

  private static final Pattern ROMAN =
      Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

  static boolean isRoman(String s) {
    return !s.isEmpty() && ROMAN.matcher(s).matches();
  }

  static int romanValue(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v =
          switch (s.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
          };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }
}
