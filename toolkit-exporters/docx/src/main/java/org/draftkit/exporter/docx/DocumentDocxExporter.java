package org.draftkit.exporter.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.draftkit.ExportException;
import org.draftkit.exporter.docx.internal.DocumentBody;
import org.draftkit.exporter.docx.internal.Export;
import org.draftkit.model.Document;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Document} as a Word document: paragraph labels as text ("66. ", indented "(a) "),
 * headings in heading styles, bold/italic/underline/strike as run formatting, inserted, deleted and
 * moved runs as real tracked changes with their author and date, footnotes as Word footnotes and
 * comments as Word comments on their paragraph.
 *
 * <p>Thread-safe (it holds no state) and quick to start: the WordprocessingML is written with the
 * JDK, with no JAXB context to build. Deterministic: the same document gives the same bytes (fixed
 * zip order and times, sequential ids, no {@code w:rsid}, no document properties with dates or
 * versions).
 *
 * @since 0.1
 */
public final class DocumentDocxExporter implements Exporter<Document> {

  /** The format written: id {@code docx}. */
  public static final FormatInfo FORMAT =
      new FormatInfo(
          "docx",
          "Word document (DOCX)",
          List.of("docx"),
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  @Override
  public Class<Document> resultType() {
    return Document.class;
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public void write(Document value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    Export.write(false, word -> DocumentBody.write(value, word), out, context);
  }
}
