package org.draftkit.model;

import java.util.Locale;

/**
 * What a body block is.
 *
 * @since 0.1
 */
public enum ParagraphKind {
  HEADING,
  /** A preambular paragraph ("Recalling …", "PP3"). */
  PREAMBULAR,
  /** An operative paragraph ("1. Decides …") or one of its sub-items. */
  OPERATIVE,
  OTHER;

  /** The lower-case name used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #id()}; unknown names give {@link #OTHER}. */
  public static ParagraphKind byId(String id) {
    for (ParagraphKind k : values()) {
      if (k.id().equalsIgnoreCase(id)) {
        return k;
      }
    }
    return OTHER;
  }
}
