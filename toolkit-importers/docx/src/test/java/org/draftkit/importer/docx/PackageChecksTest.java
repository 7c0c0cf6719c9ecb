package org.draftkit.importer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.draftkit.CorruptDocumentException;
import org.draftkit.EncryptedDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.Limits;
import org.draftkit.UnsupportedFormatException;
import org.draftkit.spi.Detection;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Test;

/** Broken, hostile and foreign inputs fail with the typed error that says why. */
class PackageChecksTest {
  private static final DocxImporter IMPORTER = new DocxImporter();
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static ImportException failure(byte[] data, Limits limits) {
    return assertThrows(
        ImportException.class,
        () ->
            IMPORTER.read(
                new ByteArrayInputStream(data), new ImportContext("input.docx", limits, Map.of())));
  }

  private static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void detection() {
    byte[] docx = DocxFixture.body(DocxFixture.p("x")).bytes();
    assertEquals(
        Detection.CERTAIN, IMPORTER.detect(Arrays.copyOf(docx, Math.min(docx.length, 8192))));
    assertEquals(
        Detection.LIKELY,
        IMPORTER.detect(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 'a', '.', 't', 'x', 't'}));
    assertEquals(Detection.WEAK, IMPORTER.detect(OLE2));
    assertEquals(Detection.NO, IMPORTER.detect("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Detection.NO, IMPORTER.detect(new byte[0]));
  }

  @Test
  void aTruncatedPackageIsCorrupt() {
    byte[] docx = DocxFixture.body(DocxFixture.p("some text")).bytes();
    ImportException e = failure(Arrays.copyOf(docx, docx.length / 2), Limits.defaults());
    assertInstanceOf(CorruptDocumentException.class, e);
    assertTrue(e.getMessage().startsWith("input.docx: truncated"), e.getMessage());
  }

  @Test
  void anEncryptedPackageIsEncrypted() {
    byte[] data = new byte[2048];
    System.arraycopy(OLE2, 0, data, 0, OLE2.length);
    byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, data, 1024, name.length);
    assertInstanceOf(EncryptedDocumentException.class, failure(data, Limits.defaults()));
    byte[] legacy = Arrays.copyOf(OLE2, 2048);
    ImportException e = failure(legacy, Limits.defaults());
    assertInstanceOf(UnsupportedFormatException.class, e);
    assertTrue(e.getMessage().contains("legacy"), e.getMessage());
  }

  @Test
  void otherZipsAreNotWordDocuments() throws Exception {
    ImportException plain =
        failure(
            zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8))), Limits.defaults());
    assertInstanceOf(UnsupportedFormatException.class, plain);
    assertTrue(plain.getMessage().contains("no [Content_Types].xml"), plain.getMessage());
    byte[] xlsx =
        zip(
            Map.of(
                "[Content_Types].xml",
                ("<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8),
                "xl/workbook.xml",
                "<workbook/>".getBytes(StandardCharsets.UTF_8)));
    ImportException sheet = failure(xlsx, Limits.defaults());
    assertInstanceOf(UnsupportedFormatException.class, sheet);
    assertTrue(sheet.getMessage().contains("spreadsheet"), sheet.getMessage());
  }

  @Test
  void aZipBombIsStoppedBeforeDocx4jSeesIt() throws Exception {
    byte[] zeros = new byte[4 << 20];
    byte[] bomb =
        zip(
            Map.of(
                "[Content_Types].xml",
                "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/big.bin",
                zeros));
    assertTrue(bomb.length < 64 * 1024, "compresses well: " + bomb.length);
    Limits small = new Limits(50L << 20, 100, 1L << 20, Duration.ofMinutes(1));
    ImportException e = failure(bomb, small);
    assertInstanceOf(LimitExceededException.class, e);
    assertTrue(e.getMessage().contains("limit of 1048576 bytes"), e.getMessage());
  }

  @Test
  void tooLargeAnInputIsRefused() {
    byte[] docx = DocxFixture.body(DocxFixture.p("x")).bytes();
    Limits tiny = Limits.defaults().withMaxInputBytes(100);
    assertInstanceOf(LimitExceededException.class, failure(docx, tiny));
  }

  @Test
  void aReadOverTheTimeLimitStops() {
    byte[] docx = DocxFixture.body(DocxFixture.p("paragraph").repeat(2000)).bytes();
    Limits instant = new Limits(50L << 20, 100, 512L << 20, Duration.ofNanos(1));
    ImportException e = failure(docx, instant);
    assertInstanceOf(LimitExceededException.class, e);
    assertTrue(e.getMessage().contains("time limit"), e.getMessage());
  }

  @Test
  void anEntryNameThatIsNotUtf8IsADamagedArchive() {
    byte[] docx = DocxFixture.body(DocxFixture.p("some text")).bytes();
    byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    int patched = 0;
    for (int i = 0; i + name.length <= docx.length; i++) {
      if (Arrays.equals(docx, i, i + name.length, name, 0, name.length)) {
        docx[i] = (byte) 0xC3; // a UTF-8 lead byte followed by '(' is malformed
        docx[i + 1] = '(';
        patched++;
      }
    }
    assertTrue(patched >= 2, "local and central headers");
    ImportException e = failure(docx, Limits.defaults());
    assertInstanceOf(CorruptDocumentException.class, e);
    assertEquals(
        "input.docx: damaged zip archive: an entry name is not valid UTF-8", e.getMessage());
  }

  @Test
  void emptyAndGarbageInputsAreCorrupt() {
    assertInstanceOf(CorruptDocumentException.class, failure(new byte[0], Limits.defaults()));
    assertInstanceOf(
        CorruptDocumentException.class,
        failure("not a zip".getBytes(StandardCharsets.UTF_8), Limits.defaults()));
  }

  @Test
  void aPackageWithABrokenBodyIsCorrupt() throws Exception {
    byte[] docx = DocxFixture.body("<w:p><w:r><w:t>unclosed").bytes();
    ImportException e = failure(docx, Limits.defaults());
    assertInstanceOf(CorruptDocumentException.class, e);
    assertTrue(e.getMessage().startsWith("input.docx: "), e.getMessage());
  }

  @Test
  void withoutAnOfficeDocumentRelationshipTheMainPartIsFoundByItsContentType() throws Exception {
    String types =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/main.xml\" ContentType="
            + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    String body =
        "<?xml version=\"1.0\"?><w:document xmlns:w=\""
            + DocxFixture.W
            + "\"><w:body>"
            + DocxFixture.p("Found by its type")
            + "</w:body></w:document>";
    byte[] docx =
        zip(
            Map.of(
                "[Content_Types].xml",
                types.getBytes(StandardCharsets.UTF_8),
                "word/main.xml",
                body.getBytes(StandardCharsets.UTF_8)));
    var doc = IMPORTER.read(new ByteArrayInputStream(docx), ImportContext.of("input.docx"));
    assertEquals("Found by its type", doc.paragraphs().get(0).text());
  }
}
