package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.stream.Stream;
import org.draftkit.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  private final Toolkit toolkit = TestPlugins.toolkit();

  @TempDir Path dir;

  private Path text(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private CliRun run(String... args) {
    return CliRun.run(toolkit, args);
  }

  /**
   * A failure: the exit code, exactly one line on stderr naming the file and the reason, no trace.
   */
  private static void assertOneLineError(CliRun r, int exit, String file, String reason) {
    assertEquals(exit, r.exitCode(), r::toString);
    assertEquals("", r.out(), r::toString);
    String[] lines = r.errLines();
    assertEquals(1, lines.length, r::toString);
    assertTrue(lines[0].startsWith("draftkit: "), r::toString);
    assertTrue(lines[0].contains(file), () -> "names " + file + ": " + r);
    assertTrue(lines[0].contains(reason), () -> "says " + reason + ": " + r);
    assertFalse(r.err().contains("Exception"), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  @Test
  void convertsToJsonOnStandardOutputByDefault() throws IOException {
    Path in = text("draft.md", "Recalling its resolution 70/1,\n\n1. Decides to act;\n");
    CliRun r = run("convert", in.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        "{\n  \"paragraphs\": [\n    \"Recalling its resolution 70/1,\",\n    \"1. Decides to act;\"\n  ]\n}\n",
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void convertsToAnotherTextFormat() throws IOException {
    Path in = text("draft.md", "a\nb\n");
    CliRun r = run("convert", in.toString(), "--to", "TXT");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("a\nb\n", r.out());
  }

  @Test
  void writesTheOutputFileAndNothingToStandardOutput() throws IOException {
    Path in = text("draft.md", "a\n");
    Path out = dir.resolve("out/draft.json");
    CliRun r = run("convert", in.toString(), "-o", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.out());
    assertEquals("", r.err());
    assertEquals("{\n  \"paragraphs\": [\n    \"a\"\n  ]\n}\n", Files.readString(out));
  }

  @Test
  void replacesAnExistingOutputAtomicallyKeepingItsPermissionsAndLeavingNoTemporaryFile()
      throws IOException {
    Path in = text("draft.md", "new\n");
    Path out = text("draft.txt", "old content that is longer than the new one\n");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
    CliRun r = run("convert", in.toString(), "--to", "txt", "--output", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("new\n", Files.readString(out));
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "only the input and the output remain");
    }
  }

  @Test
  void aBinaryFormatGoesToTheNamedFile() throws IOException {
    Path in = text("draft.md", "a\nb\nc\n");
    Path out = dir.resolve("draft.bin");
    CliRun r = run("convert", in.toString(), "--to", "bin", "-o", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertArrayEquals(new byte[] {0, 1, 2, 3}, Files.readAllBytes(out));
  }

  @Test
  void aBinaryFormatWithoutOutputFileIsAUsageError() throws IOException {
    Path in = text("draft.md", "a\n");
    CliRun r = run("convert", in.toString(), "--to", "bin");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertEquals("", r.out());
    assertTrue(
        r.err().startsWith("draftkit: --to bin writes a binary file: name it with -o FILE\n"),
        r::toString);
    assertEquals(1, r.errLines().length, "one line: " + r);
  }

  @Test
  void unknownOutputFormatIsAUsageErrorCheckedBeforeTheInputIsRead() {
    // the input does not exist: the format is checked first, so this is a usage error, not exit 3
    CliRun r = run("convert", dir.resolve("missing.md").toString(), "--to", "pdf");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertTrue(
        r.err()
            .startsWith(
                "draftkit: unknown output format 'pdf' for Document (available: bin, json, txt)\n"),
        r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
  }

  @Test
  void unknownInputFormatIsAUsageError() throws IOException {
    Path in = text("draft.md", "a\n");
    CliRun r = run("convert", in.toString(), "--from", "pdf");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertTrue(
        r.err().startsWith("draftkit: unknown input format 'pdf' (readable: boom, md)\n"),
        r::toString);
  }

  @Test
  void fromOverridesDetection() throws IOException {
    Path in = text("draft.data", "a\n");
    assertEquals(0, run("convert", in.toString(), "--from", "md").exitCode());
  }

  @Test
  void missingPath() {
    String missing = dir.resolve("no-such-draft.md").toString();
    assertOneLineError(run("convert", missing), ExitCodes.INPUT, missing, "no such file");
  }

  @Test
  void directoryGivenAsAFile() {
    assertOneLineError(
        run("convert", dir.toString()), ExitCodes.INPUT, dir.toString(), "is a directory");
  }

  @Test
  void emptyFile() throws IOException {
    Path in = text("empty.md", "");
    assertOneLineError(run("convert", in.toString()), ExitCodes.INPUT, in.toString(), "empty file");
  }

  @Test
  void binaryFileNamedMarkdown() throws IOException {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    junk[0] = 0;
    Path in = dir.resolve("draft.md");
    Files.write(in, junk);
    // no importer is sure of random bytes; the extension picks the text importer, which refuses
    // them
    CliRun r = run("convert", in.toString());
    assertOneLineError(r, ExitCodes.INPUT, in.toString(), "binary content");
    assertEquals("draftkit: " + in + ": binary content, not text", r.errLines()[0]);
  }

  @Test
  void anImportersErrorNamesTheFileAsTyped() throws IOException {
    byte[] junk = {0, 1, 2, (byte) 0xff};
    Files.createDirectory(dir.resolve("in"));
    Path in = Files.write(dir.resolve("in/draft.md"), junk);
    // the path as a user would type it from the working directory: ../../tmp/…/in/draft.md
    String typed = Path.of("").toAbsolutePath().relativize(in).toString();
    CliRun r = run("convert", typed);
    assertEquals("draftkit: " + typed + ": binary content, not text", r.errLines()[0], r::toString);
    assertOneLineError(r, ExitCodes.INPUT, typed, "binary content");
  }

  @Test
  void debugAddsTheStackTrace() {
    String missing = dir.resolve("no-such-draft.md").toString();
    CliRun r = run("convert", missing, "--debug");
    assertEquals(ExitCodes.INPUT, r.exitCode(), r::toString);
    assertTrue(r.errLines()[0].equals("draftkit: " + missing + ": no such file"), r::toString);
    assertTrue(r.err().contains("org.draftkit.ImportException"), r::toString);
    assertTrue(r.err().contains("\tat "), r::toString);
  }

  @Test
  void warningsAreShownWithoutDebugToo() throws IOException {
    // something of the source was not read: the user is told even without --debug (issue 10, "text
    // layers that lie")
    Path in = text("draft.md", "a\nDROP\nb\n");
    CliRun quiet = run("convert", in.toString(), "--to", "txt");
    assertEquals(0, quiet.exitCode(), quiet::toString);
    assertEquals("a\nb\n", quiet.out());
    assertEquals("draftkit: " + in + ": warning: line 2 dropped [test.dropped]\n", quiet.err());
    CliRun debug = run("convert", in.toString(), "--to", "txt", "--debug");
    assertEquals("a\nb\n", debug.out());
    assertEquals("draftkit: " + in + ": warning: line 2 dropped [test.dropped]\n", debug.err());
  }

  @Test
  void debugIsAcceptedBeforeTheCommandToo() {
    CliRun r = run("--debug", "convert", dir.resolve("x.md").toString());
    assertEquals(ExitCodes.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().contains("\tat "), r::toString);
  }

  @Test
  void anUnexpectedFailureIsExitOneOnOneLine() throws IOException {
    Path in = text("draft.boom", "x\n");
    CliRun r = run("convert", in.toString(), "--from", "boom");
    // Toolkit turns an importer's RuntimeException into a CorruptDocumentException: still an input
    // error
    assertEquals(ExitCodes.INPUT, r.exitCode(), r::toString);
    assertEquals(1, r.errLines().length, r::toString);
    assertTrue(r.err().contains("draft.boom"), r::toString);
  }

  @Test
  void anOutputThatCannotBeWrittenIsExitOne() throws IOException {
    Path in = text("draft.md", "a\n");
    Path blocker = text("file", "not a directory");
    String out = blocker.resolve("draft.json").toString();
    CliRun r = run("convert", in.toString(), "-o", out);
    assertEquals(ExitCodes.FAILURE, r.exitCode(), r::toString);
    assertEquals(1, r.errLines().length, r::toString);
    assertTrue(r.err().startsWith("draftkit: " + out + ": cannot be written"), r::toString);
  }

  @Test
  void missingInputArgumentIsAUsageError() {
    CliRun r = run("convert");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("draftkit: Missing required parameter: 'INPUT'"), r::toString);
  }

  @Test
  void outputIsDeterministic() throws IOException {
    Path in = text("draft.md", "Recalling,\n1. Decides;\n");
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    assertEquals(0, run("convert", in.toString(), "-o", a.toString()).exitCode());
    assertEquals(0, run("convert", in.toString(), "-o", b.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }
}
