package org.draftkit.importer.markdown.internal;

import java.util.List;
import java.util.Objects;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * One body block as a source presents it, before paragraph labels, hierarchy and kinds are worked
 * out by the structurer ({@link Structuring}).
 *
 * @param role what the source made of it
 * @param runs its inline content, label included unless {@code label} is given
 * @param label a label the source states outside the text (an ordered-list marker), or null
 * @param parent the index (in the same block list) of the block it is structurally nested in (a
 *     nested list item, a later paragraph of a list item), or null
 * @param line the 1-based source line it starts on, or 0
 */
public record Block(Role role, List<Run> runs, ParagraphNumber label, Integer parent, int line) {

  /** What a block is in its source. */
  public enum Role {
    /** A heading (Markdown {@code #}, or a heading line the text layout recognised). */
    HEADING,
    /** A paragraph of running text, quoted or not. */
    PARAGRAPH,
    /** The first paragraph of an ordered-list item; {@code label} carries its number. */
    ORDERED_ITEM,
    /** The first paragraph of a bullet-list item. */
    BULLET_ITEM,
    /** A later paragraph inside a list item; {@code parent} is the item. */
    CONTINUATION
  }

  public Block {
    Objects.requireNonNull(role, "role");
    runs = List.copyOf(runs);
  }

  /** The block's visible text. */
  public String text() {
    return RunText.text(runs);
  }
}
