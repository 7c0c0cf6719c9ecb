package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structurer's real-layout rules hold for a PDF too, now that the PDF reader hands its blocks
 * to the structurer: a year that a line break sets at the start of a line ("2025.") is no paragraph
 * label, and a short heading in bold or italic is never joined to the paragraph before or after it.
 */
class RealLayoutRulesPdfTest {

  private static final float LEFT = 72;
  private static Document doc;

  @BeforeAll
  static void importFixture() throws Exception {
    var b = PdfFixture.BOLD;
    var i = PdfFixture.ITALIC;
    PdfFixture pdf =
        new PdfFixture()
            .page()
            .text(
                LEFT,
                90,
                "1. Decides that the Committee shall hold its next session at Geneva in the month of April")
            .text(
                LEFT,
                102,
                "2025. The secretariat shall prepare the documents for that session in all the official")
            .text(LEFT, 114, "languages of the United Nations.")
            .text(
                LEFT,
                138,
                "2. Requests the secretariat to report on the preparations for the session to the Committee")
            .text(LEFT, 150, "at its meeting before the session.")
            .text(LEFT, 174, i, 10, "Financial matters")
            .text(
                LEFT,
                186,
                "3. Decides that the costs of the session shall be met from the regular budget of the United")
            .text(LEFT, 198, "Nations within existing resources.")
            .text(
                LEFT,
                222,
                "The Committee shall adopt its own rules of procedure at the opening meeting of the session,")
            .text(LEFT, 234, "and the bureau shall present")
            .text(LEFT, 246, i, 10, "the provisional agenda")
            .text(LEFT, 270, b, 10, "Term of office")
            .text(
                LEFT,
                282,
                "members of the bureau shall serve until the end of the session and may be re-elected once.")
            .text(
                LEFT,
                306,
                "4. Requests the Secretary-General to transmit the present decision to all Member States and")
            .text(LEFT, 318, "to the members of the specialized agencies.");
    doc =
        new UnPdfImporter()
            .read(new ByteArrayInputStream(pdf.bytes()), ImportContext.of("layout.pdf"));
  }

  @Test
  void aYearAtTheStartOfALineIsNoLabel() {
    assertEquals(
        List.of("1", "2", "3", "4"),
        doc.paragraphs().stream().filter(p -> p.label() != null).map(Paragraph::label).toList(),
        texts());
    Paragraph first = doc.find("1").orElseThrow();
    assertTrue(
        first
            .text()
            .endsWith(
                "in the month of April 2025. The secretariat shall prepare the documents for "
                    + "that session in all the official languages of the United Nations."),
        first.text());
    assertEquals(first.index() + 1, doc.find("2").orElseThrow().index(), texts());
  }

  @Test
  void aShortItalicOrBoldHeadingIsNeverJoinedToItsNeighbours() {
    List<String> texts = doc.paragraphs().stream().map(p -> p.text().strip()).toList();
    assertTrue(texts.contains("Financial matters"), texts());
    assertTrue(texts.contains("the provisional agenda"), texts());
    assertTrue(texts.contains("Term of office"), texts());
    assertTrue(
        texts.contains(
            "members of the bureau shall serve until the end of the session and may be re-elected once."),
        texts());
    assertTrue(doc.find("3").orElseThrow().text().startsWith("Decides that the costs"), texts());
  }

  private static String texts() {
    return doc.paragraphs().stream()
            .map(p -> p.label() + "|" + p.kind() + "|" + p.text())
            .collect(Collectors.joining("\n"))
        + "\nfootnotes: "
        + doc.footnotes()
        + "\ndiagnostics: "
        + doc.diagnostics();
  }
}
