package org.draftkit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.draftkit.Toolkit;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.Multipart;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every peer-suite file of the corpus (docx-peers, pdf-peers: other tools' test documents, broken,
 * encrypted and odd ones included) and every UN PDF/DOCX, uploaded to {@code POST /api/convert} of
 * a server with the real importers: each one is converted (200, a JSON document) or refused with a
 * 4xx {@code application/problem+json} whose detail names the upload and the reason — never a 500.
 * The same files through the CLI: {@code bench/peers-sweep.sh}.
 */
class CorpusUploadTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static DraftkitServer server;
  private static Api api;

  @BeforeAll
  static void start() {
    server =
        DraftkitServer.start(
            Toolkit.builder().discoverPlugins().build(), ServerOptions.defaults().withPort(0));
    api = new Api(server.port());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyPeerFileIsConvertedOrRefusedWithAProblem() throws IOException {
    Path root = Corpus.root().orElse(null);
    Assumptions.assumeTrue(root != null, "corpus absent (../shared/corpus): skipped");
    List<Path> files;
    try (Stream<Path> peers =
            Stream.concat(
                Files.walk(root.resolve("docx-peers")), Files.walk(root.resolve("pdf-peers")));
        Stream<Path> drafts = Files.walk(root.resolve("un-drafts"))) {
      files =
          Stream.concat(
                  peers,
                  drafts.filter(
                      p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    assertFalse(files.isEmpty(), "corpus files under " + root);
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> upload(f)));
  }

  private static void upload(Path file) throws IOException, InterruptedException {
    String name = file.getFileName().toString();
    HttpResponse<byte[]> r =
        api.post("/api/convert", new Multipart().file("file", name, Files.readAllBytes(file)));
    String body = new String(r.body(), UTF_8);
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (r.statusCode() == 200) {
      assertEquals("application/json", type, body);
      assertTrue(JSON.readTree(r.body()).path("paragraphs").isArray(), "a JSON document: " + body);
      return;
    }
    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, () -> r.statusCode() + " " + body);
    assertEquals("application/problem+json", type, body);
    JsonNode problem = JSON.readTree(r.body());
    String detail = problem.path("detail").asText();
    assertTrue(
        detail.startsWith(name + ": ") && detail.length() > name.length() + 2,
        () -> "the detail names the upload and the reason: " + body);
    assertEquals(name, problem.path("source").asText(), body);
  }
}
