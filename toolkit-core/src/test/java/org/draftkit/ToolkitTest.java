package org.draftkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.testing.StubImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolkitTest {

  @TempDir Path dir;

  private final Toolkit toolkit =
      Toolkit.builder()
          .importer(new StubImporter("txt", List.of("txt"), h -> Detection.WEAK, 0))
          .limits(new Limits(64, 10, 1000, Duration.ofSeconds(5)))
          .build();

  @Test
  void readsAFileAndRecordsItsName() throws Exception {
    Path f = Files.writeString(dir.resolve("draft.txt"), "one\ntwo");
    Document doc = toolkit.read(f);
    assertEquals(2, doc.paragraphs().size());
    assertEquals("draft.txt", doc.metadata().source());
  }

  @Test
  void badInputsGiveTypedErrorsThatNameTheFile() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(65));
    Path missing = dir.resolve("missing.txt");
    assertError(CorruptDocumentException.class, empty, "empty file");
    assertError(LimitExceededException.class, big, "over the limit");
    assertError(ImportException.class, missing, "no such file");
    assertError(ImportException.class, dir, "is a directory");
  }

  @Test
  void anImporterBugBecomesAnImportErrorNotACrash() throws Exception {
    Path f = Files.writeString(dir.resolve("bug.txt"), "RUNTIME");
    ImportException e = assertError(CorruptDocumentException.class, f, "IllegalStateException");
    assertInstanceOf(IllegalStateException.class, e.getCause());
  }

  @Test
  void anImportersErrorNamesThePathAsGivenAndKeepsItsTypeAndCause() throws Exception {
    Files.createDirectory(dir.resolve("in"));
    Path f = Files.writeString(dir.resolve("in/locked.txt"), "ENCRYPTED");
    EncryptedDocumentException e =
        assertError(EncryptedDocumentException.class, f, "password required");
    assertEquals(f + ": password required", e.getMessage());
    assertEquals(f.toString(), e.source());
    assertEquals("password required", e.reason());
    assertEquals("library says no", e.getCause().getMessage());
    assertEquals(
        "org.draftkit.testing.StubImporter",
        e.getStackTrace()[0].getClassName(),
        "thrown where the importer threw it");
  }

  @Test
  void anUploadKeepsItsNameInErrors() {
    EncryptedDocumentException e =
        assertThrows(
            EncryptedDocumentException.class,
            () ->
                toolkit.read(
                    new ByteArrayInputStream("ENCRYPTED".getBytes(StandardCharsets.UTF_8)),
                    "locked.txt",
                    null,
                    Map.of()));
    assertEquals("locked.txt: password required", e.getMessage());
  }

  @Test
  void theDocumentKnowsOnlyTheFileNameWhateverThePath() throws Exception {
    Files.createDirectory(dir.resolve("in"));
    Path f = Files.writeString(dir.resolve("in/draft.txt"), "one");
    Path relative = Path.of("").toAbsolutePath().relativize(f);
    assertEquals("draft.txt", toolkit.read(relative).metadata().source());
    assertEquals("draft.txt", toolkit.read(f).metadata().source());
  }

  @Test
  void streamsAreBoundedToo() {
    byte[] big = "y".repeat(100).getBytes(StandardCharsets.UTF_8);
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () -> toolkit.read(new ByteArrayInputStream(big), "upload.txt", null, Map.of()));
    assertTrue(e.getMessage().startsWith("upload.txt: "), e.getMessage());
  }

  @Test
  void unknownOutputFormatListsWhatExists() {
    Document doc = Document.builder().build();
    ExportException e = assertThrows(ExportException.class, () -> toolkit.writeString(doc, "odt"));
    assertTrue(e.getMessage().contains("odt"), e.getMessage());
  }

  private <E extends ImportException> E assertError(Class<E> type, Path file, String reason) {
    E e = assertThrows(type, () -> toolkit.read(file));
    assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    return e;
  }
}
