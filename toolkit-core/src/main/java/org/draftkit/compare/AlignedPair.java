package org.draftkit.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.draftkit.model.Paragraph;

/**
 * One line of a comparison: the older paragraph(s), the newer paragraph(s), what happened between
 * them and the word-level redline.
 *
 * <p>Shapes by status: {@code UNCHANGED}, {@code MODIFIED}, {@code MOVED}: one paragraph on each
 * side; {@code INSERTED}: none older, one newer; {@code DELETED}: one older, none newer; {@code
 * SPLIT}: one older, several newer; {@code MERGED}: several older, one newer.
 *
 * @param older the paragraphs of the older revision, in their order (empty for an insertion)
 * @param newer the paragraphs of the newer revision, in their order (empty for a deletion)
 * @param status what happened
 * @param renumbered true when the label changed (a number shifted by insertions or deletions
 *     elsewhere, or a new label); never itself a text edit
 * @param similarity how alike the texts are, 0..1 (word-token overlap); 0 for insertions and
 *     deletions
 * @param edits the word edits in reading order; an inserted (deleted) paragraph has one edit
 *     holding all its text; a moved paragraph has only the edits made to its words
 * @param segments the inline redline over the whole paragraph(s): equal, deleted and inserted
 *     stretches in reading order, from which a renderer prints the paragraph with its changes
 * @param footnotes the footnotes referred to from these paragraphs whose text changed, was inserted
 *     (with a new reference) or deleted, in reading order; a footnote only renumbered is not listed
 * @since 0.1
 */
public record AlignedPair(
    List<Paragraph> older,
    List<Paragraph> newer,
    Status status,
    boolean renumbered,
    double similarity,
    List<WordEdit> edits,
    List<Segment> segments,
    List<FootnoteChange> footnotes) {

  /**
   * A footnote whose text changed.
   *
   * @param oldLabel its label in the older revision, or null when it is new
   * @param newLabel its label in the newer revision, or null when it was deleted
   * @param edits the word edits of its text (all of it for a new or deleted note)
   * @param segments the inline redline of its text
   */
  public record FootnoteChange(
      String oldLabel, String newLabel, List<WordEdit> edits, List<Segment> segments) {
    public FootnoteChange {
      if (oldLabel == null && newLabel == null) {
        throw new IllegalArgumentException("a footnote change needs a label");
      }
      edits = List.copyOf(edits);
      segments = List.copyOf(segments);
    }
  }

  /** A pair with no footnote changes. */
  public AlignedPair(
      List<Paragraph> older,
      List<Paragraph> newer,
      Status status,
      boolean renumbered,
      double similarity,
      List<WordEdit> edits,
      List<Segment> segments) {
    this(older, newer, status, renumbered, similarity, edits, segments, List.of());
  }

  /** What happened to a paragraph between two revisions. */
  public enum Status {
    /**
     * Same words (perhaps a new number: see {@link AlignedPair#renumbered()}; perhaps footnotes
     * changed: see {@link AlignedPair#footnotes()}).
     */
    UNCHANGED,
    /** Same paragraph, words of its body edited. */
    MODIFIED,
    /** New in the newer revision. */
    INSERTED,
    /** Gone from the newer revision. */
    DELETED,
    /** Taken out of the reading order and put elsewhere, perhaps with word edits. */
    MOVED,
    /** One older paragraph became several consecutive newer ones. */
    SPLIT,
    /** Several consecutive older paragraphs became one newer one. */
    MERGED;

    /** The lower-case name used in JSON ("unchanged"). */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public AlignedPair {
    older = List.copyOf(older);
    newer = List.copyOf(newer);
    Objects.requireNonNull(status, "status");
    edits = List.copyOf(edits);
    segments = List.copyOf(segments);
    footnotes = List.copyOf(footnotes);
    boolean ok =
        switch (status) {
          case UNCHANGED, MODIFIED, MOVED -> older.size() == 1 && newer.size() == 1;
          case INSERTED -> older.isEmpty() && newer.size() == 1;
          case DELETED -> older.size() == 1 && newer.isEmpty();
          case SPLIT -> older.size() == 1 && newer.size() >= 2;
          case MERGED -> older.size() >= 2 && newer.size() == 1;
        };
    if (!ok) {
      throw new IllegalArgumentException(
          status
              + " pair cannot have "
              + older.size()
              + " older and "
              + newer.size()
              + " newer paragraphs");
    }
    if (similarity < 0 || similarity > 1 || Double.isNaN(similarity)) {
      throw new IllegalArgumentException("similarity must be in 0..1: " + similarity);
    }
  }

  /** The first older paragraph, or null for an insertion. */
  public Paragraph oldParagraph() {
    return older.isEmpty() ? null : older.get(0);
  }

  /** The first newer paragraph, or null for a deletion. */
  public Paragraph newParagraph() {
    return newer.isEmpty() ? null : newer.get(0);
  }

  /** True unless the words are the same and in place (a renumbered paragraph is not changed). */
  public boolean changed() {
    return status != Status.UNCHANGED;
  }

  /**
   * The segments that belong to one paragraph of the multi-paragraph side (see {@link
   * Segment#part()}).
   */
  public List<Segment> segments(int part) {
    return segments.stream().filter(s -> s.part() == part).toList();
  }
}
