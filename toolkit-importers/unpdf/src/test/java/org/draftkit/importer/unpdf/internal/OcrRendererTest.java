package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.api.Test;

/** Pages rendered for OCR keep their text and lose their drawn lines. */
class OcrRendererTest {

  @Test
  void anUnderlinedHeadingKeepsItsWordsAndLosesItsRule() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 14);
        cs.newLineAtOffset(250, 700);
        cs.showText("Article 2");
        cs.endText();
        cs.setLineWidth(0.8f);
        cs.moveTo(250, 695); // a stroked underline
        cs.lineTo(320, 695);
        cs.stroke();
        cs.addRect(100, 600, 400, 0.6f); // a filled rule
        cs.fill();
        cs.addRect(100, 400, 100, 50); // a filled box: ink, kept
        cs.fill();
      }
      BufferedImage image = new OcrRenderer(doc).renderImageWithDPI(0, 72, ImageType.GRAY);
      int h = image.getHeight();
      assertTrue(dark(image, 250, 330, h - 712, h - 698) > 0, "the words are drawn");
      assertEquals(0, dark(image, 250, 320, h - 696, h - 694), "the underline is not");
      assertEquals(0, dark(image, 100, 500, h - 601, h - 599), "the rule is not");
      assertTrue(dark(image, 110, 190, h - 440, h - 410) > 0, "a filled box is");
    }
  }

  /** Dark pixels in the box [x0, x1) × [y0, y1). */
  private static int dark(BufferedImage image, int x0, int x1, int y0, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if ((image.getRGB(x, y) & 0xff) < 128) {
          n++;
        }
      }
    }
    return n;
  }
}
