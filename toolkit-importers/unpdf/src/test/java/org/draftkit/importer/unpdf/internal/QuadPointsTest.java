package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.junit.jupiter.api.Test;

/**
 * The one QuadPoints reader: a box per quadrilateral, bad ones left out rather than read as zeros.
 */
class QuadPointsTest {

  private static COSDictionary markup(Object... numbers) {
    COSArray quads = new COSArray();
    for (Object n : numbers) {
      quads.add(
          n instanceof String s
              ? new COSString(s)
              : n instanceof Integer i ? COSInteger.get(i) : new COSFloat((Float) n));
    }
    COSDictionary d = new COSDictionary();
    d.setItem(COSName.QUADPOINTS, quads);
    return d;
  }

  @Test
  void eachQuadrilateralIsItsBoundingBox() {
    // PDF order: upper-left, upper-right, lower-left, lower-right
    List<float[]> boxes =
        PdfAnnotations.quadBoxes(
            markup(
                72, 700, 300, 700, 72, 688, 300, 688, 72.5f, 680f, 200f, 680f, 72.5f, 668f, 200f,
                668f));
    assertEquals(2, boxes.size());
    assertArrayEquals(new float[] {72, 688, 300, 700}, boxes.get(0));
    assertArrayEquals(new float[] {72.5f, 668, 200, 680}, boxes.get(1));
  }

  @Test
  void aQuadrilateralWithABadNumberIsLeftOutNotReadAsZero() {
    List<float[]> boxes =
        PdfAnnotations.quadBoxes(
            markup(72, 700, "x", 700, 72, 688, 300, 688, 10, 20, 30, 20, 10, 5, 30, 5, 1, 2, 3));
    assertEquals(1, boxes.size(), "the bad quadrilateral and the short tail are left out");
    assertArrayEquals(new float[] {10, 5, 30, 20}, boxes.get(0));
    assertEquals(List.of(), PdfAnnotations.quadBoxes(new COSDictionary()));
  }
}
