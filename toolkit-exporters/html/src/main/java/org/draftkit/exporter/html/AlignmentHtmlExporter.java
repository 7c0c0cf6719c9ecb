package org.draftkit.exporter.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.draftkit.align.Alignment;
import org.draftkit.exporter.html.internal.Html;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes an {@link Alignment} as one HTML page: the mismatches listed first (each linking to its
 * row), then a table with one column per language, side by side, each cell in its version's
 * direction ({@code dir="rtl"} for Arabic), rows with a mismatch highlighted and empty cells
 * marked. Self-contained; thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class AlignmentHtmlExporter implements Exporter<Alignment> {

  private static final String CSS =
      """
      table.align { border-collapse: collapse; width: 100%; table-layout: fixed; }
      table.align td, table.align th { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; font-size: .9em; }
      table.align th.key { width: 8em; font-weight: normal; color: #555; text-align: left; }
      table.align tr.heading td { font-weight: bold; background: #f3f3f3; }
      table.align tr.mismatch th.key { background: #fde2e1; }
      table.align td.absent { background: repeating-linear-gradient(45deg, #fff, #fff 6px, #f6d5d5 6px, #f6d5d5 12px); }
      table.align .lbl { color: #555; margin-inline-end: .4em; }
      ul.mismatches li { margin: .2em 0; }
      """;

  @Override
  public FormatInfo format() {
    return DocumentHtmlExporter.FORMAT;
  }

  @Override
  public Class<Alignment> resultType() {
    return Alignment.class;
  }

  @Override
  public void write(Alignment a, OutputStream out, ExportContext context) throws IOException {
    StringBuilder sb = Html.open("Alignment: " + String.join(", ", a.languages()), CSS);
    sb.append("<h1>Alignment of ").append(a.languages().size()).append(" versions</h1>\n");
    sb.append("<p>")
        .append(a.rows().size())
        .append(" places, ")
        .append(a.mismatches().size())
        .append(a.mismatches().size() == 1 ? " mismatch" : " mismatches")
        .append(".</p>\n");
    if (!a.mismatches().isEmpty()) {
      sb.append("<ul class=\"mismatches\">\n");
      for (Alignment.Mismatch m : a.mismatches()) {
        sb.append("<li><a href=\"#")
            .append(anchor(a, m.key()))
            .append("\">")
            .append(Html.esc(m.kind().id()))
            .append("</a>: ")
            .append(Html.esc(m.message()))
            .append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("<table class=\"align\">\n<thead><tr><th class=\"key\">place</th>");
    for (int i = 0; i < a.languages().size(); i++) {
      sb.append("<th dir=\"")
          .append(a.directions().get(i))
          .append("\">")
          .append(Html.esc(a.languages().get(i)))
          .append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < a.rows().size(); r++) {
      Alignment.Row row = a.rows().get(r);
      boolean mismatch = a.mismatches().stream().anyMatch(m -> m.key().equals(row.key()));
      sb.append("<tr id=\"r").append(r).append("\"");
      String cls =
          (row.heading() ? "heading" : "")
              + (mismatch ? (row.heading() ? " " : "") + "mismatch" : "");
      if (!cls.isEmpty()) {
        sb.append(" class=\"").append(cls).append("\"");
      }
      sb.append("><th class=\"key\">").append(Html.esc(row.key())).append("</th>");
      List<Alignment.Cell> cells = row.cells();
      for (int i = 0; i < cells.size(); i++) {
        Alignment.Cell c = cells.get(i);
        if (c == null) {
          sb.append("<td class=\"absent\" title=\"not in this version\"></td>");
          continue;
        }
        sb.append("<td dir=\"").append(a.directions().get(i)).append("\">");
        if (c.label() != null) {
          sb.append("<span class=\"lbl\">").append(Html.esc(c.label())).append("</span>");
        }
        sb.append(Html.esc(c.text())).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    Html.close(sb, null, out);
  }

  private static String anchor(Alignment a, String key) {
    for (int r = 0; r < a.rows().size(); r++) {
      if (a.rows().get(r).key().equals(key)) {
        return "r" + r;
      }
    }
    return "";
  }
}
