package org.draftkit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.draftkit.server.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.draftkit.Toolkit;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.Fixtures;
import org.draftkit.server.support.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/align} with the real importers and exporters: three language versions of a short
 * treaty (the same files as the CLI's align test), named by the language code ending their names.
 */
class AlignEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static DraftkitServer server;
  private static Api api;

  @BeforeAll
  static void start() {
    server =
        DraftkitServer.start(
            Toolkit.builder().discoverPlugins().build(),
            new ServerOptions(0, 64 * 1024, "127.0.0.1"));
    api = new Api(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Multipart versions(String... names) {
    Multipart form = new Multipart();
    for (String name : names) {
      form.file("file", name, Fixtures.bytes(name));
    }
    return form;
  }

  @Test
  void threeVersionsAreAlignedWithTheirMismatches() throws Exception {
    HttpResponse<byte[]> r =
        api.post("/api/align?to=json", versions("treaty_en.md", "treaty_fr.md", "treaty_ar.md"));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    JsonNode a = JSON.readTree(r.body());
    assertEquals("[\"en\",\"fr\",\"ar\"]", a.get("languages").toString());
    assertEquals("[\"ltr\",\"ltr\",\"rtl\"]", a.get("directions").toString());
    assertEquals(
        "art 1 / 2: numbered 3 in fr, 2 in the others",
        a.get("mismatches").get(2).get("message").asText());
  }

  @Test
  void htmlIsTheDefaultAndArabicIsRightToLeft() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/align", versions("treaty_en.md", "treaty_ar.md"));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertTrue(new String(r.body(), UTF_8).contains("<td dir=\"rtl\">"));
  }

  @Test
  void oneVersionOrABadOcrModeIsABadRequest() throws Exception {
    assertProblem(api.post("/api/align", versions("treaty_en.md")), 400);
    assertProblem(
        api.post("/api/align?ocr=sometimes", versions("treaty_en.md", "treaty_fr.md")), 400);
  }
}
