package org.draftkit.importer.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.Toolkit;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corpus HTML pages against the PDFs and the texts of the same resolutions. */
class HtmlCorpusTest {

  private static Document read(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new HtmlImporter().read(in, ImportContext.of(file.getFileName().toString()));
    }
  }

  /** The page's own section heading, which the PDF does not have. */
  private static List<Paragraph> body(Document html) {
    List<Paragraph> ps = html.paragraphs();
    assertEquals("Authoritative text", ps.get(0).text());
    return ps.subList(1, ps.size());
  }

  private static List<String> words(List<Paragraph> ps) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : ps) {
      for (String w : p.text().strip().split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** Word-level F1 of bags of words. */
  private static double f1(List<String> expected, List<String> actual) {
    Map<String, Integer> bag = new HashMap<>();
    expected.forEach(w -> bag.merge(w, 1, Integer::sum));
    int match = 0;
    for (String w : actual) {
      Integer n = bag.get(w);
      if (n != null && n > 0) {
        bag.put(w, n - 1);
        match++;
      }
    }
    double p = (double) match / actual.size();
    double r = (double) match / expected.size();
    return 2 * p * r / (p + r);
  }

  @ParameterizedTest
  @CsvSource({
    "A-RES-79-271, A/RES/79/271, 2025-03-04, 9, 4",
    "A-RES-80-107, A/RES/80/107, 2025-12-09, 12, 6"
  })
  void bbnjPagesGiveTheResolutionsParagraphs(
      String name, String symbol, String date, int operative, int preambular) throws Exception {
    Document doc = read(Corpus.file("html/bbnj-site/" + name + ".html"));
    List<Paragraph> body = body(doc);

    List<Paragraph> numbered = body.stream().filter(p -> p.number() != null).toList();
    assertEquals(operative, numbered.size());
    for (int i = 0; i < numbered.size(); i++) {
      assertEquals(Integer.toString(i + 1), numbered.get(i).label());
      assertEquals(ParagraphKind.OPERATIVE, numbered.get(i).kind(), numbered.get(i).text());
    }
    assertEquals(
        preambular, body.stream().filter(p -> p.kind() == ParagraphKind.PREAMBULAR).count());
    assertEquals(
        "The General Assembly,",
        body.stream()
            .filter(p -> p.kind() == ParagraphKind.OTHER)
            .map(Paragraph::text)
            .filter(t -> t.startsWith("The General"))
            .findFirst()
            .orElseThrow());
    for (Paragraph p : body) {
      assertFalse(p.text().contains("____"), "no footnote separator in the text: " + p.text());
      assertFalse(
          p.text().contains(symbol + " Agreement under"),
          "no running head in the text: " + p.text());
      assertFalse(
          p.text().contains("Jurisdiction " + symbol), "no running head in the text: " + p.text());
    }

    // footnotes out of the flow, their markers as references, in order
    List<String> labels = doc.footnotes().stream().map(Footnote::label).toList();
    assertEquals(List.of("1", "2", "3", "4", "5"), labels);
    List<String> refs =
        body.stream()
            .flatMap(p -> p.runs().stream())
            .filter(r -> r.has(Mark.FOOTNOTE_REFERENCE))
            .map(r -> r.ref())
            .toList();
    assertEquals(labels, refs);
    assertEquals(
        "United Nations, Treaty Series, vol. 1833, No. 31363.",
        doc.footnote("1").orElseThrow().text());

    assertEquals(symbol, doc.metadata().symbol());
    assertEquals(LocalDate.parse(date), doc.metadata().date());
    assertEquals("en", doc.metadata().language());
    assertEquals("General", doc.metadata().distribution());
    assertTrue(
        doc.metadata()
            .title()
            .startsWith("Agreement under the United Nations Convention on the Law of the Sea"));

    // the provenance box and the site around the text are reported, not silently dropped
    assertTrue(
        doc.diagnostics().stream()
            .anyMatch(
                d ->
                    d.code().equals("html.chrome-removed")
                        && d.message().contains("<aside class=\"prov\">")));
    assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("html.outside-main")));
  }

  @ParameterizedTest
  @CsvSource({"A-RES-79-271", "A-RES-80-107"})
  void nothingOfTheTextIsLost(String name) throws Exception {
    Document doc = read(Corpus.file("html/bbnj-site/" + name + ".html"));
    String reference =
        Files.readString(
                Corpus.file("un-drafts/bbnj-ga-resolutions/" + name + ".txt"),
                StandardCharsets.UTF_8)
            .replace('\u2011', '-')
            .replace("- ", "-");
    StringBuilder imported = new StringBuilder();
    for (Paragraph p : doc.paragraphs()) {
      imported.append(p.label() == null ? "" : p.label() + ". ").append(p.text()).append(' ');
    }
    for (Footnote f : doc.footnotes()) {
      imported.append(f.label()).append(' ').append(f.text()).append(' ');
    }
    for (Diagnostic d : doc.diagnostics()) {
      if (d.code().startsWith("layout.")) {
        imported.append(d.message().substring(d.message().indexOf(": ") + 2)).append(' ');
      }
    }
    Map<String, Integer> have = new HashMap<>();
    for (String w : imported.toString().split("\\s+")) {
      have.merge(w, 1, Integer::sum);
    }
    List<String> missing = new ArrayList<>();
    for (String w : reference.split("\\s+")) {
      if (w.matches(".*[\\p{L}\\p{N}].*") && have.merge(w, -1, Integer::sum) < 0) {
        missing.add(w);
      }
    }
    // the markers glued to words ("Sea1") are kept in the text; only their separate copies may
    // differ
    assertTrue(missing.isEmpty(), "words of the text not found in the import: " + missing);
  }

  /**
   * The HTML page and the PDF of the same resolution agree: numbered paragraphs in the same order
   * with the same words, headings and preambular paragraphs alike, the same footnotes and metadata.
   * Unnumbered "other" paragraphs are left out of the sequence check: a paragraph that a PDF reader
   * continues over a page break may come out of the PDF in two pieces, and all its words still
   * count in the word F1.
   */
  @ParameterizedTest
  @CsvSource({"A-RES-79-271", "A-RES-80-107"})
  void bbnjPagesGiveTheSameParagraphsAsThePdfs(String name) throws Exception {
    Document html = read(Corpus.file("html/bbnj-site/" + name + ".html"));
    Document pdf =
        Toolkit.builder()
            .discoverPlugins()
            .build()
            .read(Corpus.file("un-drafts/bbnj-ga-resolutions/" + name + ".pdf"));
    List<Paragraph> body = body(html);

    assertEquals(
        structure(pdf.paragraphs()),
        structure(body),
        "headings, preambles and numbered paragraphs");
    double f1 = f1(words(pdf.paragraphs()), words(body));
    assertTrue(f1 >= 0.99, "word F1 against the PDF: " + f1);
    for (Paragraph p : body) {
      if (p.number() == null) {
        continue;
      }
      Paragraph other = pdf.find(p.label()).orElseThrow();
      List<String> pdfWords = words(List.of(other));
      List<String> htmlWords = words(List.of(p));
      long found = pdfWords.stream().filter(htmlWords::contains).count();
      assertTrue(
          found >= 0.95 * pdfWords.size(),
          "paragraph " + p.label() + ": " + p.text() + " | PDF: " + other.text());
    }
    assertEquals(
        pdf.footnotes().stream().map(f -> f.label() + " " + f.text()).toList(),
        html.footnotes().stream().map(f -> f.label() + " " + f.text()).toList());
    assertEquals(pdf.metadata().symbol(), html.metadata().symbol());
    assertEquals(pdf.metadata().date(), html.metadata().date());
    assertEquals(pdf.metadata().title(), html.metadata().title());
  }

  private static List<String> structure(List<Paragraph> ps) {
    return ps.stream()
        .filter(p -> p.kind() != ParagraphKind.OTHER)
        .map(p -> p.kind() + " " + p.label())
        .toList();
  }

  @Test
  void difflibTableImports() throws Exception {
    Path html = Corpus.file("html/cop21_diff_9-dec-vs-12-dec.html");
    Document doc = read(html);
    assertTrue(
        doc.paragraphs().size() > 1000,
        "every non-empty cell is a paragraph: " + doc.paragraphs().size());
    assertFalse(doc.paragraphs().stream().anyMatch(p -> p.text().isBlank()));
    assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().contains("IN·WITNESS·WHEREOF")));
    assertTrue(
        doc.diagnostics().stream().anyMatch(d -> d.code().equals("html.front-matter-removed")));
    assertEquals(doc, read(html), "deterministic");
  }
}
