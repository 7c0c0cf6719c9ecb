package org.draftkit.importer.unpdf.internal;

import java.util.List;

/**
 * A visual line (or a part of one separated by a wide gap) on one page.
 *
 * @param page the 1-based page number
 * @param spans the content, left to right, word spaces included, no leading or trailing space
 * @param x0 left edge of the first glyph
 * @param x1 right edge of the last glyph
 * @param baseline the baseline of the line's main text
 * @param size the main font size
 * @param text the spans' text joined
 */
record Line(
    int page, List<Span> spans, float x0, float x1, float baseline, float size, String text) {
  Line {
    spans = List.copyOf(spans);
  }

  float top() {
    return baseline - size * 0.75f;
  }

  float centre() {
    return (x0 + x1) / 2;
  }

  /** True when every non-space span is bold. */
  boolean allBold() {
    return all(Span::bold);
  }

  /** True when every non-space span is italic. */
  boolean allItalic() {
    return all(Span::italic);
  }

  /** True when every non-space, non-raised span has the style, and there is one. */
  private boolean all(java.util.function.Predicate<Span> style) {
    boolean any = false;
    for (Span s : spans) {
      if (!s.isSpace() && !s.raised()) {
        if (!style.test(s)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** True when the first word is italic. */
  boolean startsItalic() {
    for (Span s : spans) {
      if (!s.isSpace() && !s.raised() && Character.isLetter(s.text().codePointAt(0))) {
        return s.italic();
      }
      if (!s.isSpace() && !s.raised()) {
        return false;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return String.format("p%d y=%.1f x=%.1f-%.1f s=%.1f %s", page, baseline, x0, x1, size, text);
  }
}
