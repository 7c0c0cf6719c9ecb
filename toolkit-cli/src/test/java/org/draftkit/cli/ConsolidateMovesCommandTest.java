package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * consolidate with paragraph moves and merges end to end: prose instructions in Markdown, and a
 * Word tracked move in a copy of the draft written as DOCX and read back by the real importer.
 */
class ConsolidateMovesCommandTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();

  @TempDir Path dir;

  private static String fixture(String name) {
    try {
      return Path.of(
              ConsolidateMovesCommandTest.class.getResource("/fixtures/moves/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CliRun run(String... args) {
    return CliRun.run(TOOLKIT, args);
  }

  @Test
  void aMoveAndAMergeReadInTheConsolidatedText() {
    CliRun r =
        run(
            "consolidate",
            fixture("base.md"),
            fixture("example-group.md"),
            "--as",
            "EG",
            "--to",
            "txt");
    assertEquals(0, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
    int one = indexStarting(lines, "1. We reaffirm the description");
    assertTrue(lines.get(one + 1).startsWith("5. We decide to review progress in 2030."), r.out());
    assertTrue(
        lines.contains(
            "3. We call for the strengthening of the Secretariat of the Forum. We invite the Secretary-General"
                + " to submit a proposal on the Forum."),
        r.out());
    assertEquals(-1, indexStarting(lines, "4."), r.out());
  }

  @Test
  void theJsonNamesTheMoveItsProponentAndTheStaleTarget() throws Exception {
    CliRun r =
        run(
            "consolidate",
            fixture("base.md"),
            fixture("example-group.md"),
            "--as",
            "EG",
            "--to",
            "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode move = find(json.get("applied"), "op", "move");
    assertEquals("EG", move.get("proponent").asText());
    assertEquals("5", move.get("paragraph").asText());
    assertEquals("moved after 1", move.get("note").asText());
    assertTrue(find(json.get("applied"), "op", "merge") != null, json.toString());
    JsonNode stale = find(json.get("unmatched"), "paragraph", "9");
    assertEquals("the base has no paragraph 9 to move", stale.get("reason").asText());
    List<String> marks = new ArrayList<>();
    for (JsonNode p : json.get("paragraphs")) {
      for (JsonNode run : p.get("runs")) {
        run.get("marks").forEach(m -> marks.add(m.asText() + ":" + run.path("author").asText()));
      }
    }
    assertTrue(marks.contains("moveFrom:EG") && marks.contains("moveTo:EG"), marks.toString());
    assertTrue(
        json.get("diagnostics").toString().contains("consolidate.merge-joined"),
        json.get("diagnostics").toString());
  }

  @Test
  void twoProponentsMovingOneParagraphApartAreAConflictUntilOneIsPreferred() throws Exception {
    CliRun r =
        run(
            "consolidate",
            fixture("base.md"),
            fixture("example-group.md"),
            fixture("other-group.md"),
            "--as",
            "EG",
            "--as",
            "OG",
            "--to",
            "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode conflict =
        find(new ObjectMapper().readTree(r.out()).get("conflicts"), "paragraph", "5");
    assertEquals("[\"EG\",\"OG\"]", conflict.get("proponents").toString());
    assertEquals("not applied", conflict.get("resolution").asText());
    CliRun og =
        run(
            "consolidate",
            fixture("base.md"),
            fixture("example-group.md"),
            fixture("other-group.md"),
            "--as",
            "EG",
            "--as",
            "OG",
            "--prefer",
            "OG",
            "--to",
            "txt");
    List<String> lines = og.out().lines().filter(l -> !l.isBlank()).toList();
    int five = indexStarting(lines, "5. We decide");
    assertTrue(
        lines.get(five - 1).startsWith("2. ") && lines.get(five + 1).startsWith("3. "), og.out());
  }

  @Test
  void aMoveTrackedInAWordCopyOfTheDraftIsAppliedAndWrittenAsWordMoves() throws Exception {
    Document.Builder base = Document.builder().metadata(Metadata.builder().title("Draft").build());
    Document.Builder copy =
        Document.builder().metadata(Metadata.builder().title("Draft").author("Norway").build());
    for (int i = 1; i <= 16; i++) {
      List<Run> text =
          List.of(Run.plain("Paragraph " + i + " decides on matter " + (char) ('a' + i) + "."));
      base.add(ParagraphNumber.of(Integer.toString(i)), ParagraphKind.OPERATIVE, text, null, null);
      if (i == 3) {
        copy.add(
            ParagraphNumber.of("3"),
            ParagraphKind.OPERATIVE,
            List.of(
                new Run(
                    text.get(0).text(),
                    EnumSet.of(Mark.MOVE_FROM),
                    "Norway",
                    "2026-11-20T10:00:00Z",
                    null)),
            null,
            null);
      } else {
        copy.add(
            ParagraphNumber.of(Integer.toString(i)), ParagraphKind.OPERATIVE, text, null, null);
      }
      if (i == 10) {
        copy.add(
            ParagraphNumber.of("3"),
            ParagraphKind.OPERATIVE,
            List.of(
                new Run(
                    "Paragraph 3 decides on matter d.",
                    EnumSet.of(Mark.MOVE_TO),
                    "Norway",
                    "2026-11-20T10:00:00Z",
                    null)),
            null,
            null);
      }
    }
    Path basePath = dir.resolve("base.json");
    Path copyPath = dir.resolve("norway.docx");
    try (OutputStream out = Files.newOutputStream(basePath)) {
      TOOLKIT.write(base.build(), "json", out);
    }
    try (OutputStream out = Files.newOutputStream(copyPath)) {
      TOOLKIT.write(copy.build(), "docx", out);
    }
    CliRun r = run("consolidate", basePath.toString(), copyPath.toString(), "--to", "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode move = find(json.get("applied"), "op", "move");
    assertEquals("Norway", move.get("proponent").asText(), json.get("applied").toString());
    assertEquals("moved after 10", move.get("note").asText());
    assertEquals(0, json.get("unmatched").size(), json.get("unmatched").toString());

    Path docx = dir.resolve("consolidated.docx");
    assertEquals(
        0,
        run(
                "consolidate",
                basePath.toString(),
                copyPath.toString(),
                "--to",
                "docx",
                "-o",
                docx.toString())
            .exitCode());
    Document back = TOOLKIT.read(docx);
    assertTrue(
        back.paragraphs().stream()
            .anyMatch(
                p ->
                    p.runs().stream()
                        .anyMatch(x -> x.has(Mark.MOVE_FROM) && "Norway".equals(x.author()))),
        "moveFrom read back");
    assertTrue(
        back.paragraphs().stream()
            .anyMatch(
                p ->
                    p.runs().stream()
                        .anyMatch(x -> x.has(Mark.MOVE_TO) && "Norway".equals(x.author()))),
        "moveTo read back");
  }

  private static int indexStarting(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asText())) {
        return n;
      }
    }
    return null;
  }
}
