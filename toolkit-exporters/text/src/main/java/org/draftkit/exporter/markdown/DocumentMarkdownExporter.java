package org.draftkit.exporter.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftkit.exporter.internal.Layout;
import org.draftkit.exporter.markdown.internal.MarkdownInline;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Document} as CommonMark with the extensions stakeholders use (strikethrough,
 * footnotes), in the convention of negotiation submissions:
 *
 * <ul>
 *   <li>a header: the metadata as YAML front matter ({@code title:}, {@code symbol:}, {@code date:}
 *       …);
 *   <li>headings as {@code #} (one level deeper for lettered sections and sub-headings);
 *   <li>numbered paragraphs as {@code 66. text} and {@code 83 bis. text}; sub-items such as {@code
 *       (a)} indented under their paragraph;
 *   <li>marks: struck or deleted text {@code ~~x~~}, inserted or bold text {@code **x**}, italic
 *       {@code *x*}, underline {@code <u>x</u>};
 *   <li>footnote references {@code [^1]} and their definitions at the end, then the comments.
 * </ul>
 *
 * <p>Plain text is escaped so that a CommonMark reader gives back the same text. Thread-safe and
 * deterministic.
 *
 * @since 0.1
 */
public final class DocumentMarkdownExporter implements Exporter<Document> {

  /** The format written: id {@code md}. */
  public static final FormatInfo FORMAT =
      new FormatInfo("md", "Markdown", List.of("md", "markdown"), "text/markdown");

  private static final int MAX_LEVEL = 6;

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
    return render(doc, Map.of());
  }

  /**
   * The document as Markdown, with {@code notes} (already Markdown) appended to the paragraphs at
   * those indexes, as a consolidation shows where a paragraph moved.
   */
  static String render(Document doc, Map<Integer, String> notes) {
    StringBuilder sb = new StringBuilder();
    Map<String, String> keys = footnoteKeys(doc.footnotes());
    sb.append(frontMatter(doc.metadata()));
    int[] depth = Layout.depths(doc);
    for (Paragraph p : doc.paragraphs()) {
      String block =
          p.isHeading()
              ? heading(p, depth[p.index()], keys)
              : paragraph(doc, p, depth[p.index()], keys);
      String note = notes.get(p.index());
      if (note != null) {
        block = (block == null ? "" : block + " ") + note;
      }
      if (block != null) {
        separate(sb);
        sb.append(block).append('\n');
      }
    }
    if (!doc.footnotes().isEmpty()) {
      separate(sb);
      for (Footnote f : doc.footnotes()) {
        String text = MarkdownInline.render(f.runs(), keys, false);
        sb.append("[^")
            .append(MarkdownInline.escapeKey(keys.get(f.label())))
            .append("]: ")
            .append(text.replace("\n", "\n    "))
            .append('\n');
      }
    }
    if (!doc.comments().isEmpty()) {
      separate(sb);
      sb.append("**Comments**\n\n");
      for (Comment c : doc.comments()) {
        String line = MarkdownInline.escape(Layout.commentLine(doc, c), false);
        sb.append("- ").append(line.replace("\n", "\n  ")).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * The metadata as a YAML front matter block (read by pandoc, Jekyll, GitHub and draftkit's
   * Markdown importer), or nothing when no metadata is known. Values are double-quoted.
   */
  private static String frontMatter(Metadata m) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", m.title());
    values.put("symbol", m.symbol());
    values.put("revision", m.revision());
    values.put("date", m.date() == null ? null : m.date().toString());
    values.put("language", m.language());
    values.put("author", m.author());
    values.put("distribution", m.distribution());
    values.put("session", m.session());
    values.put("agenda_item", m.agendaItem());
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getValue() != null && !e.getValue().isBlank()) {
        sb.append(e.getKey())
            .append(": ")
            .append(yamlString(Layout.oneLine(e.getValue())))
            .append('\n');
      }
    }
    return sb.length() == 0 ? "" : "---\n" + sb + "---\n";
  }

  /** A YAML scalar: double-quoted with escapes, or single-quoted when it holds a double quote. */
  private static String yamlString(String v) {
    if (v.indexOf('"') >= 0) {
      return "'" + v.replace("'", "''") + "'";
    }
    StringBuilder sb = new StringBuilder("\"");
    v.codePoints()
        .forEach(
            cp -> {
              if (cp == '\\') {
                sb.append("\\\\");
              } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.append('"').toString();
  }

  private static String heading(Paragraph p, int depth, Map<String, String> keys) {
    int level = 1 + depth;
    if (p.number() != null && p.number().scheme() == ParagraphNumber.Scheme.UPPER_LETTER) {
      level++;
    }
    StringBuilder sb = new StringBuilder("#".repeat(Math.min(level, MAX_LEVEL))).append(' ');
    String label = Layout.printedLabel(p);
    if (label != null) {
      sb.append(MarkdownInline.escape(label, true)).append(' ');
    }
    return sb.append(MarkdownInline.render(p.runs(), keys, true)).toString().stripTrailing();
  }

  /** A body paragraph, or null for one with neither label nor text. */
  private static String paragraph(Document doc, Paragraph p, int depth, Map<String, String> keys) {
    String text = MarkdownInline.render(p.runs(), keys, false);
    String label = Layout.printedLabel(p);
    if (label == null && text.isEmpty()) {
      return null;
    }
    String indent = " ".repeat(indent(doc, p, depth));
    StringBuilder sb = new StringBuilder(indent);
    if (label != null) {
      // a plain arabic label is meant to read as an ordered-list marker ("66."); other labels are
      // text
      sb.append(Layout.isListLabel(p) ? label : MarkdownInline.escape(label, false));
      sb.append(text.isEmpty() ? "" : " ");
    }
    return sb.append(text.replace("\n", "\n" + indent)).toString();
  }

  /**
   * Sub-items sit inside their top-level paragraph's list item when it has one ("66. " → 4 spaces),
   * a little further for deeper levels, never 4 or more spaces beyond that (which would make a code
   * block).
   */
  private static int indent(Document doc, Paragraph p, int depth) {
    if (depth == 0) {
      return 0;
    }
    Paragraph root = doc.paragraphs().get(Layout.root(doc, p.index()));
    int base = Layout.isListLabel(root) ? Layout.printedLabel(root).length() + 1 : 0;
    return base + Math.min(2 * depth - (base > 0 ? 2 : 0), 3);
  }

  /**
   * Footnote label → Markdown key: the label itself when it can be one (no brackets, backslash or
   * space), else "note-N".
   */
  private static Map<String, String> footnoteKeys(List<Footnote> notes) {
    Map<String, String> keys = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (int i = 0; i < notes.size(); i++) {
      String label = notes.get(i).label();
      if (keys.containsKey(label)) {
        continue;
      }
      String key =
          label.matches("[^\\]\\s\\\\\\[]{1,40}") && !used.contains(label)
              ? label
              : "note-" + (i + 1);
      used.add(key);
      keys.put(label, key);
    }
    return keys;
  }

  private static void separate(StringBuilder sb) {
    if (sb.length() > 0) {
      sb.append('\n');
    }
  }
}
