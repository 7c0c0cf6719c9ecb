package org.draftkit.exporter.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.exporter.markdown.internal.RedlineMarkdown;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link RevisionHistory} (N revisions) as Markdown: the lineage table (each paragraph's
 * number in every revision, where it first appears, its last change), then each consecutive redline
 * as {@link ComparisonMarkdownExporter} writes it.
 *
 * <p>Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class RevisionHistoryMarkdownExporter implements Exporter<RevisionHistory> {

  @Override
  public FormatInfo format() {
    return DocumentMarkdownExporter.FORMAT;
  }

  @Override
  public Class<RevisionHistory> resultType() {
    return RevisionHistory.class;
  }

  @Override
  public void write(RevisionHistory value, OutputStream out, ExportContext context)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(RedlineMarkdown.history(value));
    w.flush();
  }
}
