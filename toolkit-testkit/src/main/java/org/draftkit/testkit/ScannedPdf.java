package org.draftkit.testkit;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * A scanned draft for tests: lines of text drawn in a serif font on an A4 page image at 300 dpi,
 * put in a PDF as an image only (no text layer), so that only OCR reads it. Needs PDFBox on the
 * test class path (an optional dependency of the testkit).
 */
public final class ScannedPdf {

  private ScannedPdf() {}

  /**
   * The PDF's bytes: one page, numbered lines ("1. Decides …") at the margin, the others indented.
   */
  public static byte[] imageOnly(List<String> lines) throws IOException {
    int dpi = 300;
    BufferedImage image =
        new BufferedImage(
            Math.round(PDRectangle.A4.getWidth() / 72 * dpi),
            Math.round(PDRectangle.A4.getHeight() / 72 * dpi),
            BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 12 * dpi / 72));
    int y = 300;
    for (String line : lines) {
      g.drawString(line, line.matches("\\d.*") ? 300 : 420, y);
      y += 16 * dpi / 72;
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(
            LosslessFactory.createFromImage(doc, image),
            0,
            0,
            PDRectangle.A4.getWidth(),
            PDRectangle.A4.getHeight());
      }
      doc.save(out);
    }
    return out.toByteArray();
  }
}
