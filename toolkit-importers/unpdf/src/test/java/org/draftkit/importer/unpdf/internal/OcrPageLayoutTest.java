package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Pages as an OCR engine reports them (lines of words with boxes, in pixels at 300 dpi), through
 * the same glyphs, lines, blocks and structurer as any PDF page.
 */
class OcrPageLayoutTest {

  private static final float SCALE = 72f / 300;
  private static final int LEFT = 515;
  private static final int RIGHT = 2160;
  private static final int PITCH = 53;

  /** Builds a page line by line, each line's words spread over its box. */
  private static final class Page {
    final List<RecognizedPage.Line> lines = new ArrayList<>();
    int baseline = 400;

    Page line(String text, int left, int right, float size) {
      String[] words = text.split(" ");
      int chars = text.replace(" ", "").length();
      float perChar = (right - left - 25f * (words.length - 1)) / chars;
      List<RecognizedPage.Word> out = new ArrayList<>();
      float x = left;
      for (String w : words) {
        int width = Math.round(perChar * w.length());
        out.add(new RecognizedPage.Word(w, Math.round(x), baseline - 32, width, 42, 95));
        x += width + 25;
      }
      lines.add(
          new RecognizedPage.Line(left, baseline - 32, right - left, 42, baseline, size, out));
      baseline += PITCH;
      return this;
    }

    /** A line of running text (full measure), its engine size as given. */
    Page text(String text, float size) {
      return line(text, LEFT, RIGHT, size);
    }

    Page centred(String text) {
      int half = text.length() * 11;
      return line(text, 1337 - half, 1337 + half, 41);
    }

    Page gap() {
      baseline += 40;
      return this;
    }

    List<Paragraph> read() {
      PageContent page =
          new PageContent(1, 595, 842, List.of(), List.of(), 1)
              .withGlyphs(OcrGlyphs.glyphs(new RecognizedPage(lines, 90), SCALE));
      Document doc = new BlockStream("ocr.pdf").assemble(List.of(page));
      return doc.paragraphs();
    }
  }

  private static final String FULL =
      "Стороны принимают надлежащие законодательные административные или политические меры";

  @Test
  void aLineOfLowerCaseLettersEstimatedSmallStaysInItsParagraph() {
    Page p = new Page();
    p.text(FULL, 41).text(FULL, 41).text(FULL, 41).text(FULL, 41).text("Стороны принимают.", 41);
    p.gap()
        .text("1. " + FULL, 41)
        .text("щихся государств участников в частности наименее развитых стран", 25.6f);
    p.text(FULL, 41).text(FULL, 41).line("его конец.", LEFT, 900, 41);
    List<Paragraph> ps = p.read();
    assertEquals(2, ps.size(), () -> ps.toString());
    assertEquals("1", ps.get(1).label());
  }

  @Test
  void aListWhoseItemsAreSetApartHasAParagraphPerItem() {
    Page p = new Page();
    p.centred("Ориентировочные критерии");
    p.gap();
    for (String item :
        new String[] {
          "a) уникальность;",
          "b) редкость;",
          "c) особое значение;",
          "d) хрупкость;",
          "e) чувствительность;",
          "f) зависимость;",
          "g) естественность;",
          "h) репликация."
        }) {
      p.line(item, 642, 1200, 41).gap();
    }
    List<Paragraph> ps = p.read();
    assertEquals(
        List.of("(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"),
        ps.stream().map(Paragraph::label).filter(l -> l != null).toList(),
        () -> ps.toString());
  }

  @Test
  void gapsBetweenItemsAreNotTakenForTheLinePitch() {
    Page p = new Page();
    for (int i = 0; i < 10; i++) {
      p.line("b) редкость;", 642, 1200, 41).gap();
    }
    List<Glyph> glyphs = OcrGlyphs.glyphs(new RecognizedPage(p.lines, 90), SCALE);
    // letters 41 px high at 300 dpi are an 11 or 12 pt face, not the 19 pt that a line pitch of
    // 93 px would make them
    assertEquals(true, glyphs.get(0).size() < 13f, () -> "size " + glyphs.get(0).size());
  }

  @Test
  void aCentredLowerCaseLineGoesOnWithTheHeadingAbove() {
    Page p = new Page();
    p.centred("Статья 38").centred("Стандарты и/или руководящие принципы,");
    p.centred("разрабатываемые Научно-техническим органом");
    p.gap().text("1. " + FULL, 41).text(FULL, 41).text(FULL, 41).text(FULL, 41);
    p.line("его конец.", LEFT, 900, 41);
    List<Paragraph> ps = p.read();
    assertEquals(
        "Статья 38 Стандарты и/или руководящие принципы, разрабатываемые Научно-техническим органом",
        ps.get(0).text(),
        () -> ps.toString());
    assertEquals(true, ps.get(0).isHeading());
    assertEquals("1", ps.get(1).label());
  }
}
