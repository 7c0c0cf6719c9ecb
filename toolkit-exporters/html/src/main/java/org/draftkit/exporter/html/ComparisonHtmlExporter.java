package org.draftkit.exporter.html;

import java.io.IOException;
import java.io.OutputStream;
import org.draftkit.compare.Comparison;
import org.draftkit.exporter.html.internal.Html;
import org.draftkit.exporter.html.internal.Redline;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Comparison} as one self-contained HTML redline: the summary on top, an inline
 * view ({@code <ins>}/{@code <del>}, numbers old → new, moved paragraphs linked from their old
 * place) and a side-by-side view, switchable without script and both printed on paper, then the
 * footnotes with the redline of those whose text changed. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class ComparisonHtmlExporter implements Exporter<Comparison> {

  @Override
  public FormatInfo format() {
    return DocumentHtmlExporter.FORMAT;
  }

  @Override
  public Class<Comparison> resultType() {
    return Comparison.class;
  }

  @Override
  public void write(Comparison c, OutputStream out, ExportContext context) throws IOException {
    String title =
        "Redline: " + c.oldMetadata().displayName() + " → " + c.newMetadata().displayName();
    StringBuilder sb = Html.open(title, null);
    sb.append("<h1>")
        .append(Html.esc(title))
        .append("</h1>\n<div class=\"meta\">")
        .append(Html.esc(Html.metaLine(c.oldMetadata())))
        .append(" → ")
        .append(Html.esc(Html.metaLine(c.newMetadata())))
        .append("</div>\n")
        .append(Redline.summary(c.summary()));
    sb.append("<div class=\"views\">\n<input type=\"radio\" name=\"v\" id=\"v-inline\" checked>")
        .append(
            "<input type=\"radio\" name=\"v\" id=\"v-sbs\">\n<div class=\"bar noprint\"><label for=\"v-inline\">Inline</label>")
        .append("<label for=\"v-sbs\">Side by side</label></div>\n<div class=\"view inline\">\n")
        .append(Redline.inline(c, ""))
        .append("</div>\n<div class=\"view sbs\">\n")
        .append(Redline.sideBySide(c))
        .append("</div>\n</div>\n")
        .append(Redline.notes(c));
    Html.close(sb, null, out);
  }
}
