package org.draftkit.exporter.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftkit.compare.Comparer;
import org.draftkit.model.Document;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.spi.ExportContext;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.SampleComparisons;
import org.draftkit.testkit.SampleSplits;
import org.junit.jupiter.api.Test;

class ComparisonMarkdownExporterTest {

  private static String markdown(org.draftkit.compare.Comparison c) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ComparisonMarkdownExporter().write(c, out, ExportContext.defaults());
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheRedline() throws Exception {
    String md = markdown(SampleComparisons.comparison());
    Golden.assertMatches("redline/sample.md", md);
    assertTrue(
        md.contains(
            "**1** Member States ~~shall endeavour to~~ **should** promote open standards."),
        md);
    assertTrue(md.contains("**5 → 4** Welcomes the work"), md);
    assertTrue(md.contains("~~4~~ *(deleted)* ~~Notes the report"), md);
    assertTrue(md.contains("**1 bis** *(inserted)* **Emphasizes"), md);
    assertTrue(md.contains("*(paragraph 3 moved to paragraph 13 below)*"), md);
    assertTrue(
        md.contains(
            "**3 → 13** *(moved from 3 above)* Decides to convene a high-level meeting in ~~2026~~ **2027**."),
        md);
  }

  @Test
  void splitsAndMergesShowEachParagraphWithItsOwnWords() throws Exception {
    String md = markdown(SampleSplits.comparison());
    Golden.assertMatches("redline/splits.md", md);
    // the word deleted from the second part of the split is on the line of new paragraph 3
    assertTrue(md.contains("\n**3** The Assembly ~~further~~ invites Member States"), md);
    // the merge strikes the paragraph break and the number of old 4 after the full stop of old 3
    assertTrue(
        md.contains(
            "**3, 4 → 4** *(merged)* Takes note of the consultations held in Geneva<del>.</del> ~~¶ 4~~"
                + " ~~Expresses~~ **and expresses** appreciation"),
        md);
    assertTrue(md.contains("**5** *(split into 5, 6)* Calls upon donor countries"), md);
    assertTrue(md.contains("**6 → 7** Requests"), md);
  }

  @Test
  void writesTheLineageOfNRevisions() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new RevisionHistoryMarkdownExporter()
        .write(SampleComparisons.history(), out, ExportContext.defaults());
    String md = out.toString(StandardCharsets.UTF_8);
    Golden.assertMatches("redline/history.md", md);
    assertTrue(
        md.contains(
            "| Paragraph | A/80/L.1 (Zero draft) | A/80/L.1/Rev.1 | A/80/L.1/Rev.2 | History |"),
        md);
    assertTrue(
        md.contains(
            "| 13 “Decides to convene a high-level meeting in…” | 3 | 13 (moved) | 13 | moved in A/80/L.1/Rev.1 |"),
        md);
    assertTrue(
        !md.substring(0, md.indexOf("## Redline")).contains("¶"),
        "no internal index in the lineage");
  }

  @Test
  void marksInTheTextAreEscaped() throws Exception {
    Document a = doc("Calls for *urgent* action on [bracketed] text_1.");
    Document b = doc("Calls for *urgent* action on [agreed] text_1.");
    String md = markdown(Comparer.defaults().compare(a, b));
    assertTrue(
        md.contains(
            "**1** Calls for \\*urgent\\* action on \\[~~bracketed~~ **agreed**\\] text\\_1."),
        md);
  }

  private static Document doc(String text) {
    Document.Builder b = Document.builder();
    b.add(ParagraphNumber.of("1"), ParagraphKind.OPERATIVE, List.of(Run.plain(text)), null, null);
    return b.build();
  }
}
