package org.draftkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.draftkit.batch.internal.Manifest;
import org.draftkit.importer.ocr.TesseractRecognizer;
import org.draftkit.testkit.Corpus;
import org.draftkit.testkit.ScannedPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code draftkit batch --engine spark --master local[2]} through the real command-line jar and the
 * real job jar: the same files as {@code --engine local} on corpus PDFs and generated documents, a
 * job killed outright (SIGKILL) midway that a rerun completes, and {@code --ocr}/{@code --lang}
 * passed on to the job.
 */
class CliSparkEngineIT {

  private static final Path CLI =
      Path.of(System.getProperty("draftkit.jar", "../toolkit-cli/target/draftkit.jar"));
  private static final Path SPARK = Path.of(System.getProperty("draftkit.spark.dir", "target"));

  @TempDir static Path tmp;
  private static Path in;
  private static Path local;

  /** The tree, and the local engine's outputs of it, once for the class. */
  @BeforeAll
  static void tree() throws Exception {
    assumeTrue(Files.isRegularFile(CLI), "the command-line jar is not built: " + CLI);
    in = tmp.resolve("in");
    for (int i = 1; i <= 30; i++) {
      Path p = in.resolve("gen/doc-" + i + ".md");
      Files.createDirectories(p.getParent());
      StringBuilder sb =
          new StringBuilder("# Draft " + i + "\n\n*Recalling* its resolution " + i + "/1,\n\n");
      for (int n = 1; n <= 40; n++) {
        sb.append(n)
            .append(". Decides that paragraph ")
            .append(n)
            .append(" of draft ")
            .append(i)
            .append(" stands;\n");
      }
      Files.writeString(p, sb, StandardCharsets.UTF_8);
    }
    Files.writeString(in.resolve("broken.pdf"), "%PDF-1.4\nnot a pdf\n");
    Files.writeString(in.resolve("readme.xyz"), "no importer reads this\n");
    Corpus.root()
        .ifPresent(
            corpus -> {
              try (Stream<Path> s = Files.walk(corpus)) {
                List<Path> pdfs =
                    s.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(12).toList();
                Files.createDirectories(in.resolve("corpus"));
                for (Path p : pdfs) {
                  Files.copy(
                      p,
                      in.resolve("corpus")
                          .resolve(p.getParent().getFileName() + "-" + p.getFileName()));
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    local = tmp.resolve("local");
    assertEquals(3, run(local, "--jobs", "2"), () -> "local: " + logQuietly(local));
  }

  private static Process start(Path out, String... engine) throws IOException {
    return start(in, out, engine);
  }

  private static Process start(Path input, Path out, String... engine) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddraftkit.spark.dir=" + SPARK.toAbsolutePath(),
                "-jar",
                CLI.toString(),
                "batch",
                input.toString(),
                out.toString(),
                "--to",
                "json,md,docx",
                "--progress",
                "none"));
    command.addAll(List.of(engine));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve(out.getFileName() + ".log").toFile())
        .start();
  }

  private static int run(Path out, String... engine) throws Exception {
    return run(in, out, engine);
  }

  private static int run(Path input, Path out, String... engine) throws Exception {
    Process p = start(input, out, engine);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "batch finished");
    return p.exitValue();
  }

  private static String log(Path out) throws IOException {
    return Files.readString(tmp.resolve(out.getFileName() + ".log"));
  }

  @Test
  void sameFilesAsTheLocalEngine() throws Exception {
    Path spark = tmp.resolve("spark");
    assertEquals(
        3,
        run(spark, "--engine", "spark", "--master", "local[2]"),
        () -> "spark: " + logQuietly(spark));
    assertTrue(
        log(spark).contains("failed (see " + spark.resolve("batch-report.json") + ")"),
        () -> logQuietly(spark));
    assertTrue(
        log(spark).contains("draftkit: " + in.resolve("broken.pdf") + ": "),
        () -> logQuietly(spark));
    Map<String, String> expected = files(local);
    assertEquals(expected, files(spark));
    assertEquals(
        Files.readString(local.resolve("batch-report.json"))
            .replace(local.toString(), spark.toString()),
        Files.readString(spark.resolve("batch-report.json")));
  }

  @Test
  void aJobKilledMidwayIsCompletedByARerun() throws Exception {
    Path spark = tmp.resolve("killed");
    Process p = start(spark, "--engine", "spark", "--master", "local[2]");
    Path journals = spark.resolve(ConvertGroup.JOURNALS);
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    // 12 outputs journaled: with two documents at most in flight (three outputs each), at least two
    // documents are complete, so the rerun must find some up to date
    while (journalLines(journals) < 12 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assumeTrue(p.isAlive(), "the job finished before it could be killed");
    p.destroyForcibly(); // SIGKILL of the command line; the job's JVM follows its parent
    p.waitFor();
    Thread.sleep(1500);
    assertTrue(files(spark).size() < files(local).size(), "killed midway");

    assertEquals(
        3, run(spark, "--engine", "spark", "--master", "local[2]"), () -> logQuietly(spark));
    assertEquals(files(local), files(spark));
    String report = Files.readString(spark.resolve("batch-report.json"));
    assertTrue(report.matches("(?s).*\"upToDate\": [1-9].*"), report);
  }

  @Test
  void theReadingOptionsReachTheJob() throws Exception {
    Path scans = tmp.resolve("scans");
    Files.createDirectories(scans);
    Files.write(
        scans.resolve("scanned-draft.pdf"),
        ScannedPdf.imageOnly(
            List.of(
                "1. Decides to establish an intergovernmental working group on ocean data;",
                "2. Requests the Secretary-General to report at its eighty-second session;")));
    Files.writeString(scans.resolve("typed.md"), "1. Decides to remain seized of the matter.\n");
    Path spark = tmp.resolve("scans-spark");
    String[] onSpark = {"--engine", "spark", "--master", "local[2]"};

    String[] never = {"--ocr", "never"};
    assertEquals(3, run(scans, spark, concat(onSpark, never)), () -> logQuietly(spark));
    assertTrue(
        log(spark).contains("draftkit: " + scans.resolve("scanned-draft.pdf") + ": "),
        () -> logQuietly(spark));
    Path local = tmp.resolve("scans-local");
    assertEquals(3, run(scans, local, never), () -> logQuietly(local));
    assertSameBatch(local, spark);
    assertTrue(
        Files.readString(spark.resolve("batch-report.json"))
            .contains("\"options\": { \"ocr\": \"never\" },"));

    assumeTrue(
        new TesseractRecognizer().unavailable(List.of("en")).isEmpty(),
        "Tesseract with English is not installed");
    String[] english = {"--lang", "en"};
    assertEquals(0, run(scans, spark, concat(onSpark, english)), () -> logQuietly(spark));
    assertTrue(
        log(spark).contains("batch: 2 converted, 0 up to date, 0 failed"), () -> logQuietly(spark));
    assertTrue(
        Files.readString(spark.resolve("scanned-draft.json")).contains("Secretary-General"),
        "read from its image on Spark");
    assertEquals(0, run(scans, local, english), () -> logQuietly(local));
    assertSameBatch(local, spark);
  }

  /** The same outputs, manifest and report (but for the folder it names). */
  private static void assertSameBatch(Path local, Path spark) throws IOException {
    assertEquals(files(local), files(spark));
    assertEquals(
        Files.readString(local.resolve(Manifest.FILE)),
        Files.readString(spark.resolve(Manifest.FILE)));
    assertEquals(
        Files.readString(local.resolve("batch-report.json"))
            .replace(local.toString(), spark.toString()),
        Files.readString(spark.resolve("batch-report.json")));
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }

  /** How many whole lines the tasks' journals hold. */
  private static long journalLines(Path journals) throws IOException {
    if (!Files.isDirectory(journals)) {
      return 0;
    }
    long lines = 0;
    try (Stream<Path> s = Files.list(journals)) {
      for (Path j : s.toList()) {
        try {
          lines += Files.readString(j).chars().filter(c -> c == '\n').count();
        } catch (IOException e) {
          // folded meanwhile
        }
      }
    }
    return lines;
  }

  private static String logQuietly(Path out) {
    try {
      return log(out);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** The visible outputs (relative path → SHA-256), the report left out. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString();
        if (rel.startsWith(".") || rel.contains("/.") || rel.equals("batch-report.json")) {
          continue;
        }
        out.put(rel, sha256(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
