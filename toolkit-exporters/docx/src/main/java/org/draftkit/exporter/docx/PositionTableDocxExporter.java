package org.draftkit.exporter.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.draftkit.ExportException;
import org.draftkit.exporter.docx.internal.Export;
import org.draftkit.exporter.docx.internal.WordDocument;
import org.draftkit.exporter.docx.internal.WordParagraph;
import org.draftkit.exporter.docx.internal.WordTable;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Mark;
import org.draftkit.model.Position;
import org.draftkit.model.Stakeholder;
import org.draftkit.positions.PositionTable;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link PositionTable} as the compilation table delegations use: a landscape page, a
 * table whose header row repeats on every page, one block of rows per paragraph (its number and
 * current text, from the base when there is one) with one row per position: proponent, stance,
 * proposed text and the evidence it was read from. Notes on unreadable submissions and unknown
 * paragraphs follow the table.
 *
 * <p>Thread-safe and deterministic, like {@link DocumentDocxExporter}.
 *
 * @since 0.1
 */
public final class PositionTableDocxExporter implements Exporter<PositionTable> {

  /** Column widths on an A4 landscape page with 2.54 cm margins (twips, 13,959 in all). */
  private static final int[] COLUMNS = {1100, 4300, 1700, 1100, 5759};

  @Override
  public FormatInfo format() {
    return DocumentDocxExporter.FORMAT;
  }

  @Override
  public Class<PositionTable> resultType() {
    return PositionTable.class;
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public void write(PositionTable value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    Export.write(true, word -> table(value, word), out, context);
  }

  private static void table(PositionTable t, WordDocument word) {
    String base = t.base() == null ? null : t.base().displayName();
    word.paragraph("Title")
        .text("Compilation of positions" + (base == null ? "" : " on " + base), Set.of());
    word.paragraph(null)
        .text(
            t.stakeholders().size()
                + (t.stakeholders().size() == 1 ? " stakeholder: " : " stakeholders: ")
                + String.join(", ", t.stakeholders().stream().map(Stakeholder::name).toList())
                + ". "
                + t.rows().size()
                + (t.rows().size() == 1 ? " paragraph addressed." : " paragraphs addressed."),
            Set.of());

    WordTable table = word.table(COLUMNS);
    WordTable.Row head = table.row(true);
    for (String h :
        List.of(
            "Para.",
            base == null ? "Current text" : "Current text (" + base + ")",
            "Proponent",
            "Stance",
            "Proposed text / evidence")) {
      head.cell().paragraph("Small").text(h, Set.of(Mark.BOLD));
    }
    for (PositionTable.Row row : t.rows()) {
      List<Position> positions = row.positions();
      int n = Math.max(1, positions.size());
      for (int i = 0; i < n; i++) {
        WordTable.Row r = table.row(false);
        WordTable.Cell number = n > 1 ? r.mergedCell(i == 0) : r.cell();
        WordTable.Cell current = n > 1 ? r.mergedCell(i == 0) : r.cell();
        if (i == 0) {
          number.paragraph("Small").text(row.paragraph(), Set.of(Mark.BOLD));
          current.paragraph("Small").text(row.baseText() == null ? "" : row.baseText(), Set.of());
        } else {
          number.paragraph("Small");
          current.paragraph("Small");
        }
        Position p = i < positions.size() ? positions.get(i) : null;
        r.cell().paragraph("Small").text(p == null ? "" : p.stakeholder().name(), Set.of());
        r.cell().paragraph("Small").text(p == null ? "" : stance(p), Set.of());
        WordTable.Cell text = r.cell();
        if (p == null) {
          text.paragraph("Small");
          continue;
        }
        boolean any = false;
        if (p.text() != null && !p.text().isBlank()) {
          text.paragraph("Small").text(p.text().strip(), Set.of());
          any = true;
        }
        if (p.evidence() != null
            && (!p.evidence().quote().isBlank() || !p.evidence().location().describe().isEmpty())) {
          WordParagraph ev = text.paragraph("Small");
          String quote = p.evidence().quote().strip();
          if (!quote.isEmpty() && !quote.equals(p.text() == null ? null : p.text().strip())) {
            ev.text("“", Set.of(Mark.ITALIC));
            redline(ev, quote);
            ev.text("”", Set.of(Mark.ITALIC));
          }
          String at = p.evidence().location().describe();
          if (at.isEmpty() && p.evidence().source() != null) {
            at = p.evidence().source();
          }
          if (!at.isEmpty()) {
            ev.text(
                (quote.isEmpty() || quote.equals(p.text() == null ? null : p.text().strip())
                        ? ""
                        : " ")
                    + "("
                    + at
                    + ")",
                Set.of());
          }
          any = true;
        }
        if (p.note() != null) {
          text.paragraph("Small").text((p.uncertain() ? "⚠ " : "") + p.note(), Set.of(Mark.ITALIC));
          any = true;
        }
        if (!any) {
          text.paragraph("Small");
        }
      }
    }
    List<Diagnostic> notes = t.diagnostics();
    if (!notes.isEmpty()) {
      word.paragraph("Heading2").keepNext().text("Notes", Set.of());
      for (Diagnostic d : notes) {
        String at = d.location() == null ? "" : d.location().describe();
        word.paragraph("Small")
            .text(
                d.severity().name().toLowerCase(Locale.ROOT)
                    + ": "
                    + d.message()
                    + (at.isEmpty() ? "" : " (" + at + ")"),
                Set.of());
      }
    }
  }

  private static String stance(Position p) {
    String id = p.stance().id();
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  private static final java.util.regex.Pattern MARKED =
      java.util.regex.Pattern.compile("~~(.+?)~~|\\*\\*(.+?)\\*\\*");

  /**
   * A quote in the stakeholders' convention (~~struck~~, **inserted**) as struck and underlined
   * words, not raw markup.
   */
  private static void redline(WordParagraph ev, String quote) {
    java.util.regex.Matcher m = MARKED.matcher(quote);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        ev.text(quote.substring(at, m.start()), Set.of(Mark.ITALIC));
      }
      ev.text(
          m.group(1) != null ? m.group(1) : m.group(2),
          m.group(1) != null
              ? Set.of(Mark.ITALIC, Mark.STRIKE)
              : Set.of(Mark.ITALIC, Mark.UNDERLINE));
      at = m.end();
    }
    if (at < quote.length()) {
      ev.text(quote.substring(at), Set.of(Mark.ITALIC));
    }
  }
}
