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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.Toolkit;
import org.draftkit.server.internal.SubmissionUploads;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.Fixtures;
import org.draftkit.server.support.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/consolidate} with the real Markdown importer and exporters on a server on port
 * 0: two stakeholders' Markdown submissions on a small base (a conflict on paragraph 2, a new "2
 * bis", an insertion in 3, a deletion of 4) and one with exclusive options.
 */
class ConsolidateEndpointTest {

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

  /** The base and the two submissions, named IA (from its title) and CCN. */
  private static Multipart twoStakeholders() {
    return new Multipart()
        .file("base", "base.md", Fixtures.bytes("base.md"))
        .file("submission", "island-alliance.md", Fixtures.bytes("island-alliance.md"))
        .file("submission", "coastal-network.md", Fixtures.bytes("coastal-network.md"))
        .field("as", "")
        .field("as", "CCN");
  }

  @Test
  void appliesEveryProposalAttributedAndListsTheConflict() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/consolidate", twoStakeholders());
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(r.headers().firstValue(SubmissionUploads.LEFT_OUT_HEADER).isEmpty());
    JsonNode c = JSON.readTree(r.body());

    assertEquals(List.of("IA|2 bis|add", "IA|3|amend", "CCN|4|delete"), applied(c));
    JsonNode conflict = c.get("conflicts").get(0);
    assertEquals(1, c.get("conflicts").size());
    assertEquals("2", conflict.get("paragraph").asText());
    assertEquals("[\"IA\",\"CCN\"]", conflict.get("proponents").toString());
    assertEquals(
        "[\"~~urge~~ **call upon**\",\"~~urge~~ **require**\"]", conflict.get("texts").toString());
    assertEquals(0, c.get("unmatched").size());

    assertEquals(
        "We urge States to share early warning data with their neighbours.",
        paragraph(c, "2").get("text").asText(),
        "a conflict is left unapplied");
    JsonNode bis = paragraph(c, "2 bis");
    assertEquals(
        "We welcome regional centres that pool forecasting capacity.", bis.get("text").asText());
    assertEquals("IA", bis.get("runs").get(0).get("author").asText());
    assertEquals(
        List.of("2", "2 bis", "3"),
        labels(c).subList(labels(c).indexOf("2"), labels(c).indexOf("2") + 3));
    assertTrue(paragraph(c, "4").get("runs").get(0).get("marks").toString().contains("delete"));
  }

  @Test
  void preferResolvesTheConflict() throws Exception {
    HttpResponse<byte[]> r = api.post("/api/consolidate?to=txt&prefer=CCN", twoStakeholders());
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    String text = new String(r.body(), UTF_8);
    assertTrue(text.contains("2. We require States to share early warning data"), text);
    assertTrue(text.contains("2 bis. We welcome regional centres"), text);
    assertTrue(text.contains("3. We invite development banks and climate funds to finance"), text);
    assertFalse(
        text.contains("We request the secretariat"),
        "paragraph 4 is deleted in the clean text: " + text);
  }

  @Test
  void exclusiveOptionsApplyTheFirstUnlessOneIsChosen() throws Exception {
    Multipart form =
        new Multipart()
            .file("base", "base.md", Fixtures.bytes("base.md"))
            .file("submission", "delta-states.md", Fixtures.bytes("delta-states.md"));
    HttpResponse<byte[]> first = api.post("/api/consolidate?to=txt", form);
    assertEquals(200, first.statusCode(), () -> new String(first.body(), UTF_8));
    assertTrue(
        new String(first.body(), UTF_8).contains("at the second session."),
        new String(first.body(), UTF_8));

    JsonNode json = JSON.readTree(api.post("/api/consolidate", form).body());
    String group = groupNamedIn(json);
    HttpResponse<byte[]> chosen =
        api.post(
            "/api/consolidate?to=txt",
            new Multipart()
                .file("base", "base.md", Fixtures.bytes("base.md"))
                .file("submission", "delta-states.md", Fixtures.bytes("delta-states.md"))
                .field("option", group + "=Option 2"));
    assertEquals(200, chosen.statusCode(), () -> new String(chosen.body(), UTF_8));
    assertTrue(
        new String(chosen.body(), UTF_8).contains("report on progress every two years."),
        new String(chosen.body(), UTF_8));
  }

  @Test
  void markdownAndHtmlShowTheChanges() throws Exception {
    HttpResponse<byte[]> md = api.post("/api/consolidate?to=md", twoStakeholders());
    assertEquals(200, md.statusCode(), () -> new String(md.body(), UTF_8));
    assertTrue(
        new String(md.body(), UTF_8).contains("**and climate funds**"),
        new String(md.body(), UTF_8));

    HttpResponse<byte[]> html = api.post("/api/consolidate?to=html", twoStakeholders());
    assertEquals(200, html.statusCode(), () -> new String(html.body(), UTF_8));
    String page = new String(html.body(), UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("climate funds"), page);
    assertTrue(
        html.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("filename=\"consolidated-base.html\""));
  }

  @Test
  void anUnreadableSubmissionIsLeftOutAndReported() throws Exception {
    Multipart form =
        new Multipart()
            .file("base", "base.md", Fixtures.bytes("base.md"))
            .file("submission", "island-alliance.md", Fixtures.bytes("island-alliance.md"))
            .file("submission", "scan.md", Fixtures.binary())
            .file("submission", "coastal-network.md", Fixtures.bytes("coastal-network.md"))
            .field("as", "IA")
            .field("as", "Ghost")
            .field("as", "CCN");
    HttpResponse<byte[]> r = api.post("/api/consolidate", form);
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertEquals("1", r.headers().firstValue(SubmissionUploads.LEFT_OUT_HEADER).orElseThrow());
    JsonNode c = JSON.readTree(r.body());
    JsonNode d = c.get("diagnostics").get(0);
    assertEquals("input.unreadable", d.get("code").asText());
    assertEquals("error", d.get("severity").asText());
    assertTrue(d.get("message").asText().startsWith("scan.md: "), d.toString());
    assertEquals("scan.md", d.get("location").get("source").asText());
    assertEquals(
        List.of("IA|2 bis|add", "IA|3|amend", "CCN|4|delete"),
        applied(c),
        "the names keep their positions");
  }

  @Test
  void noReadableSubmissionIs422() throws Exception {
    Multipart form =
        new Multipart()
            .file("base", "base.md", Fixtures.bytes("base.md"))
            .file("submission", "scan.md", Fixtures.binary());
    JsonNode p = assertProblem(api.post("/api/consolidate", form), 422);
    assertEquals("scan.md", p.get("source").asText());
  }

  @Test
  void anUnreadableBaseIs422() throws Exception {
    Multipart form =
        new Multipart()
            .file("base", "base.md", Fixtures.binary())
            .file("submission", "island-alliance.md", Fixtures.bytes("island-alliance.md"));
    JsonNode p = assertProblem(api.post("/api/consolidate", form), 422);
    assertEquals("base.md", p.get("source").asText());
  }

  @Test
  void missingUploadsAre400() throws Exception {
    JsonNode noBase =
        assertProblem(
            api.post(
                "/api/consolidate",
                new Multipart()
                    .file(
                        "submission", "island-alliance.md", Fixtures.bytes("island-alliance.md"))),
            400);
    assertEquals(
        "the multipart field 'base' with the document is missing", noBase.get("detail").asText());
    JsonNode noSubmission =
        assertProblem(
            api.post(
                "/api/consolidate",
                new Multipart().file("base", "base.md", Fixtures.bytes("base.md"))),
            400);
    assertEquals(
        "expected one or more submissions in the multipart field 'submission' (repeated), got 0",
        noSubmission.get("detail").asText());
    assertProblem(
        api.post(
            "/api/consolidate",
            new Multipart()
                .file("base", "a.md", Fixtures.bytes("base.md"))
                .file("base", "b.md", Fixtures.bytes("base.md"))
                .file("submission", "island-alliance.md", Fixtures.bytes("island-alliance.md"))),
        400);
  }

  @Test
  void badParametersAre400() throws Exception {
    JsonNode names =
        assertProblem(api.post("/api/consolidate", twoStakeholders().field("as", "Third")), 400);
    assertEquals("3 'as' names for 2 submissions", names.get("detail").asText());
    JsonNode mark =
        assertProblem(api.post("/api/consolidate?insertMark=purple", twoStakeholders()), 400);
    assertEquals(
        "parameter 'insertMark' takes bold, underline or ins; 'deleteMark' takes strike or del",
        mark.get("detail").asText());
    JsonNode option =
        assertProblem(api.post("/api/consolidate?option=Option%202", twoStakeholders()), 400);
    assertEquals(
        "parameter 'option' takes GROUP=NAME, got 'Option 2'", option.get("detail").asText());
    assertProblem(api.post("/api/consolidate?prefer=A&prefer=B", twoStakeholders()), 400);
    JsonNode ocr = assertProblem(api.post("/api/consolidate?ocr=often", twoStakeholders()), 400);
    assertEquals("ocr must be auto, never or always, not 'often'", ocr.get("detail").asText());
  }

  @Test
  void theMarkConventionCanBeOverridden() throws Exception {
    // with underline as the only insertion mark, the bold words of the submissions insert nothing
    HttpResponse<byte[]> r = api.post("/api/consolidate?insertMark=underline", twoStakeholders());
    assertEquals(200, r.statusCode(), () -> new String(r.body(), UTF_8));
    assertFalse(
        applied(JSON.readTree(r.body())).contains("IA|3|amend"), new String(r.body(), UTF_8));
  }

  @Test
  void anUnknownOutputFormatIs415() throws Exception {
    JsonNode p = assertProblem(api.post("/api/consolidate?to=csv", twoStakeholders()), 415);
    assertTrue(p.get("detail").asText().startsWith("cannot convert to 'csv'"), p.toString());
  }

  @Test
  void theUploadsTogetherCountAgainstTheLimit() throws Exception {
    byte[] half = CompareEndpointTest.filler((int) (LIMIT / 2));
    Multipart form =
        new Multipart()
            .file("base", "base.md", Fixtures.bytes("base.md"))
            .file("submission", "a.md", half)
            .file("submission", "b.md", half);
    JsonNode p = assertProblem(api.post("/api/consolidate", form), 413);
    assertTrue(p.get("detail").asText().startsWith("the 3 uploads total "), p.toString());
  }

  private static List<String> applied(JsonNode c) {
    List<String> out = new ArrayList<>();
    c.get("applied")
        .forEach(
            a ->
                out.add(
                    a.get("proponent").asText()
                        + "|"
                        + a.get("paragraph").asText()
                        + "|"
                        + a.get("op").asText()));
    return out;
  }

  private static List<String> labels(JsonNode doc) {
    List<String> out = new ArrayList<>();
    doc.get("paragraphs").forEach(p -> out.add(p.get("number").asText(null)));
    return out;
  }

  private static JsonNode paragraph(JsonNode doc, String number) {
    for (JsonNode p : doc.get("paragraphs")) {
      if (number.equals(p.get("number").asText(null))) {
        return p;
      }
    }
    throw new AssertionError("no paragraph " + number + " in " + doc);
  }

  /**
   * The option group the note on alternatives names ("options Option 1 / Option 2 of DS-1 are
   * alternatives …").
   */
  private static String groupNamedIn(JsonNode c) {
    for (JsonNode d : c.get("diagnostics")) {
      Matcher m = Pattern.compile(" of (\\S+) are alternatives").matcher(d.get("message").asText());
      if (d.get("code").asText().equals("consolidate.option-chosen") && m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("no note names the option group: " + c.get("diagnostics"));
  }
}
