package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.junit.jupiter.api.Test;

/**
 * Words read from page images become glyphs: one body size for the whole document, however the
 * lines of each page are spaced; a lone bar the engine reads for a wide gap is no text.
 */
class OcrGlyphsTest {

  private static final float SCALE = 72f / 300;

  /** Lines of two words, {@code x_size} 38 px, baselines at the given y. */
  private static RecognizedPage page(int... baselines) {
    List<RecognizedPage.Line> lines = new ArrayList<>();
    for (int y : baselines) {
      lines.add(
          new RecognizedPage.Line(
              300,
              y - 40,
              1500,
              50,
              y,
              38,
              List.of(
                  new RecognizedPage.Word("Decides", 300, y - 40, 200, 50, 95),
                  new RecognizedPage.Word("further", 520, y - 40, 180, 50, 95))));
    }
    return new RecognizedPage(lines, 95);
  }

  private static float size(List<Glyph> glyphs) {
    return glyphs.get(0).size();
  }

  @Test
  void aPageOfSpacedListItemsHasTheBodySizeOfAPageOfProse() {
    // prose: a baseline every 55 px; list items of one line each, 90 px apart (more gaps between
    // items than between lines: a page on its own would take 90 px for the leading)
    RecognizedPage prose = page(400, 455, 510, 565, 620, 675, 730, 785);
    RecognizedPage list = page(400, 490, 580, 670, 760, 850, 940, 1030, 1120, 1210);
    OcrGlyphs.Sizes sizes = OcrGlyphs.sizes(List.of(prose, list), SCALE);
    assertEquals(size(OcrGlyphs.glyphs(prose, sizes)), size(OcrGlyphs.glyphs(list, sizes)));
    // 55 px at 300 dpi is 13.2 pt of leading: body text of about 11.5 pt
    assertEquals(55 * SCALE / 1.15f, sizes.body(), 0.01);
  }

  @Test
  void aLoneBarBetweenWordsIsNoText() {
    RecognizedPage page =
        new RecognizedPage(
            List.of(
                new RecognizedPage.Line(
                    300,
                    360,
                    1500,
                    50,
                    400,
                    38,
                    List.of(
                        new RecognizedPage.Word("(i)", 300, 360, 60, 50, 95),
                        new RecognizedPage.Word("|", 420, 360, 10, 50, 40),
                        new RecognizedPage.Word("Views", 520, 360, 150, 50, 95)))),
            90);
    StringBuilder text = new StringBuilder();
    OcrGlyphs.glyphs(page, OcrGlyphs.sizes(List.of(page), SCALE))
        .forEach(g -> text.append(g.text()));
    assertEquals("(i) Views", text.toString());
    assertFalse(text.toString().contains("|"));
  }
}
