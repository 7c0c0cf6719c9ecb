package org.draftkit.compare;

import java.util.Objects;

/**
 * A stretch of the inline redline of a paragraph pair. Read in order, the {@link DiffOp#EQUAL} and
 * {@link DiffOp#DELETE} segments spell the older text and the {@link DiffOp#EQUAL} and {@link
 * DiffOp#INSERT} segments spell the newer text (equal text as the newer revision writes it),
 * whitespace included: a renderer prints them one after the other, trimming whitespace out of its
 * change marks if its format needs that.
 *
 * @param op equal, inserted or deleted
 * @param text the characters, never empty
 *     <p>In a split or merge the paragraph breaks of the side with several paragraphs are not in
 *     the text: {@link #part()} says which of those paragraphs each stretch belongs to. Parts never
 *     decrease in reading order, and the segments of part k spell paragraph k of that side (for a
 *     split the {@link DiffOp#EQUAL} and {@link DiffOp#INSERT} segments spell newer paragraph k,
 *     for a merge the {@link DiffOp#EQUAL} and {@link DiffOp#DELETE} segments spell older paragraph
 *     k). Where a split breaks the older paragraph, the older whitespace there is deleted at the
 *     end of the part before the break; where a merge joins older paragraphs, the newer whitespace
 *     there is inserted at the end of the part before. Words of the single side standing exactly at
 *     a break (deleted where a paragraph was split, inserted where two were joined) open the
 *     following part when the paragraph before the break ends a sentence, else they close the part
 *     before; words replacing words of the several side stay in the part of the words they replace.
 * @param part for a split (one older paragraph, several newer ones) the position of the newer
 *     paragraph this stretch belongs to; for a merge the position of the older paragraph; 0
 *     otherwise
 * @param footnote when this segment is a footnote reference marker (always a segment of its own),
 *     the footnote's label (its {@link org.draftkit.model.Run#ref()}); null for text. A reference
 *     whose number changed only because footnotes were renumbered is {@link DiffOp#EQUAL}, its text
 *     the newer label
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
