package org.draftkit.model;

import java.util.Locale;

/**
 * A stakeholder's stance on a paragraph.
 *
 * @since 0.1
 */
public enum Stance {
  RETAIN,
  AMEND,
  DELETE,
  ADD,
  RESTORE,
  COMMENT;

  /** The lower-case name used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
