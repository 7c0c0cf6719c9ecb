package org.draftkit.model;

import java.util.Objects;

/**
 * One stakeholder's stance on one paragraph, with the proposed text (for amend/add) and the evidence.
 *
 * @param stakeholder who
 * @param paragraph the paragraph label as referenced ("66", "83 bis")
 * @param stance what they ask for
 * @param text the proposed text, or null
 * @param evidence where it was said
 * @since 0.1
 */
public record Position(Stakeholder stakeholder, String paragraph, Stance stance, String text, Evidence evidence) {
  public Position {
    Objects.requireNonNull(stakeholder, "stakeholder");
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(stance, "stance");
  }
}
