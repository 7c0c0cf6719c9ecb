package org.draftkit.batch;

import java.util.Locale;

/**
 * What happened to one input of a batch.
 *
 * @since 0.1
 */
public enum BatchStatus {
  /** Converted: every requested output was written (or was already up to date). */
  OK,
  /** Every requested output was already up to date; nothing was read or written. */
  SKIPPED,
  /** The input could not be read or an output could not be written; see the error. */
  FAILED;

  /** The lower-case name used in the report ("ok", "skipped", "failed"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
