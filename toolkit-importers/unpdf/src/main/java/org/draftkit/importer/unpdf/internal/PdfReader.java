package org.draftkit.importer.unpdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.draftkit.CorruptDocumentException;
import org.draftkit.EncryptedDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.Limits;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.SourceLocation;
import org.draftkit.spi.ImportContext;

/**
 * Reads one PDF within the context's limits: input bytes, pages, scratch memory for decoded
 * streams, and time. Maps PDFBox failures to the toolkit's typed import exceptions.
 */
public final class PdfReader {

  /** Main memory PDFBox may use for its stream cache before spilling to a temp file. */
  private static final long MAIN_MEMORY = 32L << 20;

  private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

  private PdfReader() {}

  /** True when {@code %PDF-} occurs in the first 1 KiB of {@code head}. */
  public static boolean hasHeader(byte[] head) {
    int max = Math.min(head.length, 1024) - MAGIC.length;
    outer:
    for (int i = 0; i <= max; i++) {
      for (int k = 0; k < MAGIC.length; k++) {
        if (head[i + k] != MAGIC[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Reads the PDF in {@code in} (not closed). */
  public static Document read(InputStream in, ImportContext context)
      throws ImportException, IOException {
    String source = context.sourceName();
    Limits limits = context.limits();
    byte[] bytes = readBounded(in, limits.maxInputBytes(), source);
    if (bytes.length == 0) {
      throw new CorruptDocumentException(source, "empty file, not a PDF");
    }
    if (!hasHeader(bytes)) {
      throw new CorruptDocumentException(source, "not a PDF: no %PDF- header in the first 1 KB");
    }
    Deadline deadline = new Deadline(limits.timeout());
    MemoryUsageSetting memory =
        MemoryUsageSetting.setupMixed(
            MAIN_MEMORY, Math.max(MAIN_MEMORY, limits.maxExpandedBytes()));
    try (PDDocument pdf = load(bytes, memory, source)) {
      int pages = pdf.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw new LimitExceededException(
            source, pages + " pages, more than the limit of " + limits.maxPages());
      }
      int reachable = reachablePages(pdf, limits.maxPages());
      if (reachable > limits.maxPages()) {
        throw new LimitExceededException(
            source,
            "the page tree holds more pages than the limit of "
                + limits.maxPages()
                + " (it declares "
                + pages
                + ")");
      }
      if (pages > 0 && reachable == 0) {
        throw new CorruptDocumentException(
            source,
            "the page tree declares "
                + pages
                + (pages == 1 ? " page" : " pages")
                + " but none can be reached (a cycle or broken links in the page tree)");
      }
      if (pages == 0) {
        String damage = StructureCheck.damage(bytes);
        throw new CorruptDocumentException(
            source, "the PDF has no pages" + (damage == null ? "" : ": " + damage));
      }
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw new EncryptedDocumentException(
            source, "the PDF is encrypted and its permissions forbid text extraction");
      }
      List<String> mapped = CoreFontUnicode.addMissingMaps(pdf);
      List<PageContent> content = new GlyphCollector(deadline).collect(pdf);
      PageReading reading = new PageReading(context);
      content = reading.read(pdf, content);
      // the pages read by OCR had time of their own: what follows keeps the read's limit on top
      PdfAnnotations annotations =
          PdfAnnotations.read(pdf, source, deadline.extendedBy(reading.ocrAllowance()));
      Document doc;
      if (annotations.isEmpty()) {
        doc = new BlockStream(source).assemble(content);
      } else {
        List<PdfAnnotations.Placed> placed = new ArrayList<>();
        doc =
            annotations.attach(
                new BlockStream(source).assemble(content, placed::add), content, placed);
      }
      reading.requireSomethingUsable(doc);
      List<Diagnostic> notes = new ArrayList<>(reading.diagnostics());
      if (!mapped.isEmpty()) {
        notes.add(
            Diagnostic.info(
                "pdf.font-standard-order",
                "read the letters of "
                    + mapped.size()
                    + (mapped.size() == 1 ? " font" : " fonts")
                    + " without a Unicode map by the standard glyph order of "
                    + "the core fonts: "
                    + String.join(", ", mapped),
                SourceLocation.page(source, 0, 0)));
      }
      if (pdf.isEncrypted()) {
        notes.add(
            Diagnostic.info(
                "pdf.encrypted-open",
                "the PDF is encrypted with an empty user password; read without one",
                SourceLocation.page(source, 0, 0)));
      }
      String damage = StructureCheck.damage(bytes);
      if (damage != null) {
        notes.add(
            Diagnostic.warning(
                "pdf.repaired",
                damage + "; the file was read by scanning its objects, and content may be missing",
                SourceLocation.page(source, 0, 0)));
      }
      return doc.withDiagnostics(notes);
    } catch (Deadline.Expired e) {
      throw LimitExceededException.timeLimit(source, limits, e);
    } catch (InvalidPasswordException e) {
      throw new EncryptedDocumentException(source, "the PDF is password-protected", e);
    } catch (ImportException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new CorruptDocumentException(source, "unreadable PDF content: " + describe(e), e);
    }
  }

  private static PDDocument load(byte[] bytes, MemoryUsageSetting memory, String source)
      throws ImportException {
    try {
      return Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null, memory.streamCache);
    } catch (InvalidPasswordException e) {
      throw new EncryptedDocumentException(source, "the PDF is password-protected", e);
    } catch (IOException | RuntimeException e) {
      // PDFBox's message says what it missed ("Missing root object specification in trailer");
      // the trailer check says why (a truncated download, a broken cross-reference table)
      String damage = StructureCheck.damage(bytes);
      throw new CorruptDocumentException(
          source,
          "broken PDF structure: "
              + (damage == null
                  ? describe(e)
                  : damage + ", and it cannot be repaired (" + describe(e) + ")"),
          e);
    }
  }

  /**
   * How many pages a walk of the page tree reaches, counting no further than {@code max + 1}: the
   * declared count ({@code /Count}) can lie, and a tree can loop back on itself (the library stops
   * at a node it has seen).
   */
  private static int reachablePages(PDDocument pdf, int max) {
    int n = 0;
    for (var ignored : pdf.getPages()) {
      if (++n > max) {
        break;
      }
    }
    return n;
  }

  /** The library's message without a final full stop, or the exception's name when it has none. */
  private static String describe(Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage().strip();
    if (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.isEmpty() ? e.getClass().getSimpleName() : m;
  }

  private static byte[] readBounded(InputStream in, long max, String source)
      throws IOException, LimitExceededException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw new LimitExceededException(source, "larger than the limit of " + max + " bytes");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
