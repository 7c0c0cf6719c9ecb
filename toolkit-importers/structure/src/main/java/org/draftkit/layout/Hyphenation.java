package org.draftkit.layout;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Joins a word broken at a line end. UN documents are set without automatic hyphenation, so a
 * hyphen at a line end is normally real ("follow-" + "up", "Secretary-" + "General") and is kept;
 * it is removed only when the document itself shows the word without it, or when the second part is
 * a bare suffix ("develop-" + "ment"). A soft hyphen (U+00AD) is always removed; a non-breaking
 * hyphen (U+2011) is kept as "-". Thread-safe.
 *
 * @since 0.1
 */
public final class Hyphenation {

  private static final Set<String> SUFFIXES =
      Set.of(
          "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ance",
          "ances", "ence", "ences", "ing", "ings", "ed", "ly", "ous", "ive", "ives", "able", "ible",
          "al", "ally", "ation", "ations", "ised", "ized", "ise", "ize", "ship", "ships", "ism",
          "ist", "ists");

  private Hyphenation() {}

  /** True when {@code line} ends in a hyphen that may join it with the next line. */
  public static boolean endsBroken(String line) {
    if (line.length() < 2) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    char before = line.charAt(line.length() - 2);
    return (last == '-' || last == '\u2011' || last == '\u00ad' || last == '\u2010')
        && Character.isLetterOrDigit(before);
  }

  /**
   * Joins {@code line} (ending in a hyphen, see {@link #endsBroken}) with {@code next}.
   *
   * @param knownWords tells whether a word (lower case) occurs elsewhere in the document
   * @return true when the hyphen is kept, false when it must be removed
   */
  public static boolean keepHyphen(String line, String next, Predicate<String> knownWords) {
    char last = line.charAt(line.length() - 1);
    if (last == '\u00ad') {
      return false;
    }
    if (last == '\u2011' || last == '\u2010') {
      return true;
    }
    String left = lastWord(line.substring(0, line.length() - 1));
    String right = firstWord(next);
    if (left.isEmpty()
        || right.isEmpty()
        || !Character.isLowerCase(right.charAt(0))
        || !left.chars().allMatch(Character::isLetter)) {
      return true;
    }
    String joined = (left + right).toLowerCase(java.util.Locale.ROOT);
    String hyphenated = (left + "-" + right).toLowerCase(java.util.Locale.ROOT);
    if (knownWords.test(hyphenated)) {
      return true;
    }
    if (knownWords.test(joined)) {
      return false;
    }
    return !SUFFIXES.contains(right.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""));
  }

  private static String lastWord(String s) {
    int i = s.length();
    while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
      i--;
    }
    return s.substring(i);
  }

  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }
}
