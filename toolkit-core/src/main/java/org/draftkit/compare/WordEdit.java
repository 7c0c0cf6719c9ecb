package org.draftkit.compare;

import java.util.Objects;

/**
 * One word-level change inside a paragraph pair, as a reader would mark it: a deleted or inserted
 * stretch of words (and the punctuation among them), trimmed of surrounding whitespace. A
 * replacement is a {@link DiffOp#DELETE} followed by an {@link DiffOp#INSERT}.
 *
 * <p>In a split or merge an edit never crosses a paragraph break of the side with several
 * paragraphs: it is cut there, and {@link #part()} tells which paragraph it belongs to.
 *
 * @param op {@link DiffOp#INSERT} or {@link DiffOp#DELETE}
 * @param text the words, never blank
 * @param part as {@link Segment#part()}: for a split the position of the newer paragraph the edit
 *     is in, for a merge the position of the older paragraph; 0 for any other pair
 * @since 0.1
 */
public record WordEdit(DiffOp op, String text, int part) {
  public WordEdit {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
    if (op == DiffOp.EQUAL) {
      throw new IllegalArgumentException("a word edit inserts or deletes");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("a word edit has words");
    }
    if (part < 0) {
      throw new IllegalArgumentException("part must be >= 0: " + part);
    }
  }

  /** An edit of a pair with one paragraph on each side (part 0). */
  public WordEdit(DiffOp op, String text) {
    this(op, text, 0);
  }

  public static WordEdit insert(String text) {
    return new WordEdit(DiffOp.INSERT, text);
  }

  public static WordEdit delete(String text) {
    return new WordEdit(DiffOp.DELETE, text);
  }
}
