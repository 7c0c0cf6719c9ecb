package org.draftkit.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.draftkit.model.Document;

/**
 * N revisions compared: each consecutive redline and the lineage of every paragraph.
 *
 * @param revisions the revisions, oldest first
 * @param comparisons {@code revisions[k]} against {@code revisions[k + 1]}, one fewer than
 *     revisions
 * @param lineage one row per paragraph lineage, in the order of first appearance (rows of the first
 *     revision in its order, then paragraphs new in each later revision)
 * @since 0.1
 */
public record RevisionHistory(
    List<Document> revisions, List<Comparison> comparisons, List<LineageRow> lineage) {

  public RevisionHistory {
    revisions = List.copyOf(revisions);
    comparisons = List.copyOf(comparisons);
    lineage = List.copyOf(lineage);
    if (revisions.size() < 2 || comparisons.size() != revisions.size() - 1) {
      throw new IllegalArgumentException(
          revisions.size()
              + " revisions need "
              + (revisions.size() - 1)
              + " comparisons, got "
              + comparisons.size());
    }
  }

  /**
   * The redline of the first revision against the last, with the default comparison settings: what
   * changed over the whole negotiation, in one view.
   */
  public Comparison cumulative() {
    return Comparer.defaults().compare(revisions.get(0), revisions.get(revisions.size() - 1));
  }

  /**
   * One paragraph followed through the revisions.
   *
   * @param indexes its paragraph index in each revision, null where it does not exist
   * @param numbers its label in each revision, null where it has none or does not exist
   * @param steps what happened to it from revision k to k + 1 (size: revisions - 1); null where it
   *     exists in neither
   * @param first the revision it first appears in
   * @param lastChange the last revision in which its text changed (its first one if never)
   */
  public record LineageRow(
      List<Integer> indexes,
      List<String> numbers,
      List<AlignedPair.Status> steps,
      int first,
      int lastChange) {
    public LineageRow {
      indexes = Collections.unmodifiableList(new ArrayList<>(indexes));
      numbers = Collections.unmodifiableList(new ArrayList<>(numbers));
      steps = Collections.unmodifiableList(new ArrayList<>(steps));
      if (indexes.size() != numbers.size() || steps.size() != indexes.size() - 1) {
        throw new IllegalArgumentException("a lineage row has one index and number per revision");
      }
      Objects.checkIndex(first, indexes.size());
      Objects.checkIndex(lastChange, indexes.size());
    }

    /** The last revision it exists in. */
    public int last() {
      for (int k = indexes.size() - 1; k >= 0; k--) {
        if (indexes.get(k) != null) {
          return k;
        }
      }
      return first;
    }
  }
}
