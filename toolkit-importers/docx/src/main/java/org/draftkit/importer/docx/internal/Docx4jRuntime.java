package org.draftkit.importer.docx.internal;

import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.model.Document;
import org.draftkit.spi.ImportContext;

/**
 * docx4j set up once (its JAXB context costs over a second to build) and shared by every read of
 * the importer instance that owns it. Thread-safe: each read works on its own package.
 */
public final class Docx4jRuntime {

  private final JAXBContext context;

  /** Builds docx4j's JAXB context (slow: call lazily, once). */
  public Docx4jRuntime() {
    this.context = Context.jc;
    if (context == null) {
      throw new IllegalStateException("docx4j could not create its JAXB context");
    }
  }

  /**
   * Reads a Word package that {@link PackageGuard#check} accepted.
   *
   * @throws ImportException when docx4j cannot open it
   */
  public Document read(byte[] data, ImportContext importContext) throws ImportException {
    WordprocessingMLPackage pkg;
    try {
      pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(data));
    } catch (Docx4JException e) {
      throw new CorruptDocumentException(importContext.sourceName(),
          "not a readable Word package: " + rootMessage(e), e);
    } catch (RuntimeException e) {
      throw new CorruptDocumentException(importContext.sourceName(),
          "damaged Word package: " + rootMessage(e), e);
    }
    try {
      return new DocxReader(pkg, importContext).read();
    } catch (RuntimeException e) {
      throw new CorruptDocumentException(importContext.sourceName(),
          "unreadable Word content: " + rootMessage(e), e);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    String message = null;
    for (int i = 0; i < 10 && t != null; i++) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
      t = t.getCause();
    }
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    message = message.strip().replaceAll("\\s+", " ");
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
