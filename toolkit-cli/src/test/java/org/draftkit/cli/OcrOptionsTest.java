package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.draftkit.Toolkit;
import org.draftkit.importer.ocr.TesseractRecognizer;
import org.draftkit.testkit.ScannedPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --ocr} and {@code --lang} reach every input of every command: a scanned draft (a page
 * image, no text layer) used as the base of {@code consolidate}, {@code positions} and {@code
 * uptake} is read from its image by default and refused with {@code --ocr never}.
 */
class OcrOptionsTest {

  @TempDir static Path dir;

  private static Path scan;
  private static Path submission;

  private final Toolkit toolkit = Toolkit.builder().discoverPlugins().build();

  private static final List<String> DRAFT =
      List.of(
          "1. Decides to establish an intergovernmental working group on ocean data;",
          "2. Requests the Secretary-General to report on the implementation of the",
          "present resolution at its eighty-second session;",
          "3. Decides to remain seized of the matter.");

  @BeforeAll
  static void scannedDraft() throws Exception {
    scan = dir.resolve("scanned-draft.pdf");
    Files.write(scan, ScannedPdf.imageOnly(DRAFT));
    submission = dir.resolve("US.md");
    Files.writeString(
        submission,
        "US proposal\n\n> 2. Requests the Secretary-General to report ~~on the implementation of the"
            + " present resolution~~ **annually** at its eighty-second session;\n",
        StandardCharsets.UTF_8);
  }

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(List.of("consolidate", "BASE", "SUB")),
        Arguments.of(List.of("positions", "SUB", "--base", "BASE")),
        Arguments.of(List.of("uptake", "SUB", "--base", "BASE", "--later", "BASE")));
  }

  private CliRun run(List<String> command, String... more) throws Exception {
    List<String> args = new ArrayList<>();
    for (String a : command) {
      args.add(a.equals("BASE") ? scan.toString() : a.equals("SUB") ? submission.toString() : a);
    }
    args.addAll(List.of("--to", "json"));
    args.addAll(List.of(more));
    return CliRun.run(toolkit, args.toArray(String[]::new));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theScannedBaseIsReadByDefaultAndRefusedWithOcrNever(List<String> command) throws Exception {
    assumeTrue(
        new TesseractRecognizer().unavailable(List.of("en")).isEmpty(),
        "Tesseract with English is not installed");
    CliRun read = run(command, "--lang", "en");
    assertEquals(ExitCodes.OK, read.exitCode(), read::toString);
    assertTrue(read.out().contains("annually"), read.out());

    CliRun refused = run(command, "--ocr", "never");
    assertEquals(ExitCodes.INPUT, refused.exitCode(), refused::toString);
    assertTrue(refused.err().contains("scanned-draft.pdf"), refused.err());
  }
}
