package org.draftkit.structure.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.draftkit.layout.Preambles;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;

/**
 * Whether an unnumbered paragraph reads as a preambular one: it opens the way UN preambles open (a
 * participle, a preamble adjective, {@link Preambles#opens}, or a short italic phrase before plain
 * text), after any chapeau run into it ("The General Assembly,") and any opening bracket, quote or
 * "Option A:", and it ends with a comma or a semicolon (footnote markers, brackets and quotes after
 * it aside). The position rule (before the first operative paragraph under a heading) is the
 * structurer's. Stateless.
 */
public final class PreambleRule {

  private static final Pattern CHAPEAU =
      Pattern.compile(
          "^The [A-Z][\\p{L}\\-]*(?: (?:[A-Z][\\p{L}\\-]*|of|the|on|and|for)){0,8},\\s+");
  private static final Pattern LEADING_NOISE =
      Pattern.compile(
          "^(?:[\\s\\[\"\u201c\u2018(]|(?:Option|Alternative|Alt\\.?)\\s*\\w{0,3}\\s*[:.\u2013-]\\s*)+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_NOISE = Pattern.compile("[\\s\\])\"\u201d\u2019*]+$");
  private static final Pattern FIRST_WORDS =
      Pattern.compile(
          "^(?:(?:Also|Further|Furthermore|Deeply|Gravely|Seriously|Strongly|Fully|Firmly|Further also|Noting further)\\s+)?"
              + "(\\p{Lu}[\\p{L}-]+)");
  private static final Set<String> PREAMBLE_WORDS =
      Set.of(
          "aware",
          "mindful",
          "conscious",
          "cognizant",
          "cognisant",
          "convinced",
          "determined",
          "desirous",
          "alarmed",
          "concerned",
          "guided",
          "pleased",
          "encouraged",
          "pursuant",
          "committed",
          "resolved",
          "bearing",
          "having",
          "recognising",
          "underlining",
          "deploring",
          "appreciative",
          "grateful",
          "gratified",
          "disturbed",
          "dismayed",
          "inspired",
          "persuaded",
          "satisfied",
          "welcoming",
          "deeply",
          "gravely",
          "taking",
          "seized");
  private static final Set<String> NOT_PARTICIPLES =
      Set.of(
          "nothing",
          "something",
          "anything",
          "everything",
          "during",
          "morning",
          "evening",
          "spring",
          "bring",
          "string",
          "thing",
          "king",
          "ring",
          "wing",
          "ceiling",
          "building",
          "meeting",
          "funding",
          "financing",
          "training",
          "warning",
          "beijing",
          "pending",
          "according",
          "regarding",
          "including",
          "concerning",
          "notwithstanding",
          "following");
  private static final int MAX_LEAD_WORDS = 4;

  private PreambleRule() {}

  /** True when the runs read as a preambular paragraph. */
  public static boolean reads(List<Run> runs) {
    StringBuilder visible = new StringBuilder();
    runs.stream()
        .filter(r -> !r.has(Mark.FOOTNOTE_REFERENCE))
        .forEach(r -> visible.append(r.text()));
    String tail = TRAILING_NOISE.matcher(visible).replaceAll("");
    if (tail.isEmpty()
        || (tail.charAt(tail.length() - 1) != ',' && tail.charAt(tail.length() - 1) != ';')) {
      return false;
    }
    String text = Runs.text(runs).strip();
    var chapeau = CHAPEAU.matcher(text);
    if (chapeau.find()) {
      text = text.substring(chapeau.end());
    }
    String head = LEADING_NOISE.matcher(text).replaceFirst("");
    if (Preambles.opens(head)) {
      return true;
    }
    var m = FIRST_WORDS.matcher(head);
    if (m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      if (PREAMBLE_WORDS.contains(word)
          || word.length() >= 5 && word.endsWith("ing") && !NOT_PARTICIPLES.contains(word)) {
        return true;
      }
    }
    return startsWithItalicPhrase(runs);
  }

  /** "*Being* Parties …": a short italic phrase with a capital, then plain words. */
  private static boolean startsWithItalicPhrase(List<Run> runs) {
    int i = 0;
    while (i < runs.size()
        && !runs.get(i).has(Mark.ITALIC)
        && runs.get(i).text().matches("[\\s\\[(\"\u201c]*")) {
      i++;
    }
    if (i >= runs.size() || !runs.get(i).has(Mark.ITALIC)) {
      return false;
    }
    String phrase = runs.get(i).text().replaceAll("[\\[\\]]", " ").strip();
    if (phrase.isEmpty()
        || !Character.isUpperCase(phrase.codePointAt(0))
        || phrase.split("\\s+").length > MAX_LEAD_WORDS) {
      return false;
    }
    for (int k = i + 1; k < runs.size(); k++) {
      if (!runs.get(k).has(Mark.ITALIC)
          && runs.get(k).text().chars().anyMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }
}
