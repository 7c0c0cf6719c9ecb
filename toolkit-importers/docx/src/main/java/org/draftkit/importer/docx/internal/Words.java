package org.draftkit.importer.docx.internal;

/**
 * Word counting for "nothing lost" accounting: a word is a whitespace-separated token with a letter
 * or digit.
 */
public final class Words {
  private Words() {}

  /** The number of words in {@code text}. */
  public static int count(CharSequence text) {
    int words = 0;
    boolean inToken = false;
    boolean tokenHasWordChar = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (inToken && tokenHasWordChar) {
          words++;
        }
        inToken = false;
        tokenHasWordChar = false;
      } else {
        inToken = true;
        tokenHasWordChar |= Character.isLetterOrDigit(c);
      }
    }
    return inToken && tokenHasWordChar ? words + 1 : words;
  }
}
