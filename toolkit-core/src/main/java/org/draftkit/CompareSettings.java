package org.draftkit;

import org.draftkit.compare.Comparer;

/** The comparer options that {@link CompareRequest} and {@link HistoryRequest} share. */
final class CompareSettings {
  boolean moves = true;
  boolean splits = true;

  Comparer comparer() {
    return Comparer.builder().detectMoves(moves).detectSplits(splits).build();
  }
}
