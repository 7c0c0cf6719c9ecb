package org.draftkit.exporter.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.draftkit.ExportException;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.LineageText;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.exporter.docx.internal.Change;
import org.draftkit.exporter.docx.internal.Export;
import org.draftkit.exporter.docx.internal.RedlineBody;
import org.draftkit.exporter.docx.internal.WordDocument;
import org.draftkit.exporter.docx.internal.WordTable;
import org.draftkit.model.Mark;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link RevisionHistory} as the redlines of every consecutive pair of revisions (tracked
 * changes, as {@link ComparisonDocxExporter} writes them, each change authored by the newer
 * revision's name and dated with its date when known), each after a heading naming the pair and a
 * page break, followed by the lineage table (each paragraph named as readers name it, with its
 * opening words, its label in every revision and its history) and the brackets and options still
 * open in each revision.
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
  public void write(RevisionHistory value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    Export.write(
        false,
        word -> {
          LineageText text = new LineageText(value);
          List<String> names = text.names();
          List<Comparison> comparisons = value.comparisons();
          for (int k = 0; k < comparisons.size(); k++) {
            if (k > 0) {
              word.pageBreak();
            }
            Comparison c = comparisons.get(k);
            word.paragraph("Heading1")
                .keepNext()
                .text(names.get(k) + " → " + names.get(k + 1), Set.of());
            RedlineBody.write(c, word, Change.of(names.get(k + 1), c.newMetadata().date()));
          }
          lineage(value, text, word);
        },
        out,
        context);
  }

  private static void lineage(RevisionHistory h, LineageText text, WordDocument word) {
    List<String> names = text.names();
    word.pageBreak();
    word.paragraph("Heading1").keepNext().text("Paragraph lineage", Set.of());
    word.paragraph(null)
        .text(
            "Each paragraph as it was last numbered, with its opening words; its label in every "
                + "revision (“—” where it does not exist) and what happened to it there.",
            Set.of());
    int first = PAGE_WIDTH / 4;
    int rest = (PAGE_WIDTH - first) / (names.size() + 1);
    int[] widths = new int[names.size() + 2];
    widths[0] = first;
    for (int k = 1; k < widths.length; k++) {
      widths[k] = rest;
    }
    WordTable table = word.table(widths);
    WordTable.Row head = table.row(true);
    head.cell().paragraph("Small").text("Paragraph", Set.of(Mark.BOLD));
    for (String n : names) {
      head.cell().paragraph("Small").text(n, Set.of(Mark.BOLD));
    }
    head.cell().paragraph("Small").text("History", Set.of(Mark.BOLD));
    for (RevisionHistory.LineageRow row : h.lineage()) {
      WordTable.Row r = table.row(false);
      r.cell().paragraph("Small").text(text.describe(row), Set.of());
      for (int k = 0; k < names.size(); k++) {
        r.cell().paragraph("Small").text(text.cell(row, k), Set.of());
      }
      r.cell().paragraph("Small").text(text.history(row), Set.of());
    }
    List<RevisionHistory.LineageRow> open = h.lineage().stream().filter(text::negotiated).toList();
    if (open.isEmpty()) {
      return;
    }
    word.paragraph("Heading1").keepNext().text("Brackets and options", Set.of());
    WordTable brackets = word.table(java.util.Arrays.copyOf(widths, widths.length - 1));
    WordTable.Row bh = brackets.row(true);
    bh.cell().paragraph("Small").text("Paragraph", Set.of(Mark.BOLD));
    for (String n : names) {
      bh.cell().paragraph("Small").text(n, Set.of(Mark.BOLD));
    }
    for (RevisionHistory.LineageRow row : open) {
      WordTable.Row r = brackets.row(false);
      r.cell().paragraph("Small").text(text.describe(row), Set.of());
      for (int k = 0; k < names.size(); k++) {
        r.cell().paragraph("Small").text(text.bracketCell(row, k), Set.of());
      }
    }
  }
}
