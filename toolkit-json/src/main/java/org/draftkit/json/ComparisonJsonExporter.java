package org.draftkit.json;

import java.io.IOException;
import java.io.OutputStream;
import org.draftkit.ExportException;
import org.draftkit.compare.Comparison;
import org.draftkit.json.internal.ComparisonMapping;
import org.draftkit.json.internal.JsonCodec;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Comparison} as JSON (described by {@code docs/schema/comparison.schema.json}):
 * {@code old} and {@code new} (revision metadata), {@code summary}, and {@code pairs}, each with
 * {@code old}/{@code new} paragraph references ({@code {index, number, kind}}, a list of them for a
 * split or merge, or null), {@code status}, {@code renumbered}, {@code similarity}, the word {@code
 * edits} and, when some changed, {@code footnotes} ({@code old}/{@code new} labels and their word
 * {@code edits}).
 *
 * <p>Option {@code segments=true} adds each pair's inline redline ({@code segments}: equal, delete
 * and insert stretches whose text, read in order, spells both paragraphs), for clients that render
 * the redline themselves.
 *
 * <p>Thread-safe; output is byte-identical for equal comparisons.
 *
 * @since 0.1
 */
public final class ComparisonJsonExporter implements Exporter<Comparison> {
  private final JsonCodec codec = new JsonCodec();
  private final ComparisonMapping mapping = new ComparisonMapping();

  @Override
  public FormatInfo format() {
    return DocumentJsonExporter.FORMAT;
  }

  @Override
  public Class<Comparison> resultType() {
    return Comparison.class;
  }

  @Override
  public void write(Comparison value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    boolean segments = context.option("segments").map(Boolean::parseBoolean).orElse(false);
    codec.write(mapping.toShape(value, segments), out);
  }
}
