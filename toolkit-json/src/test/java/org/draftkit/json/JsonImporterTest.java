package org.draftkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.draftkit.CorruptDocumentException;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.spi.Detection;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Test;

class JsonImporterTest {
  private final JsonImporter importer = new JsonImporter();

  private Document read(String json) throws Exception {
    return importer.read(
        new ByteArrayInputStream(json.getBytes(UTF_8)), ImportContext.of("draft.json"));
  }

  private String failure(String json) {
    CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> read(json));
    String m = e.getMessage();
    assertTrue(m.startsWith("draft.json: "), "names the file: " + m);
    assertFalse(
        m.contains("com.fasterxml")
            || m.contains("java.lang")
            || m.contains("org.draftkit")
            || m.contains("\n"),
        "one line, no Java or Jackson names: " + m);
    return m;
  }

  // ------------------------------------------------------------------ detection

  private Detection detect(String head) {
    return importer.detect(head.getBytes(UTF_8));
  }

  @Test
  void detectsOurJsonAfterWhiteSpaceAndAByteOrderMark() {
    assertEquals(Detection.LIKELY, detect("{\"paragraphs\": []}"));
    assertEquals(Detection.LIKELY, detect("  \r\n\t{\n  \"metadata\": {},\n  \"paragraphs\": []}"));
    assertEquals(Detection.LIKELY, detect("\uFEFF{\"paragraphs\": []}"));
  }

  @Test
  void refusesOtherContent() {
    assertEquals(Detection.NO, detect("{\"rows\": []}"));
    assertEquals(Detection.NO, detect("[{\"paragraphs\": []}]"));
    assertEquals(Detection.NO, detect("# paragraphs"));
    assertEquals(Detection.NO, detect("66. We invite \"paragraphs\" {"));
    assertEquals(Detection.NO, detect(""));
  }

  @Test
  void detectionSurvivesTruncatedHeads() {
    assertEquals(Detection.NO, importer.detect(new byte[] {(byte) 0xef, (byte) 0xbb}));
    assertEquals(Detection.NO, importer.detect("{\"paragra".getBytes(UTF_8)));
  }

  // ------------------------------------------------------------------ lenient reading

  @Test
  void readsAMinimalHandWrittenDocument() throws Exception {
    Document doc =
        read(
            """
        {"metadata": {"symbol": "A/80/L.41", "date": "2025-12-16"},
         "paragraphs": [
           {"number": "66", "kind": "operative", "text": "We invite the Secretary-General."},
           {"number": "(a)", "kind": "operative", "text": "first;", "parent": 0},
           {"number": null, "kind": "preambular", "runs": [{"text": "Recalling", "marks": ["italic"]}]}]}
        """);
    assertEquals("A/80/L.41", doc.metadata().symbol());
    assertEquals(LocalDate.of(2025, 12, 16), doc.metadata().date());
    assertEquals(3, doc.paragraphs().size());
    assertEquals(ParagraphNumber.of("66"), doc.paragraphs().get(0).number());
    assertEquals("We invite the Secretary-General.", doc.paragraphs().get(0).text());
    assertEquals(0, doc.paragraphs().get(1).parent());
    assertNull(doc.paragraphs().get(2).number());
    assertTrue(doc.paragraphs().get(2).has(Mark.ITALIC));
    assertTrue(
        doc.footnotes().isEmpty() && doc.comments().isEmpty() && doc.diagnostics().isEmpty());
  }

  @Test
  void ignoresFieldsItDoesNotKnow() throws Exception {
    Document doc =
        read(
            "{\"paragraphs\": [{\"kind\": \"other\", \"text\": \"x\", \"colour\": \"red\"}],"
                + " \"applied\": [{\"proponent\": \"IMSB\"}]}");
    assertEquals("x", doc.paragraphs().get(0).text());
  }

  @Test
  void unknownKindsAndMarksBecomeDiagnostics() throws Exception {
    Document doc =
        read(
            "{\"paragraphs\": [{\"kind\": \"annex\", \"runs\": [{\"text\": \"x\", \"marks\": [\"bold\", \"glitter\"]}]}]}");
    assertEquals(ParagraphKind.OTHER, doc.paragraphs().get(0).kind());
    assertTrue(doc.paragraphs().get(0).has(Mark.BOLD));
    assertEquals(2, doc.diagnostics().size());
    assertTrue(
        doc.diagnostics().stream().allMatch(d -> d.severity() == Diagnostic.Severity.WARNING));
    assertTrue(
        doc.diagnostics().get(1).message().contains("glitter"), doc.diagnostics().toString());
  }

  @Test
  void textThatDisagreesWithItsRunsIsReported() throws Exception {
    Document doc =
        read(
            "{\"paragraphs\": [{\"kind\": \"other\", \"text\": \"abc\", \"runs\": [{\"text\": \"abd\"}]}]}");
    assertEquals("abd", doc.paragraphs().get(0).text());
    assertEquals("json.text-mismatch", doc.diagnostics().get(0).code());
  }

  // ------------------------------------------------------------------ errors

  @Test
  void malformedJsonGivesTheLineAndColumn() {
    String m =
        failure("{\n  \"paragraphs\": [\n    {\"kind\": \"other\" \"text\": \"x\"}\n  ]\n}\n");
    assertTrue(m.contains("line 3, column "), m);
  }

  @Test
  void truncatedJson() {
    assertTrue(
        failure("{\"paragraphs\": [{\"kind\": \"other\", \"text\": \"x\"}").contains("line 1"));
  }

  @Test
  void wrongTypesNameThePathAndWhatWasExpected() {
    String m = failure("{\"paragraphs\": [\n {\"kind\": \"other\", \"runs\": [{\"text\": 5}]}]}");
    assertTrue(
        m.contains("line 2")
            && m.contains("paragraphs[0].runs[0].text")
            && m.contains("expected a string"),
        m);
    m = failure("{\"paragraphs\": {\"kind\": \"other\"}}");
    assertTrue(m.contains("expected an array"), m);
  }

  @Test
  void missingPartsAreNamed() {
    assertTrue(failure("{\"metadata\": {}}").contains("\"paragraphs\""));
    assertTrue(failure("{\"paragraphs\": [{\"text\": \"x\"}]}").contains("\"kind\""));
    assertTrue(
        failure("{\"paragraphs\": [{\"kind\": \"other\"}]}").contains("\"text\" or \"runs\""));
  }

  @Test
  void badValuesAreNamed() {
    assertTrue(
        failure("{\"metadata\": {\"date\": \"16 December 2025\"}, \"paragraphs\": []}")
            .contains("ISO date"));
    assertTrue(
        failure("{\"paragraphs\": [{\"index\": 3, \"kind\": \"other\", \"text\": \"x\"}]}")
            .contains("paragraphs[0].index"));
    assertTrue(
        failure("{\"paragraphs\": [{\"kind\": \"other\", \"text\": \"x\", \"parent\": 0}]}")
            .contains("paragraphs[0].parent"));
    assertTrue(
        failure(
                "{\"paragraphs\": [], \"diagnostics\": [{\"severity\": \"fatal\", \"code\": \"c\", \"message\": \"m\"}]}")
            .contains("info, warning or error"));
    assertTrue(
        failure(
                "{\"paragraphs\": [], \"comments\": [{\"id\": \"c\", \"text\": \"t\", \"paragraph\": 4}]}")
            .contains("comments[0].paragraph"));
  }

  @Test
  void nullsInsideArraysAreErrors() {
    assertTrue(
        failure("{\"paragraphs\": [null]}").contains("(paragraphs[0]): null is not allowed here"));
    assertTrue(
        failure(
                "{\"paragraphs\": [{\"kind\": \"other\", \"runs\": [{\"text\": \"x\", \"marks\": [null]}]}]}")
            .contains("null is not allowed here"));
  }

  @Test
  void binaryContentIsNamedByItsFirstByte() {
    CorruptDocumentException e =
        assertThrows(
            CorruptDocumentException.class,
            () ->
                importer.read(
                    new ByteArrayInputStream(new byte[] {0, (byte) 0xff, 3}),
                    ImportContext.of("draft.json")));
    assertEquals(
        "draft.json: not valid draftkit JSON: expected a JSON object starting with '{' but the content starts"
            + " with byte 0x00",
        e.getMessage());
  }

  @Test
  void duplicateKeysAndTrailingContentAreErrors() {
    assertTrue(failure("{\"paragraphs\": [], \"paragraphs\": []}").contains("paragraphs"));
    assertTrue(failure("{\"paragraphs\": []} {\"paragraphs\": []}").contains("after the document"));
  }

  @Test
  void emptyAndNonJsonInput() {
    assertTrue(failure("").contains("empty"));
    assertTrue(failure("66. We invite the Secretary-General").endsWith("starts with '6'"));
    assertTrue(failure("[]").endsWith("starts with '['"));
  }
}
