package org.draftkit;

import org.draftkit.compare.Comparer;

/**
 * The comparer options that the builders of {@link CompareRequest} and {@link HistoryRequest}
 * share.
 *
 * @param <B> the builder
 */
abstract class CompareSettings<B extends CompareSettings<B>> {
  private boolean moves = true;
  private boolean splits = true;

  /** Whether to report moves (otherwise a moved paragraph is deleted and inserted). Default on. */
  public B detectMoves(boolean on) {
    moves = on;
    return self();
  }

  /** Whether to report splits and merges. Default on. */
  public B detectSplits(boolean on) {
    splits = on;
    return self();
  }

  abstract B self();

  Comparer comparer() {
    return Comparer.builder().detectMoves(moves).detectSplits(splits).build();
  }
}
