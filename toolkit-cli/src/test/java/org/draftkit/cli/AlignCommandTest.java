package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.draftkit.Toolkit;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code draftkit align} on three language versions of a short treaty written for this test (in
 * {@code src/test/resources/align}): English and French number their second paragraph differently,
 * the Arabic has one sub-item less and its sub-item label is not read by the Markdown importer.
 */
class AlignCommandTest {

  private final Toolkit toolkit = Toolkit.builder().discoverPlugins().build();

  private static String file(String name) throws URISyntaxException {
    return Path.of(AlignCommandTest.class.getResource("/align/" + name).toURI()).toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "html", "csv"})
  void threeVersionsGiveTheGoldenAlignment(String format) throws Exception {
    CliRun run =
        CliRun.run(
            toolkit,
            "align",
            file("treaty_en.md"),
            file("treaty_fr.md"),
            file("treaty_ar.md"),
            "--to",
            format);
    assertEquals(0, run.exitCode(), run::toString);
    Golden.assertMatches("align/treaty." + format, run.out());
  }

  @Test
  void oneVersionIsAUsageError() throws Exception {
    CliRun run = CliRun.run(toolkit, "align", file("treaty_en.md"));
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
  }

  @Test
  void aMissingVersionNamesTheFile() throws Exception {
    CliRun run = CliRun.run(toolkit, "align", file("treaty_en.md"), "nowhere_fr.pdf");
    assertEquals(ExitCodes.INPUT, run.exitCode(), run::toString);
    assertTrue(run.err().contains("nowhere_fr.pdf: no such file"), run.err());
  }

  @Test
  void anUnknownOcrModeIsAUsageError() throws Exception {
    CliRun run = CliRun.run(toolkit, "convert", file("treaty_en.md"), "--ocr", "sometimes");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(
        run.err().contains("--ocr must be auto, never or always, not 'sometimes'"), run.err());
  }
}
