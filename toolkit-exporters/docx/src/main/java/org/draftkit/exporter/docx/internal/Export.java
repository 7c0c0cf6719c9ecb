package org.draftkit.exporter.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.draftkit.ExportException;
import org.draftkit.spi.ExportContext;

/**
 * The write path every DOCX exporter shares: open a document, fill it, save it deterministically.
 */
public final class Export {
  private Export() {}

  /**
   * Writes one Word document.
   *
   * @param landscape the page orientation
   * @param body fills the document
   * @throws ExportException when the value cannot be written as a Word document
   * @throws IOException when writing to {@code out} fails
   */
  public static void write(
      boolean landscape, Consumer<WordDocument> body, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    WordDocument doc = new WordDocument(landscape);
    try {
      body.accept(doc);
    } catch (RuntimeException e) {
      String target = context.targetName() != null ? context.targetName() : "DOCX output";
      throw new ExportException(target, "could not build the Word document: " + e.getMessage(), e);
    }
    doc.writeTo(out);
    out.flush();
  }
}
