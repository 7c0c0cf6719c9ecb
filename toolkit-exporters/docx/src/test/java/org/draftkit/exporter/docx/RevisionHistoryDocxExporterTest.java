package org.draftkit.exporter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.SampleComparisons;
import org.junit.jupiter.api.Test;

class RevisionHistoryDocxExporterTest extends ExporterContract<RevisionHistory> {

  private static final RevisionHistoryDocxExporter EXPORTER = new RevisionHistoryDocxExporter();

  @Override
  protected Exporter<RevisionHistory> exporter() {
    return EXPORTER;
  }

  @Override
  protected RevisionHistory sampleValue() {
    return SampleComparisons.history();
  }

  @Test
  void matchesTheGoldenParts() throws Exception {
    Map<String, String> parts =
        DocxParts.parts(DocxParts.bytes(EXPORTER, SampleComparisons.history()));
    Golden.assertMatches(
        "history/sample/document.xml", DocxParts.golden(parts.get("word/document.xml")));
  }

  @Test
  void everyConsecutiveRedlineThenALineageRowPerParagraph() throws Exception {
    RevisionHistory h = SampleComparisons.history();
    byte[] docx = DocxParts.bytes(EXPORTER, h);
    List<String> accepted = Pandoc.paragraphs(docx, "accept");
    List<String> names = new org.draftkit.compare.LineageText(h).names();
    int at = 0;
    for (int k = 0; k < h.comparisons().size(); k++) {
      Comparison c = h.comparisons().get(k);
      int heading = accepted.indexOf(names.get(k) + " → " + names.get(k + 1));
      assertTrue(
          heading >= at,
          "the redline of " + names.get(k) + " → " + names.get(k + 1) + " in order: " + accepted);
      List<String> newer =
          c.newer().paragraphs().stream().map(DocumentDocxExporterTest::line).toList();
      assertEquals(newer, accepted.subList(heading + 1, heading + 1 + newer.size()));
      at = heading + newer.size();
    }
    assertTrue(accepted.contains("Paragraph lineage"), accepted.toString());
    String xml = DocxParts.parts(docx).get("word/document.xml");
    for (int k = 1; k < names.size(); k++) {
      if (h.comparisons().get(k - 1).pairs().stream()
          .noneMatch(org.draftkit.compare.AlignedPair::changed)) {
        continue;
      }
      assertTrue(
          xml.contains("w:author=\"" + names.get(k) + "\""), "changes authored by " + names.get(k));
    }
    assertEquals(
        1 + h.lineage().size(), DocxParts.count(xml, "<w:tr>"), "a header and a row per lineage");
    assertTrue(!xml.contains("¶"), "no internal index");
  }
}
