package org.draftkit.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files built to hurt an importer, written in memory: zip bombs, entity expansion, external
 * entities, nesting without end, cyclic and oversized PDFs. Every importer must refuse each of them
 * quickly with its typed error, in bounded memory; the toolkit's own tests prove it, and a plugin
 * author can run the same files through a new importer.
 *
 * @since 0.1
 */
public final class HostileInputs {
  private HostileInputs() {}

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /**
   * Writes every hostile file into a directory ({@code bench/hostile.sh} times them through the
   * command line): {@code java -cp toolkit-testkit.jar org.draftkit.testkit.HostileInputs DIR}.
   */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : "hostile");
    java.nio.file.Files.createDirectories(dir);
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("zip-bomb-300mb.docx", docxZipBomb(300));
    files.put("billion-laughs.docx", docxBillionLaughs());
    files.put("external-entity.docx", docxExternalEntity());
    files.put("nested-tables-10000.docx", docxNestedTables(10_000));
    files.put("nested-tables-10000.html", htmlNestedTables(10_000));
    files.put("paragraphs-200000.html", htmlParagraphFlood(200_000));
    files.put("cyclic-page-tree.pdf", pdfCyclicPageTree());
    files.put("pages-2001.pdf", pdfManyPages(2001));
    for (var f : files.entrySet()) {
      java.nio.file.Files.write(dir.resolve(f.getKey()), f.getValue());
    }
  }

  /**
   * A DOCX whose main part expands from a few hundred kilobytes to {@code expandedMegabytes} of
   * empty paragraphs (the example: 440 KB to 300 MB).
   */
  public static byte[] docxZipBomb(int expandedMegabytes) {
    return docx(
        out -> {
          out.write(
              ("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body>")
                  .getBytes(StandardCharsets.UTF_8));
          byte[] para = "<w:p/>".repeat(1 << 14).getBytes(StandardCharsets.UTF_8);
          long total = (long) expandedMegabytes << 20;
          for (long written = 0; written < total; written += para.length) {
            out.write(para);
          }
          out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
  }

  /**
   * A DOCX whose main part declares the "billion laughs" entities (a DTD with nested expansion).
   */
  public static byte[] docxBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    String xml =
        "<?xml version=\"1.0\"?>"
            + dtd
            + "<w:document xmlns:w=\""
            + W
            + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
    return docxWithMain(xml);
  }

  /** A DOCX whose main part pulls an external entity (a local file) into the text. */
  public static byte[] docxExternalEntity() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<w:document xmlns:w=\""
            + W
            + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
    return docxWithMain(xml);
  }

  /** A DOCX with tables nested {@code depth} deep. */
  public static byte[] docxNestedTables(int depth) {
    StringBuilder body = new StringBuilder();
    body.append("<w:tbl><w:tr><w:tc>".repeat(depth));
    body.append("<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
    body.append("</w:tc></w:tr></w:tbl><w:p/>".repeat(depth));
    return docxWithMain(
        "<?xml version=\"1.0\"?><w:document xmlns:w=\""
            + W
            + "\"><w:body>"
            + body
            + "</w:body></w:document>");
  }

  /** An HTML page with {@code depth} nested tables. */
  public static byte[] htmlNestedTables(int depth) {
    String html =
        "<!DOCTYPE html><html><body>"
            + "<table><tr><td>".repeat(depth)
            + "<p>1. deep</p>"
            + "</td></tr></table>".repeat(depth)
            + "</body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** An HTML page with {@code count} paragraphs (a flood of blocks, each small). */
  public static byte[] htmlParagraphFlood(int count) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
    for (int i = 0; i < count; i++) {
      html.append("<p>").append(i + 1).append(". x</p>");
    }
    return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A PDF whose page tree is a cycle: the root Pages node's only kid is a Pages node whose kid is
   * the root.
   */
  public static byte[] pdfCyclicPageTree() {
    return pdf(
        new String[] {
          "<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        });
  }

  /** A PDF that declares {@code pages} pages (each the same small page object). */
  public static byte[] pdfManyPages(int pages) {
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append("3 0 R ");
    }
    return pdf(
        new String[] {
          "<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
          "<< /Length 0 >>\nstream\n\nendstream",
        });
  }

  /** A PDF with objects {@code 1..n} in its cross-reference table, as written. */
  private static byte[] pdf(String[] objects) {
    StringBuilder s = new StringBuilder("%PDF-1.7\n");
    long[] offsets = new long[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = s.length();
      s.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    long xref = s.length();
    s.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (long offset : offsets) {
      s.append(String.format("%010d 00000 n \n", offset));
    }
    s.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return s.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] docxWithMain(String mainXml) {
    return docx(out -> out.write(mainXml.getBytes(StandardCharsets.UTF_8)));
  }

  private interface PartWriter {
    void write(ZipOutputStream out) throws IOException;
  }

  private static byte[] docx(PartWriter main) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buf)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + "</Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + "</Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      main.write(zip);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
