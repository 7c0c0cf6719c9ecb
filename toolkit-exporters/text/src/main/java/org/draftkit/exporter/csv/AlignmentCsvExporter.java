package org.draftkit.exporter.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.draftkit.align.Alignment;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes an {@link Alignment} as CSV (RFC 4180, UTF-8, CRLF): one row per place with columns {@code
 * key, mismatch} and then, per language, its label and text; {@code mismatch} holds the kinds of
 * mismatch found at that place. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class AlignmentCsvExporter implements Exporter<Alignment> {

  @Override
  public FormatInfo format() {
    return PositionTableCsvExporter.FORMAT;
  }

  @Override
  public Class<Alignment> resultType() {
    return Alignment.class;
  }

  @Override
  public void write(Alignment a, OutputStream out, ExportContext context) throws IOException {
    StringBuilder sb = new StringBuilder();
    List<String> head = new ArrayList<>(List.of("key", "mismatch"));
    for (String l : a.languages()) {
      head.add(l + "_label");
      head.add(l + "_text");
    }
    PositionTableCsvExporter.line(sb, head);
    for (Alignment.Row r : a.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(r.key());
      cells.add(
          String.join(
              " ",
              a.mismatches().stream()
                  .filter(m -> m.key().equals(r.key()))
                  .map(m -> m.kind().id())
                  .distinct()
                  .toList()));
      for (Alignment.Cell c : r.cells()) {
        cells.add(c == null || c.label() == null ? "" : c.label());
        cells.add(c == null ? "" : c.text());
      }
      PositionTableCsvExporter.line(sb, cells);
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
