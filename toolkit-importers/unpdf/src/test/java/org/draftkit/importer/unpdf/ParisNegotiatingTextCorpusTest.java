package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The official UNFCCC PDFs of the Paris Agreement negotiation (ADP 2015): bracketed paragraphs,
 * labels longer than the tab stop, footnote markers on labels, options, and the ADP masthead. The
 * draft agreement of 4 December is checked word for word against the community Markdown
 * transcription of the same version (v3_…draft-agreement.md).
 */
class ParisNegotiatingTextCorpusTest {

  private static final String DIR = "un-drafts/unfccc-paris-agreement-2015/";
  private static final Pattern RUNNING =
      Pattern.compile(
          ".*(\\b\\d{1,2} of \\d{2}\\b|ADP 2-12 – Draft agreement|ADP\\.2015\\.11\\.InformalNote"
              + "|DURBAN PLATFORM FOR ENHANCED ACTION).*");

  @Test
  void compilationOfFourDecemberKeepsBracketedNumbersAndMatchesItsTranscription() throws Exception {
    Document doc =
        GaResolutionCorpusTest.read(Corpus.file(DIR + "v3_2015-12-04_ADP-compilation_10am.pdf"));
    assertEquals("Second session, part twelve", doc.metadata().session());
    assertEquals(
        "Draft agreement and draft decision on workstreams 1 and 2 of the Ad Hoc Working Group on the "
            + "Durban Platform for Enhanced Action",
        doc.metadata().title());
    assertNoRunningHeads(doc);
    // Article 2, option I: "[1. The purpose …" is paragraph 1, its "[ (c) Pursue …" item (c)
    Paragraph purpose =
        doc.paragraphs().stream()
            .filter(p -> p.text().startsWith("[The purpose of this Agreement"))
            .findFirst()
            .orElseThrow();
    assertEquals("1", purpose.label());
    List<String> items = doc.children(purpose.index()).stream().map(Paragraph::label).toList();
    assertEquals(List.of("(a)", "(b)", "(c)"), items);

    StringBuilder agreement = new StringBuilder();
    for (Paragraph p : doc.paragraphs()) {
      if (p.isHeading() && p.text().equals("DRAFT DECISION")) {
        break;
      }
      agreement.append(p.text()).append('\n');
    }
    String reference =
        markdownText(
            Files.readString(
                Corpus.file(DIR + "v3_2015-12-04_draft-agreement.md"), StandardCharsets.UTF_8));
    double f1 =
        TreatyAndNegotiationTextCorpusTest.bagOfWordsF1(
            normalise(agreement.toString()), normalise(reference));
    assertTrue(f1 >= 0.98, "word F1 " + f1);
  }

  @Test
  void draftOfTwentyThirdOctoberKeepsLongLabelsWholeAndMarkersOnLabels() throws Exception {
    Document doc =
        GaResolutionCorpusTest.read(
            Corpus.file(DIR + "v2_2015-10-23_draft-agreement_ADP.2015.11_reissued-2015-11-10.pdf"));
    assertEquals("ADP.2015.11.InformalNote", doc.metadata().symbol());
    assertNoRunningHeads(doc);
    Paragraph quater =
        doc.paragraphs().stream()
            .filter(p -> p.text().startsWith("Developing country Parties’ post-2020"))
            .findFirst()
            .orElseThrow();
    assertEquals("3 quater", quater.label());
    assertTrue(
        quater.text().endsWith("capacity-building by developed country Parties over time."),
        quater.text());
    Paragraph marked =
        doc.paragraphs().stream()
            .filter(p -> p.text().contains("Notwithstanding paragraphs 2 and 3"))
            .findFirst()
            .orElseThrow();
    assertEquals("3 ter", marked.label());
    assertEquals("4", marked.runs().get(0).ref());
    assertTrue(
        doc.paragraphs().stream()
            .anyMatch(
                p ->
                    "17 quater".equals(p.label())
                        && p.text().startsWith("[The Adaptation Fund Board")));
    // lines that continue a paragraph are not paragraphs of their own (26 were before labels in
    // brackets, long labels and indented alternatives were read); the closing phrase after the
    // sub-items ("(l) Other; / recognizing that modalities may differ …") ends the last item, as
    // the BBNJ Agreement's English runs such words on in the item its other versions set apart
    List<String> lowerCase =
        doc.paragraphs().stream()
            .filter(
                p ->
                    p.label() == null
                        && !p.text().isEmpty()
                        && Character.isLowerCase(p.text().charAt(0)))
            .map(Paragraph::text)
            .toList();
    assertEquals(List.of(), lowerCase);
    assertTrue(
        doc.paragraphs().stream()
            .anyMatch(
                p ->
                    "(l)".equals(p.label())
                        && p.text()
                            .equals(
                                "Other; recognizing that modalities may differ across elements.")));
  }

  @Test
  void nonPaperDecisionKeepsLabelsSetAboveTheLine() throws Exception {
    // the draft decision's "Pp3" labels sit a little above their line's baseline (raised spans)
    Document doc =
        GaResolutionCorpusTest.read(
            Corpus.file(DIR + "v1_2015-10-05_co-chairs-non-paper_ADP.2015.8.pdf"));
    Paragraph recalling =
        doc.paragraphs().stream()
            .filter(p -> p.text().startsWith("Also recalling decisions 2/CP.18"))
            .findFirst()
            .orElseThrow();
    assertEquals("PP2", recalling.label());
    assertEquals("Also recalling decisions 2/CP.18, 1/CP.19, and 1/CP.20,", recalling.text());
    assertEquals("PP3", doc.paragraphs().get(recalling.index() + 1).label());
  }

  @Test
  void genevaTextReadsItsMastheadIntoMetadata() throws Exception {
    Document doc =
        GaResolutionCorpusTest.read(Corpus.file(DIR + "v0_2015-02-12_geneva-negotiating-text.pdf"));
    assertEquals("Second session, part eight", doc.metadata().session());
    assertEquals(java.time.LocalDate.of(2015, 2, 12), doc.metadata().date());
    assertNull(doc.metadata().symbol());
    for (Paragraph p : doc.paragraphs().subList(0, 5)) {
      assertFalse(
          p.text().matches("(?i).*(durban platform|Geneva, Switzerland|8–13 February).*"),
          p.text());
    }
    // sub-items are numbered "a.", "b bis.", "iii.": read as labels, not as lines of their own
    // (1,091 unlabelled paragraphs started in lower case before, most of them such items)
    long lowerCase =
        doc.paragraphs().stream()
            .filter(
                p ->
                    p.label() == null
                        && !p.text().isEmpty()
                        && Character.isLowerCase(p.text().charAt(0)))
            .count();
    assertTrue(lowerCase < 60, "unlabelled paragraphs starting in lower case: " + lowerCase);
    assertTrue(
        doc.paragraphs().stream()
            .anyMatch(
                p ->
                    "(b) bis".equals(p.label())
                        && p.text()
                            .startsWith(
                                "In their actions Parties should take into account alternative policy approaches")));
  }

  private static void assertNoRunningHeads(Document doc) {
    for (Paragraph p : doc.paragraphs()) {
      assertFalse(
          RUNNING.matcher(p.text()).matches(),
          "running head in paragraph " + p.index() + ": " + p.text());
    }
  }

  /** The transcription's text: no front matter, list markers, emphasis or footnote definitions. */
  static String markdownText(String md) {
    StringBuilder sb = new StringBuilder();
    for (String line : md.replaceFirst("(?s)^---\n.*?\n---\n", "").split("\n")) {
      String l = line.strip();
      if (l.isEmpty()
          || l.startsWith("[source]")
          || l.startsWith("{:")
          || l.equals("* TOC")
          || l.matches("^\\[\\^\\d+\\]:.*")
          || l.startsWith("*This is the")) {
        continue;
      }
      l =
          l.replaceAll("\\[\\^\\d+\\]", "")
              .replaceAll("^#+\\s*", "")
              .replaceAll("^(\\d+\\.|[-*])\\s+", "")
              .replace("**", "")
              .replace("*", "")
              .replace("\\[", "[")
              .replace("\\]", "]");
      sb.append(l).append('\n');
    }
    return sb.toString();
  }

  /**
   * Typographic apostrophes and the asterisks the transcription drops do not count as differences.
   */
  private static String normalise(String s) {
    return s.replace('\u2019', '\'').replace("*", "");
  }
}
