package org.draftkit.layout;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises how UN preambular paragraphs open: an italic participle or adjective phrase
 * ("Recalling", "Reaffirming also", "Deeply concerned", "Bearing in mind", "Convinced").
 * Thread-safe.
 *
 * @since 0.1
 */
public final class Preambles {

  private static final List<String> OPENINGS =
      List.of(
          "acknowledging",
          "affirming",
          "alarmed",
          "appreciating",
          "aware",
          "bearing in mind",
          "believing",
          "building on",
          "cognizant",
          "commending",
          "concerned",
          "conscious",
          "considering",
          "convinced",
          "deeply",
          "deploring",
          "desiring",
          "determined",
          "emphasizing",
          "emphasising",
          "encouraged",
          "encouraging",
          "endorsing",
          "expressing",
          "fully",
          "further",
          "gravely",
          "guided by",
          "having",
          "highlighting",
          "keeping in mind",
          "mindful",
          "noting",
          "observing",
          "persuaded",
          "reaffirming",
          "realizing",
          "recalling",
          "recognizing",
          "recognising",
          "referring",
          "regretting",
          "reiterating",
          "relying",
          "seeking",
          "stressing",
          "strongly",
          "taking into account",
          "taking into consideration",
          "taking note",
          "taking account",
          "underlining",
          "underscoring",
          "welcoming",
          "resolved",
          "determined",
          "also recalling",
          "also recognizing",
          "also noting",
          "also reaffirming");
  private static final Pattern OPENING_WORDS =
      Pattern.compile("^[\\[(\\s]*([\\p{L}’']+(?:\\s+[\\p{L}’']+){0,3})");

  private Preambles() {}

  /** True when {@code text} opens the way preambular paragraphs do. */
  public static boolean opens(String text) {
    var m = OPENING_WORDS.matcher(text);
    if (!m.find()) {
      return false;
    }
    String head = m.group(1).toLowerCase(Locale.ROOT);
    for (String o : OPENINGS) {
      if (head.equals(o) || head.startsWith(o + " ")) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern INTRODUCTION =
      Pattern.compile(
          "(?i)^(The\\s+)?(General Assembly|Security Council|Conference of the Parties"
              + "(?: serving as the meeting of the Parties to the [\\p{L} ]+)?|Economic and Social Council"
              + "|Human Rights Council|Parties to this Agreement|States Parties to this Agreement)\\s*[,:]?$"
              + "|^\\[?\\s*The Parties to this agreement\\s*,\\]?$");

  /**
   * True for the line that introduces the preamble ("The General Assembly,", "The Conference of the
   * Parties,").
   */
  public static boolean isIntroduction(String text) {
    String s = text.strip();
    return s.length() < 160 && INTRODUCTION.matcher(s).matches();
  }
}
