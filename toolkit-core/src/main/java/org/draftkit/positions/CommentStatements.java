package org.draftkit.positions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reviewer's comment into party statements: "US: Clarifies not decides" → (United States,
 * "Clarifies not decides"); "U.S, Canada, Japan: Delete the recalling paras\nEU: As a reminder …" →
 * two statements, the first by three parties; "17 November – ICUS: not “check”" → (United States,
 * "not “check”"). Immutable and thread-safe.
 *
 * @since 0.1
 */
final class CommentStatements {

  /** One party list and what it says. */
  public record Statement(List<String> parties, String text) {
    public Statement {
      parties = List.copyOf(parties);
    }
  }

  private static final Pattern DATE_PREFIX =
      Pattern.compile(
          "^\\s*(?:\\[[^\\]]{0,40}\\]\\s*)?(?:\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s*[–—-]?\\s*(?:IC|informals?)?\\s*)?");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("^(\\s*(?:,|&|/|and)\\s*|\\s+)");

  private final PartyNames parties;

  public CommentStatements(PartyNames parties) {
    this.parties = parties;
  }

  /** The statements in the comment; empty when no party code opens any part of it. */
  public List<Statement> split(String comment) {
    String text = comment.strip();
    Matcher prefix = DATE_PREFIX.matcher(text);
    int start = prefix.lookingAt() ? prefix.end() : 0;
    List<int[]> heads = new ArrayList<>();
    List<List<String>> headParties = new ArrayList<>();
    for (int i = start; i < text.length(); i++) {
      boolean segmentStart = i == start || isBoundary(text, i);
      if (!segmentStart) {
        continue;
      }
      Optional<Head> head = headAt(text, i, i == start);
      if (head.isPresent()) {
        heads.add(new int[] {i, head.get().end});
        headParties.add(head.get().parties);
        i = head.get().end - 1;
      }
    }
    List<Statement> out = new ArrayList<>();
    for (int h = 0; h < heads.size(); h++) {
      int bodyStart = heads.get(h)[1];
      int bodyEnd = h + 1 < heads.size() ? heads.get(h + 1)[0] : text.length();
      String body = text.substring(bodyStart, bodyEnd).replaceAll("^[\\s:–—-]+", "").strip();
      out.add(new Statement(headParties.get(h), body));
    }
    return out;
  }

  private record Head(List<String> parties, int end) {}

  /**
   * A party list at {@code i}: aliases separated by commas/"and", ended by a colon or dash, or
   * (only at the start of the comment) by anything.
   */
  private Optional<Head> headAt(String text, int i, boolean atStart) {
    Set<String> found = new LinkedHashSet<>();
    int pos = i;
    while (pos < text.length()) {
      Optional<PartyNames.Match> m =
          parties.at(text, pos, pos == i && (atStart || gluedLeft(text, i)));
      if (m.isEmpty()) {
        break;
      }
      found.add(m.get().party());
      pos = m.get().end();
      Matcher sep = LIST_SEPARATOR.matcher(text.substring(pos, Math.min(text.length(), pos + 8)));
      if (sep.lookingAt()
          && pos + sep.end() < text.length()
          && parties.at(text, pos + sep.end()).isPresent()) {
        pos += sep.end();
        continue;
      }
      break;
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String rest = text.substring(pos);
    boolean colon = rest.matches("(?s)^\\s*[:–—]\\s*.*") || rest.matches("(?s)^\\s+-\\s+.*");
    boolean gluedBothSides =
        gluedLeft(text, i) && !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
    if (colon || atStart || gluedBothSides) {
      return Optional.of(new Head(List.copyOf(found), pos));
    }
    return Optional.empty();
  }

  private static boolean gluedLeft(String text, int i) {
    return i > 0 && Character.isLowerCase(text.charAt(i - 1));
  }

  private static boolean isBoundary(String text, int i) {
    char prev = text.charAt(i - 1);
    if (prev == '\n' || prev == ';') {
      return true;
    }
    if (!Character.isLetterOrDigit(prev)) {
      return true;
    }
    // glued after a sentence: "…needed (not sure)EU: As a reminder"
    return Character.isLowerCase(prev) && Character.isUpperCase(text.charAt(i));
  }
}
