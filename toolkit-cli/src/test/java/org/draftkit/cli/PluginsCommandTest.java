package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftkit.Toolkit;
import org.draftkit.registry.PluginProblem;
import org.junit.jupiter.api.Test;

class PluginsCommandTest {

  private static Toolkit withProblem() {
    return Toolkit.builder()
        .importer(new TestPlugins.LinesImporter())
        .exporter(new TestPlugins.JsonExporter())
        .exporter(new TestPlugins.BinaryExporter())
        .problem(
            new PluginProblem(
                "org.draftkit.spi.DocumentImporter",
                "com.example.BrokenImporter",
                "Provider com.example.BrokenImporter could not be instantiated\n(NoClassDefFoundError: x/Y)"))
        .build();
  }

  @Test
  void tableListsImportersExportersAndProblems() {
    CliRun r = CliRun.run(withProblem(), "plugins");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        """
        Importers
          FORMAT  NAME           EXTENSIONS  PRIORITY  CLASS
          md      Lines of text  .md .txt    0         org.draftkit.cli.TestPlugins$LinesImporter

        Exporters
          RESULT    FORMAT        NAME         EXTENSIONS  PRIORITY  CLASS
          Document  bin (binary)  Test binary  .bin        0         org.draftkit.cli.TestPlugins$BinaryExporter
          Document  json          Test JSON    .json       0         org.draftkit.cli.TestPlugins$JsonExporter

        Failed to load
          com.example.BrokenImporter (org.draftkit.spi.DocumentImporter): Provider com.example.BrokenImporter could not be instantiated (NoClassDefFoundError: x/Y)
        """,
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void jsonIsMachineReadable() throws Exception {
    CliRun r = CliRun.run(withProblem(), "plugins", "--json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode imp = root.get("importers").get(0);
    assertEquals("md", imp.get("format").asText());
    assertEquals("Lines of text", imp.get("name").asText());
    assertEquals("[\"md\",\"txt\"]", imp.get("extensions").toString());
    assertEquals(0, imp.get("priority").asInt());
    JsonNode exp = root.get("exporters");
    assertEquals(2, exp.size());
    assertEquals("bin", exp.get(0).get("format").asText());
    assertTrue(exp.get(0).get("binary").asBoolean());
    assertEquals("Document", exp.get(1).get("resultType").asText());
    assertEquals("org.draftkit.model.Document", exp.get(1).get("resultClass").asText());
    assertEquals("com.example.BrokenImporter", root.get("problems").get(0).get("class").asText());
  }

  @Test
  void emptyRegistry() {
    CliRun r = CliRun.run(Toolkit.builder().build(), "plugins", "--json");
    assertEquals("{\n  \"importers\": [],\n  \"exporters\": [],\n  \"problems\": []\n}\n", r.out());
  }
}
