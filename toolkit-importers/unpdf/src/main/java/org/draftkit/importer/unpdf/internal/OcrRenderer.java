package org.draftkit.importer.unpdf.internal;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Renders pages for OCR without their drawn lines: strokes, and filled shapes thinner than 2 pt
 * (rules, underlines, table borders) are left out, text and images are drawn. Tesseract's layout
 * analysis takes an underlined heading ("第二条" over its rule) for a graphic and leaves its text out;
 * the lines carry no text, and a scanned page's are in its image anyway.
 */
final class OcrRenderer extends PDFRenderer {

  /** Shapes thinner than this (points) are lines, not ink that forms letters. */
  private static final double THIN = 2.0;

  OcrRenderer(PDDocument document) {
    super(document);
  }

  @Override
  protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
    return new PageDrawer(parameters) {
      @Override
      public void strokePath() throws IOException {
        getLinePath().reset();
      }

      @Override
      public void fillPath(int windingRule) throws IOException {
        Rectangle2D bounds = getLinePath().getBounds2D();
        if (bounds.getWidth() < THIN || bounds.getHeight() < THIN) {
          getLinePath().reset();
          return;
        }
        super.fillPath(windingRule);
      }

      @Override
      public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
      }
    };
  }
}
