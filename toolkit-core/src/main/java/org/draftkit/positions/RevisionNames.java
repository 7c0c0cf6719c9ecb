package org.draftkit.positions;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of revisions in prose: "the Zero Draft (paragraphs 73 and 89)", "paragraph 12 of Rev.1",
 * "the Elements Paper". A reference that names a revision numbers as that revision does, not as the
 * base. Stateless.
 */
final class RevisionNames {

  private static final Pattern NAME =
      Pattern.compile(
          "(?i)\\b(zero[ -]draft|elements? paper|first draft|rev(?:ision)?\\.?\\s?(\\d{1,2}))\\b");

  /** How far before a reference a revision name still governs it (same clause). */
  private static final int BEFORE = 60;

  /** "paragraph 12 of the Zero Draft": how far after. */
  private static final Pattern AFTER =
      Pattern.compile(
          "(?i)^\\s*\\)?\\s*(?:in particular\\s*)?\\)?\\s*(?:of|in|from)\\s+(?:the\\s+)?");

  private RevisionNames() {}

  /**
   * The revision named for the reference at {@code start..end} of {@code text}: just before it (not
   * before {@code from}, where the previous reference or the sentence ends), or right after it ("of
   * the Zero Draft"); null when none is named.
   */
  static String named(String text, int from, int start, int end) {
    String before = text.substring(Math.max(from, start - BEFORE), start);
    Matcher m = NAME.matcher(before);
    String found = null;
    int at = -1;
    while (m.find()) {
      found = m.group();
      at = m.end();
    }
    if (found != null && before.substring(at).matches("(?s)[^.;:]*")) {
      return display(found);
    }
    Matcher after = AFTER.matcher(text).region(end, text.length());
    if (after.lookingAt()) {
      Matcher n = NAME.matcher(text).region(after.end(), text.length());
      if (n.lookingAt()) {
        return display(n.group());
      }
    }
    return null;
  }

  /** A name as shown in a row: "Zero Draft", "Rev.1", "Elements Paper". */
  static String display(String name) {
    String s = name.strip().replaceAll("\\s+", " ");
    Matcher rev = Pattern.compile("(?i)rev(?:ision)?\\.?\\s?(\\d{1,2})").matcher(s);
    if (rev.matches()) {
      return "Rev." + rev.group(1);
    }
    StringBuilder sb = new StringBuilder();
    for (String w : s.split("[ -]")) {
      sb.append(sb.length() == 0 ? "" : " ")
          .append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /**
   * The key two spellings of one name share ("Zero Draft", "zero-draft" → "zerodraft"; "Rev 1",
   * "Rev.1" → "rev1").
   */
  static String key(String name) {
    return display(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
