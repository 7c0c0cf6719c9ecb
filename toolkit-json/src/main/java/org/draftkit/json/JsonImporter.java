package org.draftkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.draftkit.ImportException;
import org.draftkit.json.internal.DocumentMapping;
import org.draftkit.json.internal.DocumentShape;
import org.draftkit.json.internal.JsonCodec;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * Reads draftkit JSON (what {@link DocumentJsonExporter} writes, or a consolidation, whose extra
 * fields are ignored) back into a {@link Document}. Only {@code paragraphs} is required; a
 * paragraph or footnote may give {@code text} alone. Unknown kinds and marks become diagnostics.
 *
 * <p>Malformed JSON or a wrong shape is a {@link org.draftkit.CorruptDocumentException} naming the
 * source, the line and column (or the JSON path) and the problem.
 *
 * <p>Thread-safe; one instance may serve any number of concurrent reads.
 *
 * @since 0.1
 */
public final class JsonImporter implements DocumentImporter {

  private static final byte[] PARAGRAPHS_KEY = "\"paragraphs\"".getBytes(StandardCharsets.US_ASCII);

  private final JsonCodec codec = new JsonCodec();
  private final DocumentMapping mapping = new DocumentMapping();

  @Override
  public FormatInfo format() {
    return DocumentJsonExporter.FORMAT;
  }

  /**
   * {@link Detection#LIKELY} when the content starts (after a byte order mark and white space) with
   * {@code {} and the head contains {@code "paragraphs"}; {@link Detection#NO} otherwise.
   */
  @Override
  public Detection detect(byte[] head) {
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i >= head.length || head[i] != '{') {
      return Detection.NO;
    }
    return contains(head, PARAGRAPHS_KEY, i) ? Detection.LIKELY : Detection.NO;
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    DocumentShape.Doc shape = codec.read(in, DocumentShape.Doc.class, context.sourceName());
    return mapping.fromShape(shape, context.sourceName());
  }

  private static boolean contains(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
