package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;

/** The BBNJ Agreement (a treaty PDF) and a UNFCCC negotiating text (Pp labels, hanging indents). */
class TreatyAndNegotiationTextCorpusTest {

  @Test
  void bbnjAgreementWordsMatchTheVerifiedTextAndPageNumbersAreGone() throws Exception {
    Document doc =
        GaResolutionCorpusTest.read(
            Corpus.file("un-drafts/bbnj-agreement-2023/bbnj-agreement-2023_en.pdf"));
    String reference =
        Files.readString(
            Corpus.file("un-drafts/bbnj-agreement-2023/bbnj-agreement-2023_en.txt"),
            StandardCharsets.UTF_8);
    StringBuilder ours = new StringBuilder();
    for (Paragraph p : doc.paragraphs()) {
      assertFalse(
          p.text().matches("(?s).*(^|\\s)- \\d{1,2} -(\\s|$).*"),
          "page number in paragraph " + p.index());
      ours.append(p.label() == null ? "" : p.label() + " ").append(p.text()).append('\n');
    }
    doc.footnotes().forEach(f -> ours.append(f.label()).append(' ').append(f.text()).append('\n'));
    double f1 = bagOfWordsF1(ours.toString(), reference);
    assertTrue(f1 >= 0.98, "word F1 " + f1);
    assertTrue(
        doc.paragraphs().stream().anyMatch(p -> p.isHeading() && p.text().equals("Article 5")));
    // Article 7's lettered principles hang under its chapeau
    Paragraph chapeau =
        doc.paragraphs().stream()
            .filter(
                p ->
                    p.text()
                        .startsWith(
                            "In order to achieve the objectives of this Agreement, Parties shall be guided"))
            .findFirst()
            .orElseThrow();
    List<Paragraph> items = doc.children(chapeau.index());
    assertTrue(items.size() >= 8, "items under the chapeau: " + items.size());
    assertEquals("(a)", items.get(0).label());
  }

  @Test
  void negotiatingTextKeepsPpLabelsAndJoinsParagraphsOverPageBreaks() throws Exception {
    Document doc =
        GaResolutionCorpusTest.read(
            Corpus.file(
                "un-drafts/unfccc-paris-agreement-2015/v1_2015-10-05_co-chairs-non-paper_ADP.2015.8.pdf"));
    assertEquals("ADP.2015.8.InformalNote", doc.metadata().symbol());
    List<String> pp =
        doc.paragraphs().stream()
            .filter(p -> p.kind() == ParagraphKind.PREAMBULAR)
            .map(Paragraph::label)
            .limit(6)
            .toList();
    assertEquals(List.of("PP1", "PP2", "PP3", "PP4", "PP5", "PP6"), pp);
    Paragraph purpose2 =
        doc.paragraphs().stream()
            .filter(p -> p.text().startsWith("Parties recognize that deep cuts"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        purpose2.text().endsWith("on the basis of the best available scientific knowledge."),
        purpose2.text());
    for (Paragraph p : doc.paragraphs()) {
      assertFalse(
          p.text()
              .matches(
                  ".*(Page \\d+ of 20|DURBAN PLATFORM FOR ENHANCED ACTION|ADP\\.2015\\.8\\.InformalNote).*"),
          "running head in paragraph " + p.index() + ": " + p.text());
    }
    assertTrue(
        doc.paragraphs().stream()
            .anyMatch(p -> p.isHeading() && p.text().equals("Article 3 (MITIGATION)")));
  }

  static double bagOfWordsF1(String ours, String reference) {
    Map<String, Integer> a = bag(ours);
    Map<String, Integer> b = bag(reference);
    long common = 0;
    long na = 0;
    long nb = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
      na += e.getValue();
    }
    for (int v : b.values()) {
      nb += v;
    }
    double p = (double) common / Math.max(1, na);
    double r = (double) common / Math.max(1, nb);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> m = new HashMap<>();
    for (String w : text.replace('\u2011', '-').toLowerCase(Locale.ROOT).split("\\s+")) {
      String t = w.replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
      if (!t.isEmpty()) {
        m.merge(t, 1, Integer::sum);
      }
    }
    return m;
  }
}
