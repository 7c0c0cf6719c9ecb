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
    Map<String, String> parts = DocxParts.parts(DocxParts.bytes(EXPORTER, SampleComparisons.history()));
    Golden.assertMatches("history/sample/document.xml", DocxParts.golden(parts.get("word/document.xml")));
  }

  @Test
  void lastRedlineThenALineageRowPerParagraph() throws Exception {
    RevisionHistory h = SampleComparisons.history();
    byte[] docx = DocxParts.bytes(EXPORTER, h);
    Comparison last = h.comparisons().get(h.comparisons().size() - 1);
    List<String> accepted = Pandoc.paragraphs(docx, "accept");
    List<String> newest = last.newer().paragraphs().stream().map(DocumentDocxExporterTest::line).toList();
    assertEquals(newest, accepted.subList(0, newest.size()));
    assertTrue(accepted.contains("Paragraph lineage"), accepted.toString());
    String xml = DocxParts.parts(docx).get("word/document.xml");
    assertEquals(1 + h.lineage().size(), DocxParts.count(xml, "<w:tr>"), "a header and a row per lineage");
  }
}
