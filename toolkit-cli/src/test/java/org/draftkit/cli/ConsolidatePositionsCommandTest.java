package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.draftkit.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * consolidate and positions end to end with the real plugins, on fixtures written for these tests.
 */
class ConsolidatePositionsCommandTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();

  @TempDir Path dir;

  private static String fixture(String name) {
    try {
      return Path.of(
              ConsolidatePositionsCommandTest.class.getResource("/fixtures/amend/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CliRun run(String... args) {
    return CliRun.run(TOOLKIT, args);
  }

  @Test
  void consolidatesOneSubmissionIntoTheBase() {
    CliRun r = run("consolidate", fixture("base.md"), fixture("example-group.md"), "--to", "txt");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(
        r.out()
            .contains(
                "1. We reaffirm the working definition of Internet governance in the Tunis Agenda"),
        r.out());
    assertTrue(r.out().contains("2. We recognize that Internet governance must continue"), r.out());
    assertTrue(
        r.out().contains("2 bis. We recognise the work done within the WSIS framework."), r.out());
    assertTrue(
        r.out().contains("3. We invite the Secretary-General to submit a proposal."), r.out());
  }

  @Test
  void attributesEveryChangeAndListsConflictsInJson() {
    CliRun r =
        run(
            "consolidate",
            fixture("base.md"),
            fixture("example-group.md"),
            fixture("other-group.md"),
            "--as",
            "EG",
            "--as",
            "OG");
    assertEquals(0, r.exitCode(), r::toString);
    String json = r.out();
    assertTrue(
        json.contains("\"proponent\" : \"EG\"") || json.contains("\"proponent\": \"EG\""), json);
    assertTrue(
        json.matches("(?s).*\"conflicts\"\\s*:\\s*\\[\\s*\\{.*\"paragraph\"\\s*:\\s*\"2\".*"),
        json);
    assertTrue(json.contains("\"unmatched\""), json);
    assertTrue(json.contains("\"author\" : \"EG\"") || json.contains("\"author\": \"EG\""), json);
  }

  @Test
  void preferResolvesTheConflict() {
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
            "--prefer",
            "OG",
            "--to",
            "txt");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("2. We underline that"), r.out());
  }

  @Test
  void positionsAsCsvFollowTheBase() {
    CliRun r =
        run(
            "positions",
            fixture("example-group.md"),
            fixture("other-group.md"),
            "--base",
            fixture("base.md"),
            "--as",
            "EG",
            "--as",
            "OG",
            "--to",
            "csv");
    assertEquals(0, r.exitCode(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals("paragraph,stakeholder,stance,text,evidence,source,base_text", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("1,EG,amend,")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("1,OG,retain,")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2 bis,EG,add,")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("4,EG,retain,")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("4,OG,delete,")), r.out());
    assertTrue(
        lines.indexOf(lines.stream().filter(l -> l.startsWith("2 bis,")).findFirst().orElseThrow())
            > lines.indexOf(
                lines.stream().filter(l -> l.startsWith("2,EG")).findFirst().orElseThrow()),
        "83 bis follows 83");
  }

  @Test
  void positionsDefaultToASelfContainedHtmlPage() throws IOException {
    Path out = dir.resolve("positions.html");
    CliRun r = run("positions", fixture("example-group.md"), "-o", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.contains("http://") || html.contains("https://"), "no network resources");
    assertTrue(html.contains("s-amend"), "stance cells are coloured");
  }

  @Test
  void anUnreadableSubmissionIsReportedAndTheRestStillCounts() throws IOException {
    Path bad = Files.write(dir.resolve("broken.md"), new byte[] {0, 1, 2, (byte) 0xff});
    CliRun r = run("positions", bad.toString(), fixture("example-group.md"), "--to", "json");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(
        r.err().startsWith("draftkit: " + bad + ": not a text file")
            && r.err().contains("(left out)"),
        r::toString);
    assertTrue(r.out().contains("input.unreadable"), r.out());
    assertTrue(r.out().contains("\"EG\""), r.out());
    CliRun none = run("positions", bad.toString());
    assertEquals(ExitCodes.INPUT, none.exitCode(), none::toString);
  }

  @Test
  void usageErrorsCostNothing() {
    assertEquals(
        ExitCodes.USAGE,
        run("consolidate", fixture("base.md"), fixture("example-group.md"), "--to", "csv")
            .exitCode());
    assertEquals(
        ExitCodes.USAGE,
        run("positions", fixture("example-group.md"), "--insert-mark", "purple").exitCode());
    assertEquals(
        ExitCodes.USAGE,
        run("positions", fixture("example-group.md"), "--as", "A", "--as", "B").exitCode());
    assertEquals(ExitCodes.USAGE, run("consolidate", fixture("base.md")).exitCode());
  }
}
