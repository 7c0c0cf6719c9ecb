package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.draftkit.CorruptDocumentException;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the facade, as the CLI and the server use it: plugins found by ServiceLoader, format
 * detected from content.
 */
class ToolkitJsonTest {
  private final Toolkit toolkit = Toolkit.builder().discoverPlugins().build();

  @Test
  void writesAndReadsBackAFileWhateverItsName(@TempDir Path dir) throws Exception {
    Document doc = SampleDocuments.resolution();
    Path file = dir.resolve("resolution.txt"); // the content decides, not the extension
    Files.writeString(file, toolkit.writeString(doc, "json"), StandardCharsets.UTF_8);
    assertEquals(doc, toolkit.read(file));
  }

  @Test
  void aBrokenJsonFileIsACorruptDocument(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(
        file, "{\n  \"paragraphs\": [\n    {\"kind\": \"other\", \"text\": }\n  ]\n}\n");
    CorruptDocumentException e =
        assertThrows(CorruptDocumentException.class, () -> toolkit.read(file, null, Map.of()));
    assertTrue(
        e.getMessage().startsWith(file + ": not valid draftkit JSON: line 3, column "),
        e.getMessage());
    assertNotNull(e.getCause(), "the parser's exception is kept as the cause");
  }
}
