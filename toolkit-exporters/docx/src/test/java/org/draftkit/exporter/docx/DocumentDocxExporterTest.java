package org.draftkit.exporter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.draftkit.exporter.docx.internal.Layout;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class DocumentDocxExporterTest extends ExporterContract<Document> {

  private static final DocumentDocxExporter EXPORTER = new DocumentDocxExporter();

  @Override
  protected Exporter<Document> exporter() {
    return EXPORTER;
  }

  @Override
  protected Document sampleValue() {
    return Samples.draft();
  }

  @Test
  void matchesTheGoldenParts() throws Exception {
    Map<String, String> parts = DocxParts.parts(DocxParts.bytes(EXPORTER, Samples.draft()));
    Golden.assertMatches(
        "document/draft/document.xml", DocxParts.golden(parts.get("word/document.xml")));
    Golden.assertMatches(
        "document/draft/footnotes.xml", DocxParts.golden(parts.get("word/footnotes.xml")));
    Golden.assertMatches(
        "document/draft/comments.xml", DocxParts.golden(parts.get("word/comments.xml")));
  }

  @Test
  void packageCarriesNoDateVersionOrRandomId() throws Exception {
    byte[] docx = DocxParts.bytes(EXPORTER, Samples.draft());
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertEquals(
            LocalDateTime.of(1980, 1, 1, 0, 0),
            e.getTimeLocal(),
            e.getName() + " has the fixed time");
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(text.contains("rsid"), e.getName() + " has no w:rsid");
        assertFalse(
            text.contains("dcterms:created") || text.contains("dcterms:modified"),
            e.getName() + " has no dates");
        assertFalse(
            text.contains("docx4j") || text.contains("<AppVersion"),
            e.getName() + " names no library");
      }
    }
    List<String> names = List.copyOf(DocxParts.parts(docx).keySet());
    assertEquals(
        List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml"), names.subList(0, 3));
  }

  @Test
  void trackedRunsKeepTheirAuthorAndDate() throws Exception {
    Document.Builder b = Document.builder().metadata(Metadata.builder().title("Proposal").build());
    b.add(
        ParagraphNumber.of("84"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain("We commit to "),
            new Run("strengthen", EnumSet.of(Mark.DELETE), "IMSB", "2025-03-01", null),
            new Run(
                "reinforce", EnumSet.of(Mark.INSERT), "IMSB", "2025-03-01T10:15:00+01:00", null),
            Run.plain(" the Forum.")),
        null,
        null);
    b.add(
        ParagraphNumber.of("84 bis"),
        ParagraphKind.OPERATIVE,
        List.of(
            new Run(
                "We welcome the new mandate.",
                EnumSet.of(Mark.INSERT, Mark.BOLD),
                "IMSB",
                null,
                null)),
        null,
        null);
    String xml = DocxParts.parts(DocxParts.bytes(EXPORTER, b.build())).get("word/document.xml");
    assertTrue(
        xml.contains("<w:del w:author=\"IMSB\" w:date=\"2025-03-01T00:00:00Z\" w:id=\"1\">")
            || xml.matches(
                "(?s).*<w:del w:id=\"1\" w:author=\"IMSB\" w:date=\"2025-03-01T00:00:00Z\">.*"),
        xml);
    assertTrue(xml.contains("<w:delText xml:space=\"preserve\">strengthen</w:delText>"), xml);
    assertTrue(
        xml.contains("w:date=\"2025-03-01T09:15:00Z\""), "a date with an offset is written in UTC");
    // the new paragraph is inserted whole: label, words and paragraph mark
    assertEquals(1, DocxParts.count(xml, "<w:rPr>\\s*<w:ins "), xml);
    assertTrue(xml.contains("84 bis. "), xml);
  }

  @Test
  void commentsAnchorOnMarkedRunsOrTheirParagraph() throws Exception {
    Document.Builder b = Document.builder();
    b.add(
        ParagraphNumber.of("12"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain("Decides to "),
            new Run("clarify", EnumSet.of(Mark.COMMENT_ANCHOR), null, null, "c7"),
            Run.plain(" the rules.")),
        null,
        null);
    b.comment(new Comment("c7", "US", "2024-11-20", "US: Clarifies not decides", 0, "clarify"));
    b.comment(new Comment("c8", "LMDC", null, "LMDC: Delete whole section", 0, null));
    Map<String, String> parts = DocxParts.parts(DocxParts.bytes(EXPORTER, b.build()));
    String xml = parts.get("word/document.xml");
    int start = xml.indexOf("<w:commentRangeStart w:id=\"0\"/>");
    assertTrue(
        start > xml.indexOf("Decides to") && start < xml.indexOf(">clarify<"),
        "comment 0 starts at its anchor");
    assertTrue(
        xml.indexOf("<w:commentRangeStart w:id=\"1\"/>") < xml.indexOf("12. "),
        "comment 1 spans the paragraph");
    assertTrue(parts.get("word/comments.xml").contains("US: Clarifies not decides"));
    assertTrue(parts.get("word/comments.xml").contains("w:author=\"LMDC\""));
  }

  @Test
  void pandocReadsTheParagraphsFootnotesAndChanges() throws Exception {
    Document d = Samples.draft();
    byte[] docx = DocxParts.bytes(EXPORTER, d);
    List<String> accepted = Pandoc.paragraphs(docx, "accept");
    List<String> expected = d.paragraphs().stream().map(DocumentDocxExporterTest::line).toList();
    assertEquals(expected, accepted);
  }

  @Test
  void unreferencedFootnotesAreKept() throws Exception {
    Document.Builder b = Document.builder();
    b.add(
        ParagraphNumber.of("1"), ParagraphKind.OPERATIVE, List.of(Run.plain("Text.")), null, null);
    b.footnote(Footnote.of("*", "A note nobody refers to."));
    String xml = DocxParts.parts(DocxParts.bytes(EXPORTER, b.build())).get("word/document.xml");
    assertTrue(xml.contains("A note nobody refers to."), xml);
  }

  /**
   * A paragraph as pandoc reads it: label and text, footnote markers left out (they become notes).
   */
  static String line(Paragraph p) {
    StringBuilder sb = new StringBuilder(Layout.label(p));
    for (Run r : p.runs()) {
      if (!r.has(Mark.FOOTNOTE_REFERENCE)) {
        sb.append(r.text());
      }
    }
    return sb.toString().strip().replaceAll("\\s+", " ");
  }
}
