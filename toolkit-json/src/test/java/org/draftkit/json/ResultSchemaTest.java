package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import org.draftkit.amend.Submission;
import org.draftkit.compare.Comparer;
import org.draftkit.model.Document;
import org.draftkit.positions.PositionReader;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.SampleComparisons;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code docs/schema/} for each result describe what the exporters write, and
 * repeat the Document schema's definitions unchanged where they embed a document's parts.
 */
class ResultSchemaTest {

  private static final Path DIR = Path.of("../docs/schema");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Schema schema(String name) throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(DIR.resolve(name), StandardCharsets.UTF_8), InputFormat.JSON);
  }

  private static <T> String json(Exporter<T> exporter, T value) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(value, out, ExportContext.defaults());
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void valid(String schemaFile, String json) throws IOException {
    List<Error> errors = schema(schemaFile).validate(json, InputFormat.JSON);
    assertEquals(List.of(), errors, schemaFile);
  }

  @Test
  void comparisonsAreValid() throws Exception {
    valid("comparison.schema.json", json(new ComparisonJsonExporter(), Samples.comparison()));
    valid(
        "comparison.schema.json",
        json(
            new ComparisonJsonExporter(),
            Comparer.defaults().compare(Samples.draft(), Document.builder().build())));
    for (var c : List.of(SampleComparisons.class.getMethods())) {
      if (c.getParameterCount() == 0
          && c.getReturnType() == org.draftkit.compare.Comparison.class) {
        valid(
            "comparison.schema.json",
            json(new ComparisonJsonExporter(), (org.draftkit.compare.Comparison) c.invoke(null)));
      }
    }
  }

  @Test
  void revisionHistoriesAreValid() throws Exception {
    valid(
        "revision-history.schema.json",
        json(
            new RevisionHistoryJsonExporter(),
            Comparer.defaults()
                .compare(List.of(Samples.draft(), Samples.revision(), Samples.draft()))));
  }

  @Test
  void consolidationsAreValid() throws Exception {
    valid(
        "consolidation.schema.json",
        json(new ConsolidationJsonExporter(), Samples.consolidation()));
    valid(
        "consolidation.schema.json",
        json(new ConsolidationJsonExporter(), Samples.movedConsolidation()));
  }

  @Test
  void positionTablesAreValid() throws Exception {
    valid(
        "position-table.schema.json",
        json(new PositionTableJsonExporter(), Samples.positionTable()));
    valid(
        "position-table.schema.json",
        json(
            new PositionTableJsonExporter(),
            PositionReader.defaults()
                .build(List.of(Submission.of(Samples.submission(), "EG")), null, Map.of())));
  }

  @Test
  void aWrongOutputIsCaught() throws Exception {
    String json =
        json(new PositionTableJsonExporter(), Samples.positionTable())
            .replace("\"stance\": \"", "\"stance\": \"x");
    assertFalse(schema("position-table.schema.json").validate(json, InputFormat.JSON).isEmpty());
  }

  @Test
  void sharedDefinitionsAreTheDocumentSchemas() throws IOException {
    JsonNode document = MAPPER.readTree(DIR.resolve("document.schema.json").toFile()).get("$defs");
    for (String name :
        List.of("comparison", "revision-history", "consolidation", "position-table")) {
      JsonNode defs = MAPPER.readTree(DIR.resolve(name + ".schema.json").toFile()).get("$defs");
      for (String def :
          List.of(
              "metadata", "paragraph", "run", "footnote", "comment", "diagnostic", "location")) {
        assertEquals(document.get(def), defs.get(def), name + " #/$defs/" + def);
      }
    }
  }
}
