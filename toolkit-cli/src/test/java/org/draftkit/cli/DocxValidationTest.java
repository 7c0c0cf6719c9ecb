package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.draftkit.Toolkit;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every DOCX the command line writes passes Microsoft's Open XML SDK validator ({@code
 * ../shared/tools/ooxml/validate-docx}): convert from every bundled format, compare (two revisions
 * with a move, three revisions), consolidate (with moves), positions, and the same on corpus files
 * when present. Skipped with a message when the validator, node or npm is absent.
 */
class DocxValidationTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final Path EXAMPLES = Path.of("../examples/documents");

  @TempDir Path dir;

  private final List<Path> outputs = new ArrayList<>();

  @Test
  void everyDocxTheCommandsWriteIsValid() throws Exception {
    Path validator = validator();
    for (String ext : List.of("md", "docx", "html", "pdf")) {
      write("convert", EXAMPLES.resolve("draft-resolution." + ext).toString());
    }
    String rev1 = EXAMPLES.resolve("draft-resolution.md").toString();
    Path moved = movedRevision();
    Path compared = write("compare", rev1, moved.toString());
    assertTrue(documentXml(compared).contains("<w:moveFromRangeStart"), "the redline has a move");
    write(
        "compare",
        fixture("amend/base.md"),
        fixture("amend/example-group.md"),
        fixture("amend/other-group.md"));
    write(
        "consolidate",
        fixture("amend/base.md"),
        fixture("amend/example-group.md"),
        fixture("amend/other-group.md"),
        "--as",
        "EG",
        "--as",
        "OG");
    Path consolidatedMoves =
        write("consolidate", fixture("moves/base.md"), fixture("moves/example-group.md"));
    assertTrue(
        documentXml(consolidatedMoves).contains("<w:moveToRangeStart"),
        "the consolidation has a move");
    write(
        "positions",
        fixture("amend/example-group.md"),
        fixture("amend/other-group.md"),
        "--base",
        fixture("amend/base.md"));
    corpusOutputs();

    Process p =
        new ProcessBuilder(validator.toString())
            .command(command(validator))
            .redirectErrorStream(true)
            .start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the validator finished");
    Assumptions.assumeTrue(
        p.exitValue() != 2, "the validator could not run (npm install failed?): " + report);
    assertEquals(0, p.exitValue(), report);
    assertEquals(outputs.size(), report.lines().filter(l -> l.startsWith("OK ")).count(), report);
  }

  /** Word requires w:author and w:date on move ranges, even when the inputs carry no date. */
  @Test
  void moveRangesCarryAnAuthorAndADate() throws Exception {
    Path compared =
        write(
            "compare",
            EXAMPLES.resolve("draft-resolution.md").toString(),
            movedRevision().toString());
    String xml = documentXml(compared);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<w:move(From|To)RangeStart [^>]*>").matcher(xml);
    int count = 0;
    while (m.find()) {
      assertTrue(m.group().contains("w:author=\"") && m.group().contains("w:date=\""), m.group());
      count++;
    }
    assertEquals(2, count, xml);
    Path again = dir.resolve("again.docx");
    CliRun r =
        CliRun.run(
            TOOLKIT,
            "compare",
            EXAMPLES.resolve("draft-resolution.md").toString(),
            movedRevision().toString(),
            "-o",
            again.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(
        java.util.Arrays.equals(Files.readAllBytes(compared), Files.readAllBytes(again)),
        "byte-identical runs");
  }

  private void corpusOutputs() throws IOException {
    Optional<Path> corpus = Corpus.root();
    if (corpus.isEmpty()) {
      return;
    }
    Path c = corpus.get();
    Path l41 = c.resolve("un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt");
    Path imsb = c.resolve("submissions/imsb-reflections-wsis20-rev2_2025-12-09.md");
    Path v1 = c.resolve("un-drafts/unfccc-cma6-article6.2");
    Path older = c.resolve("un-drafts/bbnj-ga-resolutions/A-RES-79-271.pdf");
    Path newer = c.resolve("un-drafts/bbnj-ga-resolutions/A-RES-80-107.pdf");
    if (Files.exists(older) && Files.exists(newer)) {
      write("compare", older.toString(), newer.toString());
    }
    if (Files.exists(l41) && Files.exists(imsb)) {
      write("consolidate", l41.toString(), imsb.toString());
      write("positions", imsb.toString(), "--base", l41.toString());
    }
    if (Files.isDirectory(v1)) {
      try (var files = Files.list(v1)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".docx")).sorted().toList()) {
          write("convert", f.toString());
        }
      }
    }
  }

  /**
   * The example with its fourth preambular paragraph moved after the first: a move in the redline.
   */
  private Path movedRevision() throws IOException {
    String text = Files.readString(EXAMPLES.resolve("draft-resolution.md"), StandardCharsets.UTF_8);
    String welcoming =
        text.lines().filter(l -> l.startsWith("*Welcoming*")).findFirst().orElseThrow() + "\n\n";
    String recalling =
        text.lines().filter(l -> l.startsWith("*Recalling*")).findFirst().orElseThrow() + "\n\n";
    String moved = text.replace(welcoming, "").replace(recalling, recalling + welcoming);
    assertTrue(!moved.equals(text));
    Path p = dir.resolve("draft-resolution-moved.md");
    Files.writeString(p, moved, StandardCharsets.UTF_8);
    return p;
  }

  private Path write(String command, String... args) {
    Path out = dir.resolve(command + "-" + outputs.size() + ".docx");
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(args));
    all.addAll(List.of("-o", out.toString()));
    CliRun r = CliRun.run(TOOLKIT, all.toArray(String[]::new));
    assertTrue(
        r.exitCode() == 0 || r.exitCode() == ExitCodes.INPUT && Files.exists(out), r::toString);
    outputs.add(out);
    return out;
  }

  private List<String> command(Path validator) {
    List<String> cmd = new ArrayList<>(List.of(validator.toString()));
    outputs.forEach(o -> cmd.add(o.toString()));
    return cmd;
  }

  private static String documentXml(Path docx) throws IOException {
    try (ZipFile zip = new ZipFile(docx.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String fixture(String name) {
    try {
      return Path.of(DocxValidationTest.class.getResource("/fixtures/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code ../shared/tools/ooxml/validate-docx} beside the project (or {@code
   * -Ddraftkit.ooxml.validator}).
   */
  private static Path validator() {
    String prop = System.getProperty("draftkit.ooxml.validator");
    Path found = prop != null ? Path.of(prop) : null;
    for (Path d = Path.of("").toAbsolutePath(); found == null && d != null; d = d.getParent()) {
      Path candidate = d.resolveSibling("shared").resolve("tools/ooxml/validate-docx");
      if (Files.isExecutable(candidate)) {
        found = candidate;
      }
    }
    Assumptions.assumeTrue(
        found != null && Files.isExecutable(found),
        "the Open XML SDK validator (../shared/tools/ooxml/validate-docx) is absent: skipped");
    Assumptions.assumeTrue(
        onPath("node") && onPath("npm"), "node and npm are needed for the validator: skipped");
    return found;
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
