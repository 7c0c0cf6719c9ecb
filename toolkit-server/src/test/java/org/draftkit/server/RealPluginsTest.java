package org.draftkit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.draftkit.Toolkit;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.LinesExporter;
import org.draftkit.server.support.LinesImporter;
import org.draftkit.server.support.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server with the plugins ServiceLoader finds on the classpath (toolkit-json), as {@code draftkit serve} runs it. */
class RealPluginsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static DraftkitServer server;
  private static Api api;

  @BeforeAll
  static void start() {
    Toolkit toolkit = Toolkit.builder().discoverPlugins()
        .importer(new LinesImporter())
        .exporter(new LinesExporter())
        .build();
    server = DraftkitServer.start(toolkit, ServerOptions.defaults().withPort(0));
    api = new Api(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void convertsToTheContractJsonByDefault() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/convert",
        new Multipart().file("file", "draft.lines", "Title line\n1. First.\n2. Second.\n".getBytes(UTF_8)));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode doc = JSON.readTree(r.body());
    JsonNode paragraphs = doc.get("paragraphs");
    assertEquals(3, paragraphs.size());
    assertEquals("1", paragraphs.get(1).get("number").asText());
    assertEquals("operative", paragraphs.get(1).get("kind").asText());
    assertEquals("First.", paragraphs.get(1).get("text").asText());
    assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("filename=\"draft.json\""));
  }

  @Test
  void readsItsOwnJsonBack() throws Exception {
    byte[] json = api.post("/api/convert",
        new Multipart().file("file", "draft.lines", "1. First.\n2. Second.\n".getBytes(UTF_8))).body();
    HttpResponse<byte[]> r = api.post("/api/convert?to=txt", new Multipart().file("file", "draft.json", json));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("1|First.\n2|Second.\n", new String(r.body(), UTF_8));
  }

  @Test
  void listsTheDiscoveredPlugins() throws Exception {
    JsonNode plugins = JSON.readTree(api.get("/api/plugins").body());
    boolean json = false;
    for (JsonNode e : plugins.get("exporters")) {
      json |= e.get("format").asText().equals("json") && e.get("resultType").asText().equals("Document");
    }
    assertTrue(json, plugins.toString());
  }
}
