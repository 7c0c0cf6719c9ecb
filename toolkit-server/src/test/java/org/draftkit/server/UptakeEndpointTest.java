package org.draftkit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.draftkit.Toolkit;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.Fixtures;
import org.draftkit.server.support.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/uptake} with the real importers and exporters: the Island Alliance's proposals
 * on Rev.1 followed into a Rev.2 that renumbered the paragraphs, adopted one edit and ignored the
 * rest.
 */
class UptakeEndpointTest {

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

  @Test
  void eachProposalHasItsFateAndItsNumberInTheLaterRevision() throws Exception {
    HttpResponse<byte[]> r =
        api.post(
            "/api/uptake?to=json",
            new Multipart()
                .file("submission", "island-alliance.md", Fixtures.bytes("island-alliance.md"))
                .file("base", "base.md", Fixtures.bytes("base.md"))
                .file("later", "later.md", Fixtures.bytes("later.md")));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    JsonNode u = JSON.readTree(r.body());
    List<String> rows = new ArrayList<>();
    for (JsonNode row : u.get("rows")) {
      rows.add(
          row.get("paragraph").asText()
              + " "
              + row.get("proposal").asText()
              + " "
              + row.get("fate").asText()
              + " "
              + row.at("/later/0/paragraph").asText());
    }
    assertEquals(
        List.of(
            "2 amend adopted 3",
            "2 bis add not-adopted null",
            "3 amend not-adopted 4",
            "1 retain kept 2"),
        rows);
  }

  @Test
  void withoutALaterRevisionTheRequestIsRefused() throws Exception {
    HttpResponse<byte[]> r =
        api.post(
            "/api/uptake?to=json",
            new Multipart()
                .file("submission", "island-alliance.md", Fixtures.bytes("island-alliance.md")));
    assertEquals(400, r.statusCode());
    assertTrue(new String(r.body(), UTF_8).contains("later"), () -> new String(r.body(), UTF_8));
  }
}
