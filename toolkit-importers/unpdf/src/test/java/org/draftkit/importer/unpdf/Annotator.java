package org.draftkit.importer.unpdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Adds annotations to a PDF the way Acrobat writes them, for tests: sticky notes with their popup
 * windows, text markup with quadrilaterals, replies, groups, free text, carets. Coordinates are
 * given as a reader measures them: x from the left, y down from the top of the page.
 */
final class Annotator implements AutoCloseable {

  private final PDDocument doc;

  Annotator(byte[] pdf) throws IOException {
    doc = Loader.loadPDF(pdf);
  }

  /** A new annotation of {@code subtype} on {@code page} (1-based) covering the given box. */
  Annot add(int page, String subtype, float x0, float top, float x1, float bottom)
      throws IOException {
    PDPage p = doc.getPage(page - 1);
    COSDictionary d = new COSDictionary();
    d.setName(COSName.TYPE, "Annot");
    d.setName(COSName.SUBTYPE, subtype);
    float h = p.getMediaBox().getHeight();
    d.setItem(COSName.RECT, floats(x0, h - bottom, x1, h - top));
    d.setItem(COSName.P, p.getCOSObject());
    java.util.List<PDAnnotation> list = p.getAnnotations();
    list.add(PDAnnotation.createAnnotation(d));
    p.setAnnotations(list);
    return new Annot(d, p, h);
  }

  /** A text markup annotation whose one quadrilateral per box covers the marked words. */
  Annot markup(int page, String subtype, float[]... boxes) throws IOException {
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (float[] b : boxes) {
      x0 = Math.min(x0, b[0]);
      top = Math.min(top, b[1]);
      x1 = Math.max(x1, b[2]);
      bottom = Math.max(bottom, b[3]);
    }
    Annot a = add(page, subtype, x0, top, x1, bottom);
    COSArray quads = new COSArray();
    for (float[] b : boxes) {
      float uTop = a.h - b[1];
      float uBottom = a.h - b[3];
      // Acrobat's order: upper left, upper right, lower left, lower right
      for (float v : new float[] {b[0], uTop, b[2], uTop, b[0], uBottom, b[2], uBottom}) {
        quads.add(new COSFloat(v));
      }
    }
    a.d.setItem(COSName.QUADPOINTS, quads);
    return a;
  }

  /** Sets the page's /Rotate (its content and the annotations' coordinates stay as they are). */
  Annotator rotate(int page, int degrees) {
    doc.getPage(page - 1).setRotation(degrees);
    return this;
  }

  /** The box around {@code word} set in Times 10 pt at {@code x} on the baseline {@code y}. */
  static float[] box(float x, float y, String word) {
    return new float[] {
      x - 0.5f, y - 9, x + PdfFixture.width(PdfFixture.ROMAN, 10, word) + 0.5f, y + 2.5f
    };
  }

  byte[] bytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }

  private static COSArray floats(float... values) {
    COSArray a = new COSArray();
    for (float v : values) {
      a.add(new COSFloat(v));
    }
    return a;
  }

  /** One annotation being written. */
  static final class Annot {
    final COSDictionary d;
    private final PDPage page;
    private final float h;

    Annot(COSDictionary d, PDPage page, float h) {
      this.d = d;
      this.page = page;
      this.h = h;
    }

    Annot author(String t) {
      d.setString(COSName.T, t);
      return this;
    }

    Annot contents(String text) {
      d.setString(COSName.CONTENTS, text);
      return this;
    }

    Annot rich(String xhtml) {
      d.setItem(COSName.RC, new COSString(xhtml));
      return this;
    }

    Annot created(String pdfDate) {
      d.setString(COSName.CREATION_DATE, pdfDate);
      return this;
    }

    Annot modified(String pdfDate) {
      d.setString(COSName.M, pdfDate);
      return this;
    }

    Annot name(String key, String value) {
      d.setName(COSName.getPDFName(key), value);
      return this;
    }

    /** Answers {@code parent} ({@code /RT /R}) or joins its group ({@code /RT /Group}). */
    Annot inReplyTo(Annot parent, boolean group) {
      d.setItem(COSName.IRT, parent.d);
      if (group) {
        d.setName(COSName.getPDFName("RT"), "Group");
      }
      return this;
    }

    /** A free-text callout whose arrow ends at {@code (x, y)}. */
    Annot callout(float x, float y, float kneeX, float kneeY) {
      d.setItem(COSName.getPDFName("CL"), floats(x, h - y, kneeX, h - kneeY));
      return this;
    }

    /** Adds the popup window Acrobat writes beside a note, linked both ways. */
    Annot popup() throws IOException {
      COSDictionary p = new COSDictionary();
      p.setName(COSName.TYPE, "Annot");
      p.setName(COSName.SUBTYPE, "Popup");
      p.setItem(COSName.RECT, floats(595, 600, 780, 720));
      p.setItem(COSName.PARENT, d);
      // some writers copy the parent's text into the popup
      p.setString(
          COSName.CONTENTS,
          d.getString(COSName.CONTENTS) == null ? "" : d.getString(COSName.CONTENTS));
      d.setItem(COSName.POPUP, p);
      java.util.List<PDAnnotation> list = page.getAnnotations();
      list.add(PDAnnotation.createAnnotation(p));
      page.setAnnotations(list);
      return this;
    }
  }
}
