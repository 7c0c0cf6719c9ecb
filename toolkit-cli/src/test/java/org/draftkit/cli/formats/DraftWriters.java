package org.draftkit.cli.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link Draft} in the formats people circulate: a Word document with real footnotes, HTML
 * with linked notes, Markdown with {@code [^n]} notes, and the plain text another tool extracts
 * from a UN PDF (pages with running heads and page numbers, footnotes under a "____" separator at
 * the foot of the page that cites them, paragraphs running over page breaks).
 */
final class DraftWriters {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String SYMBOL = "A/80/L.99";

  /** Characters of a text line, lines of a text page (body and notes). */
  private static final int COLUMNS = 86;

  private static final int PAGE_LINES = 46;

  private DraftWriters() {}

  // ---------------------------------------------------------------------------------------- DOCX

  static byte[] docx(Draft d) {
    StringBuilder body = new StringBuilder();
    StringBuilder notes =
        new StringBuilder(
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/>"
                + "</w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
                + "<w:continuationSeparator/></w:r></w:p></w:footnote>");
    int note = 0;
    Draft.Style st = d.style;
    String spacing =
        "<w:spacing w:after=\""
            + st.spaceAfter()
            + "\" w:line=\""
            + st.lineSpacing()
            + "\" w:lineRule=\"auto\"/>";
    String numbered =
        st.hanging() ? "<w:ind w:left=\"851\" w:hanging=\"851\"/>" : "<w:ind w:firstLine=\"567\"/>";
    for (Draft.Item it : d.items) {
      String ppr =
          switch (it.role()) {
            case TITLE, HEADING ->
                "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>"
                    + (st.centredHeadings() ? "<w:jc w:val=\"center\"/>" : "");
            case INTRO, PREAMBULAR ->
                spacing + "<w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>";
            case OPERATIVE -> spacing + numbered + "<w:jc w:val=\"both\"/>";
            case SUB ->
                spacing + "<w:ind w:left=\"1418\" w:hanging=\"567\"/><w:jc w:val=\"both\"/>";
            case SUBSUB ->
                spacing + "<w:ind w:left=\"1985\" w:hanging=\"567\"/><w:jc w:val=\"both\"/>";
          };
      boolean bold = it.role() == Draft.Role.TITLE || it.role() == Draft.Role.HEADING;
      body.append("<w:p><w:pPr>").append(ppr).append("</w:pPr>");
      if (it.label() != null) {
        body.append(run(it.label(), false, false)).append("<w:r><w:tab/></w:r>");
      }
      for (Draft.Piece p : it.pieces()) {
        if (p.isNote()) {
          note++;
          body.append(
                  "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"")
              .append(note)
              .append("\"/></w:r>");
          notes
              .append("<w:footnote w:id=\"")
              .append(note)
              .append(
                  "\"><w:p><w:pPr><w:ind w:left=\"567\" "
                      + "w:hanging=\"567\"/><w:jc w:val=\"both\"/></w:pPr><w:r><w:rPr><w:sz w:val=\""
                      + st.noteHalfPoints()
                      + "\"/>"
                      + "<w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val=\""
                      + st.noteHalfPoints()
                      + "\"/>"
                      + "</w:rPr><w:tab/></w:r><w:r><w:rPr><w:sz w:val=\""
                      + st.noteHalfPoints()
                      + "\"/></w:rPr><w:t xml:space=\"preserve\">")
              .append(xml(p.note()))
              .append("</w:t></w:r></w:p></w:footnote>");
        } else {
          body.append(run(p.text(), p.italic(), bold));
        }
      }
      body.append("</w:p>");
    }
    // US offices number their pages in the footer
    body.append("<w:sectPr>")
        .append(st.letter() ? "<w:footerReference w:type=\"default\" r:id=\"rId3\"/>" : "")
        .append(
            st.letter()
                ? "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
                : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
        .append(
            "<w:pgMar w:top=\"1440\" w:right=\"1440\" "
                + "w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>");
    String styles =
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\""
            + st.font()
            + "\" w:hAnsi=\""
            + st.font()
            + "\" w:cs=\""
            + st.font()
            + "\"/><w:sz w:val=\""
            + st.halfPoints()
            + "\"/><w:lang w:val=\"en-GB\"/>"
            + "</w:rPr></w:rPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
            + "<w:name w:val=\"Normal\"/></w:style>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
              + ".wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\""
              + "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\""
              + "/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml"
              + ".footnotes+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/></Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      put(
          zip,
          "word/_rels/document.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/><Relationship Id=\"rId3\" "
              + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
              + "Target=\"footer1.xml\"/></Relationships>");
      put(
          zip,
          "word/footer1.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr xmlns:w=\""
              + W
              + "\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
              + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar "
              + "w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
              + "</w:p></w:ftr>");
      put(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<w:document xmlns:w=\""
              + W
              + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
              + "relationships\"><w:body>"
              + body
              + "</w:body></w:document>");
      put(
          zip,
          "word/styles.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<w:styles xmlns:w=\""
              + W
              + "\">"
              + styles
              + "</w:styles>");
      put(
          zip,
          "word/footnotes.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<w:footnotes xmlns:w=\""
              + W
              + "\">"
              + notes
              + "</w:footnotes>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String run(String text, boolean italic, boolean bold) {
    String rpr = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "");
    return "<w:r>"
        + (rpr.isEmpty() ? "" : "<w:rPr>" + rpr + "</w:rPr>")
        + "<w:t xml:space=\"preserve\">"
        + xml(text)
        + "</w:t></w:r>";
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(0); // the same bytes every time: the PDF cache is keyed by them
    zip.putNextEntry(e);
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  // ---------------------------------------------------------------------------------------- HTML

  static String html(Draft d) {
    StringBuilder sb =
        new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .append(xml(d.items.get(0).text()))
            .append("</title></head>\n<body>\n");
    int note = 0;
    for (Draft.Item it : d.items) {
      String tag =
          switch (it.role()) {
            case TITLE -> "h1";
            case HEADING -> "h2";
            default -> "p";
          };
      sb.append('<').append(tag).append('>');
      if (it.label() != null) {
        sb.append(xml(it.label())).append(' ');
      }
      for (Draft.Piece p : it.pieces()) {
        if (p.isNote()) {
          note++;
          sb.append("<sup><a href=\"#fn")
              .append(note)
              .append("\" id=\"fnref")
              .append(note)
              .append("\">")
              .append(note)
              .append("</a></sup>");
        } else {
          sb.append(p.italic() ? "<i>" + xml(p.text()) + "</i>" : xml(p.text()));
        }
      }
      sb.append("</").append(tag).append(">\n");
    }
    sb.append("<section class=\"footnotes\">\n<hr>\n<ol>\n");
    List<String> notes = d.notes();
    for (int i = 0; i < notes.size(); i++) {
      sb.append("<li id=\"fn")
          .append(i + 1)
          .append("\">")
          .append(xml(notes.get(i)))
          .append(" <a href=\"#fnref")
          .append(i + 1)
          .append("\">\u21a9</a></li>\n");
    }
    return sb.append("</ol>\n</section>\n</body></html>\n").toString();
  }

  // ------------------------------------------------------------------------------------ Markdown

  static String markdown(Draft d) {
    StringBuilder sb = new StringBuilder();
    int note = 0;
    for (Draft.Item it : d.items) {
      switch (it.role()) {
        case TITLE -> sb.append("# ");
        case HEADING -> sb.append("## ");
        default -> {}
      }
      if (it.label() != null) {
        sb.append(it.label().replace(".", "\\.")).append(' ');
      }
      for (Draft.Piece p : it.pieces()) {
        if (p.isNote()) {
          note++;
          sb.append("[^").append(note).append(']');
        } else {
          sb.append(p.italic() ? "*" + p.text() + "*" : p.text());
        }
      }
      sb.append("\n\n");
    }
    List<String> notes = d.notes();
    for (int i = 0; i < notes.size(); i++) {
      sb.append("[^").append(i + 1).append("]: ").append(notes.get(i)).append('\n');
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------- text

  /**
   * The text a PDF-to-text tool gives for the draft typeset the UN way: lines of at most {@value
   * #COLUMNS} characters, pages of {@value #PAGE_LINES} lines ending with the symbol, the job
   * number and "page/pages", each page's footnotes under a separator above them.
   */
  static String text(Draft d) {
    List<List<String>> pages = new ArrayList<>();
    List<String> page = new ArrayList<>();
    List<String> pageNotes = new ArrayList<>();
    int note = 0;
    List<String> notes = d.notes();
    for (Draft.Item it : d.items) {
      if (!page.isEmpty()) {
        page.add("");
      }
      // a line at a time, with the notes cited on it
      List<String> words = new ArrayList<>();
      List<Integer> noteAfterWord = new ArrayList<>();
      StringBuilder all = new StringBuilder(it.label() == null ? "" : it.label() + " ");
      for (Draft.Piece p : it.pieces()) {
        if (p.isNote()) {
          note++;
          all.append(note);
          noteAfterWord.add(note);
        } else {
          all.append(p.text());
        }
      }
      for (String w : all.toString().split(" ")) {
        words.add(w);
      }
      StringBuilder line = new StringBuilder();
      for (int k = 0; k <= words.size(); k++) {
        String w = k < words.size() ? words.get(k) : null;
        if (w != null && (line.length() == 0 || line.length() + 1 + w.length() <= COLUMNS)) {
          line.append(line.length() == 0 ? "" : " ").append(w);
          continue;
        }
        String done = line.toString();
        List<String> cited = new ArrayList<>();
        for (int n : noteAfterWord) {
          if (done.matches(".*[,.;:a-z]" + n + "(\\s.*|$)")) {
            cited.add(n + " " + notes.get(n - 1));
          }
        }
        noteAfterWord.removeIf(n -> done.matches(".*[,.;:a-z]" + n + "(\\s.*|$)"));
        List<String> noteLines = new ArrayList<>();
        for (String c : cited) {
          noteLines.addAll(wrap(c, COLUMNS));
        }
        int needed =
            page.size()
                + 1
                + (pageNotes.isEmpty() && !noteLines.isEmpty() ? 1 : 0)
                + pageNotes.size()
                + noteLines.size();
        if (needed > PAGE_LINES && !page.isEmpty()) {
          pages.add(closePage(page, pageNotes));
          page = new ArrayList<>();
          pageNotes = new ArrayList<>();
        }
        page.add(done + " ");
        pageNotes.addAll(noteLines);
        line = new StringBuilder(w == null ? "" : w);
      }
    }
    pages.add(closePage(page, pageNotes));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      for (String l : pages.get(i)) {
        sb.append(l).append('\n');
      }
      sb.append('\n')
          .append(SYMBOL)
          .append(" \n \n25-01234\n")
          .append(i + 1)
          .append('/')
          .append(pages.size())
          .append(" \n \n");
    }
    return sb.toString();
  }

  private static List<String> closePage(List<String> page, List<String> notes) {
    List<String> out = new ArrayList<>(page);
    if (!notes.isEmpty()) {
      out.add("");
      out.add("__________________");
      out.addAll(notes);
    }
    return out;
  }

  private static List<String> wrap(String text, int columns) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + w.length() > columns) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(w);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
