package org.draftkit.compare;

import java.util.Locale;

/**
 * What a stretch of text did between two revisions.
 *
 * @since 0.1
 */
public enum DiffOp {
  /** Present in both (compared after typographic normalisation: dashes, quotes, spaces). */
  EQUAL,
  /** Present only in the newer revision. */
  INSERT,
  /** Present only in the older revision. */
  DELETE;

  /** The lower-case name used in JSON ("insert"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
