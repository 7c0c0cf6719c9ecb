package org.draftkit.importer.markdown.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.spi.ImportContext;

/**
 * Reads and checks a text input: the size limit, a byte order mark, UTF-8 validity, binary content
 * and emptiness. Line endings come out as {@code \n}.
 */
public final class TextInput {

  /** What the first bytes of an input look like. */
  public enum Sniff {
    /** NUL bytes, control characters or invalid UTF-8: not text. */
    BINARY,
    /** Nothing but white space (or nothing at all). */
    BLANK,
    /** Readable text. */
    TEXT
  }

  private TextInput() {}

  /**
   * Classifies the first bytes of an input without throwing. A multi-byte character cut off at the
   * end of {@code head} does not count against it.
   */
  public static Sniff sniff(byte[] head) {
    if (head == null || head.length == 0) {
      return Sniff.BLANK;
    }
    Charset utf16 = utf16Bom(head);
    if (utf16 != null) {
      return Sniff.TEXT;
    }
    int start = hasUtf8Bom(head) ? 3 : 0;
    if (binaryReason(head, start, head.length) != null
        || invalidUtf8At(head, start, head.length, true) >= 0) {
      return Sniff.BINARY;
    }
    for (int i = start; i < head.length; i++) {
      if (!isAsciiSpace(head[i])) {
        return Sniff.TEXT;
      }
    }
    return Sniff.BLANK;
  }

  /**
   * Reads the whole input as text.
   *
   * @throws LimitExceededException when it is larger than the context's input limit
   * @throws CorruptDocumentException when it is empty, binary or not valid UTF-8 (or UTF-16 with a
   *     BOM)
   */
  public static String read(InputStream in, ImportContext context)
      throws ImportException, IOException {
    long max = context.limits().maxInputBytes();
    byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
    if (bytes.length > max) {
      throw new LimitExceededException(
          context.sourceName(), "input is larger than the limit of " + max + " bytes");
    }
    return decode(bytes, context.sourceName());
  }

  /** Decodes and checks bytes as {@link #read} does. */
  public static String decode(byte[] bytes, String source) throws CorruptDocumentException {
    if (bytes.length == 0) {
      throw new CorruptDocumentException(source, "empty file");
    }
    String text;
    Charset utf16 = utf16Bom(bytes);
    if (utf16 != null) {
      text = decodeUtf16(bytes, utf16, source);
      if (text.indexOf('\0') >= 0) {
        throw new CorruptDocumentException(source, "not a text file (binary content)");
      }
    } else {
      int start = hasUtf8Bom(bytes) ? 3 : 0;
      String binary = binaryReason(bytes, start, bytes.length);
      if (binary != null) {
        throw new CorruptDocumentException(
            source, "not a text file (binary content: " + binary + ")");
      }
      int bad = invalidUtf8At(bytes, start, bytes.length, false);
      if (bad >= 0) {
        throw new CorruptDocumentException(
            source,
            String.format(
                Locale.ROOT,
                "not a UTF-8 text file (invalid byte 0x%02X at offset %d)",
                bytes[bad] & 0xff,
                bad));
      }
      text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }
    if (text.isBlank()) {
      throw new CorruptDocumentException(source, "contains no text (only white space)");
    }
    return normalizeLineEnds(text);
  }

  /** {@code \r\n} and lone {@code \r} become {@code \n}. */
  static String normalizeLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String decodeUtf16(byte[] bytes, Charset charset, String source)
      throws CorruptDocumentException {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CorruptDocumentException(source, "not a valid UTF-16 text file", e);
    }
  }

  private static Charset utf16Bom(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0b;
  }

  /**
   * Why the bytes are binary, or null: any NUL byte, or more control characters than text plausibly
   * holds (tab, line feed, carriage return, form feed, vertical tab, escape and the DOS end-of-file
   * mark do not count).
   */
  private static String binaryReason(byte[] b, int from, int to) {
    int controls = 0;
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return String.format(Locale.ROOT, "NUL byte at offset %d", i);
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b && c != 0x1a
              && c != 0x1b
          || c == 0x7f) {
        controls++;
      }
    }
    int allowed = Math.max(4, (to - from) / 200);
    return controls > allowed ? controls + " control characters" : null;
  }

  /**
   * The offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms, no
   * surrogates, nothing above U+10FFFF), or -1.
   *
   * @param truncatedEndOk whether a sequence cut off by the end of the range is acceptable
   */
  static int invalidUtf8At(byte[] b, int from, int to, boolean truncatedEndOk) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      if (c >= 0xc2 && c <= 0xdf) {
        n = 1;
      } else if (c >= 0xe0 && c <= 0xef) {
        n = 2;
      } else if (c >= 0xf0 && c <= 0xf4) {
        n = 3;
      } else {
        return i;
      }
      int available = Math.min(n, to - i - 1);
      if (available >= 1) {
        int c1 = b[i + 1] & 0xff;
        if (c == 0xe0 && c1 < 0xa0
            || c == 0xed && c1 > 0x9f
            || c == 0xf0 && c1 < 0x90
            || c == 0xf4 && c1 > 0x8f) {
          return i;
        }
      }
      for (int k = 1; k <= available; k++) {
        if ((b[i + k] & 0xc0) != 0x80) {
          return i;
        }
      }
      if (available < n) {
        return truncatedEndOk ? -1 : i;
      }
      i += n + 1;
    }
    return -1;
  }
}
