package org.draftkit.importer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Markdown transcriptions of the Paris Agreement negotiation (v2 to v6 and the draft decision).
 * The figures were checked by reading the files against the published texts: the Agreement has a
 * 16-paragraph preamble and 29 articles, Article 4 has 19 paragraphs, Article 13 has 15.
 */
class ParisAgreementCorpusTest {
  private static final String DIR = "un-drafts/unfccc-paris-agreement-2015/";

  private static Document read(String name) throws Exception {
    Path path = Corpus.file(DIR + name);
    try (InputStream in = Files.newInputStream(path)) {
      return new MarkdownImporter().read(in, ImportContext.of(name));
    }
  }

  /** Top-level numbered paragraphs under each heading, in order. */
  private static Map<String, List<String>> numbersByHeading(Document doc) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (Paragraph p : doc.paragraphs()) {
      if (p.isHeading()) {
        current = new ArrayList<>();
        out.put(p.text(), current);
      } else if (current != null && p.parent() == null && p.number() != null) {
        current.add(p.label());
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "v5_2015-12-12_paris-agreement_L.9-Rev.1.md",
        "v6_2016-01-29_paris-agreement_editorial-corrections.md"
      })
  void theAgreementArticleByArticle(String name) throws Exception {
    Document doc = read(name);
    assertEquals("Paris Agreement", doc.metadata().title());
    Map<String, List<String>> byHeading = numbersByHeading(doc);
    List<String> headings = new ArrayList<>(List.of("Preamble"));
    IntStream.rangeClosed(1, 29).forEach(i -> headings.add("Article " + i));
    assertEquals(headings, List.copyOf(byHeading.keySet()));

    Map<Integer, Integer> sizes =
        Map.ofEntries(
            Map.entry(1, 3),
            Map.entry(2, 2),
            Map.entry(4, 19),
            Map.entry(5, 2),
            Map.entry(6, 9),
            Map.entry(7, 14),
            Map.entry(8, 5),
            Map.entry(9, 9),
            Map.entry(10, 6),
            Map.entry(11, 5),
            Map.entry(13, 15),
            Map.entry(14, 3),
            Map.entry(15, 3),
            Map.entry(16, 8),
            Map.entry(17, 2),
            Map.entry(18, 3),
            Map.entry(19, 2),
            Map.entry(20, 3),
            Map.entry(21, 4),
            Map.entry(23, 2),
            Map.entry(25, 2),
            Map.entry(28, 3));
    for (int article = 1; article <= 29; article++) {
      int n = sizes.getOrDefault(article, 0);
      List<String> expected = IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList();
      assertEquals(expected, byHeading.get("Article " + article), "Article " + article);
    }

    assertEquals(
        16, doc.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.PREAMBULAR).count());
    Paragraph preambleFirst =
        doc.paragraphs().stream()
            .filter(p -> p.kind() == ParagraphKind.PREAMBULAR)
            .findFirst()
            .orElseThrow();
    assertTrue(
        preambleFirst
            .text()
            .startsWith("Being Parties to the United Nations Framework Convention"));

    Paragraph article2 =
        doc.paragraphs().stream()
            .filter(p -> p.text().startsWith("This Agreement, in enhancing"))
            .findFirst()
            .orElseThrow();
    List<Paragraph> items = doc.children(article2.index());
    assertEquals(3, items.size(), "Article 2.1 (a)-(c), written as a nested list");
    assertTrue(
        items.get(0).text().startsWith("Holding the increase in the global average temperature"));
    assertTrue(items.stream().allMatch(p -> p.kind() == ParagraphKind.OPERATIVE));
    assertTrue(doc.footnotes().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "v2_2015-10-23_draft-agreement.md",
        "v3_2015-12-04_draft-agreement.md",
        "v4_2015-12-09_draft-agreement.md"
      })
  void theDraftsNumberEveryArticleFromOne(String name) throws Exception {
    Document doc = read(name);
    Map<String, List<String>> byHeading = numbersByHeading(doc);
    assertTrue(byHeading.containsKey("Preamble"), byHeading.keySet().toString());
    int articles = 0;
    for (Map.Entry<String, List<String>> e : byHeading.entrySet()) {
      if (e.getKey().matches("\\[?Article \\d+.*") && !e.getValue().isEmpty()) {
        articles++;
        assertEquals("1", e.getValue().get(0), e.getKey() + " " + e.getValue());
      }
    }
    assertTrue(articles >= 20, name + ": articles with numbered paragraphs: " + articles);
    assertTrue(
        doc.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.PREAMBULAR).count() >= 14);
    for (Paragraph p : doc.paragraphs()) {
      if (p.kind() == ParagraphKind.OPERATIVE && p.parent() == null) {
        assertEquals(ParagraphNumber.Scheme.ARABIC, p.number().scheme(), p.toString());
      }
    }
  }

  @Test
  void theDraftDecision() throws Exception {
    Document doc = read("decision-1-CP.21_draft-decision.md");
    assertEquals(
        "Draft Decision on workstreams 1 and 2 of the Ad Hoc Working Group on the Durban Platform for "
            + "Enhanced Action",
        doc.metadata().title());
    assertEquals("ADP contact group", doc.metadata().author());
    // the numbered sections; short all-bold lines ("ADAPTATION", "Option 1") are unnumbered
    // headings,
    // as they are from DOCX and HTML (one structurer)
    assertEquals(
        List.of("B", "I", "II", "III", "IV", "V", "VI"),
        doc.paragraphs().stream()
            .filter(Paragraph::isHeading)
            .filter(p -> p.number() != null)
            .map(Paragraph::label)
            .toList());
    assertEquals(
        List.of("1", "13", "14", "15"), doc.footnotes().stream().map(Footnote::label).toList());
    assertEquals(
        5, doc.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.PREAMBULAR).count());
    Paragraph p40 =
        doc.paragraphs().stream()
            .filter(
                p ->
                    "40".equals(p.label())
                        && p.text().startsWith("[Requests the Adaptation Committee to:"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("(a)", "(b)", "(c)", "(d)", "(e)", "(f)"),
        doc.children(p40.index()).stream().map(Paragraph::label).toList());
    Paragraph f = doc.children(p40.index()).get(5);
    assertEquals(
        List.of("(i)", "(i)", "(i)"),
        doc.children(f.index()).stream().map(Paragraph::label).toList(),
        "the source numbers all three (i)");
    assertTrue(doc.find("53").isPresent(), "'53 *Recalls*' has no dot but follows 52");
    assertTrue(doc.find("9 bis").isPresent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "v2_2015-10-23_draft-agreement.md",
        "v3_2015-12-04_draft-agreement.md",
        "v4_2015-12-09_draft-agreement.md",
        "v5_2015-12-12_paris-agreement_L.9-Rev.1.md",
        "v6_2016-01-29_paris-agreement_editorial-corrections.md",
        "decision-1-CP.21_draft-decision.md"
      })
  void everyWordIsKeptAndNothingIsAdded(String name) throws Exception {
    Document doc = read(name);
    WordCount expected = WordCount.ofMarkdownSource(Files.readString(Corpus.file(DIR + name)));
    WordCount actual = WordCount.ofDocument(doc);
    assertEquals("", expected.difference(actual), "words missing from (-) or added to (+) " + name);
    for (Diagnostic d : doc.diagnostics()) {
      assertTrue(
          d.severity() == Diagnostic.Severity.INFO || d.code().equals("md.footnote-undefined"),
          d.toString());
    }
  }
}
