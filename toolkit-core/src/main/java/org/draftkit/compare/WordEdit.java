package org.draftkit.compare;

import java.util.Objects;

/**
 * One word-level change inside a paragraph pair, as a reader would mark it: a deleted or inserted
 * stretch of words (and the punctuation among them), trimmed of surrounding whitespace. A
 * replacement is a {@link DiffOp#DELETE} followed by an {@link DiffOp#INSERT}.
 *
 * @param op {@link DiffOp#INSERT} or {@link DiffOp#DELETE}
 * @param text the words, never blank
 * @since 0.1
 */
public record WordEdit(DiffOp op, String text) {
  public WordEdit {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
    if (op == DiffOp.EQUAL) {
      throw new IllegalArgumentException("a word edit inserts or deletes");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("a word edit has words");
    }
  }

  public static WordEdit insert(String text) {
    return new WordEdit(DiffOp.INSERT, text);
  }

  public static WordEdit delete(String text) {
    return new WordEdit(DiffOp.DELETE, text);
  }
}
