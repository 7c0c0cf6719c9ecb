package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as users run it: a separate JVM, real plugins, real exit codes and streams. */
class DraftkitJarIT {

  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("draftkit.jar", "target/draftkit.jar"));
    assumeTrue(Files.isRegularFile(jar), "the shaded jar is built in the package phase: " + jar);
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    cmd.addAll(List.of(args));
    Path errFile = Files.createTempFile("draftkit-it", ".err");
    try {
      Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(2, TimeUnit.MINUTES), "finishes");
      return new Run(p.exitValue(), out, Files.readString(errFile, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(errFile);
    }
  }

  @Test
  void version() throws Exception {
    Run r = run("--version");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("draftkit "), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void everyDeclaredPluginLoadsFromTheShadedJar() throws Exception {
    Run r = run("plugins", "--json");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(0, json.get("problems").size(), r.out());
    assertEquals(
        declared("org.draftkit.spi.DocumentImporter"), json.get("importers").size(), r.out());
    assertEquals(declared("org.draftkit.spi.Exporter"), json.get("exporters").size(), r.out());
  }

  /** Providers listed in the jar's merged services file. */
  private static int declared(String service) throws IOException {
    try (JarFile jf = new JarFile(jar.toFile())) {
      ZipEntry e = jf.getEntry("META-INF/services/" + service);
      if (e == null) {
        return 0;
      }
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(jf.getInputStream(e), StandardCharsets.UTF_8))) {
        return (int)
            in.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).count();
      }
    }
  }

  @Test
  void theShadedJarHasTheBundledFormats() throws Exception {
    JsonNode json = new ObjectMapper().readTree(run("plugins", "--json").out());
    List<String> importers = json.get("importers").findValuesAsText("format");
    for (String f : List.of("md", "txt", "html", "docx", "pdf", "json")) {
      assertTrue(importers.contains(f), "reads " + f + ": " + importers);
    }
  }

  @Test
  void aMissingInputIsExitThreeWithOneLine() throws Exception {
    String missing = dir.resolve("missing.md").toString();
    Run r = run("convert", missing);
    assertEquals(ExitCodes.INPUT, r.exitCode(), r::toString);
    assertEquals("draftkit: " + missing + ": no such file\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void anEmptyFileIsExitThreeWithOneLine() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.md"));
    Run r = run("convert", empty.toString());
    assertEquals(ExitCodes.INPUT, r.exitCode(), r::toString);
    assertEquals("draftkit: " + empty + ": empty file\n", r.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    Run r = run("convert", "whatever.md", "--to", "nonsense");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertTrue(
        r.err().startsWith("draftkit: unknown output format 'nonsense' for Document"), r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
  }

  @Test
  void theReadmeExampleConvertsWithACleanConsole() throws Exception {
    Path example = Path.of("../examples/documents/draft-resolution.md");
    Run r = run("convert", example.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err(), "no log output reaches the console");
    assertTrue(r.out().contains("\"2 bis\""), r::toString);
  }

  @Test
  void theImsbSubmissionKeepsItsParagraphNumbers() throws Exception {
    Path imsb = Corpus.file("submissions/imsb-reflections-wsis20-rev2_2025-12-09.md");
    Run r = run("convert", imsb.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err());
    List<String> numbers =
        new ObjectMapper().readTree(r.out()).get("paragraphs").findValuesAsText("number");
    for (String n : List.of("66", "83 bis", "84", "88", "89", "100", "103")) {
      assertTrue(numbers.contains(n), "paragraph " + n + " in " + numbers);
    }
  }

  @Test
  void aBinaryFileNamedMarkdownIsExitThreeWithOneLine() throws Exception {
    byte[] junk = new byte[2048];
    new java.util.Random(3).nextBytes(junk);
    junk[0] = 0;
    Path bin = Files.write(dir.resolve("notes.md"), junk);
    Run r = run("convert", bin.toString());
    assertEquals(ExitCodes.INPUT, r.exitCode(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(r.err().startsWith("draftkit: ") && r.err().contains("notes.md"), r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
  }

  @Test
  void aDirectoryIsExitThreeWithOneLine() throws Exception {
    Run r = run("convert", dir.toString());
    assertEquals(ExitCodes.INPUT, r.exitCode(), r::toString);
    assertEquals("draftkit: " + dir + ": is a directory, not a file\n", r.err());
  }
}
