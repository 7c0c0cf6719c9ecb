package org.draftkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.draftkit.importer.unpdf.UnPdfImporter;

/**
 * Fuzzes the Pdf importer with raw bytes: it returns a document or refuses the input with a typed
 * error, within the limits ({@link ImportProperty}). Seeds and saved findings are under {@code
 * src/test/resources/org/draftkit/fuzz/PdfFuzzTestInputs/}.
 */
class PdfFuzzTest {
  private final UnPdfImporter importer = new UnPdfImporter();

  @FuzzTest(maxDuration = "30s")
  @DictionaryFile(resourcePath = "pdf.dict")
  void read(byte[] input) {
    ImportProperty.check(importer, input, "draft.pdf");
  }
}
