package org.draftkit.exporter.docx.internal;

import jakarta.xml.bind.JAXBContext;
import org.docx4j.jaxb.Context;

/**
 * docx4j made ready once: its JAXB context costs over a second to build, so an exporter creates
 * this lazily through {@link Lazy} on its first write and shares it across threads. The runtime
 * itself holds nothing mutable; every {@link WordDocument} it opens is a separate package.
 */
public final class Docx4jRuntime {

  private final JAXBContext context;

  private Docx4jRuntime() {
    this.context = Context.jc;
    if (context == null) {
      throw new IllegalStateException("docx4j could not create its JAXB context");
    }
  }

  /** A new, empty Word document in portrait or landscape. Not thread-safe; one per write. */
  public WordDocument newDocument(boolean landscape) {
    return new WordDocument(landscape);
  }

  /**
   * The runtime of one exporter instance, built on first use. Thread-safe.
   */
  public static final class Lazy {
    private volatile Docx4jRuntime value;

    /** The runtime, building it (once) on the first call. */
    public Docx4jRuntime get() {
      Docx4jRuntime v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = new Docx4jRuntime();
            value = v;
          }
        }
      }
      return v;
    }
  }
}
