package org.draftkit.exporter.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package so that equal content gives equal bytes: entries in a fixed order
 * ({@code [Content_Types].xml}, {@code _rels/.rels}, {@code word/document.xml}, then by name),
 * every entry dated 1980-01-01 00:00 with no extra fields, no comment.
 */
final class DeterministicZip {
  private DeterministicZip() {}

  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final List<String> FIRST = List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml");

  static void repack(byte[] zip, OutputStream out) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    List<String> names = new ArrayList<>(entries.keySet());
    names.sort(Comparator.comparingInt(DeterministicZip::rank).thenComparing(Comparator.naturalOrder()));
    ZipOutputStream zout = new ZipOutputStream(new NonClosing(out));
    for (String name : names) {
      ZipEntry e = new ZipEntry(name);
      e.setTimeLocal(EPOCH);
      zout.putNextEntry(e);
      zout.write(entries.get(name));
      zout.closeEntry();
    }
    zout.finish();
    zout.flush();
  }

  private static int rank(String name) {
    int i = FIRST.indexOf(name);
    return i < 0 ? FIRST.size() : i;
  }

  /** Lets the zip stream finish without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
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
