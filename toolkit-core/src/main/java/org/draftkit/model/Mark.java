package org.draftkit.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A mark on an inline run. Tracked changes ({@link #INSERT}, {@link #DELETE}, {@link #MOVE_FROM},
 * {@link #MOVE_TO}) and formatting that stakeholders use as proposal marks ({@link #STRIKE}, {@link
 * #BOLD}, {@link #UNDERLINE}) keep their own names; which formatting means "insert" in a submission
 * is decided later by the proposal reader, not by importers.
 *
 * @since 0.1
 */
public enum Mark {
  /** Inserted text (a tracked insertion, HTML {@code <ins>}). */
  INSERT("insert"),
  /**
   * Deleted text (a tracked deletion, HTML {@code <del>}); the text is still part of the paragraph.
   */
  DELETE("delete"),
  /** Text moved away from here (a tracked move source). */
  MOVE_FROM("moveFrom"),
  /** Text moved to here (a tracked move destination). */
  MOVE_TO("moveTo"),
  BOLD("bold"),
  ITALIC("italic"),
  UNDERLINE("underline"),
  /** Struck-through text (single or double strike, {@code ~~x~~}, {@code <s>}). */
  STRIKE("strike"),
  /** Text inside square brackets still under negotiation. */
  BRACKETED("bracketed"),
  SUPERSCRIPT("superscript"),
  /** A footnote reference marker; the run's {@code ref} names the footnote label. */
  FOOTNOTE_REFERENCE("footnote"),
  /** Text a comment is anchored on; the run's {@code ref} names the comment id. */
  COMMENT_ANCHOR("comment");

  private final String id;

  Mark(String id) {
    this.id = id;
  }

  /** The stable name used in JSON and on the command line. */
  public String id() {
    return id;
  }

  /** Finds a mark by its {@link #id()} (case-insensitive). */
  public static Optional<Mark> byId(String id) {
    for (Mark m : values()) {
      if (m.id.equalsIgnoreCase(id)
          || m.name().equalsIgnoreCase(id.replace('-', '_').toUpperCase(Locale.ROOT))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
