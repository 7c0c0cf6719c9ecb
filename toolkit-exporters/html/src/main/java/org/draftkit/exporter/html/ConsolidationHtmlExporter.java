package org.draftkit.exporter.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.amend.Consolidation;
import org.draftkit.exporter.html.internal.Html;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Consolidation} as one self-contained HTML page: the attributed redline (each
 * insertion and deletion with its proponent) and a clean reading view, then the changes applied,
 * the conflicts and what could not be applied. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class ConsolidationHtmlExporter implements Exporter<Consolidation> {

  @Override
  public FormatInfo format() {
    return DocumentHtmlExporter.FORMAT;
  }

  @Override
  public Class<Consolidation> resultType() {
    return Consolidation.class;
  }

  /** Proponent colours, told apart also by people with the commonest colour-vision deficiencies. */
  private static final String[] PALETTE = {
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"
  };

  private static final String MARKER_CSS =
      """
      .legend{font:13px/1.6 system-ui,sans-serif;margin:.4rem 0 1rem}.legend .who{margin-right:.6rem;white-space:nowrap}
      .sw{display:inline-block;width:.9rem;height:.9rem;vertical-align:-2px;margin-right:.25rem;border-radius:2px}
      .marker{font:13px/1.45 system-ui,sans-serif;margin:.1rem 0 .6rem 6.1rem;padding:.3rem .5rem;border-left:4px solid}
      .mk{font:12px system-ui,sans-serif;padding:1px 4px;border-left:4px solid}
      .mk-conflict{border-color:#b00020;background:#fdecee}.mk-stale{border-color:#b26a00;background:#fff4e0}
      .mk-adopted{border-color:#2e7d32;background:#e8f5e9}
      """;

  /** The proponents in order of first appearance in the result. */
  private static List<String> proponents(Consolidation c) {
    java.util.LinkedHashSet<String> who = new java.util.LinkedHashSet<>();
    c.applied().forEach(a -> who.add(a.proponent()));
    c.adopted().forEach(a -> who.add(a.proponent()));
    c.conflicts().forEach(x -> who.addAll(x.proponents()));
    c.unmatched().forEach(u -> who.add(u.proponent()));
    return List.copyOf(who);
  }

  @Override
  public void write(Consolidation c, OutputStream out, ExportContext context) throws IOException {
    var meta = c.document().metadata();
    String title = c.title();
    List<String> proponents = proponents(c);
    StringBuilder css = new StringBuilder(MARKER_CSS);
    for (int i = 0; i < proponents.size(); i++) {
      String colour = PALETTE[i % PALETTE.length];
      String who = Html.esc(proponents.get(i));
      css.append("ins[title=\"")
          .append(who)
          .append("\"],del[title=\"")
          .append(who)
          .append("\"]{border-bottom:3px solid ")
          .append(colour)
          .append("}\n.sw-")
          .append(i)
          .append("{background:")
          .append(colour)
          .append("}\n");
    }
    StringBuilder sb = Html.open(title, css.toString());
    sb.append("<h1>")
        .append(Html.esc(title))
        .append("</h1>\n<div class=\"meta\">")
        .append(Html.esc(Html.metaLine(meta)))
        .append("</div>\n<div class=\"summary\">");
    Map<String, Integer> byProponent = new LinkedHashMap<>();
    c.applied().forEach(a -> byProponent.merge(a.proponent(), 1, Integer::sum));
    sb.append("<b>").append(c.applied().size()).append("</b> changes applied");
    if (!byProponent.isEmpty()) {
      sb.append(" (");
      byProponent.forEach((k, v) -> sb.append(Html.esc(k)).append(": ").append(v).append("; "));
      sb.setLength(sb.length() - 2);
      sb.append(')');
    }
    sb.append(" &nbsp; <b>")
        .append(c.adopted().size())
        .append("</b> already in the text &nbsp; <b>")
        .append(c.conflicts().size())
        .append("</b> conflicts &nbsp; <b>")
        .append(c.unmatched().size())
        .append("</b> not applied as written</div>\n");
    sb.append("<div class=\"legend\">Proponents: ");
    for (int i = 0; i < proponents.size(); i++) {
      sb.append("<span class=\"who\"><span class=\"sw sw-")
          .append(i)
          .append("\"></span>")
          .append(Html.esc(proponents.get(i)))
          .append("</span> ");
    }
    sb.append(
            " &nbsp; Markers: <span class=\"mk mk-conflict\">⚠ conflict</span> <span class=\"mk mk-stale\">◷ stale quote</span>")
        .append(" <span class=\"mk mk-adopted\">✓ already in the text</span></div>\n");
    Map<Integer, String> markers = new HashMap<>();
    for (Consolidation.Marker m : c.markers()) {
      String cls =
          switch (m.kind()) {
            case CONFLICT -> "mk-conflict";
            case STALE_QUOTE -> "mk-stale";
            case ADOPTED -> "mk-adopted";
          };
      String sign =
          switch (m.kind()) {
            case CONFLICT -> "⚠ ";
            case STALE_QUOTE -> "◷ ";
            case ADOPTED -> "✓ ";
          };
      markers.merge(
          m.index(),
          "<div class=\"marker " + cls + "\">" + sign + Html.esc(m.text()) + "</div>\n",
          String::concat);
    }
    sb.append("<div class=\"views\">\n<input type=\"radio\" name=\"v\" id=\"v-inline\" checked>")
        .append(
            "<input type=\"radio\" name=\"v\" id=\"v-clean\">\n<div class=\"bar noprint\"><label for=\"v-inline\">")
        .append(
            "Redline by proponent</label><label for=\"v-clean\">Clean text</label></div>\n<div class=\"view inline\">\n");
    DocumentHtmlExporter.body(c.document(), sb, markers);
    sb.append("</div>\n<div class=\"view clean\">\n");
    DocumentHtmlExporter.body(c.accepted(), sb);
    sb.append(
            "</div>\n</div>\n<h2>Changes applied</h2>\n<table><thead><tr><th>Paragraph</th><th>Proponent</th>")
        .append("<th>Change</th><th>Note</th></tr></thead><tbody>\n");
    for (Consolidation.Applied a : c.applied()) {
      sb.append("<tr><td>")
          .append(Html.esc(a.paragraph()))
          .append("</td><td>")
          .append(Html.esc(a.proponent()))
          .append(a.option() == null ? "" : " (" + Html.esc(a.option()) + ")")
          .append("</td><td>")
          .append(Html.esc(a.op().label()))
          .append(a.deleted().isEmpty() && a.inserted().isEmpty() ? "" : ": ");
      if (!a.deleted().isEmpty()) {
        sb.append("<del>").append(Html.esc(a.deleted())).append("</del> ");
      }
      if (!a.inserted().isEmpty()) {
        sb.append("<ins>").append(Html.esc(a.inserted())).append("</ins>");
      }
      sb.append("</td><td>").append(Html.esc(a.note())).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
    if (!c.conflicts().isEmpty()) {
      sb.append("<h2>Conflicts</h2>\n<ul class=\"notes\">\n");
      for (Consolidation.Conflict x : c.conflicts()) {
        sb.append("<li><b>").append(Html.esc(x.paragraph())).append("</b>: ");
        for (int i = 0; i < x.proponents().size(); i++) {
          sb.append(i == 0 ? "" : " / ")
              .append(Html.esc(x.proponents().get(i)))
              .append(" ")
              .append(Html.esc(x.texts().get(i)));
        }
        sb.append(" — ").append(Html.esc(x.resolution())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    if (!c.unmatched().isEmpty()) {
      sb.append("<h2>Not applied as written</h2>\n<ul class=\"notes\">\n");
      for (Consolidation.Unmatched u : c.unmatched()) {
        sb.append("<li><b>")
            .append(Html.esc(u.paragraph() == null ? "?" : u.paragraph()))
            .append("</b> — ")
            .append(Html.esc(u.proponent()))
            .append(": ")
            .append(Html.esc(u.reason()));
        if (!u.differences().isEmpty()) {
          sb.append("<ul>");
          u.differences().forEach(d -> sb.append("<li>").append(Html.esc(d)).append("</li>"));
          sb.append("</ul>");
        }
        sb.append("<details><summary>quote</summary>")
            .append(Html.esc(u.quote()))
            .append("</details></li>\n");
      }
      sb.append("</ul>\n");
    }
    if (!c.diagnostics().isEmpty()) {
      sb.append("<h2>Notes</h2>\n<ul class=\"notes\">\n");
      c.diagnostics()
          .forEach(d -> sb.append("<li>").append(Html.esc(d.message())).append("</li>\n"));
      sb.append("</ul>\n");
    }
    Html.close(sb, null, out);
  }
}
