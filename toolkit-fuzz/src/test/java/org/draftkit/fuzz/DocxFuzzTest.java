package org.draftkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.draftkit.importer.docx.DocxImporter;

/**
 * Fuzzes the Docx importer with raw bytes: it returns a document or refuses the input with a typed
 * error, within the limits ({@link ImportProperty}). Seeds and saved findings are under {@code
 * src/test/resources/org/draftkit/fuzz/DocxFuzzTestInputs/}.
 */
class DocxFuzzTest {
  private final DocxImporter importer = new DocxImporter();

  @FuzzTest(maxDuration = "30s")
  void read(byte[] input) {
    ImportProperty.check(importer, input, "draft.docx");
  }
}
