package org.draftkit.testkit.stub;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.draftkit.model.Document;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/** A stub exporter with a bug: it always throws an unchecked exception or an error. */
public final class BrokenExporter implements Exporter<Document> {

  /** Appears in the thrown message, which must never reach a client. */
  public static final String SECRET = "secret-internal-state-0xCAFE";

  private final String id;
  private final Supplier<Throwable> failure;

  /** Throws an {@link IllegalStateException}. */
  public BrokenExporter() {
    this("broken", () -> new IllegalStateException("exporter bug: " + SECRET));
  }

  /** Throws what {@code failure} gives: a RuntimeException or an Error. */
  public BrokenExporter(String id, Supplier<Throwable> failure) {
    this.id = id;
    this.failure = failure;
  }

  @Override
  public FormatInfo format() {
    return new FormatInfo(id, "Broken", List.of(id), "application/x-broken");
  }

  @Override
  public Class<Document> resultType() {
    return Document.class;
  }

  @Override
  public void write(Document value, OutputStream out, ExportContext context) {
    Throwable t = failure.get();
    if (t instanceof Error e) {
      throw e;
    }
    throw (RuntimeException) t;
  }
}
