package org.draftkit.importer.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * One Word paragraph as the walk found it, before labels and kinds are decided. Mutable, per read.
 */
final class Block {

  /** A tracked change on a paragraph mark (the paragraph itself inserted or deleted). */
  record MarkChange(Mark mark, String author, String date) {}

  /** 1-based ordinal of the paragraph in its part, for source locations. */
  final int ordinal;

  final List<Run> runs = new ArrayList<>();

  /** The paragraph style id, or null. */
  String style;

  /** Outline level 0–8 from the paragraph or its style, or -1. */
  int outlineLevel = -1;

  /** The automatic list label, or null. */
  ListNumbering.Label label;

  /** How many tables deep the paragraph sits (0 = body). */
  int tableDepth;

  /** True for a paragraph inside a text box. */
  boolean textBox;

  /** The tracked change on the paragraph mark, or null. */
  MarkChange markChange;

  Block(int ordinal) {
    this.ordinal = ordinal;
  }

  String text() {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      sb.append(r.text());
    }
    return sb.toString();
  }
}
