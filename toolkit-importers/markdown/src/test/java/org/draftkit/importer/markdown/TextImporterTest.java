package org.draftkit.importer.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.draftkit.CorruptDocumentException;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.spi.Detection;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextImporterTest {
  private final TextImporter importer = new TextImporter();

  private Document read(String text) throws Exception {
    return importer.read(new ByteArrayInputStream(text.getBytes(UTF_8)), ImportContext.of("x.txt"));
  }

  private static List<String> texts(Document doc) {
    return doc.paragraphs().stream().map(Paragraph::text).toList();
  }

  private static List<String> labels(Document doc) {
    return doc.paragraphs().stream().map(p -> p.label() == null ? "-" : p.label()).toList();
  }

  @Test
  void paragraphsAreSeparatedByBlankLinesOrByALabelAtTheStartOfALine() throws Exception {
    Document doc =
        read(
            "PREAMBLE\n\nThe General Assembly,\n\nRecalling its resolution\n70/125 of 16 December 2015,\n"
                + "   \n1. Decides to hold a high-\nlevel meeting on decision-\nmaking:\n(a) In 2035;\n(b)\tWith all\n"
                + "stakeholders;\n2.\nRequests a report.\n83 bis Invites all.\n");
    assertEquals(
        List.of(
            "PREAMBLE",
            "The General Assembly,",
            "Recalling its resolution 70/125 of 16 December 2015,",
            "Decides to hold a high-level meeting on decision-making:",
            "In 2035;",
            "With all stakeholders;",
            "Requests a report.",
            "Invites all."),
        texts(doc));
    assertEquals(List.of("-", "-", "-", "1", "(a)", "(b)", "2", "83 bis"), labels(doc));
    assertEquals(
        List.of(
            ParagraphKind.HEADING,
            ParagraphKind.OTHER,
            ParagraphKind.PREAMBULAR,
            ParagraphKind.OPERATIVE,
            ParagraphKind.OPERATIVE,
            ParagraphKind.OPERATIVE,
            ParagraphKind.OPERATIVE,
            ParagraphKind.OPERATIVE),
        doc.paragraphs().stream().map(Paragraph::kind).toList());
    assertEquals(3, doc.paragraphs().get(4).parent());
    assertEquals(
        List.of(1, 3, 5, 8, 11, 12, 14, 16),
        doc.paragraphs().stream().map(p -> p.location().line()).toList());
  }

  @Test
  void aSymbolInCapitalsIsNotAHeadingButASectionLineIs() throws Exception {
    Document doc = read("A/80/L.41\n\nI. Introduction\n\nANNEX I\n");
    assertEquals(
        List.of(ParagraphKind.OTHER, ParagraphKind.HEADING, ParagraphKind.HEADING),
        doc.paragraphs().stream().map(Paragraph::kind).toList());
    assertEquals(List.of("-", "I", "-"), labels(doc));
  }

  @Test
  void markdownSyntaxIsKeptAsText() throws Exception {
    assertEquals(
        List.of("# Not a heading here **and** ~~this~~ stays"),
        texts(read("# Not a heading here **and** ~~this~~ stays\n")));
  }

  @Test
  void detectionIsWeakForTextAndNoForBinary() {
    assertEquals(Detection.WEAK, importer.detect("1. Decides\n".getBytes(UTF_8)));
    assertEquals(Detection.NO, importer.detect(new byte[] {1, 0, 2}));
    assertEquals(Detection.NO, importer.detect(new byte[0]));
  }

  @Test
  void binaryAndEmptyInputAreCorrupt() {
    CorruptDocumentException e =
        assertThrows(
            CorruptDocumentException.class,
            () ->
                importer.read(
                    new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0}),
                    ImportContext.of("x.txt")));
    assertTrue(e.getMessage().startsWith("x.txt: not a text file (binary content"), e.getMessage());
    assertThrows(CorruptDocumentException.class, () -> read("\n\n"));
  }

  private static Document readCorpus(String relative) throws Exception {
    Path path = Corpus.file(relative);
    try (InputStream in = Files.newInputStream(path)) {
      return new TextImporter().read(in, ImportContext.of(path.getFileName().toString()));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt",
        "un-drafts/wsis20/A_RES_80_173_wsis20-outcome_adopted_2025-12-17.txt"
      })
  void theWsisOutcomeHasIts127ParagraphsInOrder(String relative) throws Exception {
    Document doc = readCorpus(relative);
    List<String> numbers =
        doc.paragraphs().stream()
            .filter(p -> p.parent() == null && p.kind() == ParagraphKind.OPERATIVE)
            .map(Paragraph::label)
            .toList();
    assertEquals(IntStream.rangeClosed(1, 127).mapToObj(Integer::toString).toList(), numbers);
    Paragraph first = doc.find("1").orElseThrow();
    assertTrue(
        first.text().startsWith("We reaffirm our commitment to the vision of the World Summit"),
        first.text());
    assertTrue(
        doc.paragraphs().stream()
            .anyMatch(
                p ->
                    p.kind() == ParagraphKind.PREAMBULAR
                        && p.text()
                            .startsWith(
                                "Recalling the outcome document of the high-level meeting")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "un-drafts/unfccc-cma6-article6.2/v1_draft-decision_1st-iteration_2024-11-14.txt",
        "un-drafts/bbnj-agreement-2023/bbnj-agreement-2023_en.txt"
      })
  void corpusTextsImportWithEveryWord(String relative) throws Exception {
    // texts with UN page furniture (the WSIS outcome) lose it by design: UnExtractedTextTest
    Document doc = readCorpus(relative);
    assertTrue(doc.paragraphs().size() > 5, relative);
    WordCount expected = WordCount.ofPlainText(Files.readString(Corpus.file(relative)));
    assertEquals("", expected.difference(WordCount.ofDocumentWithoutHyphens(doc)), relative);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "un-drafts/bbnj-ga-resolutions/A-RES-77-321.txt",
        "un-drafts/bbnj-ga-resolutions/A-RES-78-272.txt",
        "un-drafts/bbnj-ga-resolutions/A-RES-79-271.txt",
        "un-drafts/bbnj-ga-resolutions/A-RES-80-107.txt"
      })
  void textFlattenedOutOfAPdfIsRepairedAsTheHtmlImporterRepairsIt(String relative)
      throws Exception {
    // one line per paragraph, masthead, footnotes and running heads inside paragraphs: the masthead
    // and running heads are taken out (with diagnostics), the notes become footnotes, no word is
    // invented
    Document doc = readCorpus(relative);
    // "Secretary- General" (a line-end hyphen flattened with its space) is repaired to
    // "Secretary-General"
    WordCount source =
        WordCount.ofPlainText(
            Files.readString(Corpus.file(relative)).replaceAll("(?<=\\p{L})- (?=\\p{Lu})", "-"));
    String difference = source.difference(WordCount.ofDocumentWithoutHyphens(doc));
    assertTrue(!difference.contains("+"), relative + ": " + difference);
    assertTrue(!doc.footnotes().isEmpty(), relative);
    assertTrue(doc.paragraphs().stream().noneMatch(p -> p.text().contains("_____")), relative);
    assertTrue(
        doc.paragraphs().stream()
            .anyMatch(
                p -> p.kind() == ParagraphKind.PREAMBULAR && p.text().startsWith("Recalling")),
        relative);
  }

  @Test
  void successiveResolutionsKeepTheirOperativeCounts() throws Exception {
    assertEquals(9, operative(readCorpus("un-drafts/bbnj-ga-resolutions/A-RES-79-271.txt")));
    assertEquals(12, operative(readCorpus("un-drafts/bbnj-ga-resolutions/A-RES-80-107.txt")));
  }

  private static long operative(Document doc) {
    return doc.paragraphs().stream()
        .filter(p -> p.parent() == null && p.kind() == ParagraphKind.OPERATIVE)
        .count();
  }
}
