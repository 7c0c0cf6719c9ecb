package org.draftkit.exporter.docx;

import java.io.IOException;
import java.io.OutputStream;
import org.draftkit.ExportException;
import org.draftkit.compare.Comparison;
import org.draftkit.exporter.docx.internal.Export;
import org.draftkit.exporter.docx.internal.RedlineBody;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Comparison} as a Word redline with real tracked changes that Word, LibreOffice
 * and pandoc ({@code --track-changes=all}) read as such: word insertions and deletions as {@code
 * w:ins}/{@code w:del}, inserted and deleted paragraphs whole (paragraph mark included), moved
 * paragraphs as {@code w:moveFrom}/{@code w:moveTo} in named move ranges, splits and merges as
 * inserted and deleted paragraph marks. Every change is attributed to the newer revision ({@link
 * org.draftkit.model.Metadata#displayName()}) on its date, when it has one. Paragraph numbers are
 * the newer ones, printed as text: renumbering is not shown as an edit. Accepting every change
 * gives the newer text; rejecting every change gives the older.
 *
 * <p>Thread-safe and deterministic, like {@link DocumentDocxExporter}.
 *
 * @since 0.1
 */
public final class ComparisonDocxExporter implements Exporter<Comparison> {

  @Override
  public FormatInfo format() {
    return DocumentDocxExporter.FORMAT;
  }

  @Override
  public Class<Comparison> resultType() {
    return Comparison.class;
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public void write(Comparison value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    Export.write(false, word -> RedlineBody.writeAlone(value, word), out, context);
  }
}
