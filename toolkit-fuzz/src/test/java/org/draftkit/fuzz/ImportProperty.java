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
 * The property every importer harness checks: whatever the bytes, the importer returns a {@link
 * Document} whose paragraphs are consistent, or throws the documented typed {@link
 * ImportException}, within the time limit. Anything else (a runtime exception, an error, an {@link
 * IOException} from an in-memory stream, a read that outlives the limit) is a finding. Memory is
 * bounded by the harness JVM ({@code -Xmx} in the module's surefire configuration), so a blow-up
 * shows as an {@link OutOfMemoryError}, also a finding.
 */
final class ImportProperty {
  /** Limits small enough that a hostile input reaches them quickly while fuzzing. */
  static final Limits LIMITS = new Limits(4L << 20, 200, 64L << 20, Duration.ofSeconds(10));

  /**
   * CPU time one read may take before it is a finding. CPU time, not wall time, so that a loaded
   * machine does not make findings; and not before {@link #WARM_UP} reads, since the first reads of
   * a JVM pay for loading and instrumenting the libraries' classes (over a minute for Jackson or
   * PDFBox on a busy machine). A read that truly hangs is caught by the fuzzer's own timeout.
   */
  private static final long MAX_MILLIS = 20_000;

  private static final int WARM_UP = 20;

  /** Reads so far in this JVM (a harness JVM runs one harness at a time). */
  private static final java.util.concurrent.atomic.AtomicInteger READS =
      new java.util.concurrent.atomic.AtomicInteger();

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private ImportProperty() {}

  /** Reads {@code bytes} and checks the outcome. */
  static void check(DocumentImporter importer, byte[] bytes, String name) {
    importer.detect(
        bytes.length > 8192 ? java.util.Arrays.copyOf(bytes, 8192) : bytes); // must not throw
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      Document doc =
          importer.read(new ByteArrayInputStream(bytes), new ImportContext(name, LIMITS, null));
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
    long millis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
    if (READS.incrementAndGet() > WARM_UP && millis > MAX_MILLIS) {
      throw new AssertionError(
          importer.format().id() + " took " + millis + " ms of CPU on " + bytes.length + " bytes");
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
