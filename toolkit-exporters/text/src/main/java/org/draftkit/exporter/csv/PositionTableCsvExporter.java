package org.draftkit.exporter.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.model.Position;
import org.draftkit.model.Stakeholder;
import org.draftkit.positions.PositionTable;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link PositionTable} as CSV (RFC 4180, UTF-8, CRLF line ends as spreadsheets expect):
 * one row per paragraph × stakeholder that took a position, with columns {@code paragraph,
 * stakeholder, stance, text, evidence, source, base_text}; several stances of one stakeholder on
 * one paragraph are joined with "; ". Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class PositionTableCsvExporter implements Exporter<PositionTable> {

  /** The format written: id {@code csv}. */
  public static final FormatInfo FORMAT = new FormatInfo("csv", "CSV", List.of("csv"), "text/csv");

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  @Override
  public Class<PositionTable> resultType() {
    return PositionTable.class;
  }

  @Override
  public void write(PositionTable table, OutputStream out, ExportContext context)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    line(
        sb,
        List.of("paragraph", "stakeholder", "stance", "text", "evidence", "source", "base_text"));
    for (PositionTable.Row r : table.rows()) {
      for (Stakeholder s : table.stakeholders()) {
        List<Position> ps = r.of(s);
        if (ps.isEmpty()) {
          continue;
        }
        line(
            sb,
            List.of(
                r.paragraph(),
                s.name(),
                ps.stream().map(p -> p.stance().id()).distinct().collect(Collectors.joining("; ")),
                join(ps.stream().map(Position::text).toList()),
                join(
                    ps.stream()
                        .map(p -> p.evidence() == null ? null : p.evidence().quote())
                        .toList()),
                join(
                    ps.stream()
                        .map(p -> p.evidence() == null ? null : p.evidence().source())
                        .distinct()
                        .toList()),
                r.baseText() == null ? "" : r.baseText()));
      }
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String join(List<String> values) {
    return values.stream()
        .filter(v -> v != null && !v.isBlank())
        .distinct()
        .collect(Collectors.joining(" | "));
  }

  static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(quote(cells.get(i)));
    }
    sb.append("\r\n");
  }

  /**
   * RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a
   * formula.
   */
  static String quote(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
