package org.draftkit.compare;

/**
 * Counts over a comparison. Paragraph counts are pairs by status (a split or merge counts once);
 * word counts are word tokens (punctuation excluded) in deleted and inserted stretches, the words
 * of deleted and inserted paragraphs and of changed footnotes included, the unchanged words of
 * moved paragraphs not.
 *
 * @param unchanged pairs with the same words in place (renumbered ones included)
 * @param modified pairs with word edits in place
 * @param moved paragraphs moved elsewhere
 * @param inserted new paragraphs
 * @param deleted removed paragraphs
 * @param split older paragraphs split into several
 * @param merged newer paragraphs made of several
 * @param renumbered pairs whose label changed
 * @param wordsInserted words inserted
 * @param wordsDeleted words deleted
 * @since 0.1
 */
public record Summary(
    int unchanged,
    int modified,
    int moved,
    int inserted,
    int deleted,
    int split,
    int merged,
    int renumbered,
    int wordsInserted,
    int wordsDeleted) {

  /** What every format says when two revisions read the same. */
  public static final String NO_DIFFERENCES = "No differences: the two revisions read the same.";

  /**
   * True when nothing changed: no pair changed or renumbered, no word inserted or deleted
   * (footnotes included).
   */
  public boolean noDifferences() {
    return changed() == 0 && renumbered == 0 && wordsInserted == 0 && wordsDeleted == 0;
  }

  /** Pairs with any change (everything but unchanged). */
  public int changed() {
    return modified + moved + inserted + deleted + split + merged;
  }

  /** The number of pairs with this status. */
  public int count(AlignedPair.Status status) {
    return switch (status) {
      case UNCHANGED -> unchanged;
      case MODIFIED -> modified;
      case MOVED -> moved;
      case INSERTED -> inserted;
      case DELETED -> deleted;
      case SPLIT -> split;
      case MERGED -> merged;
    };
  }
}
