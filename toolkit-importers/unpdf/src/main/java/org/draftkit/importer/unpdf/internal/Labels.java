package org.draftkit.importer.unpdf.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.ParagraphNumber;

/**
 * Finds the paragraph label at the start of a line or paragraph: {@link LeadingLabel}'s forms, plus
 * what negotiating texts add: UNFCCC's mixed-case preambular and operative labels ("Pp3", "Op12"),
 * a label inside the opening bracket of a bracketed paragraph ("[1. The purpose…", "[(c) Pursue…"),
 * a label set tight against the bracket it opens ("17quater.[The…") and dotted lower-case sub-item
 * labels ("a. ", "b bis. ", "iii. "), and in right-to-left text numbers with a dash ("1 - ", "١ -
 * ") and abjad letters in brackets ("(أ) ").
 */
final class Labels {

  private static final Pattern MIXED_CASE =
      Pattern.compile(
          "^((?:Pp|pp|Op|op)\\s?\\d{1,4}(?:\\s*(?:bis|ter|quater))?)[.:]?[\\s\\u00a0]+(?=\\S)");

  /** "17quater.[The …", "3.{Placeholder}": a dotted number with the bracket right after it. */
  private static final Pattern TIGHT =
      Pattern.compile(
          "^(\\d{1,4}(?:\\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?)\\.(?=[\\[{])",
          Pattern.CASE_INSENSITIVE);

  /**
   * A lower-case letter or roman numeral with a dot, as the Geneva negotiating text numbers its
   * sub-items ("a. ", "b bis. ", "iii. "); a word must follow, so that "p. 5" is not one.
   */
  private static final Pattern DOTTED_LOWER =
      Pattern.compile(
          "^([a-z]|[ivx]{2,5})(?:\\s(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?\\.[\\s\\u00a0]+(?=[\\p{L}\\[{(\"“])");

  /**
   * Arabic texts number paragraphs "1 - ", "١ - " (a dash, not a dot, after the number); OCR may
   * give the dash on the other side of the number ("-7 "), where it sits as seen.
   */
  private static final Pattern DASHED =
      Pattern.compile(
          "^(?:([0-9\\u0660-\\u0669\\u06f0-\\u06f9]{1,4})\\s?[-\\u2013\\u2010]"
              + "|[-\\u2013\\u2010]\\s?([0-9\\u0660-\\u0669\\u06f0-\\u06f9]{1,4}))\\s+(?=\\S)");

  /**
   * Arabic texts letter their sub-items with the abjad in brackets: "(أ) ", "(هـ) "; OCR may lose
   * the opening bracket ("ب) ").
   */
  private static final Pattern ABJAD_ITEM =
      Pattern.compile("^(\\(?[\\u0621-\\u064A]\\u0640?\\))[\\s\\u00a0]+(?=\\S)");

  /** An opening bracket (and spaces) in front of a label. */
  private static final Pattern OPENING = Pattern.compile("^\\[[\\s\\u00a0]*");

  /** An alternative of a negotiating text: "Option 2:", "Option (a):", "[Option B:". */
  private static final Pattern ALTERNATIVE =
      Pattern.compile("^\\[?\\s?Option\\s+(?:\\d{1,2}|[IVX]{1,5}|[A-Z]|\\([a-z0-9]{1,4}\\))\\s?:");

  /** A bullet, or the "o" that a Symbol or Courier bullet often extracts as. */
  private static final Pattern BULLET =
      Pattern.compile(
          "^(?:[•\\u25aa\\u25cf\\u2022\\u2023\\u2043\\u2219\\uf0a7\\uf0b7]\\s|o\\s+(?=[\\p{Lu}\\[]))");

  /**
   * A label found in a paragraph's text: characters {@code [start, end)} are the label and the
   * spaces after it; characters before {@code start} (an opening bracket) belong to the text.
   */
  record Found(ParagraphNumber number, int start, int end) {
    Found {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("label range " + start + ".." + end);
      }
    }
  }

  private Labels() {}

  /**
   * The label at the very start of {@code text}, as {@link LeadingLabel} (no bracket before it).
   */
  static Optional<LeadingLabel> find(String text) {
    return locate(text).filter(f -> f.start() == 0).map(f -> new LeadingLabel(f.number(), f.end()));
  }

  /** The label at the start of {@code text}, possibly inside an opening bracket. */
  static Optional<Found> locate(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Found> plain = unbracketed(text);
    if (plain.isPresent()) {
      return plain;
    }
    Matcher open = OPENING.matcher(text);
    if (open.find() && open.end() < text.length()) {
      String rest = text.substring(open.end());
      Optional<Found> inner = unbracketed(rest);
      if (inner.isPresent() && inner.get().start() == 0) {
        // "[1. The purpose" keeps "[" with the text, the label and the spaces around it go
        return Optional.of(new Found(inner.get().number(), 1, open.end() + inner.get().end()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> unbracketed(String text) {
    if (mayStartWithLeadingLabel(text)) {
      Optional<LeadingLabel> l = LeadingLabel.find(text);
      if (l.isPresent()) {
        return Optional.of(new Found(l.get().number(), 0, l.get().length()));
      }
      Matcher m = MIXED_CASE.matcher(text);
      if (m.find()) {
        return ParagraphNumber.parse(m.group(1)).map(n -> new Found(n, 0, m.end()));
      }
    }
    Matcher t = TIGHT.matcher(text);
    if (t.find()) {
      return ParagraphNumber.parse(t.group(1)).map(n -> new Found(n, 0, t.end()));
    }
    Matcher dash = DASHED.matcher(text);
    if (dash.find() && RightToLeft.isRightToLeft(text)) {
      String digits = dash.group(1) != null ? dash.group(1) : dash.group(2);
      return ParagraphNumber.parse(asciiDigits(digits)).map(n -> new Found(n, 0, dash.end()));
    }
    Matcher item = ABJAD_ITEM.matcher(text);
    if (item.find() && RightToLeft.isRightToLeft(text)) {
      return ParagraphNumber.parse(item.group(1)).map(n -> new Found(n, 0, item.end()));
    }
    Matcher d = DOTTED_LOWER.matcher(text);
    if (d.find()) {
      int suffix = ParagraphNumber.suffixOrdinal(d.group(2));
      return ParagraphNumber.parse("(" + d.group(1) + ")")
          .map(n -> suffix > 0 ? n.withSuffix(suffix) : n)
          .map(n -> new Found(n, 0, d.end()));
    }
    return Optional.empty();
  }

  /**
   * False when neither {@link LeadingLabel#find} nor {@link #MIXED_CASE} can match: the first
   * characters of each of their forms (a digit, "(", "PP"/"OP" in any case, lower-case letters
   * closed by ")", a capital or roman numeral and a dot, a Chinese numeral or bracket), checked
   * without running the six expressions, as most lines start with a plain word. Covers those two
   * only: a form added beside them is tried as before.
   */
  static boolean mayStartWithLeadingLabel(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    if (c >= '0' && c <= '9' || c == '(') {
      return true;
    }
    if ("（《〈一二三四五六七八九十".indexOf(c) >= 0) {
      // Chinese numbering: "一、", "（一）" ("《一)" as OCR reads it at times)
      return true;
    }
    char c1 = t.length() > 1 ? t.charAt(1) : 0;
    if ((c == 'P' || c == 'p' || c == 'O' || c == 'o') && (c1 == 'P' || c1 == 'p')) {
      return true;
    }
    if (c >= 'a' && c <= 'z') {
      // "a) ", "iv) ": up to five letters and ")"
      int i = 0;
      while (i < 5 && i < t.length() && t.charAt(i) >= 'a' && t.charAt(i) <= 'z') {
        i++;
      }
      return i < t.length() && t.charAt(i) == ')';
    }
    if (c >= 'A' && c <= 'Z') {
      // "A. ", "IV. ": a capital or up to seven roman numerals, and a dot
      if (c1 == '.') {
        return true;
      }
      int i = 0;
      while (i < 7 && i < t.length() && "IVXLC".indexOf(t.charAt(i)) >= 0) {
        i++;
      }
      return i > 0 && i < t.length() && t.charAt(i) == '.';
    }
    return false;
  }

  private static String asciiDigits(String digits) {
    StringBuilder sb = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      sb.append((char) ('0' + Character.digit(digits.charAt(i), 10)));
    }
    return sb.toString();
  }

  /** True when the line opens an alternative ("Option 2: …") or a bullet point: a new paragraph. */
  static boolean opensItem(String text) {
    return ALTERNATIVE.matcher(text).find() || BULLET.matcher(text).find();
  }
}
