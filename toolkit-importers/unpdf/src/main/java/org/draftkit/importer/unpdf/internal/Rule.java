package org.draftkit.importer.unpdf.internal;

/**
 * A thin horizontal stroke drawn on a page (a line segment or a thin filled rectangle), or a text
 * markup annotation's area, in the display coordinates of {@link Glyph}.
 *
 * @param x0 left
 * @param x1 right
 * @param y0 top
 * @param y1 bottom
 * @param annotation 0 for a drawn stroke, else the decoration the annotation asks for ({@link
 *     Glyph#STRUCK} or {@link Glyph#UNDERLINED})
 */
record Rule(float x0, float x1, float y0, float y1, int annotation) {

  float width() {
    return x1 - x0;
  }

  float midY() {
    return (y0 + y1) / 2;
  }
}
