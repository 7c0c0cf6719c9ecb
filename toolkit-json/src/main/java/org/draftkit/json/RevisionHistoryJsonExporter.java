package org.draftkit.json;

import java.io.IOException;
import java.io.OutputStream;
import org.draftkit.ExportException;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.json.internal.ComparisonMapping;
import org.draftkit.json.internal.JsonCodec;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link RevisionHistory} (N revisions) as JSON (described by {@code
 * docs/schema/revision-history.schema.json}): {@code revisions} (metadata of each), {@code
 * comparisons} (each consecutive comparison in the shape {@link ComparisonJsonExporter} writes) and
 * {@code lineage}: per paragraph, its {@code numbers} and {@code indexes} in every revision (null
 * where absent), the {@code steps} (status from each revision to the next), the revision it {@code
 * first} appears in and its {@code lastChange}.
 *
 * <p>Option {@code segments=true} as for {@link ComparisonJsonExporter}. Thread-safe;
 * deterministic.
 *
 * @since 0.1
 */
public final class RevisionHistoryJsonExporter implements Exporter<RevisionHistory> {
  private final JsonCodec codec = new JsonCodec();
  private final ComparisonMapping mapping = new ComparisonMapping();

  @Override
  public FormatInfo format() {
    return DocumentJsonExporter.FORMAT;
  }

  @Override
  public Class<RevisionHistory> resultType() {
    return RevisionHistory.class;
  }

  @Override
  public void write(RevisionHistory value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    boolean segments = context.option("segments").map(Boolean::parseBoolean).orElse(false);
    codec.write(mapping.toShape(value, segments), out);
  }
}
