package org.draftkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.draftkit.importer.docx.DocxImporter;

/**
 * Fuzzes the DOCX importer's XML readers behind a valid package. Raw-byte fuzzing of a DOCX mostly
 * mutates deflated bytes, which the zip layer refuses; here the fuzzer writes the main part, the
 * numbering definitions and the footnotes as text (with a WordprocessingML dictionary) and the
 * harness zips them (an input is the three parts' text separated by a line {@code =====}), so
 * mutations reach the part walker, the list numbering (contradictory or cyclic definitions, huge
 * levels and starts), tracked changes, comments and notes.
 */
class DocxPartsFuzzTest {
  private final DocxImporter importer = new DocxImporter();

  @FuzzTest(maxDuration = "30s")
  @DictionaryFile(resourcePath = "docx.dict")
  void read(byte[] input) {
    String[] parts = new String(input, StandardCharsets.UTF_8).split(SEPARATOR, 3);
    ImportProperty.check(
        importer,
        pack(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""),
        "draft.docx");
  }

  /** Between the parts in an input: the main part, then the numbering, then the footnotes. */
  static final String SEPARATOR = "\n=====\n";

  /**
   * A Word package holding the three parts, with the content types and relationships Word writes.
   */
  static byte[] pack(String document, String numbering, String footnotes) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buf)) {
      put(
          zip,
          "[Content_Types].xml",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
          <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
          </Types>""");
      put(
          zip,
          "_rels/.rels",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
          </Relationships>""");
      put(
          zip,
          "word/_rels/document.xml.rels",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
          <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
          </Relationships>""");
      put(zip, "word/document.xml", document);
      put(zip, "word/numbering.xml", numbering);
      put(zip, "word/footnotes.xml", footnotes);
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
