package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.draftkit.Toolkit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

  private final Toolkit toolkit = TestPlugins.toolkit();

  @TempDir Path dir;

  private Path in;
  private Path out;

  @BeforeEach
  void tree() throws IOException {
    in = dir.resolve("in");
    out = dir.resolve("out");
    write("a.md", "Recalling its resolution 70/1,\n1. Decides to act;\n");
    write("sub/deeper/b.txt", "one line\n");
    write(".hidden.md", "never read\n");
  }

  private void write(String rel, String content) throws IOException {
    Path p = in.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  private CliRun run(String... args) {
    return CliRun.run(toolkit, args);
  }

  @Test
  void convertsATreeAndSummarises() throws IOException {
    CliRun r =
        run(
            "batch",
            in.toString(),
            out.toString(),
            "--to",
            "json,txt",
            "--jobs",
            "2",
            "--progress",
            "lines");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        "batch: 2 converted, 0 up to date, 0 failed (see "
            + out.resolve("batch-report.json")
            + ")\n",
        r.out());
    // two jobs: the inputs finish in either order; the counter follows completion
    List<String> progress = List.of(r.errLines());
    assertEquals(2, progress.size(), r::toString);
    assertTrue(
        progress.get(0).startsWith("[1/2] ok ") && progress.get(1).startsWith("[2/2] ok "),
        r::toString);
    assertEquals(
        List.of("a.md", "sub/deeper/b.txt"),
        progress.stream().map(l -> l.substring("[1/2] ok ".length())).sorted().toList(),
        r::toString);
    assertEquals(
        "{\n  \"paragraphs\": [\n    \"Recalling its resolution 70/1,\",\n    \"1. Decides to act;\"\n  ]\n}\n",
        Files.readString(out.resolve("a.json")));
    assertTrue(Files.exists(out.resolve("a.txt")));
    assertTrue(Files.exists(out.resolve("sub/deeper/b.json")));
    assertTrue(Files.exists(out.resolve("sub/deeper/b.txt")));
    assertFalse(Files.exists(out.resolve(".hidden.json")));
  }

  @Test
  void aBadInputFailsWithExitThreeAndTheRestIsConverted() throws IOException {
    Files.write(in.resolve("broken.md"), new byte[] {0, 1, 2, (byte) 0xff});
    CliRun r = run("batch", in.toString(), out.toString(), "--progress", "lines");
    assertEquals(3, r.exitCode(), r::toString);
    assertEquals(
        "batch: 2 converted, 0 up to date, 1 failed (see "
            + out.resolve("batch-report.json")
            + ")\n",
        r.out());
    assertTrue(
        r.err().contains("] failed " + in.resolve("broken.md") + ": binary content, not text"),
        r::toString);
    assertTrue(Files.exists(out.resolve("a.json")));
    String report = Files.readString(out.resolve("batch-report.json"));
    assertTrue(report.contains("\"input\": \"broken.md\", \"status\": \"failed\""), report);
    assertTrue(report.contains("\"errorType\": \"unsupported\""), report);

    CliRun again = run("batch", in.toString(), out.toString(), "--progress", "none");
    assertEquals(3, again.exitCode(), again::toString);
    assertEquals(
        "batch: 0 converted, 2 up to date, 1 failed (see "
            + out.resolve("batch-report.json")
            + ")\n",
        again.out());
    assertEquals(1, again.errLines().length, again::toString);
    assertTrue(
        again.errLines()[0].startsWith("draftkit: ") && again.errLines()[0].contains("broken.md"),
        again::toString);
  }

  @Test
  void toReplacesTheDefaultFormat() {
    CliRun r = run("batch", in.toString(), out.toString(), "--to", "txt", "--progress", "none");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(Files.exists(out.resolve("a.txt")));
    assertFalse(Files.exists(out.resolve("a.json")), "json only when asked for");
  }

  @Test
  void theBarRedrawsInPlace() {
    CliRun r = run("batch", in.toString(), out.toString(), "--progress", "bar");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.err().contains("\r"), r::toString);
    assertTrue(r.err().contains("] 2/2"), r::toString);
  }

  @Test
  void usageErrorsComeBeforeAnyWork() {
    assertEquals(2, run("batch", in.toString(), out.toString(), "--to", "nope").exitCode());
    assertEquals(2, run("batch", in.toString(), out.toString(), "--jobs", "0").exitCode());
    assertEquals(2, run("batch", in.toString(), out.toString(), "--progress", "loud").exitCode());
    assertEquals(2, run("batch", in.toString()).exitCode());
    assertFalse(Files.exists(out), "nothing written on a usage error");
  }

  @Test
  void aMissingInputFolderIsAnInputError() {
    CliRun r = run("batch", dir.resolve("missing").toString(), out.toString());
    assertEquals(3, r.exitCode(), r::toString);
    assertEquals(1, r.errLines().length, r::toString);
    assertTrue(r.errLines()[0].contains("missing: no such folder"), r::toString);
  }
}
