package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.draftkit.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The front door as a new user meets it: {@code -o FILE} writes the format its extension names, for
 * every command; a {@code --to} that contradicts it is refused before any input is read; unknown
 * commands and options are one line naming the closest real one.
 */
class FrontDoorTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();

  @TempDir Path dir;

  private static String fixture(String name) {
    try {
      return Path.of(FrontDoorTest.class.getResource("/fixtures/amend/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every command that writes a result, with its inputs. */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(
            "convert", List.of(fixture("base.md")), List.of("docx", "html", "md", "json", "txt")),
        Arguments.of(
            "compare",
            List.of(fixture("base.md"), fixture("example-group.md")),
            List.of("docx", "html", "md", "json")),
        Arguments.of(
            "consolidate",
            List.of(fixture("base.md"), fixture("example-group.md")),
            List.of("docx", "html", "md", "json", "txt")),
        Arguments.of(
            "positions",
            List.of(fixture("example-group.md")),
            List.of("docx", "html", "md", "json", "csv")));
  }

  private CliRun run(String command, List<String> inputs, String... more) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.addAll(inputs);
    args.addAll(List.of(more));
    return CliRun.run(TOOLKIT, args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void theExtensionOfOutChoosesTheFormat(String command, List<String> inputs, List<String> formats)
      throws Exception {
    for (String ext : List.of("docx", "html", "md", "json", "txt", "csv")) {
      Path out = dir.resolve(command + "." + ext);
      CliRun r = run(command, inputs, "-o", out.toString());
      if (!formats.contains(ext)) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().length, r::toString);
        assertTrue(
            r.err().contains("asks for " + ext + ", which '" + command + "' does not write"),
            r::toString);
        assertFalse(Files.exists(out));
        continue;
      }
      assertEquals(0, r.exitCode(), r::toString);
      byte[] bytes = Files.readAllBytes(out);
      String head =
          new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8).stripLeading();
      switch (ext) {
        case "docx" -> {
          assertTrue(bytes[0] == 'P' && bytes[1] == 'K', command + " -o x.docx writes a zip");
          assertFalse(TOOLKIT.read(out).paragraphs().isEmpty(), "the DOCX importer reads it");
        }
        case "html" -> assertTrue(head.startsWith("<!DOCTYPE html>"), head);
        case "json" -> assertTrue(head.startsWith("{"), head);
        case "md", "txt", "csv" ->
            assertFalse(head.startsWith("{") || head.startsWith("<"), ext + ": " + head);
        default -> throw new AssertionError(ext);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aContradictingToIsRefusedBeforeAnyInputIsRead(
      String command, List<String> inputs, List<String> formats) {
    List<String> missing =
        inputs.stream()
            .map(i -> dir.resolve("missing-" + Path.of(i).getFileName()).toString())
            .toList();
    Path out = dir.resolve("x.docx");
    CliRun r = run(command, missing, "--to", "html", "-o", out.toString());
    assertEquals(ExitCodes.USAGE, r.exitCode(), "usage (2), not unreadable input (3): " + r);
    assertEquals(
        List.of(
            "draftkit: --to html contradicts -o "
                + out
                + " (a .docx file): drop --to, or name the file .html"),
        List.of(r.errLines()));
    assertFalse(Files.exists(out));
  }

  @Test
  void aToThatAgreesWithTheExtensionIsFine() throws IOException {
    Path out = dir.resolve("redline.markdown");
    CliRun r =
        run(
            "compare",
            List.of(fixture("base.md"), fixture("example-group.md")),
            "--to",
            "md",
            "-o",
            out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(Files.size(out) > 0);
  }

  @Test
  void anUnknownExtensionKeepsTheDefaultFormat() throws IOException {
    Path out = dir.resolve("redline.out");
    CliRun r =
        run(
            "compare",
            List.of(fixture("base.md"), fixture("example-group.md")),
            "-o",
            out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void identicalFilesSayNoDifferencesInEveryFormat() throws Exception {
    String same = fixture("base.md");
    for (String format : List.of("html", "md", "json")) {
      CliRun r = run("compare", List.of(same, same), "--to", format);
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(
          r.out().contains("No differences: the two revisions read the same."),
          format + ": " + r.out());
    }
    CliRun changed = run("compare", List.of(same, fixture("example-group.md")), "--to", "md");
    assertFalse(changed.out().contains("No differences"), changed.out());
    Path docx = dir.resolve("same.docx");
    assertEquals(0, run("compare", List.of(same, same), "-o", docx.toString()).exitCode());
    assertEquals(
        "No differences: the two revisions read the same.",
        TOOLKIT.read(docx).paragraphs().get(0).text());
  }

  @Test
  void anUnknownCommandNamesTheClosestOne() {
    CliRun r = CliRun.run(TOOLKIT, "comapre", "a.md", "b.md");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertEquals(
        List.of(
            "draftkit: unknown command 'comapre'; the closest is 'compare' (see 'draftkit --help')"),
        List.of(r.errLines()));
    r = CliRun.run(TOOLKIT, "consolidat", "a.md", "b.md");
    assertEquals(
        "draftkit: unknown command 'consolidat'; the closest is 'consolidate' (see 'draftkit --help')\n",
        r.err());
  }

  @Test
  void anUnknownOptionNamesTheClosestOne() {
    CliRun r = CliRun.run(TOOLKIT, "compare", "a.md", "b.md", "--no-move");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertEquals(
        List.of(
            "draftkit: unknown option '--no-move'; the closest is '--no-moves' (see 'draftkit compare --help')"),
        List.of(r.errLines()));
    r = CliRun.run(TOOLKIT, "positions", "a.md", "--bsae=b.md");
    assertEquals(
        "draftkit: unknown option '--bsae'; the closest is '--base' (see 'draftkit positions --help')\n",
        r.err());
  }

  @Test
  void closestIsByEditDistance() {
    assertEquals("serve", ErrorHandler.closest("serv", List.of("convert", "serve", "batch")));
    assertEquals("batch", ErrorHandler.closest("btach", List.of("convert", "serve", "batch")));
  }
}
