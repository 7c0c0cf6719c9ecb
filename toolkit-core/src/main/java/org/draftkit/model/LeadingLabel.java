package org.draftkit.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph label found at the start of a line of text, as UN documents print them: "66. ", "83
 * bis. ", "(a) ", "a) ", "PP3 ", "OP 5. ", "IV. ", "A. ", and in Chinese "一、", "（一）", "1．".
 *
 * @param number the parsed label
 * @param length how many characters of the text the label and the spaces after it take
 * @since 0.1
 */
public record LeadingLabel(ParagraphNumber number, int length) {

  private static final String SUFFIX =
      "(?:\\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\\b)?";
  private static final Pattern ARABIC =
      Pattern.compile(
          "^(\\d{1,4}(?:\\.\\d{1,3})*"
              + SUFFIX
              + ")(?:\\.|\\s*\\)|(?=\\s+bis|\\s+ter))?[\\s\\u00a0]+(?=\\S)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ARABIC_DOTTED =
      Pattern.compile(
          "^(\\d{1,4}(?:\\.\\d{1,3})*" + SUFFIX + ")\\.[\\s\\u00a0]+(?=\\S)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ARABIC_SUFFIXED =
      Pattern.compile(
          "^(\\d{1,4}\\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))\\b\\.?[\\s\\u00a0]+(?=\\S)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PREFIXED =
      Pattern.compile("^((?:PP|OP)\\s?\\d{1,4}" + SUFFIX + ")[.:]?[\\s\\u00a0]+(?=\\S)");
  private static final Pattern PAREN = Pattern.compile("^(\\(?[a-z]{1,5}\\))[\\s\\u00a0]+(?=\\S)");
  private static final Pattern UPPER =
      Pattern.compile("^([IVXLC]{1,7}|[A-Z])\\.[\\s\\u00a0]+(?=\\S)");

  /**
   * Chinese numbering, set solid against its text: "一、" (a paragraph, "1"), "（一）" (a sub-item,
   * "(a)"; OCR reads the full-width bracket as "《" or "〈" at times).
   */
  private static final Pattern HAN =
      Pattern.compile(
          "^((?:"
              + ParagraphNumber.HAN_NUMERAL
              + ")\\s?、|[(（《〈]{1,2}\\s?"
              + ParagraphNumber.HAN_NUMERAL
              + "\\s?[)）])[\\s\\u00a0，,”]*(?=\\S)");

  /** "1．", "2." set solid against Chinese text (OCR may read the dot as "，" or "。"). */
  private static final Pattern ARABIC_BEFORE_HAN =
      Pattern.compile("^(\\d{1,3})\\s?[.．，,。][\\s\\u00a0，,”]*(?=[\\p{IsHan}“《（])");

  /**
   * Finds the label at the start of {@code text}. An arabic number needs a dot or a Latin suffix
   * after it ("66.", "83 bis") so that a sentence starting with a year is not taken for a label.
   */
  public static Optional<LeadingLabel> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    for (Pattern p :
        new Pattern[] {
          ARABIC_SUFFIXED, ARABIC_DOTTED, PREFIXED, PAREN, UPPER, HAN, ARABIC_BEFORE_HAN
        }) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        Optional<ParagraphNumber> n = ParagraphNumber.parse(m.group(1));
        if (n.isPresent()) {
          return Optional.of(new LeadingLabel(n.get(), m.end()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Like {@link #find} but also accepts a bare number followed by a space ("66 Text"), for list
   * items.
   */
  public static Optional<LeadingLabel> findLenient(String text) {
    Optional<LeadingLabel> strict = find(text);
    if (strict.isPresent() || text == null) {
      return strict;
    }
    Matcher m = ARABIC.matcher(text);
    if (m.find()) {
      return ParagraphNumber.parse(m.group(1)).map(n -> new LeadingLabel(n, m.end()));
    }
    return Optional.empty();
  }
}
