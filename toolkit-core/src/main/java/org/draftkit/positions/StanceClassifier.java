package org.draftkit.positions;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.draftkit.model.Stance;

/**
 * Reads the stance a short statement takes ("Delete whole section", "strong support for",
 * "restoring the language in the Zero Draft", "Proposed language: …"). Rules, not statistics:
 * explicit verbs win over general approval, negated approval is not support. Immutable.
 *
 * @since 0.1
 */
final class StanceClassifier {

  private static final Pattern RESTORE =
      Pattern.compile(
          "\\b(restor(e|es|ed|ing)|reinstat(e|es|ed|ing)|bring(ing)? back|revert(ing)? to)\\b");
  private static final Pattern DELETE =
      Pattern.compile(
          "\\b(delet(e|es|ed|ing|ion)|detele|remov(e|es|ed|al|ing)|strike|drop(ped)?|del|against|oppos(e|es|ed|ing)"
              + "|reject(s|ed)?|will not accept|cannot accept|not acceptable|no issuance)\\b");

  /** A deletion of quoted words: "delete “authorized”", "delete the words 'as appropriate'". */
  private static final Pattern DELETE_WORDS =
      Pattern.compile(
          "\\b(delet(e|es|ing)|strike|remove)\\s+(the\\s+words?\\s+|the\\s+reference\\s+to\\s+)?[“\"‘'«]");

  private static final Pattern ADD =
      Pattern.compile(
          "\\b(new (para(graph)?|text)|additional paragraph|stand-alone paragraph|add (a |an )?(new )?para(graph)?"
              + "|insert (a |an )?new)\\b|\\b\\d{1,4} (bis|ter)\\b");
  private static final Pattern AMEND =
      Pattern.compile(
          "\\b(amend(ed|ing|ment)?|replac(e|ed|ing)|reword(ed|ing)?|rephras(e|ed|ing)|propos(e|ed|al)|suggest(s|ed|ion)?"
              + "|edit(s|ed)?|instead of|streamlin(e|ed|ing)|clarif(y|ies|ied|ication)"
              + "|strengthen(ing)? (the )?(language|text|wording|para(graph)?)"
              + "|consolidat(e|ed|ing)|merg(e|ed|ing)|insert(ed|ing)?|add(ed|ing)?|mov(e|ed|ing)|align"
              + "|not .check.|shall|should|reservation|recommend(ed)?)\\b");
  private static final Pattern SUPPORT =
      Pattern.compile(
          "\\b(retain(ed|ing)?|support(s|ed|ing)?|welcom(e|es|ed|ing)|keep|maintain(ed)?|endors(e|es|ed)|ok|okay"
              + "|agree(s|d)?|happy|keen|appropriate|fine|appreciat(e|es|ed|ion)|preserv(e|ed|ing))\\b");
  private static final Pattern NEGATED_SUPPORT =
      Pattern.compile(
          "\\b(not|no longer|un)\\s*(be\\s+)?(support(ed)?|happy|agree|ok|appropriate|acceptable)\\b|\\bnot\\s+\\w+\\s+support");

  /** The stance the statement takes, or empty when it takes none (a plain observation). */
  public Optional<Stance> classify(String statement) {
    String s = statement.toLowerCase(Locale.ROOT);
    if (RESTORE.matcher(s).find()) {
      return Optional.of(Stance.RESTORE);
    }
    if (DELETE_WORDS.matcher(s).find()) {
      return Optional.of(
          Stance.AMEND); // "Delete “authorized”": words out of the paragraph, not the paragraph
    }
    if (DELETE.matcher(s).find()) {
      return Optional.of(Stance.DELETE);
    }
    if (ADD.matcher(s).find()) {
      return Optional.of(Stance.ADD);
    }
    boolean support = SUPPORT.matcher(s).find() && !NEGATED_SUPPORT.matcher(s).find();
    if (AMEND.matcher(s).find()) {
      return Optional.of(
          support && !s.matches(".*\\b(suggest|propos|edit|amend|replac|reword).*")
              ? Stance.RETAIN
              : Stance.AMEND);
    }
    if (support) {
      return Optional.of(Stance.RETAIN);
    }
    return Optional.empty();
  }

  /** The stance, or {@link Stance#COMMENT} when the statement takes none. */
  public Stance classifyOrComment(String statement) {
    return classify(statement).orElse(Stance.COMMENT);
  }
}
