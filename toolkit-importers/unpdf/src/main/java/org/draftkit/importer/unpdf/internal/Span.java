package org.draftkit.importer.unpdf.internal;

/**
 * A piece of a line with one style: a glyph's text, or an inferred word space.
 *
 * @param text the characters
 * @param bold bold font
 * @param italic italic font
 * @param decoration {@link Glyph#STRUCK} / {@link Glyph#UNDERLINED} bits
 * @param raised a superscript (smaller and above the line's baseline)
 * @param x0 left edge
 * @param x1 right edge
 */
record Span(
    String text, boolean bold, boolean italic, int decoration, boolean raised, float x0, float x1) {

  boolean isSpace() {
    return text.equals(" ");
  }
}
