package org.draftkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.draftkit.importer.markdown.MarkdownImporter;
import org.draftkit.importer.markdown.TextImporter;

/**
 * Fuzzes the Markdown and plain-text importers with raw bytes: it returns a document or refuses the
 * input with a typed error, within the limits ({@link ImportProperty}). Seeds and saved findings
 * are under {@code src/test/resources/org/draftkit/fuzz/MarkdownFuzzTestInputs/}.
 */
class MarkdownFuzzTest {
  private final MarkdownImporter importer = new MarkdownImporter();
  private final TextImporter text = new TextImporter();

  @FuzzTest(maxDuration = "30s")
  @DictionaryFile(resourcePath = "markdown.dict")
  void read(byte[] input) {
    ImportProperty.check(importer, input, "draft.md");
  }

  @FuzzTest(maxDuration = "30s")
  @DictionaryFile(resourcePath = "markdown.dict")
  void readText(byte[] input) {
    ImportProperty.check(text, input, "draft.txt");
  }
}
