package org.draftkit.importer.unpdf.internal;

/**
 * One positioned character (or ligature) of a page, in display coordinates: x grows to the right, y
 * grows downwards from the top of the page, {@code y} is the baseline.
 *
 * @param text the Unicode text of the glyph (one or more characters)
 * @param x the left edge
 * @param y the baseline
 * @param width the advance width
 * @param size the font size in points
 * @param bold whether the font is bold
 * @param italic whether the font is italic or oblique
 * @param decoration {@link #STRUCK} and/or {@link #UNDERLINED}, or 0
 * @param isSpace whether the text is white space (computed once: the layout asks for every glyph,
 *     several times)
 */
record Glyph(
    String text,
    float x,
    float y,
    float width,
    float size,
    boolean bold,
    boolean italic,
    int decoration,
    boolean isSpace) {

  /** A drawn line or a StrikeOut annotation crosses the glyph. */
  static final int STRUCK = 1;

  /** A drawn line or an Underline annotation runs under the glyph. */
  static final int UNDERLINED = 2;

  float right() {
    return x + width;
  }

  /** Top of the glyph body, approximated from the font size. */
  float top() {
    return y - size * 0.7f;
  }

  Glyph(
      String text,
      float x,
      float y,
      float width,
      float size,
      boolean bold,
      boolean italic,
      int decoration) {
    this(text, x, y, width, size, bold, italic, decoration, space(text));
  }

  private static boolean space(String text) {
    return text.length() == 1
        ? Character.isWhitespace(text.charAt(0)) || text.charAt(0) == '\u00a0'
        : text.isBlank();
  }

  Glyph withDecoration(int d) {
    return d == decoration ? this : new Glyph(text, x, y, width, size, bold, italic, d, isSpace);
  }
}
