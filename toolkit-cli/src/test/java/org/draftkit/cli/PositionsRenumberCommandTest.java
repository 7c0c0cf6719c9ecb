package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.draftkit.Toolkit;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * positions --renumber-from end to end: party comments in a Word copy of the earlier revision land
 * on the base's numbers, and a comment on a paragraph the base deleted gets its own row.
 */
class PositionsRenumberCommandTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();

  @TempDir Path dir;

  @Test
  void commentAnchorsOnTheEarlierRevisionAreRenumbered() throws Exception {
    Document.Builder v1 =
        Document.builder()
            .metadata(Metadata.builder().title("Draft decision").revision("v1").build());
    Document.Builder v2 =
        Document.builder()
            .metadata(Metadata.builder().title("Draft decision").revision("v2").build());
    for (int i = 1; i <= 30; i++) {
      List<Run> text =
          List.of(
              Run.plain(
                  "Requests the body to consider matter "
                      + i
                      + " with its own wording "
                      + i
                      + "."));
      v1.add(ParagraphNumber.of(Integer.toString(i)), ParagraphKind.OPERATIVE, text, null, null);
      if (i == 5) {
        v2.add(
            ParagraphNumber.of("5"),
            ParagraphKind.OPERATIVE,
            List.of(Run.plain("Decides on a new question that v1 did not raise at all.")),
            null,
            null);
      }
      if (i != 20) {
        v2.add(
            ParagraphNumber.of(Integer.toString(i < 5 ? i : i < 20 ? i + 1 : i)),
            ParagraphKind.OPERATIVE,
            text,
            null,
            null);
      }
    }
    v1.comment(new Comment("1", "Secretariat", null, "US: Delete this paragraph", 11, null));
    v1.comment(new Comment("2", "Secretariat", null, "Norway: Support", 19, null));
    Path earlier = dir.resolve("v1-comments.docx");
    Path base = dir.resolve("v2.json");
    try (OutputStream out = Files.newOutputStream(earlier)) {
      TOOLKIT.write(v1.build(), "docx", out);
    }
    try (OutputStream out = Files.newOutputStream(base)) {
      TOOLKIT.write(v2.build(), "json", out);
    }

    CliRun r =
        CliRun.run(
            TOOLKIT,
            "positions",
            earlier.toString(),
            "--base",
            base.toString(),
            "--renumber-from",
            earlier.toString(),
            "--to",
            "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("[\"US:delete\"]", cell(json, "13"), "v1's 12 is v2's 13");
    assertEquals("[]", cell(json, "12"));
    assertEquals("[\"Norway:retain\"]", cell(json, "20 (deleted)"));
    assertEquals("[]", cell(json, "20"));
    assertTrue(
        json.get("diagnostics").toString().contains("positions.deleted-paragraph"),
        json.get("diagnostics").toString());

    CliRun plain =
        CliRun.run(
            TOOLKIT, "positions", earlier.toString(), "--base", base.toString(), "--to", "json");
    assertEquals(
        "[\"US:delete\"]",
        cell(new ObjectMapper().readTree(plain.out()), "12"),
        "without --renumber-from");
  }

  private static String cell(JsonNode table, String paragraph) {
    List<String> out = new ArrayList<>();
    for (JsonNode row : table.get("rows")) {
      if (row.get("paragraph").asText().equals(paragraph)) {
        row.get("positions")
            .forEach(
                p ->
                    out.add(
                        "\""
                            + p.get("stakeholder").asText()
                            + ":"
                            + p.get("stance").asText()
                            + "\""));
      }
    }
    return out.toString().replace(", ", ",");
  }
}
