package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IMSB reflections on Rev.2 (a Markdown submission from the corpus) converted to JSON as {@code
 * draftkit convert … --to json} does it, checked field by field against the Document shape.
 */
class ImsbSubmissionJsonTest {
  private static final String FILE = "submissions/imsb-reflections-wsis20-rev2_2025-12-09.md";
  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();

  private static Path source;
  private static String json;
  private static JsonNode root;

  @BeforeAll
  static void convert() throws Exception {
    source = Corpus.file(FILE);
    Document doc = TOOLKIT.read(source);
    json = TOOLKIT.writeString(doc, "json");
    root = new ObjectMapper().readTree(json);
  }

  private static JsonNode paragraph(String number) {
    for (JsonNode p : root.get("paragraphs")) {
      if (number.equals(p.get("number").asText(null)) && !p.has("parent")) {
        return p;
      }
    }
    throw new AssertionError("no paragraph numbered " + number);
  }

  /**
   * The stretches of text carrying {@code mark}, neighbouring runs joined, white space at the edges
   * removed.
   */
  private static List<String> marked(JsonNode paragraph, String mark) {
    List<String> spans = new ArrayList<>();
    StringBuilder current = null;
    for (JsonNode run : paragraph.get("runs")) {
      boolean has = false;
      for (JsonNode m : run.get("marks")) {
        has |= m.asText().equals(mark);
      }
      if (has) {
        current = current == null ? new StringBuilder() : current;
        current.append(run.get("text").asText());
      } else if (current != null) {
        spans.add(current.toString().strip());
        current = null;
      }
    }
    if (current != null) {
      spans.add(current.toString().strip());
    }
    return spans;
  }

  @Test
  void hasTheTopLevelFields() {
    for (String field : List.of("metadata", "paragraphs", "footnotes", "comments", "diagnostics")) {
      assertTrue(root.has(field), field);
    }
    assertEquals(
        "imsb-reflections-wsis20-rev2_2025-12-09.md", root.get("metadata").get("source").asText());
    JsonNode paragraphs = root.get("paragraphs");
    for (int i = 0; i < paragraphs.size(); i++) {
      JsonNode p = paragraphs.get(i);
      assertEquals(i, p.get("index").asInt(), "index is the position");
      assertTrue(p.has("number") && p.has("kind") && p.has("text") && p.has("runs"), p.toString());
      StringBuilder runs = new StringBuilder();
      p.get("runs").forEach(r -> runs.append(r.get("text").asText()));
      assertEquals(
          p.get("text").asText(), runs.toString(), "text is the runs' text, marks ignored");
    }
  }

  @Test
  void theProposedParagraphsCarryTheirNumbers() {
    for (String n : List.of("66", "83 bis", "84", "88", "89", "100", "103")) {
      JsonNode p = paragraph(n);
      assertEquals(n, p.get("number").asText());
      assertFalse(
          p.get("text").asText().startsWith(n), "text excludes the label: " + p.get("text"));
    }
    assertTrue(
        paragraph("83 bis").get("text").asText().startsWith("We recognise the significant work"));
  }

  @Test
  void struckTextIsMarkedStrike() {
    assertEquals(
        List.of(
            "to establish consider the establishment of", "81st session of the General Assembly"),
        marked(paragraph("66"), "strike"));
    assertEquals(List.of("description"), marked(paragraph("88"), "strike"));
    assertEquals(List.of("reaffirm"), marked(paragraph("89"), "strike"));
    assertEquals(1, marked(paragraph("103"), "strike").size());
    assertTrue(
        marked(paragraph("103"), "strike")
            .get(0)
            .startsWith("call for the strengthening of the Secretariat"));
  }

  @Test
  void boldTextIsMarkedBold() {
    assertEquals(
        List.of("including the Internet Governance Forum and the WSIS Forum"),
        marked(paragraph("84"), "bold"));
    assertEquals(
        List.of("working definition", "with a working definition"),
        marked(paragraph("88"), "bold"));
    assertEquals(
        List.of("recognize", "encompasses both technical and public policy issues and"),
        marked(paragraph("89"), "bold"));
    assertEquals(1, marked(paragraph("100"), "bold").size());
    assertTrue(
        marked(paragraph("100"), "bold").get(0).startsWith("maintaining the current arrangement"));
    assertEquals(
        List.of(), marked(paragraph("83 bis"), "bold"), "83 bis is proposed as plain text");
  }

  @Test
  void everyWordOfTheSourceIsInTheJson() throws Exception {
    StringBuilder all = new StringBuilder();
    for (JsonNode p : root.get("paragraphs")) {
      all.append(' ').append(p.get("number").asText("")).append(' ').append(p.get("text").asText());
    }
    for (JsonNode f : root.get("footnotes")) {
      all.append(' ').append(f.get("text").asText());
    }
    String haystack = all.toString().toLowerCase(Locale.ROOT);
    List<String> missing = new ArrayList<>();
    for (String token : Files.readString(source, StandardCharsets.UTF_8).split("\\s+")) {
      String word =
          token
              .replaceAll("[*~#>\\[\\]()_`]", "")
              .replaceAll("[.,;:!?]+$", "")
              .toLowerCase(Locale.ROOT);
      if (word.chars().anyMatch(Character::isLetterOrDigit) && !haystack.contains(word)) {
        missing.add(token);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theJsonReadsBackIntoTheSameDocument() throws Exception {
    Document doc = TOOLKIT.read(source);
    Document back =
        TOOLKIT.read(json.getBytes(StandardCharsets.UTF_8), "imsb.json", null, Map.of());
    assertNotNull(back);
    assertEquals(doc, back);
  }
}
