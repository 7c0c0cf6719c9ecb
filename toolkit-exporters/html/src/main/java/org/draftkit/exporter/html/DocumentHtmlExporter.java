package org.draftkit.exporter.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.amend.Moves;
import org.draftkit.exporter.html.internal.Html;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Paragraph;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Document} as one self-contained, printable HTML page: numbered paragraphs, marks
 * ({@code ins}/{@code del} with their authors, bold, italic), footnotes and comments. Thread-safe
 * and deterministic.
 *
 * @since 0.1
 */
public final class DocumentHtmlExporter implements Exporter<Document> {

  /** The format written: id {@code html}. */
  public static final FormatInfo FORMAT =
      new FormatInfo("html", "HTML", List.of("html", "htm"), "text/html");

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  @Override
  public Class<Document> resultType() {
    return Document.class;
  }

  @Override
  public void write(Document doc, OutputStream out, ExportContext context) throws IOException {
    String title =
        doc.metadata().title() != null ? doc.metadata().title() : doc.metadata().displayName();
    StringBuilder sb = Html.open(title, null);
    sb.append("<h1>").append(Html.esc(title)).append("</h1>\n");
    String meta = Html.metaLine(doc.metadata());
    if (!meta.isEmpty()) {
      sb.append("<div class=\"meta\">").append(Html.esc(meta)).append("</div>\n");
    }
    body(doc, sb);
    Html.close(sb, null, out);
  }

  /** The paragraphs, footnotes and comments of a document. */
  static void body(Document doc, StringBuilder sb) {
    body(doc, sb, Map.of());
  }

  /**
   * As {@link #body(Document, StringBuilder)}, with HTML {@code after} each paragraph (by index)
   * that has some.
   */
  static void body(Document doc, StringBuilder sb, Map<Integer, String> after) {
    Map<Integer, String> moved = new HashMap<>();
    for (Moves.Move m : Moves.of(doc)) {
      String by = m.author() == null ? "" : " by " + Html.esc(m.author());
      moved.put(
          m.from(),
          " <span class=\"tag t-moved\">moved to <a href=\"#p"
              + m.to()
              + "\">"
              + Html.esc(Moves.destination(doc, m))
              + "</a>"
              + by
              + "</span>");
      moved.put(
          m.to(),
          " <span class=\"tag t-moved\">moved here from <a href=\"#p"
              + m.from()
              + "\">"
              + Html.esc(Moves.origin(doc, m))
              + "</a>"
              + by
              + "</span>");
    }
    for (Paragraph p : doc.paragraphs()) {
      String tag = moved.get(p.index());
      sb.append("<p class=\"")
          .append(Html.paraClass(p))
          .append(tag == null ? "" : " moved")
          .append("\" id=\"p")
          .append(p.index())
          .append("\">")
          .append("<span class=\"num\">")
          .append(Html.esc(Html.label(p)))
          .append("</span>")
          .append("<span class=\"txt\">")
          .append(Html.runs(p.runs()))
          .append(tag == null ? "" : tag)
          .append("</span></p>\n");
      sb.append(after.getOrDefault(p.index(), ""));
    }
    if (!doc.footnotes().isEmpty()) {
      sb.append("<h2>Notes</h2>\n<ol class=\"notes\">\n");
      for (Footnote f : doc.footnotes()) {
        sb.append("<li id=\"fn-")
            .append(Html.esc(f.label()))
            .append("\" value=\"")
            .append(f.label().matches("\\d{1,6}") ? f.label() : "0")
            .append("\">")
            .append(Html.runs(f.runs()))
            .append("</li>\n");
      }
      sb.append("</ol>\n");
    }
    if (!doc.comments().isEmpty()) {
      sb.append("<h2>Comments</h2>\n<ul class=\"notes\">\n");
      for (Comment c : doc.comments()) {
        sb.append("<li>");
        if (c.paragraph() != null) {
          Paragraph p = doc.paragraphs().get(c.paragraph());
          sb.append("<a href=\"#p")
              .append(p.index())
              .append("\">")
              .append(Html.esc(p.number() == null ? "¶" + (p.index() + 1) : p.number().label()))
              .append("</a> ");
        }
        if (c.author() != null) {
          sb.append("<b>").append(Html.esc(c.author())).append("</b>: ");
        }
        sb.append(Html.esc(c.text()).replace("\n", "<br>")).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
  }
}
