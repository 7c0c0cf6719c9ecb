package org.draftkit.exporter.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftkit.exporter.internal.Layout;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Document} as plain UTF-8 text, "what the page says": title and metadata line,
 * then every paragraph with its label printed ("66. ", "83 bis. ", sub-items indented), all visible
 * text kept (struck and deleted text too) and no marks; footnote references as {@code [1]};
 * footnotes and comments at the end. Lines end with {@code \n}.
 *
 * <p>Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class DocumentTextExporter implements Exporter<Document> {

  /** The format written: id {@code txt}. */
  public static final FormatInfo FORMAT =
      new FormatInfo("txt", "Plain text", List.of("txt", "text"), "text/plain");

  private static final String INDENT = "    ";

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
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(render(doc));
    w.flush();
  }

  private static String render(Document doc) {
    StringBuilder sb = new StringBuilder();
    String title = doc.metadata().title();
    if (title != null && !title.isBlank() && !Layout.titleIsFirstHeading(doc)) {
      sb.append(Layout.oneLine(title)).append('\n');
    }
    List<String> items = Layout.metadataItems(doc.metadata());
    if (!items.isEmpty()) {
      sb.append(Layout.oneLine(String.join(" · ", items))).append('\n');
    }
    int[] depth = Layout.depths(doc);
    for (Paragraph p : doc.paragraphs()) {
      separate(sb);
      String indent = INDENT.repeat(depth[p.index()]);
      String label = Layout.printedLabel(p);
      String text = text(p.runs());
      String body = label == null ? text : text.isEmpty() ? label : label + " " + text;
      sb.append(indent).append(body.replace("\n", "\n" + indent)).append('\n');
    }
    if (!doc.footnotes().isEmpty()) {
      separate(sb);
      sb.append("__________\n");
      for (Footnote f : doc.footnotes()) {
        sb.append('[')
            .append(f.label())
            .append("] ")
            .append(text(f.runs()).replace("\n", "\n    "))
            .append('\n');
      }
    }
    if (!doc.comments().isEmpty()) {
      separate(sb);
      sb.append("Comments\n");
      for (Comment c : doc.comments()) {
        sb.append(Layout.commentLine(doc, c).replace("\n", "\n    ")).append('\n');
      }
    }
    return sb.toString();
  }

  private static String text(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      if (r.has(Mark.FOOTNOTE_REFERENCE)) {
        sb.append('[').append(r.ref() != null ? r.ref() : r.text()).append(']');
      } else {
        sb.append(r.text());
      }
    }
    return sb.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  private static void separate(StringBuilder sb) {
    if (sb.length() > 0) {
      sb.append('\n');
    }
  }
}
