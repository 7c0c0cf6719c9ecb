package org.draftkit.importer.html.internal;

/** Word counting for diagnostics: a word is a whitespace-separated token with a letter or digit. */
final class Words {
  private Words() {}

  /** How many words {@code text} has. */
  static int count(String text) {
    int words = 0;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }

  /** The first {@code max} words of {@code text}, with an ellipsis when cut. */
  static String snippet(String text, int max) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length <= max) {
      return text.strip();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < max; i++) {
      sb.append(i == 0 ? "" : " ").append(parts[i]);
    }
    return sb.append(" …").toString();
  }
}
