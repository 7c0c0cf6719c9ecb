package org.draftkit.exporter.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * One Word document being written: body paragraphs and tables, footnotes, comments, and the
 * numbering of tracked changes, saved as a WordprocessingML package (main document, styles,
 * settings, footnotes and comments parts).
 *
 * <p>Written with the JDK alone (no JAXB start-up to pay). Every id is sequential (tracked changes
 * and move ranges from 1, comments from 0, footnotes from 1), no {@code w:rsid} and no document
 * properties with dates or versions are written, and the zip entries come in a fixed order with
 * fixed times, so the same calls give the same bytes. Not thread-safe: one instance per export.
 */
public final class WordDocument {

  static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String STYLE_FOOTNOTE_TEXT = "FootnoteText";
  static final String STYLE_FOOTNOTE_REFERENCE = "FootnoteReference";
  static final String STYLE_COMMENT_TEXT = "CommentText";
  static final String STYLE_COMMENT_REFERENCE = "CommentReference";

  /** A4 in twips, and the page margins. */
  private static final int A4_SHORT = 11907;

  private static final int A4_LONG = 16839;
  private static final int MARGIN = 1440;

  private static final String STYLES = resource("styles.xml");
  private static final String SETTINGS = resource("settings.xml");
  private static final String RELS_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String REL_TYPE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String WML_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.";

  private final boolean landscape;
  private final XmlElement body = new XmlElement("w:body");
  private final XmlElement footnotes = new XmlElement("w:footnotes").attr("xmlns:w", W_NS);
  private final XmlElement comments = new XmlElement("w:comments").attr("xmlns:w", W_NS);
  private int footnoteCount;
  private int commentCount;
  private int nextMarkupId = 1;
  private int nextMoveName = 1;

  /** A new, empty document in portrait or landscape A4. */
  public WordDocument(boolean landscape) {
    this.landscape = landscape;
  }

  /** Appends a body paragraph in the given style ({@code null}: Normal). */
  public WordParagraph paragraph(String style) {
    return new WordParagraph(this, body.add("w:p")).style(style);
  }

  /** Appends an empty paragraph that starts a new page. */
  public void pageBreak() {
    body.add("w:p").add("w:r").add("w:br").attr("w:type", "page");
  }

  /** Appends a table whose columns have these widths (twentieths of a point). */
  public WordTable table(int... columnWidths) {
    return new WordTable(this, body.add("w:tbl"), columnWidths);
  }

  /**
   * Adds a footnote and returns its id for {@link WordParagraph#footnoteReference}.
   *
   * @param customMark the mark to print instead of Word's automatic number, or null
   * @param runs the note's text, formatted by its marks
   */
  public int footnote(String customMark, List<Run> runs) {
    return footnote(
        customMark,
        wp -> {
          for (Run r : runs) {
            wp.text(r.text(), r.marks());
          }
        });
  }

  /**
   * Adds a footnote whose text {@code body} writes (after the note's own mark) and returns its id.
   *
   * @param customMark the mark to print instead of Word's automatic number, or null
   */
  public int footnote(String customMark, Consumer<WordParagraph> text) {
    if (footnoteCount == 0) {
      separator(-1, "separator");
      separator(0, "continuationSeparator");
    }
    int id = ++footnoteCount;
    XmlElement note = footnotes.add("w:footnote").attr("w:id", id);
    WordParagraph wp = new WordParagraph(this, note.add("w:p")).style(STYLE_FOOTNOTE_TEXT);
    XmlElement mark = wp.styledRun(STYLE_FOOTNOTE_REFERENCE);
    if (customMark == null) {
      mark.add("w:footnoteRef");
    } else {
      mark.add(WordParagraph.textElement("w:t", customMark));
    }
    wp.text(" ", Set.of());
    text.accept(wp);
    return id;
  }

  /**
   * Adds a comment and returns its id for {@link WordParagraph#commentStart}/{@link
   * WordParagraph#commentEnd}.
   */
  public int comment(String author, String isoDate, String text) {
    int id = commentCount++;
    Change who = Change.of(author, isoDate);
    XmlElement c =
        comments
            .add("w:comment")
            .attr("w:initials", initials(who.author()))
            .attr("w:author", who.author())
            .attr("w:date", who.date())
            .attr("w:id", id);
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      WordParagraph wp = new WordParagraph(this, c.add("w:p")).style(STYLE_COMMENT_TEXT);
      if (i == 0) {
        wp.styledRun(STYLE_COMMENT_REFERENCE).add("w:annotationRef");
      }
      wp.text(lines[i], Set.of());
    }
    return id;
  }

  /** A new name for a pair of move ranges ("move1", "move2", …). */
  public String nextMoveName() {
    return "move" + nextMoveName++;
  }

  /** The next id for a tracked change or a range (ins, del, moveFrom/To and their ranges). */
  int nextMarkupId() {
    return nextMarkupId++;
  }

  /** Gives a tracked change its author, date and the next id. */
  XmlElement track(XmlElement element, Change change) {
    return element
        .attr("w:author", change.author())
        .attr("w:date", change.date())
        .attr("w:id", nextMarkupId());
  }

  /** Writes the package. */
  public void writeTo(OutputStream out) throws IOException {
    XmlElement sect = body.add("w:sectPr");
    XmlElement size =
        sect.add("w:pgSz")
            .attr("w:w", landscape ? A4_LONG : A4_SHORT)
            .attr("w:h", landscape ? A4_SHORT : A4_LONG);
    if (landscape) {
      size.attr("w:orient", "landscape");
    }
    size.attr("w:code", 9);
    sect.add("w:pgMar")
        .attr("w:top", MARGIN)
        .attr("w:right", MARGIN)
        .attr("w:bottom", MARGIN)
        .attr("w:left", MARGIN)
        .attr("w:header", 708)
        .attr("w:footer", 708)
        .attr("w:gutter", 0);
    XmlElement document = new XmlElement("w:document").attr("xmlns:w", W_NS);
    document.add(body);

    Map<String, String> parts = new LinkedHashMap<>();
    XmlElement types =
        new XmlElement("Types")
            .attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    types
        .add("Default")
        .attr("Extension", "rels")
        .attr("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
    types.add("Default").attr("Extension", "xml").attr("ContentType", "application/xml");
    XmlElement rels = new XmlElement("Relationships").attr("xmlns", RELS_NS);
    parts.put("word/document.xml", document.document());
    override(types, "document.xml", "document.main+xml");
    part(parts, types, rels, "styles", STYLES);
    part(
        parts,
        types,
        rels,
        "settings",
        SETTINGS.replace(
            "FOOTNOTE_PROPERTIES",
            footnoteCount == 0
                ? ""
                : "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"));
    if (footnoteCount > 0) {
      part(parts, types, rels, "footnotes", footnotes.document());
    }
    if (commentCount > 0) {
      part(parts, types, rels, "comments", comments.document());
    }
    parts.put("word/_rels/document.xml.rels", rels.document());
    XmlElement root = new XmlElement("Relationships").attr("xmlns", RELS_NS);
    root.add("Relationship")
        .attr("Id", "rId1")
        .attr("Type", REL_TYPE + "officeDocument")
        .attr("Target", "word/document.xml");
    parts.put("_rels/.rels", root.document());
    parts.put("[Content_Types].xml", types.document());
    DeterministicZip.write(parts, out);
  }

  private static void part(
      Map<String, String> parts, XmlElement types, XmlElement rels, String name, String xml) {
    parts.put("word/" + name + ".xml", xml);
    override(types, name + ".xml", name + "+xml");
    rels.add("Relationship")
        .attr("Id", "rId" + (rels.children().size() + 1))
        .attr("Type", REL_TYPE + name)
        .attr("Target", name + ".xml");
  }

  private static void override(XmlElement types, String file, String type) {
    types.add("Override").attr("PartName", "/word/" + file).attr("ContentType", WML_TYPE + type);
  }

  private void separator(int id, String type) {
    XmlElement note = footnotes.add("w:footnote").attr("w:type", type).attr("w:id", id);
    XmlElement p = note.add("w:p");
    new WordParagraph(this, p).spacingAfter(0);
    p.add("w:r").add("w:" + type);
  }

  private static String initials(String author) {
    StringBuilder sb = new StringBuilder();
    for (String w : author.split("[\\s\\-_.]+")) {
      if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
        sb.appendCodePoint(w.codePointAt(0));
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static String resource(String name) {
    try (InputStream in = WordDocument.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + name + " beside " + WordDocument.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** True when the mark changes how a run looks (the others are handled by the caller). */
  static boolean isFormatting(Mark m) {
    return m == Mark.BOLD
        || m == Mark.ITALIC
        || m == Mark.UNDERLINE
        || m == Mark.STRIKE
        || m == Mark.SUPERSCRIPT;
  }
}
