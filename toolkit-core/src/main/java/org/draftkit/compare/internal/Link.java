package org.draftkit.compare.internal;

import java.util.Arrays;

/**
 * Paragraphs the aligner decided belong together: older indexes and newer indexes (ascending).
 *
 * @param kind how the link was found
 * @param older older paragraph indexes (one, or several for a merge)
 * @param newer newer paragraph indexes (one, or several for a split)
 * @param score the text similarity that justified it
 */
public record Link(Kind kind, int[] older, int[] newer, double score) {

  /** How a link was found. */
  public enum Kind {
    /** On the optimal in-order alignment. */
    IN_ORDER,
    /** The only paragraphs left between two in-order neighbours, rewritten. */
    REWRITE,
    /** Out of order: moved. */
    MOVE,
    /** One older, several consecutive newer. */
    SPLIT,
    /** Several consecutive older, one newer. */
    MERGE
  }

  public Link {
    older = older.clone();
    newer = newer.clone();
  }

  @Override
  public int[] older() {
    return older.clone();
  }

  @Override
  public int[] newer() {
    return newer.clone();
  }

  int firstOld() {
    return older[0];
  }

  int firstNew() {
    return newer[0];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Link l
        && l.kind == kind
        && Arrays.equals(l.older, older)
        && Arrays.equals(l.newer, newer)
        && Double.compare(l.score, score) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * kind.hashCode() + Arrays.hashCode(older)) + Arrays.hashCode(newer);
  }

  @Override
  public String toString() {
    return kind + Arrays.toString(older) + "->" + Arrays.toString(newer) + "@" + score;
  }
}
