package org.draftkit.model;

import java.util.List;
import java.util.Objects;

/**
 * A proposed change to a base text, read from a submission. Each field means one thing: where a new
 * paragraph goes and what it is called are {@code target} and {@code label}; where a moved
 * paragraph goes is {@code destination}; the paragraph merged with {@code target} is {@code
 * partner}.
 *
 * @param proponent who proposes it
 * @param operation what kind of change
 * @param target the paragraph label it changes (for a new paragraph, the one it goes after), as the
 *     submission numbers it, or null when the submission names none
 * @param label the label of a new paragraph ("83 bis"); null for every other operation
 * @param destination where a moved paragraph goes: "after 15", "before 2" or "as 3" (to take
 *     paragraph 3's place); null for every other operation
 * @param partner the paragraph merged with {@code target}; null for every other operation
 * @param proposed the proposal as quoted, with {@link Mark#INSERT} and {@link Mark#DELETE} marks on
 *     the changed words (empty for delete/retain; a tracked move quotes the moved text)
 * @param optionGroup the option group this amendment is one alternative of, or null
 * @param option the option's name within its group ("Option A"), or null
 * @param rationale the reasons given, or null
 * @param evidence where it was found
 * @since 0.1
 */
public record Amendment(
    Stakeholder proponent,
    Operation operation,
    String target,
    String label,
    String destination,
    String partner,
    List<Run> proposed,
    String optionGroup,
    String option,
    String rationale,
    Evidence evidence) {

  /** Kinds of change. */
  public enum Operation {
    /** Change words inside an existing paragraph; {@code proposed} quotes the whole paragraph. */
    AMEND_TEXT,
    /**
     * Change words inside a paragraph; {@code proposed} quotes only the words around the change.
     */
    AMEND_WORDS,
    /** Add a new paragraph called {@code label} after {@code target}. */
    ADD_PARAGRAPH,
    /** Delete paragraph {@code target}. */
    DELETE_PARAGRAPH,
    /** Move paragraph {@code target} to {@code destination}. */
    MOVE_PARAGRAPH,
    /** Merge paragraph {@code target} with {@code partner}. */
    MERGE_PARAGRAPHS,
    /** Keep paragraph {@code target} as it is. */
    RETAIN,
    /** Restore the language of an earlier revision. */
    RESTORE
  }

  public Amendment {
    Objects.requireNonNull(proponent, "proponent");
    Objects.requireNonNull(operation, "operation");
    proposed = proposed == null ? List.of() : List.copyOf(proposed);
  }

  /**
   * The form of 0.1, where one {@code newLabel} stood for the new paragraph's label, the move's
   * destination or the merge partner according to the operation.
   *
   * @deprecated use the canonical constructor, whose fields each mean one thing
   */
  @Deprecated(since = "0.3")
  public Amendment(
      Stakeholder proponent,
      Operation operation,
      String target,
      String newLabel,
      List<Run> proposed,
      String optionGroup,
      String option,
      String rationale,
      Evidence evidence) {
    this(
        proponent,
        operation,
        target,
        operation == Operation.ADD_PARAGRAPH ? newLabel : null,
        operation == Operation.MOVE_PARAGRAPH ? newLabel : null,
        operation == Operation.MERGE_PARAGRAPHS ? newLabel : null,
        proposed,
        optionGroup,
        option,
        rationale,
        evidence);
  }

  /** A new paragraph {@code label} after {@code after}. */
  public static Amendment addition(
      Stakeholder proponent,
      String after,
      String label,
      List<Run> proposed,
      String optionGroup,
      String option,
      Evidence evidence) {
    return new Amendment(
        proponent,
        Operation.ADD_PARAGRAPH,
        after,
        label,
        null,
        null,
        proposed,
        optionGroup,
        option,
        null,
        evidence);
  }

  /** Paragraph {@code target} moved to {@code destination} ("after 15", "before 2", "as 3"). */
  public static Amendment move(
      Stakeholder proponent,
      String target,
      String destination,
      List<Run> quoted,
      Evidence evidence) {
    return new Amendment(
        proponent,
        Operation.MOVE_PARAGRAPH,
        target,
        null,
        destination,
        null,
        quoted,
        null,
        null,
        null,
        evidence);
  }

  /** Paragraphs {@code target} and {@code partner} merged. */
  public static Amendment merge(
      Stakeholder proponent, String target, String partner, Evidence evidence) {
    return new Amendment(
        proponent,
        Operation.MERGE_PARAGRAPHS,
        target,
        null,
        null,
        partner,
        List.of(),
        null,
        null,
        null,
        evidence);
  }

  /**
   * A change of words in paragraph {@code target} ({@link Operation#AMEND_TEXT} or {@link
   * Operation#AMEND_WORDS}).
   */
  public static Amendment words(
      Stakeholder proponent,
      Operation operation,
      String target,
      List<Run> proposed,
      String optionGroup,
      String option,
      Evidence evidence) {
    return new Amendment(
        proponent,
        operation,
        target,
        null,
        null,
        null,
        proposed,
        optionGroup,
        option,
        null,
        evidence);
  }

  /** An operation on paragraph {@code target} that carries no text (delete, retain, restore). */
  public static Amendment on(
      Stakeholder proponent, Operation operation, String target, Evidence evidence) {
    return new Amendment(
        proponent, operation, target, null, null, null, List.of(), null, null, null, evidence);
  }

  /**
   * The label, destination or partner, whichever this operation has.
   *
   * @deprecated read {@link #label()}, {@link #destination()} or {@link #partner()}
   */
  @Deprecated(since = "0.3")
  public String newLabel() {
    return label != null ? label : destination != null ? destination : partner;
  }

  /** The text as it would read with the proposal applied (inserted words in, deleted words out). */
  public String proposedText() {
    StringBuilder sb = new StringBuilder();
    for (Run r : proposed) {
      if (!r.has(Mark.DELETE)) {
        sb.append(r.text());
      }
    }
    return sb.toString();
  }

  /** The base text the proposal quotes (inserted words out, deleted words in). */
  public String quotedBaseText() {
    StringBuilder sb = new StringBuilder();
    for (Run r : proposed) {
      if (!r.has(Mark.INSERT)) {
        sb.append(r.text());
      }
    }
    return sb.toString();
  }
}
