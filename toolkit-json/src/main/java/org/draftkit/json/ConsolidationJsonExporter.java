package org.draftkit.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.amend.Consolidation;
import org.draftkit.json.internal.DocumentMapping;
import org.draftkit.json.internal.DocumentShape;
import org.draftkit.json.internal.DocumentShape.Doc;
import org.draftkit.json.internal.JsonCodec;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Consolidation} as JSON (described by {@code
 * docs/schema/consolidation.schema.json}): the consolidated text in the Document shape (inserted
 * and deleted runs attributed to their proponent), plus {@code applied}, {@code conflicts} and
 * {@code unmatched}. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class ConsolidationJsonExporter implements Exporter<Consolidation> {

  private final JsonCodec codec = new JsonCodec();
  private final DocumentMapping mapping = new DocumentMapping();

  @Override
  public FormatInfo format() {
    return DocumentJsonExporter.FORMAT;
  }

  @Override
  public Class<Consolidation> resultType() {
    return Consolidation.class;
  }

  @Override
  public void write(Consolidation value, OutputStream out, ExportContext context)
      throws IOException {
    Doc doc = mapping.toShape(value.document());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("metadata", doc.metadata());
    // a paragraph's text is its consolidated text: deleted and moved-away words are only in its
    // runs
    List<DocumentShape.ParagraphJson> paragraphs = new ArrayList<>();
    for (int i = 0; i < doc.paragraphs().size(); i++) {
      DocumentShape.ParagraphJson p = doc.paragraphs().get(i);
      paragraphs.add(
          new DocumentShape.ParagraphJson(
              p.index(),
              p.number(),
              p.numbering(),
              p.kind(),
              consolidatedText(value.document().paragraphs().get(i)),
              p.runs(),
              p.parent(),
              p.location()));
    }
    json.put("title", value.title());
    json.put("paragraphs", paragraphs);
    json.put("footnotes", doc.footnotes());
    json.put("comments", doc.comments());
    List<Object> applied = new ArrayList<>();
    for (Consolidation.Applied a : value.applied()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("proponent", a.proponent());
      m.put("paragraph", a.paragraph());
      m.put("op", a.op().label());
      putIf(m, "deleted", a.deleted());
      putIf(m, "inserted", a.inserted());
      putIf(m, "option", a.option());
      putIf(m, "note", a.note());
      applied.add(m);
    }
    json.put("applied", applied);
    List<Object> adopted = new ArrayList<>();
    for (Consolidation.Adopted a : value.adopted()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("proponent", a.proponent());
      m.put("paragraph", a.paragraph());
      putIf(m, "proposed", a.proposed());
      putIf(m, "note", a.note());
      m.put("index", a.index());
      adopted.add(m);
    }
    json.put("adopted", adopted);
    List<Object> conflicts = new ArrayList<>();
    for (Consolidation.Conflict c : value.conflicts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("paragraph", c.paragraph());
      m.put("proponents", c.proponents());
      m.put("texts", c.texts());
      m.put("resolution", c.resolution());
      m.put(
          "with",
          c.kind() == Consolidation.ConflictKind.LATER_REVISION ? "later-revision" : "proponents");
      if (c.kind() == Consolidation.ConflictKind.LATER_REVISION) {
        m.put("quoted", c.quoted());
        m.put("proposed", c.proposed());
        m.put("current", c.current());
      }
      m.put("index", c.index());
      conflicts.add(m);
    }
    json.put("conflicts", conflicts);
    List<Object> unmatched = new ArrayList<>();
    for (Consolidation.Unmatched u : value.unmatched()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("proponent", u.proponent());
      m.put("paragraph", u.paragraph());
      m.put("reason", u.reason());
      m.put("quote", u.quote());
      m.put("differences", u.differences());
      m.put("index", u.index());
      unmatched.add(m);
    }
    json.put("unmatched", unmatched);
    List<Object> diagnostics = new ArrayList<>(doc.diagnostics());
    value.diagnostics().forEach(d -> diagnostics.add(mapping.diagnostic(d)));
    json.put("diagnostics", diagnostics);
    codec.write(json, out);
  }

  private static String consolidatedText(org.draftkit.model.Paragraph p) {
    StringBuilder sb = new StringBuilder();
    for (org.draftkit.model.Run r : p.runs()) {
      if (!r.has(org.draftkit.model.Mark.DELETE) && !r.has(org.draftkit.model.Mark.MOVE_FROM)) {
        sb.append(r.text());
      }
    }
    return sb.toString();
  }

  private static void putIf(Map<String, Object> m, String key, String value) {
    if (value != null && !value.isEmpty()) {
      m.put(key, value);
    }
  }
}
