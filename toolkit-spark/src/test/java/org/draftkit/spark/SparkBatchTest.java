package org.draftkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.draftkit.Toolkit;
import org.draftkit.batch.BatchConverter;
import org.draftkit.batch.BatchItem;
import org.draftkit.batch.BatchListener;
import org.draftkit.batch.BatchReport;
import org.draftkit.batch.BatchStatus;
import org.draftkit.batch.internal.Manifest;
import org.draftkit.testkit.ScannedPdf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Spark job in local mode (two executor threads) on a small tree of good, damaged and
 * unsupported files, held to {@code draftkit batch}'s outputs byte for byte, its report row for
 * row, and its idempotence.
 */
class SparkBatchTest {

  private static final List<String> FORMATS = List.of("json", "md", "html", "txt", "docx");
  private static final String VERSION = "test-1";
  private static JavaSparkContext sc;

  @TempDir Path tmp;
  private Path in;

  @BeforeAll
  static void startSpark() {
    SparkConf conf =
        new SparkConf()
            .setMaster("local[2]")
            .setAppName("draftkit-test")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1");
    sc = new JavaSparkContext(conf);
    sc.setLogLevel("WARN");
  }

  @AfterAll
  static void stopSpark() {
    if (sc != null) {
      sc.close();
    }
  }

  @BeforeEach
  void tree() throws IOException {
    in = tmp.resolve("in");
    write(
        "a/draft.md",
        """
        # Draft resolution on oceans

        *Recalling* its earlier resolutions,

        1. Decides to convene a conference;
        2. Requests the Secretary-General to report;
        """);
    write(
        "a/b/page.html",
        "<html><head><title>Note</title></head><body><h1>Note</h1>"
            + "<p>1. First paragraph.</p><p>2. Second <del>old</del><ins>new</ins> paragraph.</p></body></html>");
    write("plain.txt", "Title\n\n1. One.\n\n2. Two.\n");
    write("twin.md", "# Twin\n\n1. Markdown twin.\n");
    write("twin.txt", "Twin\n\n1. Text twin.\n");
    write(
        "damaged.pdf",
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf at all\n");
    write("damaged.docx", "PK\u0003\u0004 not really a zip");
    write("empty.md", "");
    write("notes.xyz", "no importer reads this");
    write(".hidden.md", "# hidden\n");
  }

  private void write(String rel, String text) throws IOException {
    Path p = in.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static SparkBatch job() {
    return SparkBatch.of(FORMATS, VERSION, 3);
  }

  private BatchReport local(Path out) throws IOException {
    Toolkit toolkit = ExecutorToolkit.get();
    return BatchConverter.builder(toolkit)
        .formats(FORMATS)
        .toolkitVersion(VERSION)
        .jobs(2)
        .build()
        .run(in, out, BatchListener.NONE);
  }

  @Test
  void sameOutputsAndReportAsTheLocalBatch() throws IOException {
    Path localOut = tmp.resolve("local");
    Path sparkOut = tmp.resolve("spark");
    BatchReport expected = local(localOut);
    BatchReport actual = job().run(sc, in.toString(), sparkOut.toString(), null);

    assertEquals(expected, actual);
    assertEquals(4 + 1, actual.converted(), actual.toString()); // draft, page, plain, twin x2
    assertEquals(List.of("notes.xyz"), actual.ignored());
    Map<String, BatchItem> byInput =
        actual.items().stream().collect(Collectors.toMap(BatchItem::input, i -> i));
    assertEquals("corrupt", byInput.get("damaged.pdf").errorType());
    assertEquals("corrupt", byInput.get("damaged.docx").errorType());
    assertTrue(
        byInput.get("empty.md").error().startsWith(in.resolve("empty.md") + ": "),
        byInput.get("empty.md").error());
    assertEquals(
        List.of("twin.md.json", "twin.md.md", "twin.md.html", "twin.md.txt", "twin.md.docx"),
        byInput.get("twin.md").outputs());

    Map<String, String> expectedFiles = files(localOut);
    Map<String, String> actualFiles = files(sparkOut);
    expectedFiles.remove(BatchConverter.REPORT_FILE); // names its output folder: compared below
    actualFiles.remove(BatchConverter.REPORT_FILE);
    assertEquals(expectedFiles, actualFiles);
    assertEquals(5 * 5 + 1, actualFiles.size()); // five outputs of five inputs, the manifest
    String report = Files.readString(sparkOut.resolve(BatchConverter.REPORT_FILE));
    assertEquals(
        Files.readString(localOut.resolve(BatchConverter.REPORT_FILE))
            .replace(localOut.toString(), sparkOut.toString()),
        report);
    assertFalse(
        Files.exists(sparkOut.resolve(ConvertGroup.JOURNALS))
            && files(sparkOut.resolve(ConvertGroup.JOURNALS)).keySet().stream()
                .anyMatch(f -> !f.isEmpty()),
        "journals folded into the manifest");
  }

  @Test
  void readingOptionsGiveTheLocalOutputsAndOtherOptionsRedoThem() throws Exception {
    Files.write(
        in.resolve("a/scan.pdf"),
        ScannedPdf.imageOnly(List.of("1. Decides to convene a conference on ocean data;")));
    Map<String, String> never = Map.of("ocr", "never");
    Path localOut = tmp.resolve("local");
    Path sparkOut = tmp.resolve("spark");
    BatchReport expected =
        BatchConverter.builder(ExecutorToolkit.get())
            .formats(FORMATS)
            .toolkitVersion(VERSION)
            .importOptions(never)
            .jobs(2)
            .build()
            .run(in, localOut, BatchListener.NONE);
    BatchReport actual =
        job().reading(null, never).run(sc, in.toString(), sparkOut.toString(), null);

    assertEquals(expected, actual);
    BatchItem scan =
        actual.items().stream().filter(i -> i.input().equals("a/scan.pdf")).findFirst().get();
    assertEquals(BatchStatus.FAILED, scan.status());
    assertTrue(scan.error().startsWith(in.resolve("a/scan.pdf") + ": "), scan.error());
    assertEquals(files(localOut).keySet(), files(sparkOut).keySet());
    assertEquals(
        Files.readString(localOut.resolve(Manifest.FILE)),
        Files.readString(sparkOut.resolve(Manifest.FILE)),
        "the same manifest, options recorded alike");
    assertTrue(Files.readString(sparkOut.resolve(Manifest.FILE)).contains("\tocr=never\n"));
    String report = Files.readString(sparkOut.resolve(BatchConverter.REPORT_FILE));
    assertTrue(report.contains("\"options\": { \"ocr\": \"never\" },\n"), report);
    assertEquals(
        Files.readString(localOut.resolve(BatchConverter.REPORT_FILE))
            .replace(localOut.toString(), sparkOut.toString()),
        report);

    assertEquals(
        5, job().reading(null, never).run(sc, in.toString(), sparkOut.toString(), null).upToDate());
    // other options: every output redone, by either engine
    BatchReport other =
        job().reading("md", Map.of()).run(sc, in.toString(), sparkOut.toString(), null);
    assertEquals(0, other.upToDate(), other.toString());
    assertEquals(
        0,
        BatchConverter.builder(ExecutorToolkit.get())
            .formats(FORMATS)
            .toolkitVersion(VERSION)
            .importOptions(never)
            .build()
            .run(in, sparkOut, BatchListener.NONE)
            .upToDate(),
        "the local batch redoes the outputs the job made with other options");
  }

  @Test
  void aRerunDoesNothingAndTheLocalBatchAgrees() throws Exception {
    Path out = tmp.resolve("out");
    job().run(sc, in.toString(), out.toString(), null);
    Map<String, Long> times = modified(out);

    BatchReport again = job().run(sc, in.toString(), out.toString(), null);
    assertEquals(0, again.converted());
    assertEquals(5, again.upToDate());
    assertEquals(3, again.failed()); // failures are retried, and fail again
    times.remove(BatchConverter.REPORT_FILE);
    times.remove(Manifest.FILE);
    Map<String, Long> after = modified(out);
    after.remove(BatchConverter.REPORT_FILE);
    after.remove(Manifest.FILE);
    assertEquals(times, after, "no output rewritten");

    // the manifest is draftkit batch's: the local batch finds everything up to date too
    BatchReport local = local(out);
    assertEquals(5, local.upToDate());
    assertEquals(0, local.converted());
  }

  @Test
  void aKilledRunResumesWithWhatIsLeft() throws Exception {
    Path out = tmp.resolve("out");
    job().run(sc, in.toString(), out.toString(), null);
    // as a kill leaves it: a half-written temporary file, outputs of one input never written, the
    // manifest without them, and a task's journal naming outputs finished after the last fold
    Path manifest = out.resolve(Manifest.FILE);
    List<String> lines = Files.readAllLines(manifest);
    List<String> kept =
        lines.stream()
            .filter(l -> !l.contains("\ta/draft.md\t") && !l.contains("\tplain.txt\t"))
            .toList();
    List<String> journal = lines.stream().filter(l -> l.contains("\tplain.txt\t")).toList();
    Files.write(manifest, kept);
    Path journals = out.resolve(ConvertGroup.JOURNALS);
    Files.createDirectories(journals);
    Files.writeString(
        journals.resolve("0-1-7.tsv"), String.join("\n", journal) + "\nplain.docx\tplai");
    for (String f : FORMATS) {
      Files.deleteIfExists(out.resolve("a/draft." + (f.equals("txt") ? "txt" : f)));
    }
    Files.writeString(out.resolve("a/.draft.json.123.draftkit-tmp"), "{\"half");

    BatchReport resumed = job().run(sc, in.toString(), out.toString(), null);
    Map<String, BatchItem> byInput =
        resumed.items().stream().collect(Collectors.toMap(BatchItem::input, i -> i));
    assertEquals(BatchStatus.OK, byInput.get("a/draft.md").status());
    assertEquals(
        BatchStatus.SKIPPED,
        byInput.get("plain.txt").status(),
        "the journal's outputs count as done");
    assertEquals(1, resumed.converted());
    assertFalse(Files.exists(out.resolve("a/.draft.json.123.draftkit-tmp")));
    assertTrue(Files.readString(manifest).contains("\tplain.txt\t"));
    assertEquals(List.of(), files(journals).keySet().stream().toList());
  }

  @Test
  void aListOfInputsOnAHadoopFileSystem() throws Exception {
    Configuration conf = new Configuration(sc.hadoopConfiguration());
    conf.set(
        "fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem"); // no .crc files beside outputs
    conf.setBoolean("fs.file.impl.disable.cache", true);
    Path out = tmp.resolve("hadoop");
    Root hin = new HadoopRoot(in.toUri().toString(), conf);
    Root hout = new HadoopRoot(out.toUri().toString(), conf);
    String list =
        "# inputs\na/draft.md\n"
            + in.resolve("plain.txt").toUri()
            + "\n/elsewhere/x.md\ndamaged.pdf\n";
    BatchReport report = job().run(sc, hin, hout, list);

    Map<String, BatchItem> byInput =
        report.items().stream().collect(Collectors.toMap(BatchItem::input, i -> i));
    assertEquals(4, report.items().size(), report.toString());
    assertEquals(BatchStatus.OK, byInput.get("a/draft.md").status());
    assertEquals(BatchStatus.OK, byInput.get("plain.txt").status());
    assertEquals(BatchStatus.FAILED, byInput.get("/elsewhere/x.md").status());
    assertEquals("corrupt", byInput.get("damaged.pdf").errorType());

    Path localOut = tmp.resolve("local");
    local(localOut);
    Map<String, String> expected = files(localOut);
    Map<String, String> actual = files(out);
    actual.remove(BatchConverter.REPORT_FILE);
    for (Map.Entry<String, String> e : actual.entrySet()) {
      assertEquals(expected.get(e.getKey()), e.getValue(), e.getKey());
    }
    assertEquals(2 * 5 + 1, actual.size()); // five outputs of two inputs, the manifest
    assertEquals(0, job().run(sc, hin, hout, list).converted(), "a rerun does nothing");
  }

  /** The visible files under a folder (relative path → SHA-256 of the content). */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString();
        if (rel.startsWith(".") && !rel.equals(Manifest.FILE) || rel.contains("/.")) {
          continue;
        }
        out.put(rel, rel.equals(Manifest.FILE) ? "manifest" : sha256(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> modified(Path root) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
      }
    }
    return out;
  }
}
