package org.draftkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.draftkit.Toolkit;
import org.draftkit.registry.PluginProblem;
import org.draftkit.server.support.Api;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.testkit.stub.LinesExporter;
import org.draftkit.testkit.stub.LinesImporter;
import org.junit.jupiter.api.Test;

class PluginsEndpointTest {

  @Test
  void listsImportersExportersAndLoadProblems() throws Exception {
    Toolkit toolkit =
        Toolkit.builder()
            .importer(new LinesImporter())
            .exporter(new LinesExporter())
            .problem(
                new PluginProblem(
                    DocumentImporter.class.getName(), "com.example.Missing", "class not found"))
            .build();
    try (DraftkitServer server =
        DraftkitServer.start(toolkit, ServerOptions.defaults().withPort(0))) {
      HttpResponse<String> r = new Api(server.port()).get("/api/plugins");
      assertEquals(200, r.statusCode());
      assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
      JsonNode json = new ObjectMapper().readTree(r.body());

      JsonNode importer = json.get("importers").get(0);
      assertEquals(1, json.get("importers").size());
      assertEquals("lines", importer.get("format").asText());
      assertEquals("Test lines", importer.get("name").asText());
      assertEquals("lines", importer.get("extensions").get(0).asText());
      assertEquals("text/x-lines", importer.get("mediaType").asText());
      assertEquals(LinesImporter.class.getName(), importer.get("class").asText());

      JsonNode exporter = json.get("exporters").get(0);
      assertEquals("txt", exporter.get("format").asText());
      assertEquals("Document", exporter.get("resultType").asText());
      assertEquals("org.draftkit.model.Document", exporter.get("resultClass").asText());
      assertEquals(false, exporter.get("binary").asBoolean());

      JsonNode problem = json.get("problems").get(0);
      assertEquals("com.example.Missing", problem.get("class").asText());
      assertEquals("class not found", problem.get("reason").asText());
      assertTrue(problem.get("service").asText().endsWith("DocumentImporter"));
    }
  }
}
