package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.draftkit.CorruptDocumentException;
import org.draftkit.EncryptedDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.Limits;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;

class ErrorCasesTest {

  private static Document read(byte[] bytes, Limits limits) throws Exception {
    return new UnPdfImporter()
        .read(new ByteArrayInputStream(bytes), new ImportContext("in.pdf", limits, Map.of()));
  }

  private static Document read(byte[] bytes) throws Exception {
    return read(bytes, Limits.defaults());
  }

  private static byte[] threePages() throws Exception {
    return new PdfFixture()
        .page()
        .text(72, 100, "1.  First page.")
        .page()
        .text(72, 100, "2.  Second page.")
        .page()
        .text(72, 100, "3.  Third page.")
        .bytes();
  }

  @Test
  void passwordProtectedIsEncrypted() throws Exception {
    byte[] plain = threePages();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
    }
    EncryptedDocumentException e =
        assertThrows(EncryptedDocumentException.class, () -> read(out.toByteArray()));
    assertTrue(e.getMessage().startsWith("in.pdf: "), e.getMessage());
    assertTrue(e.getMessage().contains("password"), e.getMessage());
  }

  @Test
  void corpusEncryptedFilesAreEncrypted() {
    for (String f :
        new String[] {
          "pdf-peers/pdfjs/empty_protected.pdf", "pdf-peers/pdfbox/PasswordSample-256bit.pdf"
        }) {
      Path p = Corpus.file(f);
      assertThrows(EncryptedDocumentException.class, () -> read(Files.readAllBytes(p)), f);
    }
  }

  @Test
  void garbageAfterAHeaderIsCorrupt() {
    byte[] junk = new byte[5000];
    new Random(7).nextBytes(junk);
    byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, junk, 0, head.length);
    CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> read(junk));
    assertTrue(e.getMessage().startsWith("in.pdf: "), e.getMessage());
  }

  @Test
  void emptyAndNonPdfInputsAreCorrupt() {
    assertThrows(CorruptDocumentException.class, () -> read(new byte[0]));
    assertThrows(
        CorruptDocumentException.class,
        () -> read("Recalling its resolution".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void truncatedFilesAreReadWithAWarningOrRefused() throws Exception {
    byte[] whole = threePages();
    for (int cut : new int[] {whole.length / 3, whole.length / 2, whole.length - 20}) {
      try {
        Document d = read(Arrays.copyOf(whole, cut));
        assertTrue(
            d.diagnostics().stream()
                .anyMatch(
                    x ->
                        x.code().equals("pdf.repaired")
                            && x.severity() == Diagnostic.Severity.WARNING),
            "cut at " + cut + ": " + d.diagnostics());
      } catch (CorruptDocumentException expected) {
        assertTrue(expected.getMessage().startsWith("in.pdf: "));
      }
    }
  }

  @Test
  void aTruncatedFileThatCannotBeRepairedSaysItIsTruncated() {
    byte[] head =
        "%PDF-1.4\n1 0 obj\n<< /Type /Page /MediaBox [0 0 612 792] >>\nendobj\n2 0 obj\n<< /Len"
            .getBytes(StandardCharsets.US_ASCII);
    CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> read(head));
    assertTrue(
        e.getMessage()
            .startsWith(
                "in.pdf: broken PDF structure: the file is truncated (no %%EOF marker at the end), "
                    + "and it cannot be repaired ("),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(")"), e.getMessage());
  }

  @Test
  void aTruncatedFileWithoutItsPagesSaysItIsTruncated() {
    byte[] head =
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Len"
            .getBytes(StandardCharsets.US_ASCII);
    CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> read(head));
    assertEquals(
        "in.pdf: the PDF has no pages: the file is truncated (no %%EOF marker at the end)",
        e.getMessage());
  }

  @Test
  void aBrokenCrossReferenceIsRepairedAndSaid() throws Exception {
    Document d = read(Files.readAllBytes(Corpus.file("pdf-peers/pdfjs/helloworld-bad.pdf")));
    assertEquals("Hello, world!", d.paragraphs().get(0).text());
    assertTrue(
        d.diagnostics().stream().anyMatch(x -> x.code().equals("pdf.repaired")),
        d.diagnostics().toString());
  }

  @Test
  void imageOnlyPagesWithoutOcrAreAnErrorSayingWhatToInstall() throws Exception {
    byte[] pdf = imageOnly();
    // no OCR plugin on this module's class path: nothing usable, an error naming the pages and the
    // cure
    ImportException e = assertThrows(ImportException.class, () -> read(pdf));
    assertTrue(
        e.getMessage()
            .startsWith(
                "in.pdf: no usable text: no text layer on 3 pages (pp. 1–3); they need OCR: install the OCR "
                    + "plugin (toolkit-importer-ocr) and Tesseract"),
        e.getMessage());
  }

  @Test
  void imageOnlyPagesWithOcrNeverAreAnErrorNamingThePagesAndTheCause() {
    // nothing usable remains: the rule is a non-zero exit, never an empty success
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                new UnPdfImporter()
                    .read(
                        new ByteArrayInputStream(imageOnly()),
                        new ImportContext("in.pdf", Limits.defaults(), Map.of("ocr", "never"))));
    assertEquals(
        "in.pdf: no usable text: no text layer on 3 pages (pp. 1–3); OCR is off (--ocr never)",
        e.getMessage());
  }

  @Test
  void anUnknownOcrModeIsAnError() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                new UnPdfImporter()
                    .read(
                        new ByteArrayInputStream(imageOnly()),
                        new ImportContext(
                            "in.pdf", Limits.defaults(), Map.of("ocr", "sometimes"))));
    assertEquals("in.pdf: unknown OCR mode 'sometimes' (auto, never or always)", e.getMessage());
  }

  private static byte[] imageOnly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
      PDImageXObject image = LosslessFactory.createFromImage(doc, img);
      for (int i = 0; i < 3; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(image, 50, 50, 400, 400);
        }
      }
      doc.save(out);
    }
    return out.toByteArray();
  }

  @Test
  void limitsAreRespected() throws Exception {
    byte[] pdf = threePages();
    LimitExceededException pages =
        assertThrows(
            LimitExceededException.class,
            () -> read(pdf, new Limits(50L << 20, 2, 512L << 20, Duration.ofMinutes(1))));
    assertTrue(pages.getMessage().contains("3 pages"), pages.getMessage());
    assertThrows(
        LimitExceededException.class, () -> read(pdf, Limits.defaults().withMaxInputBytes(100)));
    assertEquals(3, read(pdf).paragraphs().size());
  }

  @Test
  void errorsAreImportExceptionsNamingTheSource() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> read("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(e.getMessage().startsWith("in.pdf: "), e.getMessage());
  }
}
