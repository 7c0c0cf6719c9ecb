package org.draftkit.batch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.draftkit.Toolkit;
import org.draftkit.batch.internal.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchConverterTest {

  @TempDir Path tmp;

  private Path in;
  private Path out;
  private NoteImporter importer;
  private Toolkit toolkit;

  @BeforeEach
  void tree() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    write("a.note", "first line\nsecond line");
    write("b.memo", "memo WARN");
    write("bad.note", "CORRUPT");
    write("buggy.note", "BUG");
    write("nested/deeper/c.note", "deep");
    write("nested/d.note", "NOEXPORT");
    write("nested/readme.pdfx", "not an input");
    write(".hidden.note", "hidden file");
    write(".git/e.note", "hidden folder");
    importer = new NoteImporter();
    toolkit =
        Toolkit.builder()
            .importer(importer)
            .exporter(new LinesExporter(false))
            .exporter(new LinesExporter(true))
            .build();
  }

  private void write(String rel, String content) throws IOException {
    Path p = in.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, UTF_8);
  }

  private BatchConverter converter(String version, int jobs) {
    return BatchConverter.builder(toolkit)
        .formats(List.of("lines", "upper"))
        .jobs(jobs)
        .toolkitVersion(version)
        .build();
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, UTF_8));
      }
    }
    return m;
  }

  private static BatchItem item(BatchReport r, String input) {
    return r.items().stream().filter(i -> i.input().equals(input)).findFirst().orElseThrow();
  }

  @Test
  void startsTheLargestInputsFirstAndReportsInPathOrder() throws Exception {
    write("nested/deeper/c.note", "deep ".repeat(400));
    write("b.memo", "memo ".repeat(100));
    List<String> started = new ArrayList<>();
    BatchReport r =
        converter("1", 1)
            .run(
                in,
                out,
                new BatchListener() {
                  @Override
                  public void finished(BatchItem item, int done, int total) {
                    started.add(item.input());
                  }
                });

    assertEquals(List.of("nested/deeper/c.note", "b.memo", "a.note"), started.subList(0, 3));
    assertEquals(
        List.of(
            "a.note", "b.memo", "bad.note", "buggy.note", "nested/d.note", "nested/deeper/c.note"),
        r.items().stream().map(BatchItem::input).toList());
  }

  @Test
  void convertsTheTreeMirroringFoldersAndKeepsGoingPastFailures() throws Exception {
    BatchReport r = converter("1", 3).run(in, out, BatchListener.NONE);

    assertEquals(
        List.of(
            "a.note", "b.memo", "bad.note", "buggy.note", "nested/d.note", "nested/deeper/c.note"),
        r.items().stream().map(BatchItem::input).toList(),
        "hidden files and unknown extensions are not inputs");
    assertEquals(List.of("nested/readme.pdfx"), r.ignored());
    assertEquals(3, r.converted());
    assertEquals(3, r.failed());
    assertEquals(0, r.upToDate());

    assertEquals("first line\nsecond line\n", Files.readString(out.resolve("a.txt")));
    assertEquals("FIRST LINE\nSECOND LINE\n", Files.readString(out.resolve("a.up")));
    assertEquals("deep\n", Files.readString(out.resolve("nested/deeper/c.txt")));
    assertEquals(
        List.of("nested/deeper/c.txt", "nested/deeper/c.up"),
        item(r, "nested/deeper/c.note").outputs());
    assertEquals(1, item(r, "b.memo").diagnostics());

    BatchItem bad = item(r, "bad.note");
    assertEquals(BatchStatus.FAILED, bad.status());
    assertEquals("corrupt", bad.errorType());
    assertTrue(bad.error().contains("bad.note") && bad.error().contains("not a note"), bad.error());
    assertEquals(
        "corrupt",
        item(r, "buggy.note").errorType(),
        "the toolkit reports an importer bug as a corrupt input");
    assertTrue(item(r, "buggy.note").error().contains("IllegalStateException"));
    assertEquals("output", item(r, "nested/d.note").errorType());
    assertFalse(Files.exists(out.resolve("nested/d.txt")), "no partial output for a failed export");

    String report = Files.readString(out.resolve(BatchConverter.REPORT_FILE));
    assertTrue(report.contains("\"input\": \"bad.note\", \"status\": \"failed\""), report);
    assertTrue(
        report.contains(
            "\"summary\": { \"inputs\": 6, \"converted\": 3, \"upToDate\": 0, \"failed\": 3, \"ignored\": 1 }"),
        report);
    assertEquals(
        "batch: 3 converted, 0 up to date, 3 failed (see out/batch-report.json)",
        r.summary("out/batch-report.json"));
    try (Stream<Path> s = Files.walk(out)) {
      assertFalse(
          s.anyMatch(p -> p.getFileName().toString().endsWith(".draftkit-tmp")),
          "no temporary files left");
    }
  }

  @Test
  void aRerunSkipsWhatIsUpToDateAndRedoesWhatChanged() throws Exception {
    converter("1", 2).run(in, out, BatchListener.NONE);
    int readsAfterFirst = importer.reads.get();

    BatchReport again = converter("1", 2).run(in, out, BatchListener.NONE);
    assertEquals(3, again.upToDate());
    assertEquals(0, again.converted());
    assertEquals(3, again.failed(), "failed inputs are tried again");
    assertEquals(
        readsAfterFirst + 3, importer.reads.get(), "only the failed inputs were read again");
    assertEquals(List.of("a.txt", "a.up"), item(again, "a.note").outputs());

    // an edited input, a deleted output and a new toolkit version each cause work again
    Path a = in.resolve("a.note");
    Files.writeString(a, "changed");
    Files.setLastModifiedTime(
        a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5_000));
    Files.delete(out.resolve("nested/deeper/c.up"));
    BatchReport third = converter("1", 2).run(in, out, BatchListener.NONE);
    assertEquals(BatchStatus.OK, item(third, "a.note").status());
    assertEquals(BatchStatus.OK, item(third, "nested/deeper/c.note").status());
    assertEquals(BatchStatus.SKIPPED, item(third, "b.memo").status());
    assertEquals("changed\n", Files.readString(out.resolve("a.txt")));
    assertTrue(Files.exists(out.resolve("nested/deeper/c.up")));

    BatchReport newVersion = converter("2", 2).run(in, out, BatchListener.NONE);
    assertEquals(3, newVersion.converted());
    assertEquals(0, newVersion.upToDate());
  }

  /** A batch writing "lines" only, as version 1. */
  private BatchConverter.Builder lines() {
    return BatchConverter.builder(toolkit).formats(List.of("lines")).toolkitVersion("1");
  }

  @Test
  void importOptionsReachEveryInputAndARunWithOtherOptionsRedoesTheOutputs() throws Exception {
    BatchConverter marked = lines().importOptions(Map.of("mark", "[x]")).build();
    assertEquals(Map.of("mark", "[x]"), marked.importOptions());
    BatchReport first = marked.run(in, out, BatchListener.NONE);
    assertEquals(3, first.converted());
    assertEquals("first line [x]\nsecond line [x]\n", Files.readString(out.resolve("a.txt")));
    assertEquals("deep [x]\n", Files.readString(out.resolve("nested/deeper/c.txt")));
    String manifest = Files.readString(out.resolve(Manifest.FILE));
    assertTrue(manifest.contains("a.txt\ta.note\t1\t"), manifest);
    assertTrue(manifest.contains("\tmark=[x]\n"), manifest);
    assertTrue(
        Files.readString(out.resolve(BatchConverter.REPORT_FILE))
            .contains("\"options\": { \"mark\": \"[x]\" },\n"));

    // the same options: up to date
    assertEquals(3, marked.run(in, out, BatchListener.NONE).upToDate());

    // other options, or none: every output is redone, and the report says so
    int reads = importer.reads.get();
    BatchReport other =
        lines().importOptions(Map.of("mark", "[y]")).build().run(in, out, BatchListener.NONE);
    assertEquals(3, other.converted());
    assertEquals(0, other.upToDate());
    assertEquals(reads + 6, importer.reads.get(), "every input read again");
    assertEquals("first line [y]\nsecond line [y]\n", Files.readString(out.resolve("a.txt")));

    BatchConverter plain = lines().build();
    assertEquals(3, plain.run(in, out, BatchListener.NONE).converted());
    assertEquals("first line\nsecond line\n", Files.readString(out.resolve("a.txt")));
    assertTrue(
        Files.readString(out.resolve(BatchConverter.REPORT_FILE)).contains("\"options\": {},\n"));
    assertEquals(3, plain.run(in, out, BatchListener.NONE).upToDate());
  }

  @Test
  void fromReadsEveryInputAsOneFormatAndIsRecordedLikeAnOption() throws Exception {
    BatchConverter asNotes = lines().from("NOTE").build();
    assertEquals(java.util.Optional.of("note"), asNotes.from());
    assertEquals(3, asNotes.run(in, out, BatchListener.NONE).converted());
    assertTrue(Files.readString(out.resolve(Manifest.FILE)).contains("\tfrom=note\n"));
    assertEquals(3, asNotes.run(in, out, BatchListener.NONE).upToDate());
    assertEquals(
        3,
        converter("1", 1).run(in, out, BatchListener.NONE).converted(),
        "detected again: redone");
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchConverter.builder(toolkit).from("nope").build(),
        "an unknown format is refused before any work");
  }

  @Test
  void aManifestLineWithoutTheReadingWasReadWithTheDefaults() throws Exception {
    assertEquals(
        new Manifest.Entry("a.txt", "a.note", "1", 5, 7, ""),
        Manifest.parse("a.txt\ta.note\t1\t5\t7"));
    assertEquals(
        new Manifest.Entry("a.txt", "a.note", "1", 5, 7, "lang=ar,en;ocr=never"),
        Manifest.parse("a.txt\ta.note\t1\t5\t7\tlang=ar,en;ocr=never"));
    assertEquals(
        "from=pdf;lang=a\\;b;ocr=never",
        Manifest.reading("pdf", Map.of("ocr", "never", "lang", "a;b")));
    assertEquals("", Manifest.reading(null, Map.of()));
  }

  @Test
  void anInterruptedBatchResumesWithoutRedoingFinishedWork() throws Exception {
    for (int i = 0; i < 20; i++) {
      write("many/f" + String.format("%02d", i) + ".note", "file " + i + " SLOW");
    }
    class Stop extends RuntimeException {
      private static final long serialVersionUID = 1L;
    }
    List<String> finishedBeforeStop = new ArrayList<>();
    BatchListener stopAfterFive =
        new BatchListener() {
          @Override
          public void finished(BatchItem item, int done, int total) {
            if (item.status() == BatchStatus.OK) {
              finishedBeforeStop.add(item.input());
            }
            if (done == 8) {
              throw new Stop();
            }
          }
        };
    assertThrows(Stop.class, () -> converter("1", 2).run(in, out, stopAfterFive));
    assertFalse(
        Files.exists(out.resolve(BatchConverter.REPORT_FILE)), "the first run never finished");

    // a kill can also leave a temporary file and a torn manifest line behind
    Files.writeString(out.resolve("many/.f19.txt.123.draftkit-tmp"), "partial");
    Files.writeString(
        out.resolve(Manifest.FILE),
        "many/f19.txt\tmany/f19.no",
        java.nio.file.StandardOpenOption.APPEND);

    int readsBefore = importer.reads.get();
    BatchReport resumed = converter("1", 2).run(in, out, BatchListener.NONE);
    for (String done : finishedBeforeStop) {
      assertEquals(BatchStatus.SKIPPED, item(resumed, done).status(), done);
    }
    int expectedReads = resumed.converted() + resumed.failed();
    assertEquals(
        expectedReads, importer.reads.get() - readsBefore, "finished inputs were not read again");
    assertEquals(26, resumed.items().size());
    assertEquals(3, resumed.failed());
    assertEquals(23, resumed.converted() + resumed.upToDate());
    assertFalse(
        Files.exists(out.resolve("many/.f19.txt.123.draftkit-tmp")),
        "leftover temporary file removed");
    assertEquals("file 19 slow\n".toUpperCase(), Files.readString(out.resolve("many/f19.up")));
  }

  @Test
  void memoryStaysBoundedByTheJobCount() throws Exception {
    for (int i = 0; i < 30; i++) {
      write("load/f" + i + ".note", "SLOW " + i);
    }
    BatchReport r = converter("1", 3).run(in, out, BatchListener.NONE);
    assertEquals(33, r.converted());
    assertTrue(
        importer.maxInFlight.get() <= 3,
        "at most 3 documents in flight: " + importer.maxInFlight.get());
  }

  @Test
  void outputsAreDeterministic() throws Exception {
    Path out2 = tmp.resolve("out2");
    converter("1", 4).run(in, out, BatchListener.NONE);
    converter("1", 1).run(in, out2, BatchListener.NONE);
    Map<String, String> first = files(out);
    Map<String, String> second = files(out2);
    assertEquals(first.keySet(), second.keySet());
    for (String k : first.keySet()) {
      String a = first.get(k);
      String b = second.get(k);
      if (k.equals(BatchConverter.REPORT_FILE)) {
        a = a.replace(out.toString(), "OUT");
        b = b.replace(out2.toString(), "OUT");
      }
      assertEquals(a, b, k);
    }
  }

  @Test
  void progressIsReportedForEveryInput() throws Exception {
    List<String> events = new ArrayList<>();
    converter("1", 2)
        .run(
            in,
            out,
            new BatchListener() {
              @Override
              public void started(int total) {
                events.add("start " + total);
              }

              @Override
              public void finished(BatchItem item, int done, int total) {
                events.add(done + "/" + total);
              }
            });
    assertEquals(List.of("start 6", "1/6", "2/6", "3/6", "4/6", "5/6", "6/6"), events);
  }

  @Test
  void inputsWithOneStemKeepTheirExtension() throws Exception {
    write("nested/deeper/c.memo", "same stem");
    BatchReport r = converter("1", 2).run(in, out, BatchListener.NONE);
    assertEquals(
        List.of("nested/deeper/c.memo.txt", "nested/deeper/c.memo.up"),
        item(r, "nested/deeper/c.memo").outputs());
    assertEquals(
        List.of("nested/deeper/c.note.txt", "nested/deeper/c.note.up"),
        item(r, "nested/deeper/c.note").outputs());
    assertEquals("same stem\n", Files.readString(out.resolve("nested/deeper/c.memo.txt")));
  }

  @Test
  void symbolicLinkLoopsAreNotFollowedAndTheOutputFolderInsideIsLeftOut() throws Exception {
    try {
      Files.createSymbolicLink(in.resolve("nested/loop"), in);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    Path inner = in.resolve("converted");
    converter("1", 2).run(in, inner, BatchListener.NONE);
    BatchReport again = converter("1", 2).run(in, inner, BatchListener.NONE);
    assertTrue(
        again.items().stream().noneMatch(i -> i.input().startsWith("converted/")),
        "output folder is not input");
    assertEquals(
        List.of("nested/loop (symbolic link loop, not followed)", "nested/readme.pdfx"),
        again.ignored());
    assertEquals(3, again.failed(), "a loop is not a failed input");
  }

  @Test
  void badArgumentsAreRefused() throws Exception {
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchConverter.builder(toolkit).formats(List.of("nope")).build());
    assertThrows(IllegalArgumentException.class, () -> BatchConverter.builder(toolkit).jobs(0));
    assertThrows(
        java.nio.file.NotDirectoryException.class,
        () -> converter("1", 1).run(in.resolve("a.note"), out, BatchListener.NONE));
    assertThrows(
        IllegalArgumentException.class, () -> converter("1", 1).run(in, in, BatchListener.NONE));
  }

  @Test
  void anEmptyFolderGivesAnEmptyReport() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    BatchReport r = converter("1", 2).run(empty, out, BatchListener.NONE);
    assertTrue(r.items().isEmpty());
    assertTrue(r.succeeded());
    assertTrue(Files.readString(out.resolve(BatchConverter.REPORT_FILE)).contains("\"items\": []"));
  }
}
