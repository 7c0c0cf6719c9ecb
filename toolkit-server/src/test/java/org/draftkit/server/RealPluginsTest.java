package org.draftkit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.draftkit.Toolkit;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.Multipart;
import org.draftkit.testkit.Corpus;
import org.draftkit.testkit.stub.LinesExporter;
import org.draftkit.testkit.stub.LinesImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server with the plugins ServiceLoader finds on the classpath (the Markdown and text
 * importers, toolkit-json), as {@code draftkit serve} runs it.
 */
class RealPluginsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static DraftkitServer server;
  private static Api api;

  @BeforeAll
  static void start() {
    Toolkit toolkit =
        Toolkit.builder()
            .discoverPlugins()
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
    HttpResponse<byte[]> r =
        api.post(
            "/api/convert",
            new Multipart()
                .file(
                    "file", "draft.lines", "Title line\n1. First.\n2. Second.\n".getBytes(UTF_8)));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode doc = JSON.readTree(r.body());
    JsonNode paragraphs = doc.get("paragraphs");
    assertEquals(3, paragraphs.size());
    assertEquals("1", paragraphs.get(1).get("number").asText());
    assertEquals("operative", paragraphs.get(1).get("kind").asText());
    assertEquals("First.", paragraphs.get(1).get("text").asText());
    assertTrue(
        r.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("filename=\"draft.json\""));
  }

  @Test
  void readsItsOwnJsonBack() throws Exception {
    byte[] json =
        api.post(
                "/api/convert",
                new Multipart()
                    .file("file", "draft.lines", "1. First.\n2. Second.\n".getBytes(UTF_8)))
            .body();
    HttpResponse<byte[]> r =
        api.post("/api/convert?to=txt", new Multipart().file("file", "draft.json", json));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("1|First.\n2|Second.\n", new String(r.body(), UTF_8));
  }

  @Test
  void convertsAMarkdownSubmission() throws Exception {
    HttpResponse<byte[]> r =
        api.post(
            "/api/convert",
            new Multipart().file("file", "coalition.md", resource("/submission.md")));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    JsonNode doc = JSON.readTree(r.body());
    JsonNode p66 = paragraph(doc, "66");
    assertEquals(
        "We encourage call upon Member States to publish open data.", p66.get("text").asText());
    assertEquals(List.of("encourage"), marked(p66, "strike"));
    assertEquals(List.of("call upon"), marked(p66, "bold"));
    assertEquals("operative", paragraph(doc, "83 bis").get("kind").asText());
  }

  @Test
  void convertsTheImsbReflections() throws Exception {
    Path imsb = Corpus.file("submissions/imsb-reflections-wsis20-rev2_2025-12-09.md");
    HttpResponse<byte[]> r =
        api.post(
            "/api/convert",
            new Multipart().file("file", imsb.getFileName().toString(), Files.readAllBytes(imsb)));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    JsonNode doc = JSON.readTree(r.body());
    for (String number : List.of("66", "83 bis", "84", "88", "89", "100", "103")) {
      assertTrue(paragraph(doc, number).get("text").asText().startsWith("We "), number);
    }
    assertEquals(
        List.of(
            "to establish consider the establishment of", "81st session of the General Assembly"),
        marked(paragraph(doc, "66"), "strike"));
    assertEquals(
        List.of("working definition", "with a working definition"),
        marked(paragraph(doc, "88"), "bold"));
  }

  @Test
  void anEmptyMarkdownFileIs422() throws Exception {
    HttpResponse<byte[]> r =
        api.post("/api/convert", new Multipart().file("file", "empty.md", new byte[0]));
    assertEquals(422, r.statusCode());
    assertEquals("empty.md: empty file", JSON.readTree(r.body()).get("detail").asText());
  }

  @Test
  void aBinaryFileNamedMdIs422() throws Exception {
    byte[] binary = new byte[2048];
    new Random(7).nextBytes(binary);
    binary[0] = 0;
    HttpResponse<byte[]> r =
        api.post("/api/convert", new Multipart().file("file", "photo.md", binary));
    assertEquals(422, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode problem = JSON.readTree(r.body());
    assertTrue(problem.get("detail").asText().startsWith("photo.md: "), problem.toString());
    assertEquals("photo.md", problem.get("source").asText());
  }

  @Test
  void listsTheDiscoveredPlugins() throws Exception {
    JsonNode plugins = JSON.readTree(api.get("/api/plugins").body());
    boolean json = false;
    for (JsonNode e : plugins.get("exporters")) {
      json |=
          e.get("format").asText().equals("json")
              && e.get("resultType").asText().equals("Document");
    }
    assertTrue(json, plugins.toString());
  }

  private static JsonNode paragraph(JsonNode doc, String number) {
    for (JsonNode p : doc.get("paragraphs")) {
      if (number.equals(p.get("number").asText(null)) && !p.has("parent")) {
        return p;
      }
    }
    throw new AssertionError("no paragraph " + number + " in " + doc);
  }

  private static List<String> marked(JsonNode paragraph, String mark) {
    List<String> texts = new ArrayList<>();
    for (JsonNode run : paragraph.get("runs")) {
      for (JsonNode m : run.get("marks")) {
        if (m.asText().equals(mark)) {
          texts.add(run.get("text").asText());
        }
      }
    }
    return texts;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = RealPluginsTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
