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
import java.util.List;
import org.draftkit.Toolkit;
import org.draftkit.server.internal.SubmissionUploads;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.Fixtures;
import org.draftkit.server.support.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/positions} with the real Markdown importer and exporters on a server on port 0:
 * two stakeholders retaining, amending, deleting and adding a "2 bis", with and without a base, and
 * an unreadable submission among them.
 */
class PositionsEndpointTest {

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

  private static Multipart submissions() {
    return new Multipart()
        .file("submission", "island-alliance.md", Fixtures.bytes("island-alliance.md"))
        .file("submission", "coastal-network.md", Fixtures.bytes("coastal-network.md"));
  }

  private static Multipart withBase() {
    return submissions()
        .file("base", "base.md", Fixtures.bytes("base.md"))
        .field("as", "")
        .field("as", "CCN");
  }

  @Test
  void theTableFollowsTheBaseWithEveryStance() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/positions?to=json", withBase());
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    JsonNode t = JSON.readTree(r.body());
    assertEquals(
        "[\"IA\",\"CCN\"]",
        t.get("stakeholders").toString(),
        "a blank 'as' lets the document name its proponent");
    assertEquals(
        List.of("1", "2", "2 bis", "3", "4"),
        rowLabels(t),
        "rows follow the base; 2 bis comes after 2");
    assertEquals(List.of("IA:retain"), stances(row(t, "1")));
    assertEquals(List.of("IA:amend", "CCN:amend"), stances(row(t, "2")));
    assertEquals(List.of("IA:add"), stances(row(t, "2 bis")));
    assertEquals(List.of("IA:amend", "CCN:retain"), stances(row(t, "3")));
    assertEquals(List.of("CCN:delete"), stances(row(t, "4")));
    assertEquals(
        "We require States to share early warning data with their neighbours.",
        row(t, "2").get("positions").get(1).get("text").asText());
    assertEquals(
        "We invite development banks to finance adaptation in small island States.",
        row(t, "3").get("baseText").asText());
    assertEquals("base.md", t.get("base").get("source").asText());
  }

  @Test
  void withoutABaseTheRowsGoByNumber() throws Exception {
    HttpResponse<byte[]> r =
        api.post("/api/positions?to=json", submissions().field("as", "IA").field("as", "CCN"));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    JsonNode t = JSON.readTree(r.body());
    assertEquals(List.of("1", "2", "2 bis", "3", "4"), rowLabels(t));
    assertTrue(t.get("base") == null || t.get("base").isNull(), t.toString());
  }

  @Test
  void referencesToAnEarlierRevisionAreRenumberedToTheBase() throws Exception {
    // the network supports paragraph 3 of Rev.1 (development banks), which is paragraph 4 of Rev.2
    Multipart plain =
        new Multipart()
            .file("submission", "coastal-network.md", Fixtures.bytes("coastal-network.md"))
            .file("base", "rev2.md", Fixtures.bytes("rev2.md"))
            .field("as", "CCN");
    JsonNode unmapped = JSON.readTree(api.post("/api/positions?to=json", plain).body());
    assertEquals(List.of("CCN:retain"), stances(row(unmapped, "3")));

    HttpResponse<byte[]> r =
        api.post(
            "/api/positions?to=json",
            new Multipart()
                .file("submission", "coastal-network.md", Fixtures.bytes("coastal-network.md"))
                .file("base", "rev2.md", Fixtures.bytes("rev2.md"))
                .file("renumberFrom", "base.md", Fixtures.bytes("base.md"))
                .field("as", "CCN"));
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    JsonNode mapped = JSON.readTree(r.body());
    assertTrue(stances(row(mapped, "4")).contains("CCN:retain"), mapped.toString());
    assertTrue(row(mapped, "4").get("baseText").asText().contains("climate funds"));
    assertTrue(
        rowLabels(mapped).stream().noneMatch(l -> l.equals("3")),
        "nobody addresses Rev.2's paragraph 3: " + mapped);

    JsonNode p =
        assertProblem(
            api.post(
                "/api/positions",
                submissions().file("renumberFrom", "base.md", Fixtures.bytes("base.md"))),
            400);
    assertEquals(
        "the field 'renumberFrom' needs the field 'base': the numbers are mapped to the base's",
        p.get("detail").asText());
  }

  @Test
  void htmlIsTheDefaultAndSelfContained() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/positions", withBase());
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    String html = new String(r.body(), UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertFalse(
        html.contains("src=\"http") || html.contains("href=\"http"), "no network resources");
    assertTrue(html.contains("s-amend") && html.contains("s-delete"), "stance cells are coloured");
    assertTrue(
        r.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("filename=\"positions-base.html\""));
  }

  @Test
  void csvHasARowPerParagraphAndStakeholder() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/positions?to=csv", withBase());
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    List<String> lines = new String(r.body(), UTF_8).lines().toList();
    assertEquals("paragraph,stakeholder,stance,text,evidence,source,base_text", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2 bis,IA,add,")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("4,CCN,delete,")), lines.toString());

    HttpResponse<byte[]> md = api.post("/api/positions?to=md", withBase());
    assertEquals(200, md.statusCode(), () -> new String(md.body(), UTF_8));
    assertTrue(new String(md.body(), UTF_8).contains("2 bis"));
  }

  @Test
  void anUnreadableSubmissionIsReportedAndTheRestStillCount() throws Exception {
    Multipart form =
        new Multipart()
            .file("submission", "island-alliance.md", Fixtures.bytes("island-alliance.md"))
            .file("submission", "scan.md", Fixtures.binary())
            .file("submission", "coastal-network.md", Fixtures.bytes("coastal-network.md"))
            .file("base", "base.md", Fixtures.bytes("base.md"))
            .field("as", "IA")
            .field("as", "Ghost")
            .field("as", "CCN");
    HttpResponse<byte[]> r = api.post("/api/positions?to=json", form);
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("1", r.headers().firstValue(SubmissionUploads.LEFT_OUT_HEADER).orElseThrow());
    JsonNode t = JSON.readTree(r.body());
    assertEquals("[\"IA\",\"CCN\"]", t.get("stakeholders").toString());
    assertEquals(List.of("CCN:delete"), stances(row(t, "4")));
    JsonNode d = t.get("diagnostics").get(0);
    assertEquals("input.unreadable", d.get("code").asText());
    assertTrue(d.get("message").asText().startsWith("scan.md: "), d.toString());
    assertEquals("scan.md", d.get("location").get("source").asText());
  }

  @Test
  void noReadableSubmissionIs422() throws Exception {
    Multipart form =
        new Multipart()
            .file("submission", "scan.md", Fixtures.binary())
            .file("submission", "empty.md", new byte[0]);
    JsonNode p = assertProblem(api.post("/api/positions", form), 422);
    assertEquals("scan.md", p.get("source").asText(), "the first failure is the answer");
  }

  @Test
  void anUnreadableBaseIs422() throws Exception {
    JsonNode p =
        assertProblem(
            api.post("/api/positions", submissions().file("base", "base.md", Fixtures.binary())),
            422);
    assertEquals("base.md", p.get("source").asText());
  }

  @Test
  void requestErrorsAre400() throws Exception {
    JsonNode none =
        assertProblem(
            api.post(
                "/api/positions",
                new Multipart().file("base", "base.md", Fixtures.bytes("base.md"))),
            400);
    assertEquals(
        "expected one or more submissions in the multipart field 'submission' (repeated), got 0",
        none.get("detail").asText());
    assertProblem(
        api.post("/api/positions", "text/markdown", Fixtures.bytes("island-alliance.md")), 400);
    JsonNode names = assertProblem(api.post("/api/positions?as=A&as=B&as=C", submissions()), 400);
    assertEquals("3 'as' names for 2 submissions", names.get("detail").asText());
    assertProblem(api.post("/api/positions?deleteMark=purple", submissions()), 400);
    assertProblem(
        api.post(
            "/api/positions",
            submissions()
                .file("base", "a.md", Fixtures.bytes("base.md"))
                .file("base", "b.md", Fixtures.bytes("base.md"))),
        400);
  }

  @Test
  void anUnknownFormatIs415() throws Exception {
    JsonNode p = assertProblem(api.post("/api/positions?to=txt", submissions()), 415);
    String detail = p.get("detail").asText();
    assertTrue(detail.startsWith("cannot convert to 'txt'") && detail.contains("csv"), detail);
    JsonNode from = assertProblem(api.post("/api/positions?from=pdf2", submissions()), 415);
    assertTrue(
        from.get("detail").asText().startsWith("unknown input format 'pdf2' (readable: "),
        from.toString());
  }

  @Test
  void theUploadsTogetherCountAgainstTheLimit() throws Exception {
    Multipart form = new Multipart();
    for (int i = 0; i < 5; i++) {
      form.file("submission", "s" + i + ".md", CompareEndpointTest.filler((int) (LIMIT / 4)));
    }
    JsonNode p = assertProblem(api.post("/api/positions", form), 413);
    assertEquals(
        "the 5 uploads total "
            + 5 * (LIMIT / 4)
            + " bytes, over the upload limit of "
            + LIMIT
            + " bytes",
        p.get("detail").asText());
  }

  private static List<String> rowLabels(JsonNode table) {
    List<String> out = new ArrayList<>();
    table.get("rows").forEach(r -> out.add(r.get("paragraph").asText()));
    return out;
  }

  private static JsonNode row(JsonNode table, String paragraph) {
    for (JsonNode r : table.get("rows")) {
      if (r.get("paragraph").asText().equals(paragraph)) {
        return r;
      }
    }
    throw new AssertionError("no row " + paragraph + " in " + table);
  }

  private static List<String> stances(JsonNode row) {
    List<String> out = new ArrayList<>();
    row.get("positions")
        .forEach(p -> out.add(p.get("stakeholder").asText() + ":" + p.get("stance").asText()));
    return out;
  }
}
