package org.draftkit.importer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The WSIS+20 outcome texts as PyMuPDF extracted them from the UN PDFs (running heads, running
 * titles, page numbers, job numbers and footnote bodies inside the flow, paragraphs cut by page
 * breaks): the text importer cleans them into the 127 operative paragraphs.
 */
class UnExtractedTextTest {

  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?<![\\w/])\\d{1,2}/20(?![\\w/])|25-20(327|874)|\\*25208|_{5,}|^A/(80/L\\.41|RES/80/173)|"
              + "(A/80/L\\.41|A/RES/80/173)$");

  @ParameterizedTest
  @CsvSource({
    "A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt, A/80/L.41, 2025-12-16, Limited",
    "A_RES_80_173_wsis20-outcome_adopted_2025-12-17.txt, A/RES/80/173, 2025-12-19, General"
  })
  void givesOperativeParagraphsOneTo127WithoutPageFurniture(
      String file, String symbol, String date, String distr) throws Exception {
    Path p = Corpus.file("un-drafts/wsis20/" + file);
    Document doc;
    try (InputStream in = Files.newInputStream(p)) {
      doc = new TextImporter().read(in, ImportContext.of(file));
    }
    List<String> numbers =
        doc.paragraphs().stream()
            .filter(
                x -> x.kind() == ParagraphKind.OPERATIVE && x.parent() == null && x.label() != null)
            .map(Paragraph::label)
            .toList();
    assertEquals(IntStream.rangeClosed(1, 127).mapToObj(Integer::toString).toList(), numbers);
    for (Paragraph para : doc.paragraphs()) {
      assertFalse(
          FURNITURE.matcher(para.text()).find(),
          "page furniture in paragraph " + para.label() + ": " + para.text());
      for (Footnote f : doc.footnotes()) {
        assertFalse(
            f.text().length() > 12 && para.text().contains(f.text()), "footnote body in the flow");
      }
    }
    assertEquals(12, doc.footnotes().size());
    assertEquals("Resolution 79/323, annex.", doc.footnote("1").orElseThrow().text());
    long refs =
        doc.paragraphs().stream()
            .flatMap(x -> x.runs().stream())
            .filter(r -> r.has(Mark.FOOTNOTE_REFERENCE))
            .count();
    assertEquals(12, refs);
    assertEquals(symbol, doc.metadata().symbol());
    assertEquals(LocalDate.parse(date), doc.metadata().date());
    assertEquals(distr, doc.metadata().distribution());

    // a paragraph cut by a page break (and in the adopted text by a four-line running title) is
    // whole
    Paragraph five = doc.find("5").orElseThrow();
    assertTrue(
        five.text()
            .contains("unique and emerging information and communications technology challenges"),
        five.text());
    assertTrue(
        doc.diagnostics().stream().anyMatch(d -> d.code().equals("txt.running-head.page-number")));
  }
}
