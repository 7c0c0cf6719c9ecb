package org.draftkit.exporter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.draftkit.model.Position;
import org.draftkit.positions.PositionTable;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class PositionTableDocxExporterTest extends ExporterContract<PositionTable> {

  private static final PositionTableDocxExporter EXPORTER = new PositionTableDocxExporter();

  @Override
  protected Exporter<PositionTable> exporter() {
    return EXPORTER;
  }

  @Override
  protected PositionTable sampleValue() {
    return Samples.positionTable();
  }

  @Test
  void matchesTheGoldenParts() throws Exception {
    Map<String, String> parts = DocxParts.parts(DocxParts.bytes(EXPORTER, Samples.positionTable()));
    Golden.assertMatches(
        "positions/sample/document.xml", DocxParts.golden(parts.get("word/document.xml")));
  }

  @Test
  void isALandscapeTableWithARepeatedHeaderAndARowPerPosition() throws Exception {
    PositionTable t = Samples.positionTable();
    String xml = DocxParts.parts(DocxParts.bytes(EXPORTER, t)).get("word/document.xml");
    assertTrue(xml.matches("(?s).*<w:pgSz [^>]*w:orient=\"landscape\".*"), "landscape section");
    assertEquals(1, DocxParts.count(xml, "<w:tblHeader/>"), "one repeated header row");
    int positions = t.rows().stream().mapToInt(r -> Math.max(1, r.positions().size())).sum();
    assertEquals(1 + positions, DocxParts.count(xml, "<w:tr>"), "a row per position");
    for (PositionTable.Row r : t.rows()) {
      assertTrue(xml.contains(">" + r.paragraph() + "<"), "row for paragraph " + r.paragraph());
    }
  }

  @Test
  void pandocReadsEveryStakeholderAndStance() throws Exception {
    PositionTable t = Samples.positionTable();
    assertFalse(t.rows().isEmpty());
    String text = Pandoc.allText(DocxParts.bytes(EXPORTER, t));
    for (PositionTable.Row r : t.rows()) {
      for (Position p : r.positions()) {
        assertTrue(text.contains(p.stakeholder().name()), p.stakeholder().name());
        String stance = p.stance().id();
        assertTrue(
            text.contains(Character.toUpperCase(stance.charAt(0)) + stance.substring(1)), stance);
      }
    }
  }
}
