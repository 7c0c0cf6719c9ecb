package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.spi.ExportContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed JSON Schema ({@code docs/schema/document.schema.json}) describes what the exporter
 * writes.
 */
class DocumentSchemaTest {
  private static final Path SCHEMA = Path.of("../docs/schema/document.schema.json");
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    String text = Files.readString(SCHEMA, StandardCharsets.UTF_8);
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text, InputFormat.JSON);
  }

  private static String json(Document doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocumentJsonExporter().write(doc, out, ExportContext.defaults());
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<Error> errors(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void theSchemaIsDraft202012() throws IOException {
    assertTrue(
        Files.readString(SCHEMA)
            .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
  }

  @Test
  void exporterOutputIsValid() throws Exception {
    assertEquals(List.of(), errors(json(SampleDocuments.resolution())));
    assertEquals(List.of(), errors(json(Document.builder().build())));
  }

  @Test
  void generatedDocumentsAreValid() throws Exception {
    for (long seed = 0; seed < 200; seed++) {
      List<Error> e = errors(json(SampleDocuments.random(seed)));
      assertTrue(e.isEmpty(), "seed " + seed + ": " + e);
    }
  }

  @Test
  void theSchemaRejectsWhatTheContractForbids() {
    assertFalse(
        errors(
                "{\"metadata\": {}, \"paragraphs\": [{\"index\": 0, \"number\": null, \"kind\": \"annex\","
                    + " \"text\": \"\", \"runs\": []}], \"footnotes\": [], \"comments\": [], \"diagnostics\": []}")
            .isEmpty(),
        "unknown kind");
    assertFalse(
        errors(
                "{\"metadata\": {}, \"paragraphs\": [{\"index\": 0, \"kind\": \"other\", \"text\": \"\","
                    + " \"runs\": []}], \"footnotes\": [], \"comments\": [], \"diagnostics\": []}")
            .isEmpty(),
        "number must be present, even when null");
    assertFalse(
        errors(
                "{\"metadata\": {\"date\": \"16 December 2025\"}, \"paragraphs\": [], \"footnotes\": [],"
                    + " \"comments\": [], \"diagnostics\": []}")
            .isEmpty(),
        "ISO date");
    assertFalse(
        errors(
                "{\"metadata\": {}, \"paragraphs\": [{\"index\": 0, \"number\": \"1\", \"kind\": \"other\","
                    + " \"text\": \"x\", \"runs\": [{\"text\": \"x\", \"marks\": [\"glitter\"]}]}], \"footnotes\": [],"
                    + " \"comments\": [], \"diagnostics\": []}")
            .isEmpty(),
        "unknown mark");
    assertFalse(
        errors("{\"metadata\": {}, \"paragraphs\": []}").isEmpty(),
        "every top-level array is written");
  }
}
