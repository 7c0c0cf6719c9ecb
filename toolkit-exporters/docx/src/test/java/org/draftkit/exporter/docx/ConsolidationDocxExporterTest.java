package org.draftkit.exporter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftkit.amend.Consolidation;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class ConsolidationDocxExporterTest extends ExporterContract<Consolidation> {

  private static final ConsolidationDocxExporter EXPORTER = new ConsolidationDocxExporter();

  @Override
  protected Exporter<Consolidation> exporter() {
    return EXPORTER;
  }

  @Override
  protected Consolidation sampleValue() {
    return Samples.consolidation();
  }

  @Test
  void matchesTheGoldenParts() throws Exception {
    Map<String, String> parts = DocxParts.parts(DocxParts.bytes(EXPORTER, Samples.consolidation()));
    Golden.assertMatches(
        "consolidation/sample/document.xml", DocxParts.golden(parts.get("word/document.xml")));
  }

  @Test
  void everyChangeIsTrackedUnderItsProponent() throws Exception {
    Consolidation c = Samples.consolidation();
    assertFalse(c.applied().isEmpty(), "the sample applies changes");
    Pandoc.Changes read = Pandoc.changes(DocxParts.bytes(EXPORTER, c));
    Set<String> proponents =
        Set.copyOf(c.applied().stream().map(Consolidation.Applied::proponent).toList());
    assertEquals(proponents, Set.copyOf(read.authors()));
    for (Consolidation.Applied a : c.applied()) {
      for (String w : ComparisonDocxExporterTest.words(a.inserted() == null ? "" : a.inserted())) {
        assertTrue(read.inserted().contains(w), "inserted word " + w + " of " + a);
      }
      for (String w : ComparisonDocxExporterTest.words(a.deleted() == null ? "" : a.deleted())) {
        assertTrue(read.deleted().contains(w), "deleted word " + w + " of " + a);
      }
    }
  }

  @Test
  void acceptingEverythingGivesTheConsolidatedTextThenTheAppendix() throws Exception {
    Consolidation c = Samples.consolidation();
    List<String> accepted = Pandoc.paragraphs(DocxParts.bytes(EXPORTER, c), "accept");
    List<String> expected =
        c.accepted().paragraphs().stream().map(DocumentDocxExporterTest::line).toList();
    assertEquals(expected, accepted.subList(0, expected.size()));
    assertTrue(accepted.get(expected.size()).startsWith("Appendix"), accepted.toString());
  }

  @Test
  void rejectingEverythingGivesTheBase() throws Exception {
    List<String> rejected =
        Pandoc.paragraphs(DocxParts.bytes(EXPORTER, Samples.consolidation()), "reject");
    List<String> base =
        Samples.draft().paragraphs().stream().map(DocumentDocxExporterTest::line).toList();
    assertEquals(base, rejected.subList(0, base.size()));
  }

  @Test
  void aMovedParagraphIsANamedPairOfWordMoveRangesByItsProponent() throws Exception {
    Consolidation c = Samples.movedConsolidation();
    String xml = DocxParts.parts(DocxParts.bytes(EXPORTER, c)).get("word/document.xml");
    Golden.assertMatches("consolidation/moved/document.xml", DocxParts.golden(xml));
    assertEquals(
        1,
        DocxParts.count(xml, "<w:moveFromRangeStart [^>]*w:author=\"EG\"[^>]*w:name=\"move1\""),
        xml);
    assertEquals(
        1,
        DocxParts.count(xml, "<w:moveToRangeStart [^>]*w:author=\"EG\"[^>]*w:name=\"move1\""),
        xml);
    assertEquals(1, DocxParts.count(xml, "<w:moveFromRangeEnd "), xml);
    assertEquals(1, DocxParts.count(xml, "<w:moveToRangeEnd "), xml);
    assertTrue(
        DocxParts.count(xml, "<w:moveFrom [^>]*w:author=\"EG\"") >= 2,
        "label, text and paragraph mark moved from");
    assertTrue(
        DocxParts.count(xml, "<w:moveTo [^>]*w:author=\"EG\"") >= 2,
        "label, text and paragraph mark moved to");
    assertTrue(
        DocxParts.count(xml, "<w:ins [^>]*w:author=\"Friends\"") >= 1,
        "the edit inside the moved text is Friends'");
  }

  @Test
  void acceptingAMoveGivesTheMovedOrderAndRejectingItTheBase() throws Exception {
    Consolidation c = Samples.movedConsolidation();
    byte[] docx = DocxParts.bytes(EXPORTER, c);
    List<String> expected =
        c.accepted().paragraphs().stream().map(DocumentDocxExporterTest::line).toList();
    List<String> accepted = Pandoc.paragraphs(docx, "accept");
    assertEquals(expected, accepted.subList(0, expected.size()));
    assertTrue(expected.get(expected.size() - 1).contains("summit"), expected.toString());
    List<String> base =
        Samples.draft().paragraphs().stream().map(DocumentDocxExporterTest::line).toList();
    assertEquals(base, Pandoc.paragraphs(docx, "reject").subList(0, base.size()));
  }
}
