package org.draftkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.draftkit.ImportException;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link DocumentImporter} keeps. Extend it in one line:
 *
 * <pre>{@code
 * class MyImporterContractTest extends ImporterContract {
 *   protected DocumentImporter importer() { return new MyImporter(); }
 *   protected byte[] sample() { return "…".getBytes(UTF_8); }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public abstract class ImporterContract {

  /** The importer under test (a new or shared instance). */
  protected abstract DocumentImporter importer();

  /** A small valid input in the importer's format with at least one paragraph. */
  protected abstract byte[] sample() throws IOException;

  /** Bytes the importer must refuse with an {@link ImportException}; random binary by default. */
  protected byte[] invalidSample() {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    junk[0] = 0;
    junk[1] = (byte) 0xff;
    return junk;
  }

  /** The least sure detection the sample must get; {@link Detection#LIKELY} unless overridden. */
  protected Detection expectedDetection() {
    return Detection.LIKELY;
  }

  private Document read(byte[] bytes) throws IOException, ImportException {
    return importer()
        .read(
            new ByteArrayInputStream(bytes),
            ImportContext.of("sample." + importer().format().extensions().get(0)));
  }

  @Test
  void formatIsDescribed() {
    var f = importer().format();
    assertTrue(f.id().matches("[a-z0-9-]+"), "format id is lower-case: " + f.id());
    assertFalse(f.extensions().isEmpty(), "declares at least one extension");
    assertTrue(f.mediaType().contains("/"), "media type: " + f.mediaType());
  }

  @Test
  void isFoundByServiceLoader() {
    Class<?> type = importer().getClass();
    boolean found =
        ServiceLoader.load(DocumentImporter.class).stream().anyMatch(p -> p.type() == type);
    assertTrue(
        found,
        type.getName() + " is listed in META-INF/services/" + DocumentImporter.class.getName());
  }

  @Test
  void detectsItsSample() throws IOException {
    Detection d = importer().detect(sample());
    assertTrue(d.compareTo(expectedDetection()) >= 0, "detection of the sample was " + d);
  }

  @Test
  void detectNeverThrows() {
    DocumentImporter importer = importer();
    importer.detect(new byte[0]);
    importer.detect(invalidSample());
    importer.detect(new byte[] {'%', 'P'});
  }

  @Test
  void readsTheSample() throws Exception {
    Document doc = read(sample());
    assertNotNull(doc);
    assertFalse(doc.paragraphs().isEmpty(), "the sample gives paragraphs");
    for (Paragraph p : doc.paragraphs()) {
      assertNotNull(p.text());
      if (p.parent() != null) {
        assertTrue(p.parent() < p.index(), "parents come first");
      }
    }
  }

  @Test
  void isDeterministic() throws Exception {
    assertEquals(read(sample()), read(sample()));
  }

  @Test
  void doesNotCloseTheStream() throws Exception {
    boolean[] closed = {false};
    var in =
        new FilterInputStream(new ByteArrayInputStream(sample())) {
          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };
    importer().read(in, ImportContext.of("sample"));
    assertFalse(closed[0], "the caller owns the stream");
  }

  @Test
  void refusesGarbageWithATypedError() {
    ImportException e = assertThrows(ImportException.class, () -> read(invalidSample()));
    assertTrue(
        e.getMessage().startsWith("sample."), "the message names the source: " + e.getMessage());
  }

  @Test
  void isThreadSafe() throws Exception {
    byte[] sample = sample();
    Document expected = read(sample);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Document>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> read(sample)));
      }
      for (Future<Document> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
