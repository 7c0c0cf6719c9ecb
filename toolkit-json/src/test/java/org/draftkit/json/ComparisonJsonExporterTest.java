package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.draftkit.spi.ExportContext;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.SampleComparisons;
import org.draftkit.testkit.SampleSplits;
import org.junit.jupiter.api.Test;

class ComparisonJsonExporterTest {

  private static String json(Object value, Map<String, String> options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportContext context = new ExportContext(null, options);
    if (value instanceof org.draftkit.compare.Comparison c) {
      new ComparisonJsonExporter().write(c, out, context);
    } else {
      new RevisionHistoryJsonExporter()
          .write((org.draftkit.compare.RevisionHistory) value, out, context);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheContractShape() throws Exception {
    String text = json(SampleComparisons.comparison(), Map.of());
    Golden.assertMatches("comparison/sample.json", text);
    JsonNode root = new ObjectMapper().readTree(text);
    assertEquals("A/80/L.1", root.path("old").path("symbol").asText());
    assertEquals("A/80/L.1/Rev.1", root.path("new").path("symbol").asText());
    List<String> statuses = new ArrayList<>();
    for (JsonNode p : root.path("pairs")) {
      assertTrue(p.has("old") && p.has("new") && p.has("status"), p.toString());
      statuses.add(p.path("status").asText());
    }
    assertEquals(
        List.of(
            "modified",
            "unchanged",
            "modified",
            "inserted",
            "split",
            "deleted",
            "unchanged",
            "unchanged",
            "unchanged",
            "unchanged",
            "unchanged",
            "unchanged",
            "unchanged",
            "unchanged",
            "unchanged",
            "moved",
            "merged"),
        statuses);
    JsonNode modified = root.path("pairs").get(2);
    assertEquals(
        "[{\"op\":\"delete\",\"text\":\"shall endeavour to\"},{\"op\":\"insert\",\"text\":\"should\"}]",
        modified.path("edits").toString());
    JsonNode split = root.path("pairs").get(4);
    assertTrue(split.path("new").isArray());
    assertEquals("3", split.path("new").get(1).path("number").asText());
    JsonNode inserted = root.path("pairs").get(3);
    assertTrue(inserted.path("old").isNull());
    assertEquals("1 bis", inserted.path("new").path("number").asText());
    JsonNode renumbered = root.path("pairs").get(6);
    assertTrue(renumbered.path("renumbered").asBoolean());
    assertEquals(0, renumbered.path("edits").size());
    assertEquals(1, root.path("summary").path("moved").asInt());
  }

  @Test
  void segmentsOnRequest() throws Exception {
    String text = json(SampleComparisons.comparison(), Map.of("segments", "true"));
    JsonNode pair = new ObjectMapper().readTree(text).path("pairs").get(2);
    StringBuilder newer = new StringBuilder();
    for (JsonNode s : pair.path("segments")) {
      if (!s.path("op").asText().equals("delete")) {
        newer.append(s.path("text").asText());
      }
    }
    assertEquals("Member States should promote open standards.", newer.toString());
  }

  @Test
  void splitAndMergeEditsAndSegmentsNameTheirParagraph() throws Exception {
    String text = json(SampleSplits.comparison(), Map.of("segments", "true"));
    Golden.assertMatches("comparison/splits.json", text);
    JsonNode pairs = new ObjectMapper().readTree(text).path("pairs");
    JsonNode split = pairs.get(1);
    assertEquals("split", split.path("status").asText());
    assertEquals(
        "[{\"op\":\"delete\",\"text\":\"further\",\"part\":1}]", split.path("edits").toString());
    JsonNode merged = pairs.get(2);
    assertEquals("merged", merged.path("status").asText());
    assertEquals(
        "[{\"op\":\"delete\",\"text\":\".\",\"part\":0},{\"op\":\"delete\",\"text\":\"Expresses\",\"part\":1},"
            + "{\"op\":\"insert\",\"text\":\"and expresses\",\"part\":1}]",
        merged.path("edits").toString());
    // each older paragraph of the merge is spelled by the equal and deleted segments of its part
    List<StringBuilder> older = List.of(new StringBuilder(), new StringBuilder());
    for (JsonNode s : merged.path("segments")) {
      if (!s.path("op").asText().equals("insert")) {
        older.get(s.path("part").asInt()).append(s.path("text").asText());
      }
    }
    assertEquals("Takes note of the consultations held in Geneva.", older.get(0).toString());
    assertEquals(
        "Expresses appreciation to the host country for its support.", older.get(1).toString());
    // a pair with one paragraph on each side has no part
    assertTrue(pairs.get(0).path("segments").get(0).path("part").isMissingNode());
  }

  @Test
  void writesTheLineageOfNRevisions() throws Exception {
    String text = json(SampleComparisons.history(), Map.of());
    Golden.assertMatches("comparison/history.json", text);
    JsonNode root = new ObjectMapper().readTree(text);
    assertEquals(3, root.path("revisions").size());
    assertEquals(2, root.path("comparisons").size());
    JsonNode first = root.path("lineage").get(2);
    assertEquals("[\"1\",\"1\",\"1\"]", first.path("numbers").toString());
    assertEquals(1, first.path("lastChange").asInt());
  }
}
