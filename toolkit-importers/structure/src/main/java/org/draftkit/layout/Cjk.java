package org.draftkit.layout;

/**
 * Chinese (and Japanese) text is set solid: no space between its characters, nor between them and
 * the punctuation around them. Where lines or words meet, a space goes in only between words of
 * other scripts. Stateless.
 *
 * @since 0.1
 */
public final class Cjk {

  private Cjk() {}

  /**
   * An ideograph, kana, or the full-width and CJK punctuation set with them ("，", "、", "（", "《").
   */
  public static boolean ideographic(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || cp >= 0x3000 && cp <= 0x303F
        || cp >= 0xFF00 && cp <= 0xFFEF;
  }

  /**
   * Whether text ending in {@code before} and text starting with {@code after} join without a
   * space: an ideograph on one side, and on the other an ideograph or punctuation ("）" "“" ";"),
   * never a Latin letter or a digit ("第 2 条" keeps its spaces); CJK punctuation on both sides.
   */
  public static boolean joinsSolid(int before, int after) {
    if (ideographic(before) && ideographic(after)) {
      return true;
    }
    // punctuation beside an ideograph; never a CJK bracket after other text alone ("*/ 〈 Skip")
    return letter(before) && punctuation(after) || punctuation(before) && letter(after);
  }

  /** An ideograph or kana, not punctuation. */
  private static boolean letter(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }

  /** {@link #joinsSolid(int, int)} for the last character of one text and the first of the next. */
  public static boolean joinsSolid(CharSequence before, CharSequence after) {
    int i = before.length();
    while (i > 0 && Character.isWhitespace(before.charAt(i - 1))) {
      i--;
    }
    int j = 0;
    while (j < after.length() && Character.isWhitespace(after.charAt(j))) {
      j++;
    }
    if (i == 0 || j == after.length()) {
      return false;
    }
    return joinsSolid(Character.codePointBefore(before, i), Character.codePointAt(after, j));
  }

  private static boolean punctuation(int cp) {
    int t = Character.getType(cp);
    return t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION
        || t == Character.DASH_PUNCTUATION;
  }
}
