package org.draftkit.testkit;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned PDFs for tests, made from text whose truth is known, with no text layer so that only OCR
 * reads them: lines drawn in a serif font on an A4 page image at 300 dpi; the pages of a PDF
 * rendered and put back as images only; paragraphs typeset with Java2D (wrapped, right to left when
 * asked). Needs PDFBox on the test class path (an optional dependency of the testkit).
 */
public final class ScannedPdf {

  private ScannedPdf() {}

  /**
   * The PDF's bytes: one page, numbered lines ("1. Decides …") at the margin, the others indented.
   */
  public static byte[] imageOnly(List<String> lines) throws IOException {
    int dpi = DPI;
    BufferedImage image =
        blank(
            Math.round(PDRectangle.A4.getWidth() / 72 * dpi),
            Math.round(PDRectangle.A4.getHeight() / 72 * dpi));
    Graphics2D g = graphics(image);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 12 * dpi / 72));
    int y = 300;
    for (String line : lines) {
      g.drawString(line, line.matches("\\d.*") ? 300 : 420, y);
      y += 16 * dpi / 72;
    }
    g.dispose();
    return pdfOf(List.of(image));
  }

  private static final int DPI = 300;

  /** Pages {@code first}..{@code last} (from 1) of the PDF, as text. */
  public static byte[] pages(byte[] pdf, int first, int last) throws IOException {
    try (PDDocument src = Loader.loadPDF(pdf);
        PDDocument out = new PDDocument()) {
      for (int i = first - 1; i < last; i++) {
        out.importPage(src.getPage(i));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** The PDF's pages rendered at 300 dpi in grey and put back as images only. */
  public static byte[] imageOnly(byte[] pdf) throws IOException {
    List<BufferedImage> images = new ArrayList<>();
    try (PDDocument src = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(src);
      for (int i = 0; i < src.getNumberOfPages(); i++) {
        images.add(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
      }
    }
    return pdfOf(images);
  }

  /**
   * The paragraphs typeset on A4 page images: {@code font} at 12 pt, 2.5 cm margins, a blank line
   * between paragraphs, right-aligned and right to left when {@code rtl}.
   */
  public static byte[] typeset(List<String> paragraphs, String font, boolean rtl)
      throws IOException {
    int width = Math.round(PDRectangle.A4.getWidth() / 72 * DPI);
    int height = Math.round(PDRectangle.A4.getHeight() / 72 * DPI);
    int margin = Math.round(2.5f / 2.54f * DPI);
    Font f = new Font(font, Font.PLAIN, 12 * DPI / 72);
    List<BufferedImage> images = new ArrayList<>();
    BufferedImage page = null;
    Graphics2D g = null;
    float y = 0;
    for (String paragraph : paragraphs) {
      AttributedString text = new AttributedString(paragraph);
      text.addAttribute(TextAttribute.FONT, f);
      text.addAttribute(
          TextAttribute.RUN_DIRECTION,
          rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
      FontRenderContext frc = new FontRenderContext(null, true, true);
      LineBreakMeasurer lines = new LineBreakMeasurer(text.getIterator(), frc);
      while (lines.getPosition() < paragraph.length()) {
        TextLayout line = lines.nextLayout(width - 2f * margin);
        float lineHeight = line.getAscent() + line.getDescent() + line.getLeading();
        if (page == null || y + lineHeight > height - margin) {
          page = blank(width, height);
          images.add(page);
          g = graphics(page);
          y = margin;
        }
        y += line.getAscent();
        float x = rtl ? width - margin - line.getAdvance() : margin;
        line.draw(g, x, y);
        y += line.getDescent() + line.getLeading();
      }
      y += f.getSize2D();
    }
    return pdfOf(images);
  }

  private static BufferedImage blank(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  private static Graphics2D graphics(BufferedImage page) {
    Graphics2D g = page.createGraphics();
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return g;
  }

  private static byte[] pdfOf(List<BufferedImage> images) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (BufferedImage image : images) {
        PDRectangle box =
            new PDRectangle(image.getWidth() * 72f / DPI, image.getHeight() * 72f / DPI);
        PDPage page = new PDPage(box);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(
              LosslessFactory.createFromImage(doc, image), 0, 0, box.getWidth(), box.getHeight());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
