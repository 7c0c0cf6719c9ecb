package org.draftkit.importer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.draftkit.CorruptDocumentException;
import org.draftkit.EncryptedDocumentException;
import org.draftkit.ImportException;
import org.draftkit.model.Document;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every DOCX in the shared corpus imports, or fails with the typed error its damage calls for. */
class CorpusImportTest {
  private static final DocxImporter IMPORTER = new DocxImporter();

  /** Files that must fail, and how. */
  private static final Map<String, Class<? extends ImportException>> BROKEN =
      Map.of(
          "docx-peers/poi/truncated62886.docx", CorruptDocumentException.class,
          "docx-peers/tika/testWORD_truncated.docx", CorruptDocumentException.class,
          "docx-peers/poi/bug53475-password-is-pass.docx", EncryptedDocumentException.class);

  static Stream<String> files() throws IOException {
    List<String> names = new ArrayList<>();
    Path root = Corpus.root().orElse(null);
    if (root == null) {
      return Stream.of("docx-peers/pandoc/lists.docx"); // skipped by Corpus.file
    }
    for (String dir : List.of("docx-peers", "un-drafts/unfccc-cma6-article6.2")) {
      try (Stream<Path> s = Files.walk(root.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".docx"))
            .sorted()
            .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
      }
    }
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  void importsOrFailsWithATypedError(String relative) throws Exception {
    Path file = Corpus.file(relative);
    String name = file.getFileName().toString();
    Class<? extends ImportException> expected = BROKEN.get(relative);
    if (expected != null) {
      ImportException e = assertThrows(ImportException.class, () -> read(file));
      assertInstanceOf(expected, e, e.getMessage());
      assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
      return;
    }
    Document doc;
    try {
      doc = read(file);
    } catch (ImportException e) {
      throw new AssertionError(relative + " should import: " + e.getMessage(), e);
    }
    doc.paragraphs()
        .forEach(
            p -> {
              assertFalse(
                  p.text().isBlank() && p.runs().stream().allMatch(r -> r.ref() == null),
                  "blank paragraph " + p.index() + " in " + relative);
              if (p.parent() != null) {
                assertTrue(p.parent() < p.index());
              }
            });
    doc.comments()
        .forEach(c -> assertTrue(c.paragraph() == null || c.paragraph() < doc.paragraphs().size()));
    assertEquals(doc, read(file), "deterministic");
  }

  private static Document read(Path file) throws IOException, ImportException {
    try (InputStream in = Files.newInputStream(file)) {
      return IMPORTER.read(in, ImportContext.of(file.getFileName().toString()));
    }
  }
}
