package org.draftkit.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.json.internal.DocumentMapping;
import org.draftkit.json.internal.JsonCodec;
import org.draftkit.model.Position;
import org.draftkit.model.Stakeholder;
import org.draftkit.positions.PositionTable;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link PositionTable} as JSON (described by {@code
 * docs/schema/position-table.schema.json}): {@code stakeholders} and {@code rows} of {@code
 * {paragraph, positions: [{stakeholder, stance, text, evidence}]}}, plus the base's metadata, each
 * row's base text, the evidence's source and location, and diagnostics. Thread-safe and
 * deterministic.
 *
 * @since 0.1
 */
public final class PositionTableJsonExporter implements Exporter<PositionTable> {

  private final JsonCodec codec = new JsonCodec();
  private final DocumentMapping mapping = new DocumentMapping();

  @Override
  public FormatInfo format() {
    return DocumentJsonExporter.FORMAT;
  }

  @Override
  public Class<PositionTable> resultType() {
    return PositionTable.class;
  }

  @Override
  public void write(PositionTable table, OutputStream out, ExportContext context)
      throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    if (table.base() != null) {
      json.put("base", mapping.metadata(table.base()));
    }
    json.put("stakeholders", table.stakeholders().stream().map(Stakeholder::name).toList());
    List<Object> rows = new ArrayList<>();
    for (PositionTable.Row r : table.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("paragraph", r.paragraph());
      if (r.baseIndex() != null) {
        row.put("baseIndex", r.baseIndex());
        row.put("baseText", r.baseText());
      }
      List<Object> positions = new ArrayList<>();
      for (Position p : r.positions()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stakeholder", p.stakeholder().name());
        m.put("stance", p.stance().id());
        if (p.text() != null) {
          m.put("text", p.text());
        }
        if (p.evidence() != null) {
          m.put("evidence", p.evidence().quote());
          if (p.evidence().source() != null) {
            m.put("source", p.evidence().source());
          }
          Object at = mapping.location(p.evidence().location());
          if (at != null) {
            m.put("location", at);
          }
        }
        if (p.note() != null) {
          m.put("note", p.note());
          m.put("uncertain", p.uncertain());
        }
        positions.add(m);
      }
      row.put("positions", positions);
      rows.add(row);
    }
    json.put("rows", rows);
    json.put("diagnostics", table.diagnostics().stream().map(mapping::diagnostic).toList());
    codec.write(json, out);
  }
}
