package org.draftkit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.draftkit.server.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.draftkit.Toolkit;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.Fixtures;
import org.draftkit.server.support.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/compare} with the real Markdown importer and exporters on a server on port 0:
 * three revisions of a small declaration (a reworded paragraph, a new "2 bis" that is renumbered 3,
 * a deleted paragraph).
 */
class CompareEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long LIMIT = 8 * 1024;

  private static DraftkitServer server;
  private static Api api;

  @BeforeAll
  static void start() {
    server =
        DraftkitServer.start(
            Toolkit.builder().discoverPlugins().build(), new ServerOptions(0, LIMIT, "127.0.0.1"));
    api = new Api(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Multipart revisions(String... names) {
    Multipart form = new Multipart();
    for (String name : names) {
      form.file("file", name, Fixtures.bytes(name));
    }
    return form;
  }

  @Test
  void twoRevisionsGiveTheContractRedline() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/compare?to=json", revisions("rev0.md", "rev1.md"));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode c = JSON.readTree(r.body());
    assertEquals("rev0.md", c.get("old").get("source").asText());
    assertEquals("rev1.md", c.get("new").get("source").asText());

    JsonNode p2 = pairWithNew(c, "2");
    assertEquals("modified", p2.get("status").asText());
    assertEquals(List.of("delete:encourage", "insert:urge", "insert:in real time"), edits(p2));

    JsonNode bis = pairWithNew(c, "2 bis");
    assertEquals("inserted", bis.get("status").asText());
    assertTrue(bis.get("old").isNull());
    assertEquals(
        List.of("insert:We welcome regional centres that pool forecasting capacity."), edits(bis));

    JsonNode p3 = pairWithNew(c, "3");
    assertEquals("unchanged", p3.get("status").asText());
    assertEquals("3", p3.get("old").get("number").asText());
    assertEquals(1, c.get("summary").get("inserted").asInt());
  }

  @Test
  void threeRevisionsGiveEachRedlineAndTheLineage() throws Exception {
    HttpResponse<byte[]> r =
        api.post("/api/compare?to=json", revisions("rev0.md", "rev1.md", "rev2.md"));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    JsonNode h = JSON.readTree(r.body());
    assertEquals(3, h.get("revisions").size());
    assertEquals(2, h.get("comparisons").size());

    JsonNode second = h.get("comparisons").get(1);
    JsonNode renumbered = pairWithNew(second, "3");
    assertEquals("2 bis", renumbered.get("old").get("number").asText());
    assertEquals(
        "unchanged", renumbered.get("status").asText(), "renumbering alone is no text edit");
    assertTrue(renumbered.get("renumbered").asBoolean());
    assertEquals(0, renumbered.get("edits").size());
    assertEquals(List.of("insert:and climate funds"), edits(pairWithNew(second, "4")));
    assertTrue(
        pairs(second).stream()
            .anyMatch(
                p ->
                    p.get("status").asText().equals("deleted")
                        && p.get("old").get("number").asText().equals("4")),
        second.toString());

    JsonNode bisLine = lineage(h, 1, "2 bis");
    assertEquals(Arrays.asList(null, "2 bis", "3"), texts(bisLine.get("numbers")));
    assertEquals(1, bisLine.get("first").asInt());
    JsonNode fourLine = lineage(h, 0, "4");
    assertEquals(Arrays.asList("4", "4", null), texts(fourLine.get("numbers")));
  }

  @Test
  void htmlIsTheDefaultAndSelfContained() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/compare", revisions("rev0.md", "rev1.md"));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("text/html;charset=utf-8", contentType(r));
    String html = new String(r.body(), UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<del") && html.contains("encourage") && html.contains("<ins"), html);
    assertFalse(
        html.contains("src=\"http") || html.contains("href=\"http"), "no network resources");
    assertTrue(
        r.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("filename=\"redline-rev1.html\""));

    HttpResponse<byte[]> history =
        api.post("/api/compare", revisions("rev0.md", "rev1.md", "rev2.md"));
    assertEquals(200, history.statusCode(), () -> new String(history.body(), UTF_8));
    assertTrue(new String(history.body(), UTF_8).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void markdownMarksDeletionsAndInsertionsAsStakeholdersDo() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/compare?to=md", revisions("rev0.md", "rev1.md"));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    String md = new String(r.body(), UTF_8);
    assertTrue(md.contains("~~encourage~~") && md.contains("**urge**"), md);
  }

  @Test
  void theSameRevisionsGiveTheSameBytes() throws Exception {
    byte[] first =
        api.post("/api/compare?to=json", revisions("rev0.md", "rev1.md", "rev2.md")).body();
    byte[] second =
        api.post("/api/compare?to=json", revisions("rev0.md", "rev1.md", "rev2.md")).body();
    assertEquals(new String(first, UTF_8), new String(second, UTF_8));
  }

  @Test
  void moveAndSplitDetectionCanBeTurnedOff() throws Exception {
    HttpResponse<byte[]> r =
        api.post("/api/compare?to=json&moves=false&splits=false", revisions("rev0.md", "rev1.md"));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    JsonNode p =
        assertProblem(
            api.post("/api/compare?to=json&moves=perhaps", revisions("rev0.md", "rev1.md")), 400);
    assertEquals("parameter 'moves' takes true or false, got 'perhaps'", p.get("detail").asText());
  }

  @Test
  void oneRevisionIs400() throws Exception {
    JsonNode p = assertProblem(api.post("/api/compare", revisions("rev0.md")), 400);
    assertEquals(
        "expected 2 or more revisions (oldest first) in the multipart field 'file' (repeated), got 1",
        p.get("detail").asText());
    assertProblem(api.post("/api/compare", new Multipart().field("to", "json")), 400);
  }

  @Test
  void anUnknownOutputFormatIs415BeforeAnythingIsRead() throws Exception {
    Multipart form =
        new Multipart()
            .file("file", "rev0.md", Fixtures.bytes("rev0.md"))
            .file("file", "bad.md", Fixtures.binary());
    JsonNode p = assertProblem(api.post("/api/compare?to=csv", form), 415);
    String detail = p.get("detail").asText();
    assertTrue(
        detail.startsWith("cannot convert to 'csv': no exporter writes this format (available: "),
        detail);
    assertTrue(detail.contains("json") && detail.contains("html") && detail.contains("md"), detail);
  }

  @Test
  void anUnknownInputFormatIs415() throws Exception {
    assertProblem(api.post("/api/compare?from=nope", revisions("rev0.md", "rev1.md")), 415);
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    Multipart form =
        new Multipart()
            .file("file", "rev0.md", Fixtures.bytes("rev0.md"))
            .file("file", "map.png", png);
    JsonNode p = assertProblem(api.post("/api/compare", form), 415);
    assertEquals("map.png", p.get("source").asText());
  }

  @Test
  void aCorruptRevisionIs422AndNamed() throws Exception {
    Multipart form =
        new Multipart()
            .file("file", "rev0.md", Fixtures.bytes("rev0.md"))
            .file("file", "rev1.md", Fixtures.binary());
    JsonNode p = assertProblem(api.post("/api/compare", form), 422);
    assertEquals("rev1.md", p.get("source").asText());
    assertTrue(p.get("detail").asText().startsWith("rev1.md: "), p.toString());
  }

  @Test
  void theUploadsTogetherCountAgainstTheLimit() throws Exception {
    byte[] half = filler((int) (LIMIT * 3 / 4));
    JsonNode p =
        assertProblem(
            api.post(
                "/api/compare",
                new Multipart().file("file", "a.md", half).file("file", "b.md", half)),
            413);
    assertEquals(
        "the 2 uploads total "
            + 2 * half.length
            + " bytes, over the upload limit of "
            + LIMIT
            + " bytes",
        p.get("detail").asText());
  }

  static byte[] filler(int size) {
    byte[] b = new byte[size];
    Arrays.fill(b, (byte) 'a');
    return b;
  }

  private static String contentType(HttpResponse<byte[]> r) {
    return r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase();
  }

  private static List<JsonNode> pairs(JsonNode comparison) {
    List<JsonNode> out = new ArrayList<>();
    comparison.get("pairs").forEach(out::add);
    return out;
  }

  private static JsonNode pairWithNew(JsonNode comparison, String number) {
    return pairs(comparison).stream()
        .filter(
            p -> p.get("new").isObject() && number.equals(p.get("new").get("number").asText(null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair with new " + number + " in " + comparison));
  }

  private static List<String> edits(JsonNode pair) {
    List<String> out = new ArrayList<>();
    pair.get("edits").forEach(e -> out.add(e.get("op").asText() + ":" + e.get("text").asText()));
    return out;
  }

  /** The lineage of the paragraph numbered {@code number} in revision {@code revision}. */
  private static JsonNode lineage(JsonNode history, int revision, String number) {
    for (JsonNode line : history.get("lineage")) {
      if (number.equals(line.get("numbers").get(revision).asText(null))) {
        return line;
      }
    }
    throw new AssertionError("no lineage with " + number + " in revision " + revision);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
    return out;
  }
}
