package org.draftkit.exporter.html;

import java.io.IOException;
import java.io.OutputStream;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.exporter.html.internal.Html;
import org.draftkit.exporter.html.internal.Redline;
import org.draftkit.model.Document;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link RevisionHistory} as one HTML page: the lineage table (each paragraph's number
 * in every revision, where it first appears, its last change), then each consecutive redline.
 * Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class RevisionHistoryHtmlExporter implements Exporter<RevisionHistory> {

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
    StringBuilder names = new StringBuilder();
    for (Document d : h.revisions()) {
      names.append(names.length() > 0 ? " → " : "").append(d.metadata().displayName());
    }
    StringBuilder sb = Html.open("Revisions: " + names, null);
    sb.append("<h1>Revisions: ").append(Html.esc(names.toString())).append("</h1>\n<h2>Lineage</h2>\n<table><thead><tr>");
    for (Document d : h.revisions()) {
      sb.append("<th>").append(Html.esc(d.metadata().displayName())).append("</th>");
    }
    sb.append("<th>First</th><th>Last change</th></tr></thead><tbody>\n");
    for (RevisionHistory.LineageRow row : h.lineage()) {
      sb.append("<tr>");
      for (int k = 0; k < row.numbers().size(); k++) {
        String n = row.indexes().get(k) == null ? "—"
            : row.numbers().get(k) != null ? row.numbers().get(k) : "¶" + (row.indexes().get(k) + 1);
        String step = k == 0 ? null : row.steps().get(k - 1) == null ? null : row.steps().get(k - 1).id();
        sb.append("<td>").append(Html.esc(n));
        if (step != null && !step.equals("unchanged")) {
          sb.append("<span class=\"tag t-").append(step).append("\">").append(step).append("</span>");
        }
        sb.append("</td>");
      }
      sb.append("<td>").append(Html.esc(h.revisions().get(row.first()).metadata().displayName())).append("</td><td>")
          .append(Html.esc(h.revisions().get(row.lastChange()).metadata().displayName())).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
    int k = 0;
    for (Comparison c : h.comparisons()) {
      sb.append("<h2>").append(Html.esc(c.oldMetadata().displayName())).append(" → ")
          .append(Html.esc(c.newMetadata().displayName())).append("</h2>\n").append(Redline.summary(c.summary()))
          .append(Redline.inline(c, "c" + (k++) + "-"));
    }
    Html.close(sb, null, out);
  }
}
