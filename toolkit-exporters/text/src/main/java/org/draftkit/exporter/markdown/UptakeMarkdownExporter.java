package org.draftkit.exporter.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.draftkit.compare.Segment;
import org.draftkit.exporter.markdown.internal.MarkdownInline;
import org.draftkit.model.Diagnostic;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.uptake.Uptake;

/**
 * Writes an {@link Uptake} as Markdown: the summary per stakeholder, a table per stakeholder
 * (paragraph, proposal, fate and paragraph in each later revision, changes taken and left), the
 * later words redlined against each proposal (~~struck~~: the proposal has them, the later text
 * not; **bold**: the reverse), and the rows by paragraph. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class UptakeMarkdownExporter implements Exporter<Uptake> {

  @Override
  public FormatInfo format() {
    return DocumentMarkdownExporter.FORMAT;
  }

  @Override
  public Class<Uptake> resultType() {
    return Uptake.class;
  }

  @Override
  public void write(Uptake u, OutputStream out, ExportContext context) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# Uptake of proposals in ")
        .append(esc(String.join(", ", u.revisionNames())))
        .append("\n\n");
    sb.append("*Proposals written on ")
        .append(esc(u.baseName()))
        .append("; a row's fate is its fate in ")
        .append(esc(u.lastRevision()))
        .append(".*\n\n");
    for (Uptake.Summary s : u.summaries()) {
      sb.append("- ").append(esc(s.text())).append('\n');
    }
    for (var s : u.stakeholders()) {
      List<Uptake.Row> rows = u.rows(s);
      if (rows.isEmpty()) {
        continue;
      }
      sb.append("\n## ").append(esc(s.name())).append("\n\n");
      table(sb, u, rows, false);
    }
    sb.append("\n## Evidence\n");
    for (Uptake.Row r : u.rows()) {
      Uptake.Later l = r.later().get(r.later().size() - 1);
      if (l.redline().isEmpty()) {
        continue;
      }
      sb.append("\n**")
          .append(esc(r.stakeholder().name()))
          .append(", paragraph ")
          .append(esc(r.paragraph()))
          .append(" (")
          .append(r.proposal().id())
          .append(") → ")
          .append(esc(l.revision()))
          .append(", paragraph ")
          .append(esc(l.paragraph() == null ? "—" : l.paragraph()))
          .append(": ")
          .append(l.fate().phrase())
          .append("**\n\n");
      StringBuilder line = new StringBuilder();
      for (Segment seg : l.redline()) {
        String t = seg.text().replaceAll("\\s+", " ");
        switch (seg.op()) {
          case EQUAL -> line.append(esc(t));
          case DELETE -> line.append(wrap(t, "~~"));
          case INSERT -> line.append(wrap(t, "**"));
        }
      }
      sb.append(line.toString().strip()).append('\n');
    }
    sb.append("\n## By paragraph\n");
    for (Map.Entry<String, List<Uptake.Row>> e : u.byParagraph().entrySet()) {
      sb.append("\n### Paragraph ").append(esc(e.getKey())).append("\n\n");
      table(sb, u, e.getValue(), true);
    }
    if (!u.diagnostics().isEmpty()) {
      sb.append("\n## Notes\n\n");
      for (Diagnostic d : u.diagnostics()) {
        sb.append("- ").append(esc(d.message())).append('\n');
      }
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void table(
      StringBuilder sb, Uptake u, List<Uptake.Row> rows, boolean byParagraph) {
    sb.append(byParagraph ? "| Stakeholder" : "| Paragraph").append(" | Proposal |");
    for (String r : u.revisionNames()) {
      sb.append(' ').append(cell(r)).append(" |");
    }
    sb.append(" Taken | Left |\n|---|---|");
    sb.append("---|".repeat(u.revisionNames().size())).append("---|---|\n");
    for (Uptake.Row r : rows) {
      sb.append("| ")
          .append(cell(byParagraph ? r.stakeholder().name() : r.paragraph()))
          .append(" | ")
          .append(r.proposal().id());
      if (r.detail() != null) {
        sb.append(" (").append(cell(r.detail())).append(')');
      }
      sb.append(" |");
      for (Uptake.Later l : r.later()) {
        sb.append(' ')
            .append(l.fate().phrase())
            .append(", ")
            .append(l.paragraph() == null ? "—" : cell(l.paragraph()));
        if ("number".equals(l.basis())) {
          sb.append(" (by number)");
        }
        sb.append(" |");
      }
      Uptake.Later last = r.later().get(r.later().size() - 1);
      sb.append(' ')
          .append(
              cell(String.join("; ", last.taken().stream().map(Uptake.Change::describe).toList())))
          .append(" | ")
          .append(
              cell(String.join("; ", last.left().stream().map(Uptake.Change::describe).toList())))
          .append(" |\n");
    }
  }

  private static String wrap(String t, String mark) {
    String lead = t.substring(0, t.length() - t.stripLeading().length());
    String trail = t.substring(t.stripTrailing().length());
    return t.isBlank() ? t : lead + mark + esc(t.strip()) + mark + trail;
  }

  private static String cell(String s) {
    return esc(s).replace("|", "\\|").replaceAll("\\s+", " ");
  }

  private static String esc(String s) {
    return MarkdownInline.escape(s, false);
  }
}
