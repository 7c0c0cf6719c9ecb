package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A two-page UN-style PDF written here with PDFBox: running heads and feet on both pages, an italic
 * preambular opening, a footnote, a real hyphen and a broken word at line ends, a word struck
 * through and a word underlined with drawn lines, a paragraph that runs over the page break, and
 * sub-items.
 */
class SyntheticLayoutTest {

  private static Document doc;

  @BeforeAll
  static void importFixture() throws Exception {
    var R = PdfFixture.ROMAN;
    var I = PdfFixture.ITALIC;
    PdfFixture pdf =
        new PdfFixture()
            .page()
            // running head and feet of page 1
            .text(72, 40, PdfFixture.BOLD, 8, "A/80/L.99")
            .text(72, 800, R, 8, "25-12345 (E)")
            .text(72, 815, PdfFixture.BOLD, 12, "*2512345*")
            .text(500, 800, R, 8, "1/2")
            // body
            .text(96, 100, I, 10, "The General Assembly,")
            .runs(
                96,
                118,
                10,
                I,
                "Recalling",
                R,
                " its resolution 70/125 on the implementation of the outcomes")
            .runs(72, 130, 10, R, "of the World Summit on the Information Society")
            .text(
                72 + PdfFixture.width(R, 10, "of the World Summit on the Information Society"),
                126,
                R,
                6,
                "1")
            .text(
                72
                    + PdfFixture.width(R, 10, "of the World Summit on the Information Society")
                    + PdfFixture.width(R, 6, "1"),
                130,
                R,
                10,
                ",")
            .text(96, 148, "1.  Decides to hold a follow-")
            .text(72, 160, "up meeting on the effective imple-")
            .text(72, 172, "mentation of the outcomes;")
            .text(96, 190, "2.  Requests the Secretary-General to report annually")
            .text(72, 202, "and biennially to the General Assembly;")
            .text(96, 220, "3.  Encourages all stakeholders to continue their work on")
            .text(72, 232, "the digital divide, in particular in developing countries,")
            // footnote
            .text(72, 740, R, 8, "_______________")
            .text(80, 752, R, 6, "1")
            .text(84, 756, R, 8, " Resolution 79/323, annex.");
    float annuallyX = 96 + PdfFixture.width(R, 10, "2.  Requests the Secretary-General to report ");
    float annuallyW = PdfFixture.width(R, 10, "annually");
    pdf.line(annuallyX, annuallyX + annuallyW, 190 - 3, 0.6f);
    float bienniallyX = 72 + PdfFixture.width(R, 10, "and ");
    pdf.line(
        bienniallyX, bienniallyX + PdfFixture.width(R, 10, "biennially"), 190 + 12 + 1.5f, 0.5f);
    pdf.page()
        .text(72, 40, PdfFixture.BOLD, 8, "A/80/L.99")
        .text(72, 800, R, 8, "2/2")
        .text(500, 800, R, 8, "25-12345")
        .text(72, 100, "so that no one is left behind;")
        .text(96, 118, "4.  Decides to:")
        .text(96, 136, "(a)  Review the implementation;")
        .text(96, 154, "(b)  Report on the follow-up.");
    doc =
        new UnPdfImporter()
            .read(new ByteArrayInputStream(pdf.bytes()), ImportContext.of("fixture.pdf"));
  }

  @Test
  void paragraphsComeOutInReadingOrderWithLabelsKindsAndParents() {
    List<Paragraph> ps = doc.paragraphs();
    assertEquals(
        List.of(
            "other",
            "preambular",
            "operative",
            "operative",
            "operative",
            "operative",
            "operative",
            "operative"),
        ps.stream().map(p -> p.kind().id()).toList(),
        texts());
    assertEquals(
        java.util.Arrays.asList(null, null, "1", "2", "3", "4", "(a)", "(b)"),
        ps.stream().map(Paragraph::label).toList());
    assertEquals(5, ps.get(6).parent());
    assertEquals(5, ps.get(7).parent());
    assertNull(ps.get(5).parent());
  }

  @Test
  void aParagraphContinuesOverThePageBreakWithoutTheRunningHeads() {
    assertEquals(
        "Encourages all stakeholders to continue their work on the digital divide, in particular in "
            + "developing countries, so that no one is left behind;",
        doc.paragraphs().get(4).text());
    for (Paragraph p : doc.paragraphs()) {
      assertFalse(p.text().matches(".*(A/80/L\\.99|25-12345|2512345|[12]/2).*"), p.text());
    }
  }

  @Test
  void realHyphensStayAndBrokenWordsAreJoined() {
    assertEquals(
        "Decides to hold a follow-up meeting on the effective implementation of the outcomes;",
        doc.paragraphs().get(2).text());
  }

  @Test
  void drawnLinesBecomeStrikeAndUnderline() {
    Paragraph p = doc.paragraphs().get(3);
    assertEquals(
        "Requests the Secretary-General to report annually and biennially to the General Assembly;",
        p.text());
    assertEquals("annually", only(p, Mark.STRIKE));
    assertEquals("biennially", only(p, Mark.UNDERLINE));
  }

  @Test
  void italicOpeningAndFootnoteMarkerAreRuns() {
    Paragraph p = doc.paragraphs().get(1);
    assertEquals("Recalling", only(p, Mark.ITALIC));
    Run ref =
        p.runs().stream().filter(r -> r.has(Mark.FOOTNOTE_REFERENCE)).findFirst().orElseThrow();
    assertEquals("1", ref.ref());
    assertTrue(p.text().endsWith("Information Society1,"), p.text());
    assertEquals(1, doc.footnotes().size());
    assertEquals("Resolution 79/323, annex.", doc.footnote("1").orElseThrow().text());
  }

  @Test
  void removalsAreReportedOncePerKindWithCounts() {
    Map<String, String> info =
        doc.diagnostics().stream()
            .filter(d -> d.severity() == Diagnostic.Severity.INFO)
            .collect(Collectors.toMap(Diagnostic::code, Diagnostic::message));
    assertEquals("removed 2 document symbols (pages 1–2)", info.get("pdf.running-head.symbol"));
    assertEquals("removed 2 page numbers (pages 1–2)", info.get("pdf.running-head.page-number"));
    assertEquals("removed 2 job numbers (pages 1–2)", info.get("pdf.running-head.job-number"));
    assertEquals("removed 1 barcode (page 1)", info.get("pdf.running-head.barcode"));
    assertEquals("A/80/L.99", doc.metadata().symbol());
  }

  private static String only(Paragraph p, Mark mark) {
    List<String> marked = p.runs().stream().filter(r -> r.has(mark)).map(Run::text).toList();
    assertEquals(1, marked.size(), mark + " runs: " + marked);
    return marked.get(0);
  }

  private static String texts() {
    return doc.paragraphs().stream()
        .map(p -> p.kind().id() + " " + p.label() + ": " + p.text())
        .collect(Collectors.joining("\n"));
  }
}
