package org.draftkit.batch;

/**
 * Follows a batch as it runs, for progress display. Every callback comes from the thread that
 * called {@link BatchConverter#run}, one at a time, so implementations need no locking.
 *
 * @since 0.1
 */
public interface BatchListener {

  /** A listener that ignores everything. */
  BatchListener NONE = new BatchListener() {};

  /** The inputs are known; {@code total} of them will be reported through {@link #finished}. */
  default void started(int total) {}

  /** One input is done ({@code done} of {@code total} so far). */
  default void finished(BatchItem item, int done, int total) {}
}
