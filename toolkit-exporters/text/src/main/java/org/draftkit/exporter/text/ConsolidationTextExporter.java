package org.draftkit.exporter.text;

import java.io.IOException;
import java.io.OutputStream;
import org.draftkit.amend.Consolidation;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Consolidation} as the clean text it would read: every applied proposal accepted,
 * deleted words gone, no marks. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class ConsolidationTextExporter implements Exporter<Consolidation> {

  private final DocumentTextExporter documents = new DocumentTextExporter();

  @Override
  public FormatInfo format() {
    return documents.format();
  }

  @Override
  public Class<Consolidation> resultType() {
    return Consolidation.class;
  }

  @Override
  public void write(Consolidation value, OutputStream out, ExportContext context)
      throws IOException {
    documents.write(value.accepted(), out, context);
  }
}
