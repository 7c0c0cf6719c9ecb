package org.draftkit.importer.unpdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes small PDFs for tests: text placed at given positions (y from the top of the page, as a
 * reader measures it) in Times roman, bold or italic, and drawn lines.
 */
final class PdfFixture {

  static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);

  private final List<List<Op>> pages = new ArrayList<>();

  private sealed interface Op permits Text, Stroke, FileFontText {}

  private record Text(float x, float y, PDType1Font font, float size, String text) implements Op {}

  private record Stroke(float x0, float x1, float y, float width) implements Op {}

  private record FileFontText(float x, float y, java.nio.file.Path font, float size, String text)
      implements Op {}

  /**
   * Writes {@code text} glyph by glyph, as given, in a TrueType font read from {@code font}
   * (embedded as a composite font): no shaping or reordering, so right-to-left text is written as
   * its glyphs are to be seen, from left to right.
   */
  PdfFixture text(float x, float y, java.nio.file.Path font, float size, String text) {
    pages.get(pages.size() - 1).add(new FileFontText(x, y, font, size, text));
    return this;
  }

  /** Starts a new A4-sized page (595 x 842 points). */
  PdfFixture page() {
    pages.add(new ArrayList<>());
    return this;
  }

  /** Writes {@code text} with its baseline {@code y} points below the top of the page. */
  PdfFixture text(float x, float y, PDType1Font font, float size, String text) {
    pages.get(pages.size() - 1).add(new Text(x, y, font, size, text));
    return this;
  }

  /**
   * Writes pieces of text one after the other on one baseline, each {@code (font, text)} pair
   * starting where the previous one ended.
   */
  PdfFixture runs(float x, float y, float size, Object... fontsAndTexts) {
    float at = x;
    for (int i = 0; i + 1 < fontsAndTexts.length; i += 2) {
      PDType1Font font = (PDType1Font) fontsAndTexts[i];
      String t = (String) fontsAndTexts[i + 1];
      text(at, y, font, size, t);
      at += width(font, size, t);
    }
    return this;
  }

  /** Body text: Times Roman 10 pt. */
  PdfFixture text(float x, float y, String text) {
    return text(x, y, ROMAN, 10, text);
  }

  /** The advance width of {@code text} in {@code font} at {@code size}. */
  static float width(PDType1Font font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Draws a horizontal line {@code y} points below the top of the page. */
  PdfFixture line(float x0, float x1, float y, float width) {
    pages.get(pages.size() - 1).add(new Stroke(x0, x1, y, width));
    return this;
  }

  byte[] bytes() throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      java.util.Map<java.nio.file.Path, org.apache.pdfbox.pdmodel.font.PDFont> loaded =
          new java.util.HashMap<>();
      for (List<Op> ops : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float h = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (Op op : ops) {
            if (op instanceof Text t) {
              cs.beginText();
              cs.setFont(t.font(), t.size());
              cs.newLineAtOffset(t.x(), h - t.y());
              cs.showText(t.text());
              cs.endText();
            } else if (op instanceof FileFontText t) {
              org.apache.pdfbox.pdmodel.font.PDFont font = loaded.get(t.font());
              if (font == null) {
                font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, t.font().toFile());
                loaded.put(t.font(), font);
              }
              cs.beginText();
              cs.setFont(font, t.size());
              cs.newLineAtOffset(t.x(), h - t.y());
              cs.showText(t.text());
              cs.endText();
            } else if (op instanceof Stroke s) {
              cs.setLineWidth(s.width());
              cs.moveTo(s.x0(), h - s.y());
              cs.lineTo(s.x1(), h - s.y());
              cs.stroke();
            }
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
