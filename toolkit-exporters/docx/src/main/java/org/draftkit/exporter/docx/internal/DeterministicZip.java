package org.draftkit.exporter.docx.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip package so that equal content gives equal bytes: entries in a fixed order ({@code
 * [Content_Types].xml}, {@code _rels/.rels}, {@code word/document.xml}, then by name), every entry
 * dated 1980-01-01 00:00 with no extra fields, no comment. The caller's stream is finished, not
 * closed.
 */
final class DeterministicZip {
  private DeterministicZip() {}

  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final List<String> FIRST =
      List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml");

  static void write(Map<String, String> parts, OutputStream out) throws IOException {
    List<String> names = new ArrayList<>(parts.keySet());
    names.sort(
        Comparator.comparingInt(DeterministicZip::rank).thenComparing(Comparator.naturalOrder()));
    ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
    for (String name : names) {
      ZipEntry e = new ZipEntry(name);
      e.setTimeLocal(EPOCH);
      zip.putNextEntry(e);
      zip.write(parts.get(name).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }

  private static int rank(String name) {
    int i = FIRST.indexOf(name);
    return i < 0 ? FIRST.size() : i;
  }

  /** Lets the zip stream finish without closing the caller's stream. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
