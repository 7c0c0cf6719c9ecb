package org.draftkit.model;

import java.util.Objects;

/**
 * One stakeholder's stance on one paragraph, with the proposed text (for amend/add) and the
 * evidence.
 *
 * @param stakeholder who
 * @param paragraph the paragraph label as referenced ("66", "83 bis")
 * @param stance what they ask for
 * @param text the proposed text, or null
 * @param evidence where it was said
 * @param note how the paragraph was placed when that is worth saying or uncertain ("uncertain:
 *     IMSB's paragraph 91 placed on 90 by its words; …"), or null
 * @since 0.1
 */
public record Position(
    Stakeholder stakeholder,
    String paragraph,
    Stance stance,
    String text,
    Evidence evidence,
    String note) {
  public Position {
    Objects.requireNonNull(stakeholder, "stakeholder");
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(stance, "stance");
  }

  /** A position placed with nothing worth noting. */
  public Position(
      Stakeholder stakeholder, String paragraph, Stance stance, String text, Evidence evidence) {
    this(stakeholder, paragraph, stance, text, evidence, null);
  }

  /** True when the note says the placement is uncertain. */
  public boolean uncertain() {
    return note != null && note.startsWith("uncertain");
  }
}
