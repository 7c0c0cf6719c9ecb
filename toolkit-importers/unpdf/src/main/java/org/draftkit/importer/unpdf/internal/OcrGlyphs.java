package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;

/**
 * Turns the words read from a page image into glyphs placed as a PDF text layer would place them,
 * so that they go through the same line building, page zones and structuring as any PDF page: each
 * word's characters share its box evenly, all words of a line sit on the line's baseline (as the
 * engine found it) at the line's size (the page's body size when it is close to it), words are
 * separated by a space glyph (except between Chinese or Japanese characters), and a right-to-left
 * word's characters are laid out from right to left (its brackets mirrored), as a PDF shows them.
 * OCR tells no font style: glyphs are upright and regular.
 */
final class OcrGlyphs {

  /**
   * Body height (ascender to descender) of a line as a share of its font size, for Times-like
   * faces.
   */
  private static final float LINE_BOX_EM = 0.9f;

  /**
   * Baseline distance of body text as a multiple of its font size (UN documents: 11 on 12.7 pt).
   */
  private static final float LEADING = 1.15f;

  /** Line sizes within this share of the body size are the body size. */
  private static final float SAME_SIZE = 0.15f;

  /**
   * The same for right-to-left lines: Tesseract's size of an Arabic line follows the letters it
   * holds (tall alefs and lams, deep final forms) and wavers by up to a third around the body size.
   */
  private static final float SAME_SIZE_RTL = 0.4f;

  /** Descender depth as a share of the font size. */
  private static final float DESCENT_EM = 0.21f;

  private OcrGlyphs() {}

  /**
   * The glyphs of {@code page}, in points.
   *
   * @param scale points per image pixel (72 / dpi)
   */
  static List<Glyph> glyphs(RecognizedPage page, float scale) {
    List<Glyph> out = new ArrayList<>();
    float estimated = bodySize(page, scale);
    float pitch = pitch(page, scale, estimated);
    // the engine's size is the letters' height, smaller than the font size the layout rules expect:
    // body text set solid at 115 % leading tells the body's font size
    float factor = pitch > 0 && estimated > 0 ? pitch / LEADING / estimated : 1f;
    float body = estimated * factor;
    for (RecognizedPage.Line line : page.lines()) {
      if (line.words().isEmpty()) {
        continue;
      }
      float size = size(line, scale) * factor;
      if (Math.abs(size - body) <= sameSize(line) * body) {
        size = body; // the engine's estimate wavers from line to line: body text is one size
      }
      float baseline =
          line.size() > 0
              ? line.baseline() * scale
              : (line.top() + line.height()) * scale - DESCENT_EM * size;
      List<RecognizedPage.Word> words = new ArrayList<>(line.words());
      words.sort((a, b) -> Integer.compare(a.left(), b.left()));
      RecognizedPage.Word prev = null;
      float right = Float.NEGATIVE_INFINITY;
      for (RecognizedPage.Word w : words) {
        String text = w.text().strip();
        if (text.isEmpty()) {
          continue;
        }
        // words' boxes may overlap (Arabic letters reach under their neighbours): a word starts
        // where
        // the one before ends, or its letters would interleave with the neighbour's once sorted by
        // x
        float x0 = Math.max(w.left() * scale, right);
        float x1 = Math.max((w.left() + w.width()) * scale, x0 + 0.1f * text.length());
        right = x1;
        if (prev != null && !(ideographic(last(prev.text())) && ideographic(text.codePointAt(0)))) {
          Glyph last = out.get(out.size() - 1);
          float px1 = last.x() + last.width();
          out.add(new Glyph(" ", px1, baseline, Math.max(0.1f, x0 - px1), size, false, false, 0));
        } else if (prev != null && !out.isEmpty()) {
          // ideographs are set solid: the ink boxes' gaps are no word spaces, the glyph spans them
          Glyph g = out.remove(out.size() - 1);
          out.add(
              new Glyph(
                  g.text(),
                  g.x(),
                  g.y(),
                  Math.max(g.width(), x0 - g.x()),
                  g.size(),
                  false,
                  false,
                  0));
        }
        int[] cps = text.codePoints().toArray();
        boolean rtl = RightToLeft.isRightToLeft(text);
        float step = (x1 - x0) / cps.length;
        for (int i = 0; i < cps.length; i++) {
          int cp = rtl ? mirror(cps[cps.length - 1 - i]) : cps[i];
          out.add(
              new Glyph(
                  new String(Character.toChars(cp)),
                  x0 + i * step,
                  baseline,
                  step,
                  size,
                  false,
                  false,
                  0));
        }
        prev = w;
      }
    }
    return out;
  }

  /** The size of most lines of the page (the median of the line sizes, weighted by words). */
  private static float bodySize(RecognizedPage page, float scale) {
    List<Float> sizes = new ArrayList<>();
    for (RecognizedPage.Line l : page.lines()) {
      for (int i = 0; i < l.words().size(); i++) {
        sizes.add(size(l, scale));
      }
    }
    if (sizes.isEmpty()) {
      return 0;
    }
    sizes.sort(null);
    return sizes.get(sizes.size() / 2);
  }

  /**
   * The most common distance between the baselines of consecutive body lines (those of about the
   * body size, less than two and a half sizes apart), or 0 when the page has too few.
   */
  private static float pitch(RecognizedPage page, float scale, float body) {
    List<Float> gaps = new ArrayList<>();
    RecognizedPage.Line prev = null;
    for (RecognizedPage.Line l : page.lines()) {
      if (prev != null && bodyLine(l, scale, body) && bodyLine(prev, scale, body)) {
        float gap = (l.baseline() - prev.baseline()) * scale;
        if (gap > body && gap < 2.5f * body) {
          gaps.add(gap);
        }
      }
      prev = l;
    }
    if (gaps.size() < 3) {
      return 0;
    }
    gaps.sort(null);
    return gaps.get(gaps.size() / 2);
  }

  private static float size(RecognizedPage.Line line, float scale) {
    return Math.max(
        1f, line.size() > 0 ? line.size() * scale : line.height() * scale / LINE_BOX_EM);
  }

  private static boolean bodyLine(RecognizedPage.Line l, float scale, float body) {
    return Math.abs(size(l, scale) - body) <= sameSize(l) * body;
  }

  private static float sameSize(RecognizedPage.Line line) {
    return rightToLeft(line) ? SAME_SIZE_RTL : SAME_SIZE;
  }

  private static boolean rightToLeft(RecognizedPage.Line line) {
    StringBuilder sb = new StringBuilder();
    for (RecognizedPage.Word w : line.words()) {
      sb.append(w.text()).append(' ');
    }
    return RightToLeft.isRightToLeft(sb.toString());
  }

  private static int last(String s) {
    String t = s.strip();
    return t.isEmpty() ? ' ' : t.codePointBefore(t.length());
  }

  private static boolean ideographic(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || cp >= 0x3000 && cp <= 0x303F
        || cp >= 0xFF00 && cp <= 0xFFEF;
  }

  private static int mirror(int cp) {
    return switch (cp) {
      case '(' -> ')';
      case ')' -> '(';
      case '[' -> ']';
      case ']' -> '[';
      case '{' -> '}';
      case '}' -> '{';
      case '«' -> '»';
      case '»' -> '«';
      default -> cp;
    };
  }
}
