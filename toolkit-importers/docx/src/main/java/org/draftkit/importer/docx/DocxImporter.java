package org.draftkit.importer.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.draftkit.ImportException;
import org.draftkit.importer.docx.internal.Docx4jRuntime;
import org.draftkit.importer.docx.internal.PackageGuard;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * Reads Word documents (DOCX, format id {@code docx}) with docx4j.
 *
 * <p>What comes out: body paragraphs in reading order (table cells and text boxes included,
 * headers and footers left out) with Word's automatic list labels resolved as the reader sees
 * them ("66.", "(a)") or typed labels recognised; headings from heading styles and outline
 * levels; preambular and operative paragraphs as in UN resolutions; tracked insertions,
 * deletions and moves as {@code insert}/{@code delete}/{@code moveFrom}/{@code moveTo} marks with
 * author and date (never accepted silently); bold, italic, underline and (double) strike;
 * comments with author, date, text and anchor paragraph; footnotes and endnotes; metadata from
 * the document properties and UN front matter.
 *
 * <p><b>Threads.</b> One instance serves any number of threads. docx4j's JAXB setup (over a second
 * on first use) is made lazily by the first {@link #read} and shared afterwards.
 *
 * <p><b>Errors.</b> Truncated or damaged zips are {@link org.draftkit.CorruptDocumentException};
 * password-protected packages {@link org.draftkit.EncryptedDocumentException}; zips that are not
 * Word documents and legacy binary files {@link org.draftkit.UnsupportedFormatException}; inputs
 * over {@link org.draftkit.Limits} (input bytes, expanded bytes) {@link org.draftkit.LimitExceededException}.
 *
 * @since 0.1
 */
public final class DocxImporter implements DocumentImporter {

  private static final FormatInfo FORMAT = new FormatInfo("docx", "Word document (DOCX)",
      List.of("docx", "docm", "dotx", "dotm"),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final Object lock = new Object();
  private volatile Docx4jRuntime runtime;

  /** An importer; docx4j is set up on first use. */
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
    PackageGuard.check(data, context);
    return runtime().read(data, context);
  }

  private Docx4jRuntime runtime() {
    Docx4jRuntime r = runtime;
    if (r == null) {
      synchronized (lock) {
        r = runtime;
        if (r == null) {
          r = new Docx4jRuntime();
          runtime = r;
        }
      }
    }
    return r;
  }
}
