package org.draftkit.model;

import java.util.Objects;

/**
 * A reviewer's comment (a Word comment, an annotation).
 *
 * @param id the source's comment id, unique in the document
 * @param author who wrote it, or null
 * @param date when, as written by the source, or null
 * @param text the comment text
 * @param paragraph the index of the paragraph it is anchored on, or null if unanchored
 * @param anchorText the text the comment is anchored on, or null
 * @since 0.1
 */
public record Comment(
    String id, String author, String date, String text, Integer paragraph, String anchorText) {
  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
