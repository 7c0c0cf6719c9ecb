package org.draftkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.draftkit.json.JsonImporter;

/**
 * Fuzzes the importer of draftkit's own Document JSON with raw bytes: a document or a typed refusal
 * within the limits ({@link ImportProperty}); deep nesting and huge numbers included.
 */
class JsonFuzzTest {
  private final JsonImporter importer = new JsonImporter();

  @FuzzTest(maxDuration = "30s")
  @DictionaryFile(resourcePath = "json.dict")
  void read(byte[] input) {
    ImportProperty.check(importer, input, "draft.json");
  }
}
