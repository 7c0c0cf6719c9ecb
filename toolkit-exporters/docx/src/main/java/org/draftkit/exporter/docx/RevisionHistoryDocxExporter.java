package org.draftkit.exporter.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.draftkit.ExportException;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.exporter.docx.internal.Export;
import org.draftkit.exporter.docx.internal.RedlineBody;
import org.draftkit.exporter.docx.internal.WordDocument;
import org.draftkit.exporter.docx.internal.WordTable;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link RevisionHistory} as the redline of its last two revisions (tracked changes, as
 * {@link ComparisonDocxExporter} writes them) followed, after a page break, by the lineage table:
 * each paragraph's number in every revision, the revision it first appears in and the last one
 * that changed it.
 *
 * <p>Thread-safe and deterministic, like {@link DocumentDocxExporter}.
 *
 * @since 0.1
 */
public final class RevisionHistoryDocxExporter implements Exporter<RevisionHistory> {

  /** Usable width of an A4 portrait page with 2.54 cm margins (twips). */
  private static final int PAGE_WIDTH = 11907 - 2 * 1440;

  @Override
  public FormatInfo format() {
    return DocumentDocxExporter.FORMAT;
  }

  @Override
  public Class<RevisionHistory> resultType() {
    return RevisionHistory.class;
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public void write(RevisionHistory value, OutputStream out, ExportContext context) throws ExportException, IOException {
    Export.write(false, word -> {
      List<Comparison> comparisons = value.comparisons();
      RedlineBody.write(comparisons.get(comparisons.size() - 1), word);
      lineage(value, word);
    }, out, context);
  }

  private static void lineage(RevisionHistory h, WordDocument word) {
    List<Document> revisions = h.revisions();
    word.pageBreak();
    word.paragraph("Heading1").keepNext().text("Paragraph lineage", Set.of());
    word.paragraph(null).text("Each paragraph's number in every revision (“—” where it does not exist, “¶” where "
        + "it has no number); the redline above shows the changes from "
        + revisions.get(revisions.size() - 2).metadata().displayName() + " to "
        + revisions.get(revisions.size() - 1).metadata().displayName() + ".", Set.of());
    int columns = revisions.size() + 1;
    int[] widths = new int[columns];
    for (int k = 0; k < columns; k++) {
      widths[k] = PAGE_WIDTH / columns;
    }
    WordTable table = word.table(widths);
    WordTable.Row head = table.row(true);
    for (Document d : revisions) {
      head.cell().paragraph("Small").text(d.metadata().displayName(), Set.of(Mark.BOLD));
    }
    head.cell().paragraph("Small").text("Last changed in", Set.of(Mark.BOLD));
    for (RevisionHistory.LineageRow row : h.lineage()) {
      WordTable.Row r = table.row(false);
      for (int k = 0; k < revisions.size(); k++) {
        String n = row.indexes().get(k) == null ? "—" : row.numbers().get(k) == null ? "¶" : row.numbers().get(k);
        String step = k > 0 && row.steps().get(k - 1) != null && row.indexes().get(k) != null
            && row.steps().get(k - 1) != AlignedPair.Status.UNCHANGED
            ? " (" + row.steps().get(k - 1).id() + ")" : "";
        r.cell().paragraph("Small").text(n + step, Set.of());
      }
      r.cell().paragraph("Small").text(revisions.get(row.lastChange()).metadata().displayName(), Set.of());
    }
  }
}
