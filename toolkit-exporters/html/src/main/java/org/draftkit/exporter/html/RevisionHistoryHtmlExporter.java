package org.draftkit.exporter.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.LineageText;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.exporter.html.internal.Html;
import org.draftkit.exporter.html.internal.Redline;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link RevisionHistory} as one HTML page: a contents list, the lineage table (each
 * paragraph named as readers name it, with its opening words, its label in every revision and what
 * happened to it where), the brackets and options still open in each revision, each consecutive
 * redline, and the cumulative redline of the first revision against the last. Revision names come
 * from the documents' metadata. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class RevisionHistoryHtmlExporter implements Exporter<RevisionHistory> {

  private static final String CSS =
      """
      body{max-width:84rem}
      nav.toc{font:14px/1.6 system-ui,sans-serif}nav.toc a{margin-right:1rem}
      td.open{font:13px/1.4 Georgia,serif;max-width:22rem}
      td.ev{color:#5f6368}
      """;

  @Override
  public FormatInfo format() {
    return DocumentHtmlExporter.FORMAT;
  }

  @Override
  public Class<RevisionHistory> resultType() {
    return RevisionHistory.class;
  }

  @Override
  public void write(RevisionHistory h, OutputStream out, ExportContext context) throws IOException {
    LineageText text = new LineageText(h);
    List<String> names = text.names();
    String title = "Revisions: " + String.join(" → ", names);
    StringBuilder sb = Html.open(title, CSS);
    sb.append("<h1>")
        .append(Html.esc(title))
        .append("</h1>\n<nav class=\"toc noprint\"><a href=\"#lineage\">Lineage</a>")
        .append("<a href=\"#brackets\">Brackets and options</a>");
    for (int k = 0; k < h.comparisons().size(); k++) {
      sb.append("<a href=\"#c")
          .append(k)
          .append("\">")
          .append(Html.esc(names.get(k) + " → " + names.get(k + 1)))
          .append("</a>");
    }
    sb.append("<a href=\"#cumulative\">Cumulative: ")
        .append(Html.esc(names.get(0) + " → " + names.get(names.size() - 1)))
        .append("</a></nav>\n");
    sb.append(
        "<h2 id=\"lineage\">Lineage</h2>\n<p class=\"meta\">Each paragraph as it was last numbered, with its "
            + "opening words; its label in every revision (— where it does not exist) and what happened to it there.</p>\n");
    sb.append("<table><thead><tr><th>Paragraph</th>");
    for (String n : names) {
      sb.append("<th>").append(Html.esc(n)).append("</th>");
    }
    sb.append("<th>History</th></tr></thead><tbody>\n");
    for (RevisionHistory.LineageRow row : h.lineage()) {
      sb.append("<tr><td class=\"open\">").append(Html.esc(text.describe(row))).append("</td>");
      for (int k = 0; k < names.size(); k++) {
        sb.append("<td>").append(Html.esc(text.cell(row, k))).append("</td>");
      }
      sb.append("<td class=\"ev\">").append(Html.esc(text.history(row))).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
    sb.append(
        "<h2 id=\"brackets\">Brackets and options</h2>\n<p class=\"meta\">Paragraphs with bracketed text or "
            + "options in some revision: what is still open in each, and whether it was opened, narrowed, resolved or "
            + "dropped.</p>\n");
    boolean any = false;
    StringBuilder table = new StringBuilder("<table><thead><tr><th>Paragraph</th>");
    for (String n : names) {
      table.append("<th>").append(Html.esc(n)).append("</th>");
    }
    table.append("</tr></thead><tbody>\n");
    for (RevisionHistory.LineageRow row : h.lineage()) {
      if (!text.negotiated(row)) {
        continue;
      }
      any = true;
      table.append("<tr><td class=\"open\">").append(Html.esc(text.describe(row))).append("</td>");
      for (int k = 0; k < names.size(); k++) {
        table.append("<td>").append(Html.esc(text.bracketCell(row, k))).append("</td>");
      }
      table.append("</tr>\n");
    }
    sb.append(
        any
            ? table.append("</tbody></table>\n")
            : new StringBuilder("<p>No brackets or options in any revision.</p>\n"));
    int k = 0;
    for (Comparison c : h.comparisons()) {
      sb.append("<h2 id=\"c")
          .append(k)
          .append("\">")
          .append(Html.esc(names.get(k) + " → " + names.get(k + 1)))
          .append("</h2>\n")
          .append(Redline.summary(c.summary()))
          .append(Redline.inline(c, "c" + k + "-"));
      k++;
    }
    Comparison all = h.cumulative();
    sb.append("<h2 id=\"cumulative\">Cumulative: ")
        .append(Html.esc(names.get(0) + " → " + names.get(names.size() - 1)))
        .append("</h2>\n")
        .append(Redline.summary(all.summary()))
        .append(Redline.inline(all, "cu-"));
    Html.close(sb, null, out);
  }
}
