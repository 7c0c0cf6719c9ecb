package org.draftkit.exporter.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.draftkit.compare.Segment;
import org.draftkit.exporter.html.internal.Html;
import org.draftkit.model.Diagnostic;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.uptake.Uptake;

/**
 * Writes an {@link Uptake} as one self-contained page a delegate can read and print: the summary
 * per stakeholder, then per stakeholder a table of its proposals (paragraph, what was asked, the
 * fate in each later revision with the paragraph's number there, the words taken and left, and the
 * later words redlined against the proposal), then the same rows by paragraph, all stakeholders
 * together. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class UptakeHtmlExporter implements Exporter<Uptake> {

  private static final String CSS =
      """
      .f{font:12px/1 system-ui,sans-serif;border-radius:3px;padding:3px 6px;white-space:nowrap;font-weight:600}
      .f-adopted,.f-kept{background:#dff3e4;color:#0b6e4f}.f-partly{background:#fff1c2;color:#7a5b00}
      .f-not-adopted{background:#f9d5d7;color:#a4161a}.f-superseded,.f-changed{background:#eadcf8;color:#4b2a7a}
      .f-deleted,.f-moved{background:#e4edf8;color:#1d4e89}
      td.words{font:14px/1.45 Georgia,serif;max-width:26rem}
      .took{color:#0b6e4f}.left{color:#a4161a}.basis{color:#5f6368;font-size:12px}
      ul.ch{margin:.2rem 0;padding-left:1.1rem}
      .prop{font:13px/1.4 Georgia,serif;color:#333}
      body{max-width:84rem}
      @media print{tr{break-inside:avoid}}
      """;

  @Override
  public FormatInfo format() {
    return DocumentHtmlExporter.FORMAT;
  }

  @Override
  public Class<Uptake> resultType() {
    return Uptake.class;
  }

  @Override
  public void write(Uptake u, OutputStream out, ExportContext context) throws IOException {
    String title = "Uptake of proposals in " + String.join(", ", u.revisionNames());
    StringBuilder sb = Html.open(title, CSS);
    sb.append("<h1>")
        .append(Html.esc(title))
        .append("</h1>\n<p class=\"meta\">Proposals written on ")
        .append(Html.esc(u.baseName()))
        .append("; fates in ")
        .append(Html.esc(String.join(" → ", u.revisionNames())))
        .append(" (the row's fate is its fate in ")
        .append(Html.esc(u.lastRevision()))
        .append(
            "). Later words are redlined against the proposal: <del>struck</del> the proposal has and the later text has not, <ins>underlined</ins> the reverse.</p>\n");
    sb.append("<div class=\"summary\">");
    for (Uptake.Summary s : u.summaries()) {
      sb.append("<div>").append(Html.esc(s.text())).append("</div>");
    }
    sb.append("</div>\n");
    for (var s : u.stakeholders()) {
      List<Uptake.Row> rows = u.rows(s);
      if (rows.isEmpty()) {
        continue;
      }
      sb.append("<h2>").append(Html.esc(s.name())).append("</h2>\n");
      table(sb, u, rows, false);
    }
    sb.append("<h2>By paragraph</h2>\n");
    for (Map.Entry<String, List<Uptake.Row>> e : u.byParagraph().entrySet()) {
      sb.append("<h3>Paragraph ").append(Html.esc(e.getKey())).append("</h3>\n");
      table(sb, u, e.getValue(), true);
    }
    if (!u.diagnostics().isEmpty()) {
      sb.append("<h2>Notes</h2>\n<ul class=\"notes\">");
      for (Diagnostic d : u.diagnostics()) {
        sb.append("<li>").append(Html.esc(d.message())).append("</li>");
      }
      sb.append("</ul>\n");
    }
    Html.close(sb, null, out);
  }

  private static void table(
      StringBuilder sb, Uptake u, List<Uptake.Row> rows, boolean byParagraph) {
    sb.append("<table><thead><tr><th>")
        .append(byParagraph ? "Stakeholder" : "Paragraph")
        .append("</th><th>Proposal</th>");
    for (String r : u.revisionNames()) {
      sb.append("<th>").append(Html.esc(r)).append("</th>");
    }
    sb.append("</tr></thead><tbody>\n");
    for (Uptake.Row r : rows) {
      sb.append("<tr><td>")
          .append(Html.esc(byParagraph ? r.stakeholder().name() : r.paragraph()))
          .append("</td><td class=\"prop\"><b>")
          .append(Html.esc(r.proposal().id()))
          .append("</b>");
      if (r.detail() != null) {
        sb.append(" (").append(Html.esc(r.detail())).append(")");
      }
      if (r.proposed() != null) {
        sb.append("<br>").append(marked(r.proposed()));
      }
      sb.append("</td>");
      for (Uptake.Later l : r.later()) {
        sb.append("<td class=\"words\"><span class=\"f f-")
            .append(l.fate().id())
            .append("\">")
            .append(Html.esc(l.fate().phrase()))
            .append("</span> ")
            .append(l.paragraph() == null ? "—" : "paragraph " + Html.esc(l.paragraph()));
        if ("number".equals(l.basis())) {
          sb.append(" <span class=\"basis\">(by number; words not checked)</span>");
        }
        if (!l.changes().isEmpty()) {
          sb.append("<ul class=\"ch\">");
          for (Uptake.Change c : l.changes()) {
            sb.append("<li class=\"")
                .append(c.taken() ? "took" : "left")
                .append("\">")
                .append(c.taken() ? "✓ " : "✗ ")
                .append(Html.esc(c.describe()))
                .append("</li>");
          }
          sb.append("</ul>");
        }
        if (!l.redline().isEmpty()) {
          sb.append("<div>");
          for (Segment s : l.redline()) {
            String t = Html.esc(s.text());
            sb.append(
                switch (s.op()) {
                  case EQUAL -> t;
                  case DELETE -> "<del>" + t + "</del>";
                  case INSERT -> "<ins>" + t + "</ins>";
                });
          }
          sb.append("</div>");
        } else if (l.evidence() != null) {
          sb.append("<div>").append(Html.esc(l.evidence())).append("</div>");
        }
        sb.append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody></table>\n");
  }

  /** The submission's ~~deleted~~ and **inserted** marks as del/ins. */
  private static String marked(String text) {
    String e = Html.esc(text);
    return e.replaceAll("~~(.+?)~~", "<del>$1</del>")
        .replaceAll("\\*\\*(.+?)\\*\\*", "<ins>$1</ins>");
  }
}
