package org.draftkit.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.align.Alignment;
import org.draftkit.json.internal.JsonCodec;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes an {@link Alignment} as {@code docs/schema/alignment.schema.json} describes: {@code
 * languages}, {@code directions}, {@code rows} of {@code {key, heading, cells}} (one cell per
 * language, null where the version lacks the place) and {@code mismatches}. Thread-safe and
 * deterministic.
 *
 * @since 0.1
 */
public final class AlignmentJsonExporter implements Exporter<Alignment> {

  private final JsonCodec codec = new JsonCodec();

  @Override
  public FormatInfo format() {
    return DocumentJsonExporter.FORMAT;
  }

  @Override
  public Class<Alignment> resultType() {
    return Alignment.class;
  }

  @Override
  public void write(Alignment a, OutputStream out, ExportContext context) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("languages", a.languages());
    json.put("directions", a.directions());
    List<Object> rows = new ArrayList<>();
    for (Alignment.Row r : a.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", r.key());
      row.put("heading", r.heading());
      List<Object> cells = new ArrayList<>();
      for (Alignment.Cell c : r.cells()) {
        if (c == null) {
          cells.add(null);
          continue;
        }
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("index", c.index());
        cell.put("label", c.label());
        cell.put("text", c.text());
        cell.put("footnotes", c.footnotes());
        cells.add(cell);
      }
      row.put("cells", cells);
      rows.add(row);
    }
    json.put("rows", rows);
    List<Object> mismatches = new ArrayList<>();
    for (Alignment.Mismatch m : a.mismatches()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("kind", m.kind().id());
      mm.put("key", m.key());
      mm.put("languages", m.languages());
      mm.put("message", m.message());
      mismatches.add(mm);
    }
    json.put("mismatches", mismatches);
    codec.write(json, out);
  }
}
