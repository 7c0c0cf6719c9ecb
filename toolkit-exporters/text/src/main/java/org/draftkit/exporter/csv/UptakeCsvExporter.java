package org.draftkit.exporter.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.uptake.Uptake;

/**
 * Writes an {@link Uptake} as CSV for spreadsheets: one line per proposal and later revision
 * (stakeholder, paragraph, proposal, the row's fate, revision, paragraph there, fate there, how it
 * was found, changes taken, changes left, the proposal and the later words). RFC 4180 quoting as
 * {@link PositionTableCsvExporter}. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class UptakeCsvExporter implements Exporter<Uptake> {

  @Override
  public FormatInfo format() {
    return PositionTableCsvExporter.FORMAT;
  }

  @Override
  public Class<Uptake> resultType() {
    return Uptake.class;
  }

  @Override
  public void write(Uptake u, OutputStream out, ExportContext context) throws IOException {
    StringBuilder sb = new StringBuilder();
    line(
        sb,
        List.of(
            "stakeholder",
            "paragraph",
            "proposal",
            "fate",
            "revision",
            "later_paragraph",
            "later_fate",
            "basis",
            "taken",
            "left",
            "proposed",
            "later_text"));
    for (Uptake.Row r : u.rows()) {
      for (Uptake.Later l : r.later()) {
        List<String> cells =
            new ArrayList<>(
                List.of(
                    r.stakeholder().name(),
                    r.paragraph(),
                    r.proposal().id(),
                    r.fate().id(),
                    l.revision(),
                    l.paragraph() == null ? "" : l.paragraph(),
                    l.fate().id(),
                    l.basis(),
                    l.taken().stream()
                        .map(Uptake.Change::describe)
                        .collect(Collectors.joining("; ")),
                    l.left().stream()
                        .map(Uptake.Change::describe)
                        .collect(Collectors.joining("; "))));
        cells.add(r.proposed() == null ? r.detail() == null ? "" : r.detail() : r.proposed());
        cells.add(l.evidence() == null ? "" : l.evidence());
        line(sb, cells);
      }
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(PositionTableCsvExporter.quote(cells.get(i)));
    }
    sb.append("\r\n");
  }
}
