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
import java.util.Arrays;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The corpus HTML pages against the texts of the same resolutions. */
class HtmlCorpusTest {

  private static Document read(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new HtmlImporter().read(in, ImportContext.of(file.getFileName().toString()));
    }
  }

  /** A paragraph as label and words. */
  private record Para(String label, List<String> words) {}

  /** The reference text: one paragraph per blank-line-separated block, its label split off. */
  private static List<Para> reference(Path txt) throws Exception {
    List<Para> out = new ArrayList<>();
    for (String block : Files.readString(txt, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
      String text = block.strip().replaceAll("\\s+", " ");
      if (text.isEmpty()) {
        continue;
      }
      var label = LeadingLabel.find(text);
      String rest = label.map(l -> text.substring(l.length())).orElse(text);
      out.add(new Para(label.map(l -> l.number().label()).orElse(null), words(rest)));
    }
    return out;
  }

  private static List<String> words(String text) {
    return Arrays.asList(text.strip().split("\\s+"));
  }

  @ParameterizedTest
  @CsvSource({"A-RES-79-271, A/RES/79/271, 2025-03-04, 9", "A-RES-80-107, A/RES/80/107, 2025-12-09, 12"})
  void bbnjPagesGiveTheResolutionsParagraphs(String name, String symbol, String date, int operative) throws Exception {
    Path html = Corpus.file("html/bbnj-site/" + name + ".html");
    Path txt = Corpus.file("un-drafts/bbnj-ga-resolutions/" + name + ".txt");
    Document doc = read(html);

    List<Para> body = doc.paragraphs().stream().filter(p -> p.kind() != ParagraphKind.HEADING)
        .map(p -> new Para(p.label(), words(p.text()))).toList();
    assertEquals(reference(txt), body, "same paragraphs, labels and words as the text");

    List<Paragraph> numbered = doc.paragraphs().stream().filter(p -> p.number() != null).toList();
    assertEquals(operative, numbered.size());
    for (int i = 0; i < numbered.size(); i++) {
      assertEquals(Integer.toString(i + 1), numbered.get(i).label());
      assertEquals(ParagraphKind.OPERATIVE, numbered.get(i).kind(), numbered.get(i).text());
    }
    assertTrue(doc.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.PREAMBULAR
        && p.text().contains("Recalling its resolution 72/249")));

    assertEquals(symbol, doc.metadata().symbol());
    assertEquals(LocalDate.parse(date), doc.metadata().date());
    assertEquals("en", doc.metadata().language());
    assertEquals("General", doc.metadata().distribution());
    assertTrue(doc.metadata().title().startsWith("Agreement under the United Nations Convention on the Law of the Sea"));

    // the provenance box and the site around the text are reported, not silently dropped
    assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("html.chrome-removed")
        && d.message().contains("<aside class=\"prov\">")));
    assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("html.outside-main")));
  }

  @Test
  void difflibTableImports() throws Exception {
    Path html = Corpus.file("html/cop21_diff_9-dec-vs-12-dec.html");
    Document doc = read(html);
    assertTrue(doc.paragraphs().size() > 1000, "every non-empty cell is a paragraph: " + doc.paragraphs().size());
    assertFalse(doc.paragraphs().stream().anyMatch(p -> p.text().isBlank()));
    assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().contains("IN·WITNESS·WHEREOF")));
    assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("html.front-matter-removed")));
    assertEquals(doc, read(html), "deterministic");
  }
}
