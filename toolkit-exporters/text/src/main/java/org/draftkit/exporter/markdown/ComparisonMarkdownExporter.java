package org.draftkit.exporter.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.draftkit.compare.Comparison;
import org.draftkit.exporter.markdown.internal.RedlineMarkdown;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Comparison} as a Markdown redline in the convention stakeholders use: {@code
 * ~~deleted~~ **inserted**}. A title names both revisions and a table summarises the changes; then
 * every paragraph in the newer reading order, led by its number in bold ("5 → 4" when renumbered),
 * with moved, inserted, deleted, split and merged paragraphs labelled and a line where each moved
 * paragraph used to stand.
 *
 * <p>Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class ComparisonMarkdownExporter implements Exporter<Comparison> {

  @Override
  public FormatInfo format() {
    return DocumentMarkdownExporter.FORMAT;
  }

  @Override
  public Class<Comparison> resultType() {
    return Comparison.class;
  }

  @Override
  public void write(Comparison value, OutputStream out, ExportContext context) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(RedlineMarkdown.comparison(value, 1));
    w.flush();
  }
}
