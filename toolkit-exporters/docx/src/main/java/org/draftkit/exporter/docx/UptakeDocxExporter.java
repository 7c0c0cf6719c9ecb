package org.draftkit.exporter.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.draftkit.ExportException;
import org.draftkit.compare.Segment;
import org.draftkit.exporter.docx.internal.Change;
import org.draftkit.exporter.docx.internal.Export;
import org.draftkit.exporter.docx.internal.Revision;
import org.draftkit.exporter.docx.internal.WordDocument;
import org.draftkit.exporter.docx.internal.WordParagraph;
import org.draftkit.exporter.docx.internal.WordTable;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.uptake.Uptake;

/**
 * Writes an {@link Uptake} as a landscape Word document: the summary per stakeholder, then per
 * stakeholder a table (paragraph, proposal, and for each later revision the fate, the paragraph's
 * number there, the changes taken and left and the later words as tracked changes against the
 * proposal, authored by that revision and dated with its date when known). Thread-safe and
 * deterministic, like {@link DocumentDocxExporter}.
 *
 * @since 0.1
 */
public final class UptakeDocxExporter implements Exporter<Uptake> {

  /** Usable width of an A4 landscape page with 2.54 cm margins (twips). */
  private static final int WIDTH = 13959;

  @Override
  public FormatInfo format() {
    return DocumentDocxExporter.FORMAT;
  }

  @Override
  public Class<Uptake> resultType() {
    return Uptake.class;
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public void write(Uptake value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    Export.write(true, word -> body(value, word), out, context);
  }

  private static void body(Uptake u, WordDocument word) {
    word.paragraph("Title")
        .text("Uptake of proposals in " + String.join(", ", u.revisionNames()), Set.of());
    word.paragraph(null)
        .text(
            "Proposals written on "
                + u.baseName()
                + "; a row's fate is its fate in "
                + u.lastRevision()
                + ". The later words are shown as tracked changes against the proposal.",
            Set.of());
    for (Uptake.Summary s : u.summaries()) {
      word.paragraph(null).text(s.text(), Set.of(Mark.BOLD));
    }
    int laters = u.revisionNames().size();
    int[] widths = new int[2 + laters];
    widths[0] = 1000;
    widths[1] = 4200;
    for (int k = 0; k < laters; k++) {
      widths[2 + k] = (WIDTH - 5200) / laters;
    }
    for (var s : u.stakeholders()) {
      List<Uptake.Row> rows = u.rows(s);
      if (rows.isEmpty()) {
        continue;
      }
      word.paragraph("Heading1").keepNext().text(s.name(), Set.of());
      WordTable table = word.table(widths);
      WordTable.Row head = table.row(true);
      head.cell().paragraph("Small").text("Para.", Set.of(Mark.BOLD));
      head.cell().paragraph("Small").text("Proposal", Set.of(Mark.BOLD));
      for (String r : u.revisionNames()) {
        head.cell().paragraph("Small").text(r, Set.of(Mark.BOLD));
      }
      for (Uptake.Row r : rows) {
        WordTable.Row tr = table.row(false);
        tr.cell().paragraph("Small").text(r.paragraph(), Set.of(Mark.BOLD));
        WordTable.Cell prop = tr.cell();
        prop.paragraph("Small")
            .text(
                r.proposal().id() + (r.detail() == null ? "" : " (" + r.detail() + ")"),
                Set.of(Mark.BOLD));
        if (r.proposed() != null) {
          marked(prop.paragraph("Small"), r.proposed());
        }
        for (int k = 0; k < r.later().size(); k++) {
          Uptake.Later l = r.later().get(k);
          Metadata m = u.revisions().get(k);
          Change change = Change.of(l.revision(), m.date());
          WordTable.Cell c = tr.cell();
          c.paragraph("Small")
              .text(
                  l.fate().phrase()
                      + ", "
                      + (l.paragraph() == null ? "—" : "paragraph " + l.paragraph())
                      + ("number".equals(l.basis()) ? " (by number; words not checked)" : ""),
                  Set.of(Mark.BOLD));
          for (Uptake.Change ch : l.changes()) {
            c.paragraph("Small").text((ch.taken() ? "✓ " : "✗ ") + ch.describe(), Set.of());
          }
          if (!l.redline().isEmpty()) {
            WordParagraph p = c.paragraph("Small");
            for (Segment seg : l.redline()) {
              switch (seg.op()) {
                case EQUAL -> p.text(seg.text(), Set.of());
                case DELETE -> p.run(seg.text(), Set.of(), Revision.DELETE, change);
                case INSERT -> p.run(seg.text(), Set.of(), Revision.INSERT, change);
              }
            }
          } else if (l.evidence() != null) {
            c.paragraph("Small").text(l.evidence(), Set.of());
          }
        }
      }
    }
    if (!u.diagnostics().isEmpty()) {
      word.paragraph("Heading2").keepNext().text("Notes", Set.of());
      for (Diagnostic d : u.diagnostics()) {
        word.paragraph("Small")
            .text(d.severity().name().toLowerCase(Locale.ROOT) + ": " + d.message(), Set.of());
      }
    }
  }

  /** The submission's ~~deleted~~ and **inserted** marks as struck and bold-underlined runs. */
  private static void marked(WordParagraph p, String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("~~(.+?)~~|\\*\\*(.+?)\\*\\*").matcher(text);
    int at = 0;
    while (m.find()) {
      p.text(text.substring(at, m.start()), Set.of());
      if (m.group(1) != null) {
        p.text(m.group(1), Set.of(Mark.STRIKE));
      } else {
        p.text(m.group(2), Set.of(Mark.BOLD, Mark.UNDERLINE));
      }
      at = m.end();
    }
    p.text(text.substring(at), Set.of());
  }
}
