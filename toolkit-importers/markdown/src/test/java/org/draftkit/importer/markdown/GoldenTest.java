package org.draftkit.importer.markdown;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * Whole-document outputs on fixtures written for this module, compared with reviewed golden files.
 */
class GoldenTest {

  private static String dump(DocumentImporter importer, String fixture) throws Exception {
    Path input = Path.of("src/test/resources/golden").resolve(fixture);
    try (InputStream in = Files.newInputStream(input)) {
      return DocumentDump.dump(importer.read(in, ImportContext.of(input.getFileName().toString())));
    }
  }

  @Test
  void markdownSubmission() throws Exception {
    Golden.assertMatches(
        "submission/expected.txt", dump(new MarkdownImporter(), "submission/input.md"));
  }

  @Test
  void plainTextResolution() throws Exception {
    Golden.assertMatches(
        "resolution/expected.txt", dump(new TextImporter(), "resolution/input.txt"));
  }
}
