package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A UNFCCC-style negotiating text written here with PDFBox: labels hanging in the left margin with
 * the text at a tab stop, a label too long for the tab ("3quater."), a bracketed paragraph whose
 * number sits inside the bracket ("[1."), a footnote marker right after a label, a label tight
 * against its bracket ("3quinquies.["), alternatives ("Option 1:") one per line, and an alternative
 * whose second line is indented under its text.
 */
class NegotiatingTextLayoutTest {

  private static final float LABEL = 72;
  private static final float TEXT = 108;
  private static Document doc;

  @BeforeAll
  static void importFixture() throws Exception {
    var r = PdfFixture.ROMAN;
    String quater = "3quater. ";
    String ter = "3ter.";
    PdfFixture pdf =
        new PdfFixture()
            .page()
            .text(LABEL, 90, "1.")
            .text(
                TEXT,
                90,
                "Each Party shall regularly prepare, communicate and maintain successive contributions")
            .text(
                TEXT,
                102,
                "that it intends to achieve, taking into account its national circumstances.")
            .text(LABEL, 120, "[1.")
            .text(
                TEXT,
                120,
                "The purpose of this Agreement is to enhance the implementation of the Convention")
            .text(TEXT, 132, "and to achieve its objective as stated in its Article 2.]")
            .text(LABEL, 150, "2.")
            .text(
                TEXT,
                150,
                "Parties aim to reach the global temperature goal through a peaking of emissions as")
            .text(
                TEXT,
                162,
                "soon as possible, recognizing that peaking will take longer for developing countries.")
            .text(LABEL, 180, "3.")
            .text(
                TEXT,
                180,
                "Developed country Parties shall undertake quantified economy-wide emission reduction")
            .text(TEXT, 192, "commitments, which are comparable, measurable and reportable.")
            .text(LABEL, 210, "3bis.")
            .text(
                TEXT,
                210,
                "Developing country Parties should undertake enhanced mitigation actions in a")
            .text(TEXT, 222, "measurable, reportable and verifiable manner.")
            .text(LABEL, 240, ter)
            .text(LABEL + PdfFixture.width(r, 10, ter), 236, r, 6, "4")
            .text(
                TEXT,
                240,
                "Notwithstanding paragraphs 2 and 3 of this Article, Parties that are small island")
            .text(
                TEXT,
                252,
                "developing States may communicate information reflecting their circumstances.")
            .text(
                LABEL,
                270,
                quater
                    + "Developing country Parties' post-2020 enhanced mitigation actions will be more")
            .text(
                TEXT,
                282,
                "ambitious than their pre-2020 actions under the Bali Action Plan, supported by finance.")
            .text(
                LABEL,
                300,
                "3quinquies.[The Adaptation Fund Board shall be designated as an operating entity of")
            .text(
                TEXT, 312, "the financial mechanism referred to in paragraph 17 of this Article.]")
            .text(
                TEXT,
                330,
                "Option 1: Each Party's first contribution is that listed in an annex to the Agreement.")
            .text(
                TEXT,
                342,
                "Option 2: Each Party shall communicate its first contribution no later than upon [ratification or")
            .text(TEXT + 36, 354, "acceptance of] [joining] this Agreement.")
            .text(TEXT, 366, "Option 3: No provision on first communication {for decision text}")
            .text(TEXT, 378, "Option 4: No text")
            .text(LABEL, 396, "4.")
            .text(
                TEXT,
                396,
                "Each Party's contribution shall be progressively more ambitious over time, reflecting")
            .text(
                TEXT,
                408,
                "its highest possible ambition in the light of its national circumstances.")
            .text(LABEL, 426, "5.")
            .text(
                TEXT,
                426,
                "All Parties, taking into account their common but differentiated responsibilities, shall:")
            .text(
                TEXT,
                444,
                "a. formulating, implementing and regularly updating programmes containing measures to")
            .text(TEXT + 18, 456, "mitigate climate change;")
            .text(
                TEXT,
                474,
                "b. promoting and cooperating in the development and diffusion of technologies;")
            .text(
                TEXT,
                492,
                "b bis. In their actions Parties should take into account alternative policy approaches;")
            .text(
                TEXT + 18,
                510,
                "ii. The use of an international transaction log operated by the secretariat;")
            .text(LABEL, 740, r, 8, "_______________")
            .text(LABEL, 752, r, 6, "4")
            .text(
                LABEL + 6,
                756,
                r,
                8,
                "Applies to all options for differentiated efforts in this Article.");
    doc =
        new UnPdfImporter()
            .read(new ByteArrayInputStream(pdf.bytes()), ImportContext.of("negotiating.pdf"));
  }

  @Test
  void everyNumberedParagraphKeepsItsNumberAndItsLines() {
    assertEquals(
        List.of(
            "1",
            "1",
            "2",
            "3",
            "3 bis",
            "3 ter",
            "3 quater",
            "3 quinquies",
            "4",
            "5",
            "(a)",
            "(b)",
            "(b) bis",
            "(ii)"),
        doc.paragraphs().stream().filter(p -> p.label() != null).map(Paragraph::label).toList(),
        texts());
    assertEquals(
        "Developing country Parties' post-2020 enhanced mitigation actions will be more ambitious than "
            + "their pre-2020 actions under the Bali Action Plan, supported by finance.",
        paragraph("3 quater").text());
  }

  @Test
  void dottedLowerCaseLabelsAreSubItemsOfTheirChapeau() {
    Paragraph chapeau = paragraph("5");
    List<Paragraph> items = doc.children(chapeau.index());
    assertEquals(
        List.of("(a)", "(b)", "(b) bis"), items.stream().map(Paragraph::label).toList(), texts());
    assertEquals(
        "formulating, implementing and regularly updating programmes containing measures to mitigate "
            + "climate change;",
        items.get(0).text());
    assertEquals(items.get(2).index(), paragraph("(ii)").parent());
  }

  @Test
  void aBracketedParagraphKeepsItsBracketAndGivesUpItsNumber() {
    Paragraph p =
        doc.paragraphs().stream()
            .filter(x -> x.text().contains("The purpose"))
            .findFirst()
            .orElseThrow();
    assertEquals("1", p.label());
    assertEquals(
        "[The purpose of this Agreement is to enhance the implementation of the Convention and to achieve "
            + "its objective as stated in its Article 2.]",
        p.text());
    assertEquals(
        "[The Adaptation Fund Board shall be designated as an operating entity of the financial mechanism "
            + "referred to in paragraph 17 of this Article.]",
        paragraph("3 quinquies").text());
  }

  @Test
  void aFootnoteMarkerOnTheLabelStaysAReferenceBeforeTheText() {
    Paragraph p = paragraph("3 ter");
    Run first = p.runs().get(0);
    assertEquals("4", first.ref());
    assertEquals(true, first.has(Mark.FOOTNOTE_REFERENCE));
    assertEquals(
        "4 Notwithstanding paragraphs 2 and 3 of this Article, Parties that are small island developing "
            + "States may communicate information reflecting their circumstances.",
        p.text());
  }

  @Test
  void eachAlternativeIsAParagraphOfItsOwn() {
    List<String> options =
        doc.paragraphs().stream().map(Paragraph::text).filter(t -> t.startsWith("Option")).toList();
    assertEquals(
        List.of(
            "Option 1: Each Party's first contribution is that listed in an annex to the Agreement.",
            "Option 2: Each Party shall communicate its first contribution no later than upon [ratification or "
                + "acceptance of] [joining] this Agreement.",
            "Option 3: No provision on first communication {for decision text}",
            "Option 4: No text"),
        options,
        texts());
  }

  private static Paragraph paragraph(String label) {
    return doc.paragraphs().stream()
        .filter(p -> label.equals(p.label()))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static String texts() {
    return doc.paragraphs().stream()
        .map(p -> p.kind().id() + " " + p.label() + ": " + p.text())
        .collect(Collectors.joining("\n"));
  }
}
