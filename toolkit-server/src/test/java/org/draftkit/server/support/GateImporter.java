package org.draftkit.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.draftkit.ImportException;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * A test importer (format {@code gate}) that holds every read until {@link #open()} is called, so
 * that a test controls how many jobs are running. {@link #entered} counts reads that started,
 * {@link #interrupted} those that ended by an interrupt.
 */
public final class GateImporter implements DocumentImporter {

  private final CountDownLatch gate = new CountDownLatch(1);
  public final Semaphore entered = new Semaphore(0);
  public final Semaphore interrupted = new Semaphore(0);

  @Override
  public FormatInfo format() {
    return new FormatInfo("gate", "Test gate", List.of("gate"), "text/x-gate");
  }

  @Override
  public Detection detect(byte[] head) {
    return Detection.NO;
  }

  /** Lets every held and later read through. */
  public void open() {
    gate.countDown();
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    in.readAllBytes();
    entered.release();
    try {
      if (!gate.await(2, TimeUnit.MINUTES)) {
        throw new IOException("the test never opened the gate");
      }
    } catch (InterruptedException e) {
      interrupted.release();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
    return Document.builder().build();
  }
}
