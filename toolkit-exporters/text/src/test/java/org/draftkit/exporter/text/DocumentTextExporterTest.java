package org.draftkit.exporter.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.spi.ExportContext;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.api.Test;

class DocumentTextExporterTest {
  private static String txt(Document doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocumentTextExporter().write(doc, out, ExportContext.defaults());
    return out.toString(UTF_8);
  }

  @Test
  void writesTheReadingText() throws Exception {
    Golden.assertMatches("txt/sample.txt", txt(SampleDocument.create()));
  }

  @Test
  void keepsStruckAndDeletedTextWithoutMarks() throws Exception {
    String txt = txt(SampleDocument.create());
    assertTrue(
        txt.contains(
            "66. We invite the Secretary-General, to establish consider the establishment of a task force"
                + " and to report to the 81st session of the General Assembly 29th session"),
        txt);
    assertTrue(txt.contains("\n    (a) multilateral financial institutions; and\n"), txt);
    assertTrue(txt.contains("\n        (i) regional development banks;\n"), txt);
  }

  @Test
  void everyWordOfEveryParagraphAppears() throws Exception {
    Document doc = SampleDocument.create();
    String txt = txt(doc);
    for (var p : doc.paragraphs()) {
      for (String word : p.text().split("\\s+")) {
        if (!word.isEmpty() && !p.has(Mark.FOOTNOTE_REFERENCE)) {
          assertTrue(txt.contains(word), "missing \"" + word + "\" of paragraph " + p.index());
        }
      }
    }
  }

  @Test
  void aDocumentWithoutMetadataStartsWithItsText() throws Exception {
    Document.Builder b = Document.builder().metadata(Metadata.EMPTY);
    b.add(
        ParagraphNumber.of("1"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Decides.")),
        null,
        null);
    assertEquals("1. Decides.\n", txt(b.build()));
  }

  @Test
  void theTitleIsNotRepeatedWhenTheFirstHeadingIsTheTitle() throws Exception {
    Document.Builder b =
        Document.builder().metadata(Metadata.builder().title("Reflections").build());
    b.add(null, ParagraphKind.HEADING, List.of(Run.plain("Reflections")), null, null);
    assertEquals("Reflections\n", txt(b.build()));
  }
}
