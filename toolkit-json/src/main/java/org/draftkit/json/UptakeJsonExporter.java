package org.draftkit.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.compare.Segment;
import org.draftkit.json.internal.DocumentMapping;
import org.draftkit.json.internal.JsonCodec;
import org.draftkit.model.Stakeholder;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.uptake.Uptake;

/**
 * Writes an {@link Uptake} as CONTRACT.md describes: {@code stakeholders}, {@code revisions} and
 * {@code rows} of {@code {stakeholder, paragraph, proposal, fate, later: [{revision, paragraph,
 * fate, evidence}]}}, plus each row's proposed words, the changes taken and left, the redline of
 * the later words against the proposal, a per-stakeholder {@code summary} and diagnostics. The
 * shape is {@code docs/schema/uptake.schema.json}. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class UptakeJsonExporter implements Exporter<Uptake> {

  private final JsonCodec codec = new JsonCodec();
  private final DocumentMapping mapping = new DocumentMapping();

  @Override
  public FormatInfo format() {
    return DocumentJsonExporter.FORMAT;
  }

  @Override
  public Class<Uptake> resultType() {
    return Uptake.class;
  }

  @Override
  public void write(Uptake u, OutputStream out, ExportContext context) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("base", u.baseName());
    json.put("stakeholders", u.stakeholders().stream().map(Stakeholder::name).toList());
    json.put("revisions", u.revisionNames());
    List<Object> summary = new ArrayList<>();
    for (Uptake.Summary s : u.summaries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stakeholder", s.stakeholder().name());
      m.put("proposals", s.proposalCount());
      m.put("stances", s.stanceCount());
      Map<String, Object> fates = new LinkedHashMap<>();
      s.proposals().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> fates.put(e.getKey().id(), e.getValue()));
      m.put("fates", fates);
      Map<String, Object> stances = new LinkedHashMap<>();
      s.stances().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> stances.put(e.getKey().id(), e.getValue()));
      m.put("stanceFates", stances);
      m.put("text", s.text());
      summary.add(m);
    }
    json.put("summary", summary);
    List<Object> rows = new ArrayList<>();
    for (Uptake.Row r : u.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("stakeholder", r.stakeholder().name());
      row.put("paragraph", r.paragraph());
      row.put("proposal", r.proposal().id());
      row.put("fate", r.fate().id());
      if (r.proposed() != null) {
        row.put("proposed", r.proposed());
      }
      if (r.detail() != null) {
        row.put("detail", r.detail());
      }
      if (r.baseText() != null) {
        row.put("baseText", r.baseText());
      }
      List<Object> later = new ArrayList<>();
      for (Uptake.Later l : r.later()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", l.revision());
        m.put("paragraph", l.paragraph());
        m.put("fate", l.fate().id());
        m.put("basis", l.basis());
        m.put("evidence", l.evidence());
        if (!l.changes().isEmpty()) {
          List<Object> changes = new ArrayList<>();
          for (Uptake.Change c : l.changes()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("op", c.insert() ? "insert" : "delete");
            cm.put("text", c.words());
            cm.put("taken", c.taken());
            changes.add(cm);
          }
          m.put("changes", changes);
        }
        if (!l.redline().isEmpty()) {
          List<Object> segs = new ArrayList<>();
          for (Segment s : l.redline()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("op", s.op().name().toLowerCase(java.util.Locale.ROOT));
            sm.put("text", s.text());
            segs.add(sm);
          }
          m.put("redline", segs);
        }
        later.add(m);
      }
      row.put("later", later);
      if (r.evidence() != null) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("quote", r.evidence().quote());
        if (r.evidence().source() != null) {
          ev.put("source", r.evidence().source());
        }
        Object at = mapping.location(r.evidence().location());
        if (at != null) {
          ev.put("location", at);
        }
        row.put("source", ev);
      }
      rows.add(row);
    }
    json.put("rows", rows);
    json.put("diagnostics", u.diagnostics().stream().map(mapping::diagnostic).toList());
    codec.write(json, out);
  }
}
