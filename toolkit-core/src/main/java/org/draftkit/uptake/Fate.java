package org.draftkit.uptake;

import java.util.Locale;

/**
 * What became of a proposal (or a stance) in a later revision.
 *
 * @since 0.1
 */
public enum Fate {
  /** The proposed words are there (a deletion: the words or the paragraph are gone). */
  ADOPTED,
  /** Some of the proposed changes are there, others are not. */
  PARTLY,
  /** The paragraph reads as it did where the proposal would change it. */
  NOT_ADOPTED,
  /** The words the proposal changes were changed otherwise. */
  SUPERSEDED,
  /** The paragraph is gone. */
  DELETED,
  /** The paragraph was moved elsewhere, and nothing of the proposal is in it. */
  MOVED,
  /** A retain/restore stance: the paragraph is there as it was. */
  KEPT,
  /** A retain/restore stance: the paragraph is there, its words changed. */
  CHANGED,
  /**
   * Cannot be told: the stance names a paragraph of another revision that was not supplied ("the
   * Zero Draft (paragraphs 73 and 89)"), so its place in the later revision is unknown.
   */
  UNKNOWN;

  /** The id used in JSON and CSV ("not-adopted"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A short phrase for people ("not adopted"). */
  public String phrase() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
