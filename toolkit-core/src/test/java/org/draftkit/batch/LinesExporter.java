package org.draftkit.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.draftkit.ExportException;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * A test exporter: paragraphs one per line ("lines", .txt) or upper-cased ("upper", .up);
 * "NOEXPORT" fails.
 */
final class LinesExporter implements Exporter<Document> {
  private final boolean upper;

  LinesExporter(boolean upper) {
    this.upper = upper;
  }

  @Override
  public FormatInfo format() {
    return upper
        ? new FormatInfo("upper", "Upper", List.of("up"), "text/x-upper")
        : new FormatInfo("lines", "Lines", List.of("txt"), "text/plain");
  }

  @Override
  public Class<Document> resultType() {
    return Document.class;
  }

  @Override
  public void write(Document value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : value.paragraphs()) {
      if (p.text().contains("NOEXPORT")) {
        throw new ExportException(context.targetName(), "cannot express NOEXPORT");
      }
      sb.append(upper ? p.text().toUpperCase(Locale.ROOT) : p.text()).append('\n');
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
