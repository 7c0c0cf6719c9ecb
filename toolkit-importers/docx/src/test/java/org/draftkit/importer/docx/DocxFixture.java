package org.draftkit.importer.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small DOCX packages from WordprocessingML snippets, for tests that need exact markup. */
final class DocxFixture {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private String body = "";
  private String numbering;
  private String styles;
  private String comments;
  private String footnotes;
  private final Map<String, byte[]> extra = new LinkedHashMap<>();

  static DocxFixture body(String bodyXml) {
    DocxFixture f = new DocxFixture();
    f.body = bodyXml;
    return f;
  }

  DocxFixture numbering(String xml) {
    numbering = xml;
    return this;
  }

  DocxFixture styles(String xml) {
    styles = xml;
    return this;
  }

  DocxFixture comments(String xml) {
    comments = xml;
    return this;
  }

  DocxFixture footnotes(String xml) {
    footnotes = xml;
    return this;
  }

  /** A paragraph with plain text. */
  static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  byte[] bytes() {
    StringBuilder types =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
    StringBuilder rels =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    Map<String, String> parts = new LinkedHashMap<>();
    addPart(
        parts,
        types,
        rels,
        "numbering",
        numbering,
        "rId1",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering");
    addPart(
        parts,
        types,
        rels,
        "styles",
        styles,
        "rId2",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles");
    addPart(
        parts,
        types,
        rels,
        "comments",
        comments,
        "rId3",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments");
    addPart(
        parts,
        types,
        rels,
        "footnotes",
        footnotes,
        "rId4",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes");
    types.append("</Types>");
    rels.append("</Relationships>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", types.toString());
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + "</Relationships>");
      put(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<w:document xmlns:w=\""
              + W
              + "\"><w:body>"
              + body
              + "</w:body></w:document>");
      put(zip, "word/_rels/document.xml.rels", rels.toString());
      for (Map.Entry<String, String> e : parts.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
      for (Map.Entry<String, byte[]> e : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void addPart(
      Map<String, String> parts,
      StringBuilder types,
      StringBuilder rels,
      String name,
      String xml,
      String rId,
      String contentType,
      String relType) {
    if (xml == null) {
      return;
    }
    String root =
        switch (name) {
          case "numbering" -> "w:numbering";
          case "styles" -> "w:styles";
          case "comments" -> "w:comments";
          default -> "w:footnotes";
        };
    parts.put(
        "word/" + name + ".xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><"
            + root
            + " xmlns:w=\""
            + W
            + "\">"
            + xml
            + "</"
            + root
            + ">");
    types
        .append("<Override PartName=\"/word/")
        .append(name)
        .append(".xml\" ContentType=\"")
        .append(contentType)
        .append("\"/>");
    rels.append("<Relationship Id=\"")
        .append(rId)
        .append("\" Type=\"")
        .append(relType)
        .append("\" Target=\"")
        .append(name)
        .append(".xml\"/>");
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
