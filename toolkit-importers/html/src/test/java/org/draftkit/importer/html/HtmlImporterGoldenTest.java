package org.draftkit.importer.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.draftkit.model.Document;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each {@code golden/<case>/input.html} imports to {@code golden/<case>/expected.txt}. */
class HtmlImporterGoldenTest {

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/golden"))) {
      return dirs
          .filter(d -> Files.exists(d.resolve("input.html")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void importsAsExpected(String name) throws Exception {
    Document doc;
    try (InputStream in =
        Files.newInputStream(Path.of("src/test/resources/golden", name, "input.html"))) {
      doc = new HtmlImporter().read(in, ImportContext.of(name + ".html"));
    }
    Golden.assertMatches(name + "/expected.txt", DocumentDump.of(doc));
  }
}
