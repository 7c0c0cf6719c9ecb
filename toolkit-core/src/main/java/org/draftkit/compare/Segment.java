package org.draftkit.compare;

import java.util.Objects;

/**
 * A stretch of the inline redline of a paragraph pair. Read in order, the {@link DiffOp#EQUAL} and
 * {@link DiffOp#DELETE} segments spell the older text and the {@link DiffOp#EQUAL} and
 * {@link DiffOp#INSERT} segments spell the newer text (equal text as the newer revision writes
 * it), whitespace included: a renderer prints them one after the other, trimming whitespace out of
 * its change marks if its format needs that.
 *
 * @param op equal, inserted or deleted
 * @param text the characters, never empty
 * @param part for a split (one older paragraph, several newer ones) the position of the newer
 *     paragraph this stretch belongs to; for a merge the position of the older paragraph; 0
 *     otherwise
 * @param footnote when this segment is a footnote reference marker (always a segment of its own),
 *     the footnote's label (its {@link org.draftkit.model.Run#ref()}); null for text. A reference
 *     whose number changed only because footnotes were renumbered is {@link DiffOp#EQUAL}, its
 *     text the newer label
 * @since 0.1
 */
public record Segment(DiffOp op, String text, int part, String footnote) {
  public Segment {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty segment");
    }
    if (part < 0) {
      throw new IllegalArgumentException("part must be >= 0: " + part);
    }
  }

  /** A stretch of text (not a footnote reference). */
  public Segment(DiffOp op, String text, int part) {
    this(op, text, part, null);
  }

  /** True for a footnote reference marker. */
  public boolean isFootnote() {
    return footnote != null;
  }

  /** True when this segment is only whitespace. */
  public boolean isBlank() {
    return text.isBlank();
  }
}
