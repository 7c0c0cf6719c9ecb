package org.draftkit.uptake;

import java.util.Locale;

/**
 * The kind of a proposal or stance an uptake row follows.
 *
 * @since 0.1
 */
public enum ProposalKind {
  AMEND,
  ADD,
  DELETE,
  MOVE,
  MERGE,
  RETAIN,
  RESTORE;

  /** The id used in JSON ("amend"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the stances (retain, restore), whose fates are kept, changed or deleted. */
  public boolean isStance() {
    return this == RETAIN || this == RESTORE;
  }
}
