package org.draftkit.exporter.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.draftkit.ExportException;
import org.draftkit.spi.ExportContext;

/** The write path every DOCX exporter shares: open a document, fill it, save it deterministically. */
public final class Export {
  private Export() {}

  /**
   * Writes one Word document.
   *
   * @param runtime the exporter's docx4j runtime
   * @param landscape the page orientation
   * @param body fills the document
   * @throws ExportException when docx4j fails to build or save the package
   */
  public static void write(Docx4jRuntime.Lazy runtime, boolean landscape, Consumer<WordDocument> body,
      OutputStream out, ExportContext context) throws ExportException, IOException {
    String target = context.targetName() != null ? context.targetName() : "DOCX output";
    WordDocument doc;
    try {
      doc = runtime.get().newDocument(landscape);
      body.accept(doc);
    } catch (RuntimeException e) {
      throw new ExportException(target, "could not build the Word document: " + e.getMessage(), e);
    }
    try {
      doc.writeTo(out);
    } catch (IOException e) {
      if (e.getCause() != null) {
        throw new ExportException(target, e.getMessage(), e);
      }
      throw e;
    }
    out.flush();
  }
}
