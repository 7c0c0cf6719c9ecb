package org.draftkit.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import org.draftkit.ImportException;
import org.draftkit.Limits;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.ImportContext;

/**
 * The property every importer harness checks: whatever the bytes, the importer returns a
 * {@link Document} whose paragraphs are consistent, or throws the documented typed
 * {@link ImportException}, within the time limit. Anything else (a runtime exception, an error, an
 * {@link IOException} from an in-memory stream, a read that outlives the limit) is a finding.
 * Memory is bounded by the harness JVM ({@code -Xmx} in the module's surefire configuration), so a
 * blow-up shows as an {@link OutOfMemoryError}, also a finding.
 */
final class ImportProperty {
  /** Limits small enough that a hostile input reaches them quickly while fuzzing. */
  static final Limits LIMITS = new Limits(4L << 20, 200, 64L << 20, Duration.ofSeconds(10));

  /** Wall time one read may take before it is a finding (generous: instrumentation and a loaded machine slow the first runs of every class). */
  private static final long MAX_MILLIS = 60_000;

  private ImportProperty() {}

  /** Reads {@code bytes} and checks the outcome. */
  static void check(DocumentImporter importer, byte[] bytes, String name) {
    importer.detect(bytes.length > 8192 ? java.util.Arrays.copyOf(bytes, 8192) : bytes); // must not throw
    long start = System.nanoTime();
    try {
      Document doc = importer.read(new ByteArrayInputStream(bytes), new ImportContext(name, LIMITS, null));
      if (doc == null) {
        throw new AssertionError(importer.format().id() + " returned null");
      }
      consistent(doc);
    } catch (ImportException expected) {
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        throw new AssertionError("an import error without a message", expected);
      }
    } catch (IOException e) {
      throw new AssertionError("IOException reading an in-memory stream", e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis > MAX_MILLIS) {
      throw new AssertionError(importer.format().id() + " took " + millis + " ms on " + bytes.length + " bytes");
    }
  }

  /** The structural invariants a Document must hold for every consumer (exporters, engines). */
  static void consistent(Document doc) {
    for (Paragraph p : doc.paragraphs()) {
      if (p.text() == null) {
        throw new AssertionError("paragraph " + p.index() + " has no text");
      }
      if (p.parent() != null && (p.parent() < 0 || p.parent() >= p.index())) {
        throw new AssertionError("paragraph " + p.index() + " has parent " + p.parent());
      }
    }
  }
}
