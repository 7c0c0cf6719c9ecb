package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;

/**
 * Turns the words read from a page image into glyphs placed as a PDF text layer would place them,
 * so that they go through the same line building, page zones and structuring as any PDF page: each
 * word's characters share its box evenly, all words of a line sit on the line's baseline, words are
 * separated by a space glyph (except between Chinese or Japanese characters), and a right-to-left
 * word's characters are laid out from right to left (its brackets mirrored), as a PDF shows them.
 * OCR tells no font style: glyphs are upright and regular.
 */
final class OcrGlyphs {

  /** Body height (ascender to descender) of a line as a share of its font size, for Times-like faces. */
  private static final float LINE_BOX_EM = 0.9f;
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
    for (RecognizedPage.Line line : page.lines()) {
      if (line.words().isEmpty()) {
        continue;
      }
      float size = Math.max(1f, line.height() * scale / LINE_BOX_EM);
      float baseline = (line.top() + line.height()) * scale - DESCENT_EM * size;
      List<RecognizedPage.Word> words = new ArrayList<>(line.words());
      words.sort((a, b) -> Integer.compare(a.left(), b.left()));
      RecognizedPage.Word prev = null;
      for (RecognizedPage.Word w : words) {
        String text = w.text().strip();
        if (text.isEmpty()) {
          continue;
        }
        float x0 = w.left() * scale;
        float x1 = (w.left() + w.width()) * scale;
        if (prev != null && !(ideographic(last(prev.text())) && ideographic(text.codePointAt(0)))) {
          float px1 = (prev.left() + prev.width()) * scale;
          out.add(new Glyph(" ", px1, baseline, Math.max(0.1f, x0 - px1), size, false, false, 0));
        }
        int[] cps = text.codePoints().toArray();
        boolean rtl = RightToLeft.isRightToLeft(text);
        float step = (x1 - x0) / cps.length;
        for (int i = 0; i < cps.length; i++) {
          int cp = rtl ? mirror(cps[cps.length - 1 - i]) : cps[i];
          out.add(new Glyph(new String(Character.toChars(cp)), x0 + i * step, baseline, step, size, false, false, 0));
        }
        prev = w;
      }
    }
    return out;
  }

  private static int last(String s) {
    String t = s.strip();
    return t.isEmpty() ? ' ' : t.codePointBefore(t.length());
  }

  private static boolean ideographic(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
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
