package org.draftkit.exporter.docx.internal;

/**
 * How a run or a paragraph mark is tracked: not at all, inserted, deleted, moved away or moved
 * here.
 */
public enum Revision {
  NONE,
  INSERT,
  DELETE,
  MOVE_FROM,
  MOVE_TO;

  /** True for the revisions whose text disappears when changes are accepted. */
  boolean removesText() {
    return this == DELETE || this == MOVE_FROM;
  }
}
