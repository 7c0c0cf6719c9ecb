package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.draftkit.Toolkit;
import org.draftkit.exporter.html.ComparisonHtmlExporter;
import org.draftkit.exporter.html.RevisionHistoryHtmlExporter;
import org.draftkit.exporter.markdown.ComparisonMarkdownExporter;
import org.draftkit.json.ComparisonJsonExporter;
import org.draftkit.json.RevisionHistoryJsonExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  private final Toolkit toolkit =
      Toolkit.builder()
          .importer(new TestPlugins.LinesImporter())
          .exporter(new ComparisonJsonExporter())
          .exporter(new RevisionHistoryJsonExporter())
          .exporter(new ComparisonMarkdownExporter())
          .exporter(new ComparisonHtmlExporter())
          .exporter(new RevisionHistoryHtmlExporter())
          .build();

  @TempDir Path dir;

  private static final String A =
      "Recalling its resolution 70/125 on the World Summit on the Information Society,";
  private static final String B = "Member States shall endeavour to promote open standards.";
  private static final String C = "Decides to convene a high-level meeting on the review in 2026.";

  private Path text(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private CliRun run(String... args) {
    return CliRun.run(toolkit, args);
  }

  @Test
  void comparesTwoRevisionsAsJson() throws IOException {
    Path older = text("old.md", A, B, C);
    Path newer = text("new.md", A, B.replace("shall endeavour to", "should"));
    CliRun r = run("compare", older.toString(), newer.toString(), "--to", "json");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err());
    assertTrue(r.out().contains("\"status\": \"modified\""), r.out());
    assertTrue(r.out().contains("\"text\": \"shall endeavour to\""), r.out());
    assertTrue(r.out().contains("\"status\": \"deleted\""), r.out());
  }

  @Test
  void writesHtmlByDefault() throws IOException {
    Path older = text("old.md", A, B);
    Path newer = text("new.md", A, B, C);
    Path out = dir.resolve("redline.html");
    CliRun r = run("compare", older.toString(), newer.toString(), "-o", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.out());
    String html = Files.readString(out);
    assertTrue(html.contains("<ins"), html);
  }

  @Test
  void writesMarkdown() throws IOException {
    Path older = text("old.md", A, B);
    Path newer = text("new.md", A, B.replace("shall endeavour to", "should"));
    CliRun r = run("compare", older.toString(), newer.toString(), "--to", "md");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("~~shall endeavour to~~ **should**"), r.out());
  }

  @Test
  void threeRevisionsGiveTheLineage() throws IOException {
    Path r0 = text("r0.md", A, B);
    Path r1 = text("r1.md", A, C, B);
    Path r2 = text("r2.md", C, B);
    CliRun r = run("compare", r0.toString(), r1.toString(), r2.toString(), "--to", "json");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("\"lineage\""), r.out());
    assertTrue(r.out().contains("\"comparisons\""), r.out());
  }

  @Test
  void aMissingRevisionIsExitThreeNamingTheFile() throws IOException {
    Path older = text("old.md", A);
    CliRun r = run("compare", older.toString(), dir.resolve("nope.md").toString(), "--to", "json");
    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(r.err().contains("nope.md"), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  @Test
  void anUnreadableRevisionIsNamedAsTyped() throws IOException {
    Path older = text("old.md", A);
    Files.createDirectory(dir.resolve("in"));
    Path bad = Files.write(dir.resolve("in/new.md"), new byte[] {0, 1, 2, (byte) 0xff});
    String typed = Path.of("").toAbsolutePath().relativize(bad).toString();
    CliRun r = run("compare", older.toString(), typed, "--to", "json");
    assertEquals(3, r.exitCode(), r::toString);
    assertEquals("draftkit: " + typed + ": binary content, not text\n", r.err(), r::toString);
  }

  @Test
  void oneInputOrAnUnknownFormatIsAUsageError() throws IOException {
    Path older = text("old.md", A);
    assertEquals(2, run("compare", older.toString()).exitCode());
    CliRun r = run("compare", older.toString(), older.toString(), "--to", "pptx");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("pptx"), r::toString);
  }
}
