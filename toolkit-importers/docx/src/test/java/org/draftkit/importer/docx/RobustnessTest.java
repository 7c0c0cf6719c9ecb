package org.draftkit.importer.docx;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.draftkit.ImportException;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Test;

/**
 * Damaged inputs give a document or a typed error, never another exception (seeded, reproducible).
 */
class RobustnessTest {
  private static final DocxImporter IMPORTER = new DocxImporter();

  private static byte[] sample() {
    return DocxFixture.body(
            DocxFixture.p("Recalling its resolution 70/1,")
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                + "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>Decides</w:t></w:r></w:ins><w:commentRangeStart w:id=\"0\"/>"
                + "<w:r><w:t xml:space=\"preserve\"> to meet</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
                + "<w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>")
        .numbering(
            "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>")
        .comments(
            "<w:comment w:id=\"0\" w:author=\"B\"><w:p><w:r><w:t>US: agree</w:t></w:r></w:p></w:comment>")
        .footnotes("<w:footnote w:id=\"1\"><w:p><w:r><w:t>A note.</w:t></w:r></w:p></w:footnote>")
        .bytes();
  }

  private static void readOrTypedError(byte[] data, String what) {
    try {
      IMPORTER.read(new ByteArrayInputStream(data), ImportContext.of("mutant.docx"));
    } catch (ImportException expected) {
      // a typed refusal is fine
    } catch (Throwable t) {
      fail(what + ": " + t, t);
    }
  }

  @Test
  void flippedAndTruncatedBytes() {
    byte[] original = sample();
    Random random = new Random(20241119);
    for (int i = 0; i < 300; i++) {
      byte[] b = original.clone();
      int flips = 1 + random.nextInt(8);
      for (int f = 0; f < flips; f++) {
        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
      }
      readOrTypedError(b, "flip run " + i);
      readOrTypedError(
          java.util.Arrays.copyOf(original, random.nextInt(original.length)), "cut run " + i);
    }
  }

  @Test
  void endlessNestingIsRefusedNotAStackOverflow() {
    String deep = "<w:sdt><w:sdtContent>".repeat(200_000) + DocxFixture.p("deep");
    readOrTypedError(DocxFixture.body(deep).bytes(), "deep nesting");
  }

  @Test
  void mangledXmlInsideAValidZip() throws Exception {
    byte[] original = sample();
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          byte[] content = in.readAllBytes();
          if (e.getName().startsWith("word/") && random.nextInt(3) == 0) {
            String xml = new String(content, StandardCharsets.UTF_8);
            int cut = random.nextInt(xml.length());
            int len = random.nextInt(Math.min(40, xml.length() - cut) + 1);
            xml =
                random.nextBoolean()
                    ? xml.substring(0, cut) + xml.substring(cut + len)
                    : xml.substring(0, cut) + "<w:p><w:r>" + xml.substring(cut);
            content = xml.getBytes(StandardCharsets.UTF_8);
          }
          zip.putNextEntry(new ZipEntry(e.getName()));
          zip.write(content);
          zip.closeEntry();
        }
      }
      readOrTypedError(out.toByteArray(), "xml run " + i);
    }
  }
}
