package org.draftkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word, punctuation and whitespace tokens whose concatenation is the text. Words
 * keep inner apostrophes ("Party’s"); a hyphen is a token of its own, so that "capacity-building"
 * and "capacity building" share their words; each other non-space character is a token of its own.
 */
public final class Tokens {
  private Tokens() {}

  /** The tokens of {@code text}, whitespace included, in order. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int start = i;
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
      } else if (Character.isLetterOrDigit(c)) {
        while (i < n
            && (Character.isLetterOrDigit(text.charAt(i))
                || (isJoiner(text.charAt(i))
                    && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))))) {
          i++;
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
      out.add(text.substring(start, i));
    }
    return out;
  }

  /** True for tokens that are only whitespace. */
  public static boolean isSpace(String token) {
    return !token.isEmpty() && token.isBlank();
  }

  /**
   * True for tokens that separate words without being words: whitespace and lone hyphens
   * ("capacity-building" reads as "capacity building" when words are matched).
   */
  public static boolean isSeparator(String token) {
    return isSpace(token) || token.equals("-") || token.equals("\u2010") || token.equals("\u2011");
  }

  /** A key for comparing tokens: case and typographic variants of quotes and dashes folded. */
  public static String key(String token) {
    StringBuilder sb = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      sb.append(
          switch (c) {
            case '‘', '’', '′' -> '\'';
            case '“', '”', '″' -> '"';
            case '‐', '‑', '‒', '–', '—' -> '-';
            default -> c;
          });
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’';
  }
}
