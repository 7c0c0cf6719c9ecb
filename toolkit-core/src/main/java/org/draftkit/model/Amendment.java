package org.draftkit.model;

import java.util.List;
import java.util.Objects;

/**
 * A proposed change to a base text, read from a submission.
 *
 * @param proponent who proposes it
 * @param operation what kind of change
 * @param target the paragraph label it changes, or the one a new paragraph goes after
 * @param newLabel the label of a new paragraph ("83 bis"), or null
 * @param proposed the proposal as quoted, with {@link Mark#INSERT} and {@link Mark#DELETE} marks on
 *     the changed words (empty for delete/retain/move)
 * @param optionGroup the option group this amendment is one alternative of, or null
 * @param option the option's name within its group ("Option A"), or null
 * @param rationale the reasons given, or null
 * @param evidence where it was found
 * @since 0.1
 */
public record Amendment(
    Stakeholder proponent, Operation operation, String target, String newLabel, List<Run> proposed,
    String optionGroup, String option, String rationale, Evidence evidence) {

  /** Kinds of change. */
  public enum Operation {
    /** Change words inside an existing paragraph; {@code proposed} quotes the whole paragraph. */
    AMEND_TEXT,
    /** Change words inside a paragraph; {@code proposed} quotes only the words around the change. */
    AMEND_WORDS,
    /** Add a new paragraph after {@code target}. */
    ADD_PARAGRAPH,
    DELETE_PARAGRAPH,
    /** Move the paragraph after the one named in {@code newLabel}. */
    MOVE_PARAGRAPH,
    /** Merge the paragraph with the one named in {@code newLabel}. */
    MERGE_PARAGRAPHS,
    RETAIN,
    /** Restore the language of an earlier revision. */
    RESTORE
  }

  public Amendment {
    Objects.requireNonNull(proponent, "proponent");
    Objects.requireNonNull(operation, "operation");
    proposed = proposed == null ? List.of() : List.copyOf(proposed);
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
