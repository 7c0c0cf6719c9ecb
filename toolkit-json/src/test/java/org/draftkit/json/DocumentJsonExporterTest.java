package org.draftkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.spi.ExportContext;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.api.Test;

class DocumentJsonExporterTest {
  private final DocumentJsonExporter exporter = new DocumentJsonExporter();

  private String json(Document doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(doc, out, ExportContext.defaults());
    return out.toString(UTF_8);
  }

  @Test
  void writesTheContractShape() throws Exception {
    Golden.assertMatches("json/resolution.json", json(SampleDocuments.resolution()));
  }

  @Test
  void emptyDocumentHasEveryTopLevelField() throws Exception {
    assertEquals(
        """
        {
          "metadata": {},
          "paragraphs": [],
          "footnotes": [],
          "comments": [],
          "diagnostics": []
        }
        """,
        json(Document.builder().build()));
  }

  @Test
  void numberIsNullWhenAbsentAndParentOnlyWhenPresent() throws Exception {
    Document.Builder b = Document.builder();
    int top =
        b.add(
            ParagraphNumber.of("1"),
            ParagraphKind.OPERATIVE,
            List.of(Run.plain("Decides:")),
            null,
            null);
    b.add(null, ParagraphKind.OTHER, List.of(Run.plain("x")), top, null);
    b.add(null, ParagraphKind.PREAMBULAR, List.of(Run.plain("Recalling")), null, null);
    String json = json(b.build());
    assertTrue(json.contains("\"number\": null"), json);
    assertEquals(1, json.split("\"parent\"", -1).length - 1, "one parent field: " + json);
    assertFalse(json.contains("\"location\""), "unknown locations are left out: " + json);
  }

  @Test
  void endsWithOneNewlineAndUsesNoCarriageReturns() throws Exception {
    String json = json(SampleDocuments.resolution());
    assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
    assertFalse(json.contains("\r"));
  }
}
