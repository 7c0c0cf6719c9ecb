package org.draftkit.importer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.Run;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The founding document: the IMSB reflections on Rev 2 of the WSIS+20 outcome document. */
class ImsbSubmissionTest {
  private static final String FILE = "submissions/imsb-reflections-wsis20-rev2_2025-12-09.md";
  private static Path path;
  private static Document doc;

  @BeforeAll
  static void read() throws Exception {
    path = Corpus.file(FILE);
    try (InputStream in = Files.newInputStream(path)) {
      doc = new MarkdownImporter().read(in, ImportContext.of(path.getFileName().toString()));
    }
  }

  @Test
  void quotedParagraphsCarryExactlyTheirNumbers() {
    List<String> numbered =
        doc.paragraphs().stream().filter(p -> p.number() != null).map(Paragraph::label).toList();
    assertEquals(List.of("66", "83 bis", "84", "88", "89", "100", "103"), numbered);
    for (String label : numbered) {
      Paragraph p = doc.find(label).orElseThrow();
      assertEquals(ParagraphKind.OPERATIVE, p.kind(), label);
      assertTrue(p.text().startsWith("We "), label + " text excludes its label: " + p.text());
    }
  }

  @Test
  void struckTextIsStrikeAndBoldTextIsBold() {
    assertEquals(
        List.of(
            "to establish consider the establishment of", "81st session of the General Assembly"),
        marked("66", Mark.STRIKE));
    assertEquals(List.of(), marked("66", Mark.BOLD));
    assertEquals(List.of("description"), marked("88", Mark.STRIKE));
    assertEquals(
        List.of("working definition", "with a working definition"), marked("88", Mark.BOLD));
    assertEquals(List.of("reaffirm"), marked("89", Mark.STRIKE));
    assertEquals(
        List.of("recognize", "encompasses both technical and public policy issues and"),
        marked("89", Mark.BOLD));
    assertEquals(
        List.of("including the Internet Governance Forum and the WSIS Forum"),
        marked("84", Mark.BOLD));
    assertEquals(1, marked("100", Mark.BOLD).size());
    assertTrue(marked("100", Mark.BOLD).get(0).startsWith("maintaining the current arrangement"));
    assertTrue(marked("100", Mark.BOLD).get(0).endsWith("intersessional activities."));
    assertEquals(1, marked("103", Mark.STRIKE).size());
    assertTrue(
        marked("103", Mark.STRIKE)
            .get(0)
            .startsWith("call for the strengthening of the Secretariat"));
    assertEquals(List.of(), marked("83 bis", Mark.BOLD));
    assertEquals(List.of(), marked("83 bis", Mark.STRIKE));
  }

  @Test
  void paragraph84IsOneParagraphAcrossTheStrayBlankLine() {
    Paragraph p = doc.find("84").orElseThrow();
    assertTrue(
        p.text()
            .contains(
                "and promote the participation of micro -, small and medium-sized enterprises"),
        p.text());
    assertTrue(p.text().endsWith("related skills in developing countries."), p.text());
    assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("md.paragraph-rejoined")));
  }

  @Test
  void metadataComesFromTheHeadingAndTheDateLine() {
    assertEquals(
        "Informal Multistakeholder Sounding Board (IMSB) Reflections on Revision 2 of the WSIS+20 "
            + "Outcomes Document",
        doc.metadata().title());
    assertEquals(LocalDate.of(2025, 12, 9), doc.metadata().date());
    assertEquals(
        List.of(
            "Informal Multistakeholder Sounding Board (IMSB) Reflections on Revision 2 of the WSIS+20 "
                + "Outcomes Document",
            "Key aspects to retain in the next revision of the Outcome Document",
            "On Financial Mechanisms",
            "On Artificial Intelligence",
            "On Internet governance"),
        doc.paragraphs().stream().filter(Paragraph::isHeading).map(Paragraph::text).toList());
  }

  @Test
  void bulletItemsAreParagraphsOfTheirOwn() {
    List<Paragraph> bullets =
        doc.paragraphs().stream()
            .filter(
                p -> p.text().startsWith("Closing all digital divides (paras 9-12, 16, 18- 27)"))
            .toList();
    assertEquals(1, bullets.size());
    assertEquals(ParagraphKind.OTHER, bullets.get(0).kind());
    assertFalse(
        doc.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.PREAMBULAR),
        "no paragraph of the submission is preambular");
  }

  @Test
  void everyWordOfTheSourceIsInSomeParagraphAndNoOtherWord() throws Exception {
    String source = Files.readString(path);
    WordCount expected = WordCount.ofMarkdownSource(source);
    WordCount actual = WordCount.ofDocument(doc);
    assertTrue(expected.total() > 1500, "the source has words: " + expected.total());
    assertEquals(
        "", expected.difference(actual), "words missing from (-) or added to (+) the document");
    assertEquals(expected.total(), actual.total());
  }

  private static List<String> marked(String label, Mark mark) {
    Paragraph p = doc.find(label).orElseThrow();
    return p.runs().stream()
        .filter(r -> r.has(mark))
        .map(Run::text)
        .map(String::strip)
        .collect(Collectors.toList());
  }
}
