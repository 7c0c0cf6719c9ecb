package org.draftkit.importer.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.draftkit.CorruptDocumentException;
import org.draftkit.EncryptedDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.Limits;
import org.draftkit.UnsupportedFormatException;
import org.draftkit.spi.Detection;
import org.draftkit.spi.ImportContext;

/**
 * Opens the package: checks the container kind (zip, OLE2 compound file), truncation, the presence
 * of a Word main part, and the expanded size against {@link org.draftkit.Limits#maxExpandedBytes()}
 * (declared sizes and the bytes really inflated) and {@link
 * org.draftkit.Limits#maxExpansionRatio()} (bytes inflated against the package's size), so that zip
 * bombs, encrypted packages and other zips fail with a typed error.
 */
public final class PackageGuard {

  private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
  private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP_END = {'P', 'K', 5, 6};

  private PackageGuard() {}

  /** How sure we are that {@code head} starts a DOCX file. Never throws. */
  public static Detection detect(byte[] head) {
    if (head == null || head.length < 4) {
      return Detection.NO;
    }
    if (startsWith(head, OLE2)) {
      // An encrypted DOCX is an OLE2 compound file; so is a legacy .doc. Let the extension decide.
      return Detection.WEAK;
    }
    if (!startsWith(head, ZIP_LOCAL)) {
      return Detection.NO;
    }
    String names = new String(head, StandardCharsets.ISO_8859_1);
    if (names.contains("word/") || names.contains("wordprocessingml")) {
      return Detection.CERTAIN;
    }
    return Detection.LIKELY;
  }

  /** Reads the whole input, refusing more than {@code maxInputBytes}. */
  public static byte[] readAll(InputStream in, ImportContext context)
      throws IOException, LimitExceededException {
    long max = context.limits().maxInputBytes();
    byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (data.length > max) {
      throw new LimitExceededException(
          context.sourceName(), "larger than the input limit of " + max + " bytes");
    }
    return data;
  }

  /**
   * Verifies that {@code data} is a readable, unencrypted Word package within the limits and
   * returns its XML parts (media and other binary entries are inflated, counted and dropped).
   *
   * @throws ImportException a typed reason when it is not
   */
  public static Map<String, byte[]> open(byte[] data, ImportContext context)
      throws ImportException {
    String source = context.sourceName();
    if (data.length == 0) {
      throw new CorruptDocumentException(source, "empty file");
    }
    if (startsWith(data, OLE2)) {
      if (contains(data, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE))
          || contains(data, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE))) {
        throw new EncryptedDocumentException(
            source,
            "password-protected: an encrypted Office package (OLE2 container with EncryptionInfo)");
      }
      throw new UnsupportedFormatException(
          source,
          "an OLE2 compound file (legacy Word 97-2003 .doc or another binary Office file), not DOCX");
    }
    if (startsWith(data, ZIP_EMPTY)) {
      throw new CorruptDocumentException(source, "an empty zip archive, not a Word document");
    }
    if (!startsWith(data, ZIP_LOCAL)) {
      throw new CorruptDocumentException(source, "not a DOCX file: no zip signature at the start");
    }
    if (lastIndexOf(data, ZIP_END, Math.max(0, data.length - 65_557)) < 0) {
      throw new CorruptDocumentException(
          source, "truncated zip archive: the central directory (end record) is missing");
    }
    Map<String, byte[]> parts = inflate(data, context);
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (declaresDocumentType(part.getValue())) {
        throw new CorruptDocumentException(
            source,
            part.getKey()
                + " declares a document type (DTD), which Word "
                + "never writes: refused, since its entities could expand without bound or read local files");
      }
    }
    byte[] types = parts.get(CONTENT_TYPES);
    if (types == null) {
      throw new UnsupportedFormatException(
          source, "a zip archive but not an Office Open XML package (no [Content_Types].xml)");
    }
    String contentTypesXml = new String(types, StandardCharsets.UTF_8);
    boolean wordMain =
        Opc.MAIN_TYPES.stream()
            .anyMatch(t -> contentTypesXml.contains(t.substring(0, t.indexOf('+'))));
    if (!wordMain) {
      String what =
          contentTypesXml.contains("spreadsheetml")
              ? " (a spreadsheet)"
              : contentTypesXml.contains("presentationml") ? " (a presentation)" : "";
      boolean wordEntries = parts.keySet().stream().anyMatch(n -> n.startsWith("word/"));
      throw new UnsupportedFormatException(
          source,
          "an Office package without a Word document part"
              + what
              + (wordEntries ? "" : "; no word/ entries"));
    }
    return parts;
  }

  /** The name of the content types entry. */
  static final String CONTENT_TYPES = "[Content_Types].xml";

  private static Map<String, byte[]> inflate(byte[] data, ImportContext context)
      throws ImportException {
    String source = context.sourceName();
    long limit = context.limits().maxExpandedBytes();
    long ratioLimit = (long) context.limits().maxExpansionRatio() * data.length;
    long total = 0;
    Map<String, byte[]> parts = new LinkedHashMap<>();
    byte[] buffer = new byte[16 * 1024];
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        entries++;
        String name = e.getName();
        if (e.getSize() > limit || (e.getSize() > 0 && total + e.getSize() > limit)) {
          throw new LimitExceededException(
              source,
              "zip entry "
                  + name
                  + " declares "
                  + e.getSize()
                  + " bytes expanded, over the limit of "
                  + limit
                  + " bytes");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean keep = !e.isDirectory() && (lower.endsWith(".xml") || lower.endsWith(".rels"));
        ByteArrayOutputStream out =
            keep ? new ByteArrayOutputStream(e.getSize() > 0 ? (int) e.getSize() : 8192) : null;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > limit) {
            throw new LimitExceededException(
                source,
                "expands to more than the limit of "
                    + limit
                    + " bytes (zip bomb?) while inflating "
                    + name);
          }
          if (total > Limits.RATIO_GRACE_BYTES && total > ratioLimit) {
            throw new LimitExceededException(
                source,
                "expands more than "
                    + context.limits().maxExpansionRatio()
                    + " times its own size of "
                    + data.length
                    + " bytes (a zip bomb?) while inflating "
                    + name);
          }
          if (out != null) {
            out.write(buffer, 0, n);
          }
        }
        if (out != null) {
          parts.putIfAbsent(name.startsWith("/") ? name.substring(1) : name, out.toByteArray());
        }
      }
    } catch (ImportException ex) {
      throw ex;
    } catch (EOFException ex) {
      throw new CorruptDocumentException(source, "truncated zip archive: an entry ends early", ex);
    } catch (ZipException ex) {
      throw new CorruptDocumentException(source, "damaged zip archive: " + ex.getMessage(), ex);
    } catch (IOException ex) {
      throw new CorruptDocumentException(source, "unreadable zip archive: " + ex.getMessage(), ex);
    } catch (IllegalArgumentException ex) {
      // java.util.zip reports an entry name that is not valid UTF-8 this way ("malformed input off
      // : 5, length : 3")
      throw new CorruptDocumentException(
          source, "damaged zip archive: an entry name is not valid UTF-8", ex);
    }
    if (entries == 0) {
      throw new CorruptDocumentException(source, "a zip archive without readable entries");
    }
    return parts;
  }

  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

  /**
   * True when the XML's prolog holds a document type declaration. The prolog ends at the root
   * element, so only the bytes before the first start tag that is not a declaration, a processing
   * instruction or a comment are searched (UTF-16 parts are searched as their ASCII bytes appear).
   */
  static boolean declaresDocumentType(byte[] xml) {
    int end = Math.min(xml.length, 64 * 1024);
    for (int i = 0; i < end; i++) {
      if (xml[i] != '<' || i + 1 >= end) {
        continue;
      }
      byte next = xml[i + 1];
      if (next == '!' && i + DOCTYPE.length <= xml.length && indexOf(xml, DOCTYPE, i) == i) {
        return true;
      }
      if (next != '?' && next != '!' && next != 0) {
        return false; // the root element: no declaration can follow
      }
    }
    return indexOf(
            java.util.Arrays.copyOf(xml, end),
            "<\u0000!\u0000D\u0000O\u0000C\u0000T\u0000Y\u0000P\u0000E"
                .getBytes(StandardCharsets.ISO_8859_1),
            0)
        >= 0;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] data, byte[] needle) {
    return indexOf(data, needle, 0) >= 0;
  }

  private static int indexOf(byte[] data, byte[] needle, int from) {
    outer:
    for (int i = from; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int lastIndexOf(byte[] data, byte[] needle, int notBefore) {
    outer:
    for (int i = data.length - needle.length; i >= notBefore; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
