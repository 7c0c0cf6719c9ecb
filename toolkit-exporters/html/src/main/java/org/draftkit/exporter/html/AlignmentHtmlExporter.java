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
 * Writes an {@link Alignment} as one HTML page: how far each version agrees with the first, section
 * by section, then the mismatches (each linking to its row), then a table with one column per
 * language, side by side, each cell in its version's direction ({@code dir="rtl"} for Arabic), rows
 * with a mismatch highlighted and empty cells marked. Self-contained; thread-safe and
 * deterministic.
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
      table.agreement { border-collapse: collapse; margin: 1em 0; }
      table.agreement td, table.agreement th { border: 1px solid #ccc; padding: .3em .6em; text-align: left; vertical-align: top; }
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
    if (a.languages().size() > 1) {
      // where the reader looks first: how far each version agrees with the first, section by
      // section
      List<Alignment.Agreement> agreement = a.agreement();
      String first = a.languages().get(0);
      sb.append(
              "<table class=\"agreement\">\n<thead><tr><th>version</th><th>articles and annexes</th>")
          .append("<th>differing from ")
          .append(Html.esc(first))
          .append(" (paragraphs, sub-items or numbers)</th></tr></thead>\n<tbody>\n");
      for (Alignment.Agreement v : agreement.subList(1, agreement.size())) {
        sb.append("<tr><th>")
            .append(Html.esc(v.language()))
            .append("</th><td>")
            .append(v.sections().size())
            .append(" of ")
            .append(agreement.get(0).sections().size())
            .append("</td><td>")
            .append(
                v.differing().isEmpty()
                    ? "none"
                    : v.differing().size() + ": " + Html.esc(String.join(", ", v.differing())))
            .append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
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
