package org.draftkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.draftkit.importer.html.HtmlImporter;

/**
 * Fuzzes the Html importer with raw bytes: it returns a document or refuses the input with a typed
 * error, within the limits ({@link ImportProperty}). Seeds and saved findings are under {@code
 * src/test/resources/org/draftkit/fuzz/HtmlFuzzTestInputs/}.
 */
class HtmlFuzzTest {
  private final HtmlImporter importer = new HtmlImporter();

  @FuzzTest(maxDuration = "30s")
  @DictionaryFile(resourcePath = "html.dict")
  void read(byte[] input) {
    ImportProperty.check(importer, input, "draft.html");
  }
}
