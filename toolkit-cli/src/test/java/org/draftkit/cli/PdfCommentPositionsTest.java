package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.draftkit.Toolkit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code draftkit positions} on a UN-style draft PDF that delegations annotated in a PDF reader:
 * the stances come from the comment annotations (sticky notes, a highlight, a reply, a "Replace
 * text" caret, a free-text box, a note holding only rich text), each on the paragraph it marks, as
 * they come from Word comments on a DOCX draft.
 */
class PdfCommentPositionsTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  private static final float H = PDRectangle.A4.getHeight();
  private static final int PARAGRAPHS = 16;

  @TempDir Path dir;

  private Path pdf;

  /** Baseline of paragraph {@code n} (1-based), from the top of the page. */
  private static float y(int n) {
    return 110 + 18 * (n - 1);
  }

  private static String paragraph(int n) {
    return n
        + ".  "
        + switch (n % 4) {
          case 0 -> "Decides to consider the matter at its next session on the basis of a report;";
          case 1 ->
              "Requests the Secretary-General to report on the implementation of this resolution;";
          case 2 -> "Encourages all stakeholders to continue their work, which shall be voluntary;";
          default ->
              "Invites Member States to contribute to the trust fund for the follow-up process;";
        };
  }

  private static float x(int n, String word) {
    String line = paragraph(n);
    return 96 + width(line.substring(0, line.indexOf(word)));
  }

  private static float width(String text) {
    try {
      return ROMAN.getStringWidth(text) / 1000 * 10;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void writeAnnotatedDraft() throws IOException {
    pdf = dir.resolve("A_80_L.99-annotated.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, BOLD, 8, 72, 40, "A/80/L.99");
        text(cs, ROMAN, 8, 500, 800, "1/1");
        text(cs, ROMAN, 10, 96, 92, "The General Assembly,");
        for (int n = 1; n <= PARAGRAPHS; n++) {
          text(cs, ROMAN, 10, 96, y(n), paragraph(n));
        }
      }
      // a sticky note beside paragraph 3 with its popup window, and a reply to it
      COSDictionary us =
          annotation(
              page, "Text", 545, y(3) - 12, 563, y(3) + 6, "jsmith", "US: Delete this paragraph");
      popup(page, us);
      COSDictionary jp =
          annotation(page, "Text", 565, y(3) - 12, 583, y(3) + 6, "tanaka", "Japan: retain");
      jp.setItem(COSName.IRT, us);
      // a highlight on paragraph 5's words with a comment
      COSDictionary eu =
          annotation(
              page,
              "Highlight",
              x(5, "Secretary-General"),
              y(5) - 9,
              x(5, "Secretary-General") + width("Secretary-General"),
              y(5) + 2.5f,
              "EU delegate",
              "EU: retain");
      quads(
          eu,
          x(5, "Secretary-General"),
          y(5) - 9,
          x(5, "Secretary-General") + width("Secretary-General"),
          y(5) + 2.5f);
      // Acrobat's "Replace text" on paragraph 6: a caret holding the new words, its strike-out
      // grouped with it
      float shall = x(6, "shall");
      COSDictionary caret =
          annotation(
              page,
              "Caret",
              shall - 3,
              y(6) - 8,
              shall + 3,
              y(6) + 2,
              "nilsen",
              "Norway: replace with \u201cshould\u201d");
      COSDictionary struck =
          annotation(
              page,
              "StrikeOut",
              shall,
              y(6) - 9,
              shall + width("shall"),
              y(6) + 2.5f,
              "nilsen",
              null);
      quads(struck, shall, y(6) - 9, shall + width("shall"), y(6) + 2.5f);
      struck.setItem(COSName.IRT, caret);
      struck.setName(COSName.getPDFName("RT"), "Group");
      // a note with rich text only, in the left margin of paragraph 9
      COSDictionary aosis =
          annotation(page, "Text", 20, y(9) - 12, 38, y(9) + 6, "AOSIS chair", null);
      aosis.setItem(
          COSName.RC,
          new COSString(
              "<?xml version=\"1.0\"?><body xmlns=\"http://www.w3.org/1999/xhtml\">"
                  + "<p>AOSIS: <span style=\"font-weight:bold\">strong support</span></p></body>"));
      // a free-text box just below paragraph 16
      annotation(page, "FreeText", 96, y(16) + 10, 400, y(16) + 30, "ottawa", "Canada: support");
      doc.save(pdf.toFile());
    }
  }

  @Test
  void positionsAreReadFromTheCommentAnnotations() {
    CliRun r = CliRun.run(TOOLKIT, "positions", pdf.toString(), "--to", "csv");
    assertEquals(0, r.exitCode(), r::toString);
    Set<String> rows = new TreeSet<>();
    for (String line : r.out().lines().skip(1).toList()) {
      List<String> cells = List.of(line.split(",", 4));
      rows.add(cells.get(0) + " " + cells.get(1) + " " + cells.get(2));
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "3 US delete",
                "3 Japan retain",
                "5 EU retain",
                "6 Norway amend",
                "9 AOSIS retain",
                "16 Canada retain")),
        rows,
        r.out());
  }

  @Test
  void theCommentsAreInTheConvertedDocument() throws IOException {
    Path json = dir.resolve("out.json");
    CliRun r =
        CliRun.run(TOOLKIT, "convert", pdf.toString(), "--to", "json", "-o", json.toString());
    assertEquals(0, r.exitCode(), r::toString);
    String out = Files.readString(json);
    assertTrue(out.contains("US: Delete this paragraph"), out);
    assertTrue(out.replaceAll("\\s+", "").contains("\"anchorText\":\"shall\""), out);
  }

  private static void text(
      PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, H - y);
    cs.showText(s);
    cs.endText();
  }

  private static COSDictionary annotation(
      PDPage page,
      String subtype,
      float x0,
      float top,
      float x1,
      float bottom,
      String author,
      String contents)
      throws IOException {
    COSDictionary d = new COSDictionary();
    d.setName(COSName.TYPE, "Annot");
    d.setName(COSName.SUBTYPE, subtype);
    d.setItem(COSName.RECT, floats(x0, H - bottom, x1, H - top));
    d.setString(COSName.T, author);
    if (contents != null) {
      d.setString(COSName.CONTENTS, contents);
    }
    d.setString(COSName.CREATION_DATE, "D:20251117100000+01'00'");
    add(page, d);
    return d;
  }

  private static void popup(PDPage page, COSDictionary parent) throws IOException {
    COSDictionary p = new COSDictionary();
    p.setName(COSName.TYPE, "Annot");
    p.setName(COSName.SUBTYPE, "Popup");
    p.setItem(COSName.RECT, floats(595, 600, 780, 720));
    p.setItem(COSName.PARENT, parent);
    parent.setItem(COSName.POPUP, p);
    add(page, p);
  }

  private static void quads(COSDictionary d, float x0, float top, float x1, float bottom) {
    d.setItem(COSName.QUADPOINTS, floats(x0, H - top, x1, H - top, x0, H - bottom, x1, H - bottom));
  }

  private static void add(PDPage page, COSDictionary d) throws IOException {
    List<PDAnnotation> list = page.getAnnotations();
    list.add(PDAnnotation.createAnnotation(d));
    page.setAnnotations(list);
  }

  private static COSArray floats(float... values) {
    COSArray a = new COSArray();
    for (float v : values) {
      a.add(new COSFloat(v));
    }
    return a;
  }
}
