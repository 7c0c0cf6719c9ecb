package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.draftkit.Toolkit;
import org.draftkit.batch.BatchConverter;
import org.draftkit.importer.ocr.TesseractRecognizer;
import org.draftkit.testkit.ScannedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --ocr/--lang/--from}: every input is read with them, the report lists them, and a
 * batch run again with other options redoes the outputs made with the old ones. A scanned draft (a
 * page image, no text layer) fails with {@code --ocr never} and is read from its image by default.
 */
class BatchOcrOptionsTest {

  private final Toolkit toolkit = Toolkit.builder().discoverPlugins().build();

  @TempDir Path dir;

  private Path in;
  private Path out;

  @BeforeEach
  void tree() throws IOException {
    in = dir.resolve("in");
    out = dir.resolve("out");
    Files.createDirectories(in.resolve("scans"));
    Files.write(
        in.resolve("scans/scanned-draft.pdf"),
        ScannedPdf.imageOnly(
            List.of(
                "1. Decides to establish an intergovernmental working group on ocean data;",
                "2. Requests the Secretary-General to report on the implementation of the",
                "present resolution at its eighty-second session;")));
    Files.writeString(
        in.resolve("typed.md"),
        "1. Decides to remain seized of the matter.\n",
        StandardCharsets.UTF_8);
  }

  private CliRun batch(String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("batch", in.toString(), out.toString(), "--progress", "none"));
    args.addAll(List.of(options));
    return CliRun.run(toolkit, args.toArray(String[]::new));
  }

  private String summary(int converted, int upToDate, int failed) {
    return "batch: "
        + converted
        + " converted, "
        + upToDate
        + " up to date, "
        + failed
        + " failed (see "
        + out.resolve(BatchConverter.REPORT_FILE)
        + ")\n";
  }

  private String report() throws IOException {
    return Files.readString(out.resolve(BatchConverter.REPORT_FILE));
  }

  @Test
  void ocrNeverFailsTheScanAndOtherOptionsRedoTheOutputs() throws IOException {
    CliRun never = batch("--ocr", "never");
    assertEquals(ExitCodes.INPUT, never.exitCode(), never::toString);
    assertEquals(summary(1, 0, 1), never.out());
    assertEquals(1, never.errLines().length, never::toString);
    assertTrue(
        never.errLines()[0].startsWith(
            "draftkit: " + in.resolve("scans").resolve("scanned-draft.pdf") + ": "),
        never::toString);
    assertTrue(report().contains("\"options\": { \"ocr\": \"never\" },\n"), this::reportQuietly);
    assertFalse(Files.exists(out.resolve("scans/scanned-draft.json")));

    // the same options: what was done is up to date
    assertEquals(summary(0, 1, 1), batch("--ocr", "NEVER").out());

    assumeTrue(
        new TesseractRecognizer().unavailable(List.of("en")).isEmpty(),
        "Tesseract with English is not installed");
    // the default (auto) with a language: the scan is read from its image, and the typed draft,
    // converted with --ocr never, is redone
    CliRun auto = batch("--lang", "en");
    assertEquals(ExitCodes.OK, auto.exitCode(), auto::toString);
    assertEquals(summary(2, 0, 0), auto.out());
    String scan = Files.readString(out.resolve("scans/scanned-draft.json"));
    assertTrue(scan.contains("Secretary-General"), scan);
    assertTrue(report().contains("\"options\": { \"lang\": \"en\" },\n"), this::reportQuietly);
    assertEquals(summary(0, 2, 0), batch("--lang", "en").out());

    // back to --ocr never: both redone, the scan fails again and its old output stays unclaimed
    CliRun again = batch("--ocr", "never", "--lang", "en");
    assertEquals(ExitCodes.INPUT, again.exitCode(), again::toString);
    assertEquals(summary(1, 0, 1), again.out());
    assertTrue(
        report().contains("\"options\": { \"lang\": \"en\", \"ocr\": \"never\" },\n"),
        this::reportQuietly);
  }

  @Test
  void fromReadsEveryInputAsThatFormat() throws IOException {
    Files.delete(in.resolve("scans/scanned-draft.pdf"));
    Files.writeString(
        in.resolve("typed.md"),
        "*Recalling* its resolution 70/1,\n\n1. Decides to remain seized of the matter.\n",
        StandardCharsets.UTF_8);
    CliRun asText = batch("--from", "txt");
    assertEquals(ExitCodes.OK, asText.exitCode(), asText::toString);
    assertTrue(report().contains("\"options\": { \"from\": \"txt\" },\n"), this::reportQuietly);
    assertTrue(Files.readString(out.resolve("typed.json")).contains("*Recalling*"));

    CliRun detected = batch();
    assertEquals(summary(1, 0, 0), detected.out(), "read otherwise: redone");
    assertTrue(report().contains("\"options\": {},\n"), this::reportQuietly);
    assertFalse(Files.readString(out.resolve("typed.json")).contains("*Recalling*"), "as Markdown");
  }

  @Test
  void badReadingOptionsAreUsageErrorsBeforeAnyWork() {
    CliRun ocr = batch("--ocr", "sometimes");
    assertEquals(ExitCodes.USAGE, ocr.exitCode(), ocr::toString);
    assertTrue(ocr.err().contains("--ocr must be auto, never or always"), ocr::toString);
    CliRun from = batch("--from", "nope");
    assertEquals(ExitCodes.USAGE, from.exitCode(), from::toString);
    assertTrue(from.err().contains("unknown input format 'nope'"), from::toString);
    assertFalse(Files.exists(out), "nothing written on a usage error");
  }

  private String reportQuietly() {
    try {
      return report();
    } catch (IOException e) {
      return e.toString();
    }
  }
}
