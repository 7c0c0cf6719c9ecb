package org.draftkit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.draftkit.Toolkit;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.Multipart;
import org.draftkit.testkit.stub.BrokenExporter;
import org.draftkit.testkit.stub.ExplodingImporter;
import org.draftkit.testkit.stub.LinesExporter;
import org.draftkit.testkit.stub.LinesImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/convert} with test plugins registered on the builder, against a server on port
 * 0.
 */
class ConvertEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long LIMIT = 4096;
  private static final byte[] TEXT =
      "Intro line\n1. First operative.\n2. Second operative.\n".getBytes(UTF_8);

  private static DraftkitServer server;
  private static Api api;

  @BeforeAll
  static void start() {
    Toolkit toolkit =
        Toolkit.builder()
            .importer(new LinesImporter())
            .exporter(new LinesExporter())
            .importer(new ExplodingImporter())
            .exporter(new BrokenExporter())
            .exporter(
                new BrokenExporter("broken-error", () -> new AssertionError(BrokenExporter.SECRET)))
            .build();
    server = DraftkitServer.start(toolkit, new ServerOptions(0, LIMIT, "127.0.0.1"));
    api = new Api(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void convertsAnUpload() throws Exception {
    HttpResponse<byte[]> r =
        api.post("/api/convert?to=txt", new Multipart().file("file", "draft.lines", TEXT));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals(
        "text/plain;charset=utf-8",
        r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
    assertEquals(
        "|Intro line\n1|First operative.\n2|Second operative.\n", new String(r.body(), UTF_8));
    String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
    assertTrue(disposition.startsWith("inline; filename=\"draft.txt\""), disposition);
  }

  @Test
  void fromAndToMayBeFormFields() throws Exception {
    HttpResponse<byte[]> r =
        api.post(
            "/api/convert",
            new Multipart()
                .field("from", "lines")
                .field("to", "txt")
                .file("file", "no-extension", TEXT));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertTrue(new String(r.body(), UTF_8).startsWith("|Intro line\n"));
  }

  @Test
  void theUploadNameIsTheSourceNameWithoutDirectories() throws Exception {
    HttpResponse<byte[]> r =
        api.post(
            "/api/convert?to=txt",
            new Multipart().file("file", "C:\\Users\\x\\empty.lines", new byte[0]));
    JsonNode p = problem(r, 422);
    assertEquals("empty.lines", p.get("source").asText());
    assertTrue(p.get("detail").asText().startsWith("empty.lines: "), p.toString());
  }

  @Test
  void emptyFileIs422() throws Exception {
    JsonNode p =
        problem(
            api.post(
                "/api/convert?to=txt", new Multipart().file("file", "empty.lines", new byte[0])),
            422);
    assertEquals("empty.lines: empty file", p.get("detail").asText());
    assertEquals("tag:draftkit.org,2026:problem:corrupt-document", p.get("type").asText());
    assertEquals("/api/convert", p.get("instance").asText());
  }

  @Test
  void binaryContentIs422() throws Exception {
    byte[] binary = {'P', 'K', 3, 4, 0, 0, 0, 0, (byte) 0xff, (byte) 0xfe};
    JsonNode p =
        problem(
            api.post("/api/convert?to=txt", new Multipart().file("file", "fake.lines", binary)),
            422);
    assertEquals("fake.lines: binary content, not text", p.get("detail").asText());
  }

  @Test
  void unknownInputFormatIs415() throws Exception {
    JsonNode p =
        problem(
            api.post("/api/convert?to=txt", new Multipart().file("file", "notes.xyz", TEXT)), 415);
    assertTrue(p.get("detail").asText().startsWith("notes.xyz: unsupported format"), p.toString());
    assertEquals("tag:draftkit.org,2026:problem:unsupported-format", p.get("type").asText());
  }

  @Test
  void unknownFromIs415() throws Exception {
    JsonNode p =
        problem(
            api.post("/api/convert?to=txt&from=pdf", new Multipart().file("file", "a.lines", TEXT)),
            415);
    assertTrue(
        p.get("detail").asText().startsWith("a.lines: unknown input format 'pdf'"), p.toString());
  }

  @Test
  void unknownToIs415AndListsWhatExists() throws Exception {
    JsonNode p =
        problem(
            api.post("/api/convert?to=pdf", new Multipart().file("file", "a.lines", TEXT)), 415);
    String detail = p.get("detail").asText();
    assertTrue(detail.startsWith("a.lines: cannot convert to 'pdf'"), detail);
    assertTrue(detail.contains("(available: broken, broken-error, txt)"), detail);
  }

  @Test
  void missingUploadIs400() throws Exception {
    JsonNode p = problem(api.post("/api/convert", new Multipart().field("to", "txt")), 400);
    assertEquals(
        "the multipart field 'file' with the document is missing", p.get("detail").asText());
    assertEquals("Bad request", p.get("title").asText());
  }

  @Test
  void aRequestThatIsNotMultipartIs400() throws Exception {
    JsonNode p = problem(api.post("/api/convert", "text/markdown", TEXT), 400);
    assertTrue(p.get("detail").asText().contains("multipart/form-data"), p.toString());
  }

  @Test
  void twoFilesAre400() throws Exception {
    problem(
        api.post(
            "/api/convert",
            new Multipart().file("file", "a.lines", TEXT).file("file", "b.lines", TEXT)),
        400);
  }

  @Test
  void aMalformedParameterIs400() throws Exception {
    JsonNode p =
        problem(
            api.post("/api/convert?to=../../etc", new Multipart().file("file", "a.lines", TEXT)),
            400);
    assertTrue(
        p.get("detail").asText().startsWith("a.lines: parameter 'to' is not a format name"),
        p.toString());
  }

  @Test
  void anUploadOverTheLimitIs413() throws Exception {
    byte[] big = new byte[(int) LIMIT + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    JsonNode p =
        problem(
            api.post("/api/convert?to=txt", new Multipart().file("file", "big.lines", big)), 413);
    assertEquals(
        "big.lines: the file is 4097 bytes, over the upload limit of 4096 bytes",
        p.get("detail").asText());
  }

  @Test
  void aRequestDeclaringMoreThanTheLimitIsRefusedBeforeItsBodyIsSent() throws Exception {
    String response = api.postHeadOnly("/api/convert?to=txt", 10_000_000);
    assertTrue(response.startsWith("HTTP/1.1 413 "), response);
    assertTrue(response.contains("application/problem+json"), response);
    assertTrue(
        response.contains(
            "the request body is 10000000 bytes, over the upload limit of 4096 bytes"),
        response);
  }

  @Test
  void aChunkedUploadOverTheLimitIs413() throws Exception {
    // no declared length: the multipart parser stops at the request limit (upload + 64 KiB)
    byte[] huge = new byte[(int) LIMIT + 64 * 1024 + 512];
    problem(
        api.postChunked("/api/convert?to=txt", new Multipart().file("file", "huge.lines", huge)),
        413);
  }

  @Test
  void anUnexpectedFailureIs500WithAnIncidentIdAndNoInternals() throws Exception {
    HttpResponse<byte[]> r =
        api.post("/api/convert?to=broken", new Multipart().file("file", "a.lines", TEXT));
    String body = new String(r.body(), UTF_8);
    JsonNode p = problem(r, 500);
    String incident = p.get("incident").asText();
    assertTrue(
        incident.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), incident);
    assertTrue(p.get("detail").asText().contains(incident));
    assertFalse(body.contains(BrokenExporter.SECRET), body);
    assertFalse(body.contains("IllegalStateException"), body);
    assertFalse(body.contains("at org.draftkit"), body);
  }

  @Test
  void anErrorIs500WithAnIncidentIdToo() throws Exception {
    HttpResponse<byte[]> r =
        api.post("/api/convert?to=broken-error", new Multipart().file("file", "a.lines", TEXT));
    JsonNode p = problem(r, 500);
    assertFalse(p.get("incident").asText().isBlank());
    assertFalse(new String(r.body(), UTF_8).contains(BrokenExporter.SECRET));
  }

  @Test
  void anImporterBugIsReportedAsAnUnreadableUpload() throws Exception {
    // Toolkit.read turns an importer's unchecked exception into a CorruptDocumentException
    JsonNode p =
        problem(api.post("/api/convert?to=txt", new Multipart().file("file", "x.boom", TEXT)), 422);
    assertEquals(
        "x.boom: cannot be read as Exploding (NullPointerException: importer bug)",
        p.get("detail").asText());
  }

  @Test
  void anUnknownPathIsAProblemToo() throws Exception {
    HttpResponse<String> r = api.get("/api/nothing-here");
    assertEquals(404, r.statusCode());
    assertTrue(
        r.headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    assertEquals(404, JSON.readTree(r.body()).get("status").asInt());
  }

  @Test
  void theSharedToolkitServesConcurrentRequests() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        byte[] text = ("Request " + i + "\n1. Body.\n").getBytes(UTF_8);
        responses.add(
            pool.submit(
                () ->
                    api.post(
                        "/api/convert?to=txt", new Multipart().file("file", "r.lines", text))));
      }
      for (int i = 0; i < responses.size(); i++) {
        HttpResponse<byte[]> r = responses.get(i).get();
        assertEquals(200, r.statusCode());
        assertEquals("|Request " + i + "\n1|Body.\n", new String(r.body(), UTF_8));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static JsonNode problem(HttpResponse<byte[]> r, int status) throws IOException {
    String body = new String(r.body(), UTF_8);
    assertEquals(status, r.statusCode(), body);
    assertEquals(
        "application/problem+json", r.headers().firstValue("Content-Type").orElseThrow(), body);
    JsonNode p = JSON.readTree(body);
    assertEquals(status, p.get("status").asInt());
    assertFalse(p.get("title").asText().isBlank());
    assertTrue(p.get("type").asText().startsWith("tag:draftkit.org,2026:problem:"), body);
    assertFalse(p.get("detail").asText().isBlank());
    return p;
  }
}
