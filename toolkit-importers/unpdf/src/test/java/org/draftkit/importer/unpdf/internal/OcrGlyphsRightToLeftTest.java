package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.junit.jupiter.api.Test;

/** Words read from a page image become glyphs of one body size, as a text layer would give. */
class OcrGlyphsRightToLeftTest {

  /** 300 dpi pixels to points. */
  private static final float SCALE = 72f / 300;

  @Test
  void arabicLinesWhoseSizeWaversByAFifthAreBodyText() {
    // Tesseract's size of an Arabic line follows its letters: 45 to 60 px for 12-point text
    float[] sizes = {56, 48, 60, 45, 56, 60, 58, 56};
    List<RecognizedPage.Line> lines = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      lines.add(line(400 + 88 * i, sizes[i], "يسري", "هذا", "الاتفاق"));
    }
    TreeSet<Float> glyphSizes = new TreeSet<>();
    for (Glyph g : OcrGlyphs.glyphs(new RecognizedPage(lines, 90), SCALE)) {
      glyphSizes.add(g.size());
    }
    assertEquals(1, glyphSizes.size(), glyphSizes::toString);
  }

  @Test
  void latinLinesKeepTheNarrowerTolerance() {
    float[] sizes = {56, 56, 56, 56, 56, 56, 44};
    List<RecognizedPage.Line> lines = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      // the small line is set apart (at the body's pitch a small Latin line is body text: a line
      // of x-height letters, which the engine estimates small)
      int baseline = i < sizes.length - 1 ? 400 + 88 * i : 400 + 88 * i + 60;
      lines.add(line(baseline, sizes[i], "Parties", "shall", "cooperate"));
    }
    TreeSet<Float> glyphSizes = new TreeSet<>();
    for (Glyph g : OcrGlyphs.glyphs(new RecognizedPage(lines, 90), SCALE)) {
      glyphSizes.add(g.size());
    }
    assertEquals(2, glyphSizes.size(), glyphSizes::toString);
  }

  private static RecognizedPage.Line line(int baseline, float size, String... words) {
    List<RecognizedPage.Word> ws = new ArrayList<>();
    int x = 2000;
    for (String w : words) {
      int width = 40 * w.length();
      x -= width + 20;
      ws.add(new RecognizedPage.Word(w, x, baseline - 45, width, 55, 90));
    }
    return new RecognizedPage.Line(x, baseline - 50, 2000 - x, 62, baseline, size, ws);
  }
}
