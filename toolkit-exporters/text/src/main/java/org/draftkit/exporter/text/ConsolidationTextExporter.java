package org.draftkit.exporter.text;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.draftkit.amend.Consolidation;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Consolidation} as the clean text it would read: every applied proposal
 * accepted, deleted words gone, no marks. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class ConsolidationTextExporter implements Exporter<Consolidation> {

  private final PlainTextDocumentExporter documents = new PlainTextDocumentExporter();

  @Override
  public FormatInfo format() {
    return documents.format();
  }

  @Override
  public Class<Consolidation> resultType() {
    return Consolidation.class;
  }

  @Override
  public void write(Consolidation value, OutputStream out, ExportContext context) throws IOException {
    documents.write(accepted(value.document()), out, context);
  }

  /** The document with insertions accepted and deletions dropped; emptied paragraphs left out. */
  static Document accepted(Document doc) {
    Document.Builder b = doc.toBuilder();
    b.paragraphs().clear();
    List<Integer> newIndex = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      List<Run> runs = new ArrayList<>();
      for (Run r : p.runs()) {
        if (r.has(Mark.DELETE) || r.has(Mark.MOVE_FROM)) {
          continue;
        }
        EnumSet<Mark> marks = r.marks().isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(r.marks());
        marks.remove(Mark.INSERT);
        marks.remove(Mark.MOVE_TO);
        runs.add(new Run(r.text(), marks, null, null, r.ref()));
      }
      boolean emptied = !p.text().isBlank() && runs.stream().allMatch(r -> r.text().isBlank());
      Integer parent = p.parent() == null ? null : newIndex.get(p.parent());
      if (emptied) {
        newIndex.add(parent);
        continue;
      }
      newIndex.add(b.add(p.number(), p.kind(), runs, parent, p.location()));
    }
    return b.build();
  }
}
