package org.draftkit.importer.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.draftkit.ImportException;
import org.draftkit.importer.docx.internal.DocxReader;
import org.draftkit.importer.docx.internal.PackageGuard;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * Reads Word documents (DOCX, format id {@code docx}).
 *
 * <p>What comes out: body paragraphs in reading order (table cells and text boxes included, headers
 * and footers left out) with Word's automatic list labels resolved as the reader sees them ("66.",
 * "(a)") or typed labels recognised; headings from heading styles and outline levels; preambular
 * and operative paragraphs as in UN resolutions; tracked insertions, deletions and moves as {@code
 * insert}/{@code delete}/{@code moveFrom}/{@code moveTo} marks with author and date (never accepted
 * silently); bold, italic, underline and (double) strike; comments with author, date, text and
 * anchor paragraph; footnotes and endnotes; metadata from the document properties and UN front
 * matter.
 *
 * <p><b>How.</b> The package is opened with {@code java.util.zip} (limits checked on the bytes
 * really inflated), its relationships resolved, and every part streamed with StAX: no JAXB object
 * model is built, so there is no first-use setup cost and large bodies read in linear time.
 *
 * <p><b>Threads.</b> Stateless: one instance serves any number of threads.
 *
 * <p><b>Errors.</b> Truncated or damaged zips are {@link org.draftkit.CorruptDocumentException};
 * password-protected packages {@link org.draftkit.EncryptedDocumentException}; zips that are not
 * Word documents and legacy binary files {@link org.draftkit.UnsupportedFormatException}; inputs
 * over {@link org.draftkit.Limits} (input bytes, expanded bytes) {@link
 * org.draftkit.LimitExceededException}.
 *
 * @since 0.1
 */
public final class DocxImporter implements DocumentImporter {

  private static final FormatInfo FORMAT =
      new FormatInfo(
          "docx",
          "Word document (DOCX)",
          List.of("docx", "docm", "dotx", "dotm"),
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  /** An importer. It holds no state: one instance serves every thread. */
  public DocxImporter() {}

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  @Override
  public Detection detect(byte[] head) {
    return PackageGuard.detect(head);
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(context, "context");
    byte[] data = PackageGuard.readAll(in, context);
    return DocxReader.read(PackageGuard.open(data, context), context);
  }
}
