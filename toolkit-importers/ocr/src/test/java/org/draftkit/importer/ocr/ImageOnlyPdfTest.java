package org.draftkit.importer.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.draftkit.Limits;
import org.draftkit.importer.unpdf.UnPdfImporter;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A two-page PDF we typeset, rendered to images and rebuilt without its text layer: the PDF
 * importer finds no text, reads the pages with Tesseract through this plugin, and the numbered
 * paragraphs come out as typeset. Skipped without Tesseract.
 */
class ImageOnlyPdfTest {

  private static final List<String> PAGE_ONE =
      List.of(
          "1. Decides to convene an intergovernmental conference to consider the text of an",
          "agreement on the conservation of marine biological diversity;",
          "2. Requests the Secretary-General to submit a report on the implementation of the",
          "present resolution at its next session;");
  private static final List<String> PAGE_TWO =
      List.of(
          "3. Invites Member States to provide information on their national measures;",
          "4. Decides to remain seized of the matter.");

  @Test
  void anImageOnlyPdfIsReadFromItsImagesWithWordsAndNumbering() throws Exception {
    TesseractRecognizer tesseract = new TesseractRecognizer();
    Assumptions.assumeTrue(
        tesseract.unavailable(List.of("en")).isEmpty(), "tesseract with eng absent: skipped");
    byte[] pdf = imageOnly(typeset(List.of(PAGE_ONE, PAGE_TWO)));
    Document d =
        new UnPdfImporter()
            .read(
                new ByteArrayInputStream(pdf),
                new ImportContext("scan.pdf", Limits.defaults(), Map.of("lang", "en")));
    List<String> labels =
        d.paragraphs().stream().map(Paragraph::label).filter(l -> l != null).toList();
    assertEquals(List.of("1", "2", "3", "4"), labels, d.paragraphs()::toString);
    Paragraph two =
        d.paragraphs().stream().filter(p -> "2".equals(p.label())).findFirst().orElseThrow();
    assertEquals(
        "Requests the Secretary-General to submit a report on the implementation of the present resolution "
            + "at its next session;",
        two.text());
    Diagnostic ocr =
        d.diagnostics().stream().filter(x -> x.code().equals("pdf.ocr")).findFirst().orElseThrow();
    assertTrue(
        ocr.message().startsWith("read 2 pages from the page image with tesseract"), ocr.message());
    assertTrue(
        ocr.message().contains("because of no text layer: pp. 1–2; mean confidence "),
        ocr.message());
  }

  @Test
  void withoutALanguageTheScriptIsRecognisedAndSaid() throws Exception {
    TesseractRecognizer tesseract = new TesseractRecognizer();
    Assumptions.assumeTrue(
        tesseract.unavailable(List.of("en", "fr", "es")).isEmpty(), "tesseract absent: skipped");
    byte[] pdf = imageOnly(typeset(List.of(PAGE_ONE)));
    Document d =
        new UnPdfImporter().read(new ByteArrayInputStream(pdf), ImportContext.of("scan.pdf"));
    assertEquals(
        List.of("1", "2"),
        d.paragraphs().stream().map(Paragraph::label).filter(l -> l != null).toList());
    Diagnostic lang =
        d.diagnostics().stream()
            .filter(x -> x.code().equals("pdf.ocr-language"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "no language named (--lang): read the page images as en+fr+es, from the script of page 1",
        lang.message());
  }

  @Test
  void aMissingProgramOrLanguageSaysWhatToInstall() {
    TesseractRecognizer none = new TesseractRecognizer("/nonexistent/tesseract");
    assertEquals(
        "install Tesseract (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim)",
        none.unavailable(List.of("zh")).orElseThrow());
    Assumptions.assumeTrue(
        new TesseractRecognizer().unavailable(List.of()).isEmpty(), "tesseract absent: skipped");
    assertEquals(
        "install Tesseract's language data: apt-get install tesseract-ocr-kor",
        new TesseractRecognizer().unavailable(List.of("kor")).orElseThrow());
  }

  @Test
  void hocrLinesAndWordsAreParsed() {
    String hocr =
        "<div class='ocr_page' title='bbox 0 0 2480 3508'>\n"
            + "<span class='ocr_line' id='line_1_1' title=\"bbox 100 200 600 240; baseline 0.001 -9; x_size 46; "
            + "x_descenders 9; x_ascenders 10\">\n"
            + "<span class='ocrx_word' id='word_1_1' title='bbox 100 202 180 238; x_wconf 96'>Decides</span>\n"
            + "<span class='ocrx_word' id='word_1_2' title='bbox 190 204 210 231; x_wconf 92'>&lt;to&gt;</span>\n"
            + "</span>\n<span class='ocr_header' id='line_1_2' title=\"bbox 100 300 300 350; baseline 0 -10; x_size 60\">"
            + "<span class='ocrx_word' id='word_1_3' title='bbox 100 300 300 350; x_wconf 90'>Article</span></span>";
    var page = TesseractRecognizer.parse(hocr);
    assertEquals(2, page.lines().size());
    assertEquals(3, page.words());
    assertEquals(278.0 / 3, page.meanConfidence(), 1e-9);
    var line = page.lines().get(0);
    assertEquals(231f, line.baseline());
    assertEquals(46f, line.size());
    assertEquals(
        new org.draftkit.importer.unpdf.ocr.RecognizedPage.Word("<to>", 190, 204, 20, 27, 92),
        line.words().get(1));
    assertEquals(340f, page.lines().get(1).baseline());
  }

  /** A PDF with the lines typeset in Times, 12 pt, one list per page. */
  static byte[] typeset(List<List<String>> pages) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = 760;
          for (String line : lines) {
            boolean numbered = Character.isDigit(line.charAt(0));
            cs.beginText();
            cs.setFont(times, 12);
            cs.newLineAtOffset(numbered ? 72 : 72, y);
            cs.showText(line);
            cs.endText();
            y -= 16;
          }
        }
      }
      doc.save(out);
    }
    return out.toByteArray();
  }

  /** The PDF's pages rendered at 300 dpi and put back as images only: no text layer. */
  static byte[] imageOnly(byte[] pdf) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument src = org.apache.pdfbox.Loader.loadPDF(pdf);
        PDDocument doc = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(src);
      for (int i = 0; i < src.getNumberOfPages(); i++) {
        BufferedImage img = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
        PDRectangle box = src.getPage(i).getMediaBox();
        PDPage page = new PDPage(box);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(
              LosslessFactory.createFromImage(doc, img), 0, 0, box.getWidth(), box.getHeight());
        }
      }
      doc.save(out);
    }
    return out.toByteArray();
  }
}
