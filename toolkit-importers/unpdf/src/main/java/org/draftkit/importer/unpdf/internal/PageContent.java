package org.draftkit.importer.unpdf.internal;

import java.util.List;

/**
 * What one page holds for the layout analysis: its glyphs in content-stream order, the thin strokes
 * drawn on it and its text markup annotations.
 *
 * @param number the 1-based page number
 * @param width the page width in points
 * @param height the page height in points
 * @param glyphs the glyphs
 * @param rules drawn strokes and markup annotation areas
 * @param images how many images the page draws (for the "no text layer" diagnostic)
 * @param unmapped how many glyphs of composite fonts were skipped for want of a Unicode map
 * @param recognized whether the glyphs were read from the page's image (OCR: no font style known)
 */
record PageContent(
    int number,
    float width,
    float height,
    List<Glyph> glyphs,
    List<Rule> rules,
    int images,
    int unmapped,
    boolean recognized) {
  PageContent {
    glyphs = List.copyOf(glyphs);
    rules = List.copyOf(rules);
  }

  PageContent(
      int number, float width, float height, List<Glyph> glyphs, List<Rule> rules, int images) {
    this(number, width, height, glyphs, rules, images, 0, false);
  }

  PageContent(
      int number,
      float width,
      float height,
      List<Glyph> glyphs,
      List<Rule> rules,
      int images,
      int unmapped) {
    this(number, width, height, glyphs, rules, images, unmapped, false);
  }

  /** The same page with other glyphs (read from its image) and no drawn rules. */
  PageContent withGlyphs(List<Glyph> read) {
    return new PageContent(number, width, height, read, List.of(), 0, 0, true);
  }
}
