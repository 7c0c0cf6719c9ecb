package org.draftkit.importer.unpdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.draftkit.ImportException;
import org.draftkit.importer.unpdf.internal.PdfReader;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * Reads PDF documents laid out the UN way into numbered paragraphs: the masthead becomes metadata,
 * running heads and feet (symbol, page numbers, job numbers, barcodes) are removed wherever they
 * fall and reported as diagnostics, lines are joined into paragraphs from the layout, footnote
 * bodies are kept apart and linked from their markers, bold and italic come from fonts, and
 * strikethrough and underline from drawn lines and markup annotations. Reviewers' annotations that
 * carry text (sticky notes, comments on highlights, strike-outs and carets, free text, replies)
 * become the document's comments, with author, date and the paragraph and words they mark.
 *
 * <p>Stateless and thread-safe; {@link #read} respects {@link ImportContext#limits()} (input bytes,
 * pages, scratch memory, time). Encrypted, corrupt and over-limit inputs give {@link
 * org.draftkit.EncryptedDocumentException}, {@link org.draftkit.CorruptDocumentException} and
 * {@link org.draftkit.LimitExceededException}; a PDF without a text layer gives a document with a
 * {@code pdf.no-text-layer} diagnostic.
 *
 * @since 0.1
 */
public final class UnPdfImporter implements DocumentImporter {

  private static final FormatInfo FORMAT =
      new FormatInfo("pdf", "UN PDF", List.of("pdf"), "application/pdf");

  /** Creates the importer (cheap; for ServiceLoader). */
  public UnPdfImporter() {
    // nothing to set up
  }

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  @Override
  public Detection detect(byte[] head) {
    return head != null && PdfReader.hasHeader(head) ? Detection.CERTAIN : Detection.NO;
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    return PdfReader.read(in, context);
  }
}
