package org.draftkit.batch.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import org.draftkit.io.AtomicFiles;

/**
 * The record, kept in the output folder, of which outputs were written from which input version by
 * which toolkit version. It is a journal: every finished output appends one line, flushed at once,
 * so that a batch killed midway still knows what it finished; a torn last line is ignored. {@link
 * #close()} rewrites it compactly. Thread-safe.
 *
 * <p>Format: a header line, then one tab-separated line per output: output path, input path,
 * toolkit version, input size, input modification time (ms), and how the input was read (see {@link
 * #reading}; empty for the importers' defaults). Tabs, newlines and backslashes in paths are
 * escaped. A line of five fields (a manifest written before the reading was recorded) was read with
 * the defaults.
 */
public final class Manifest implements Closeable {

  /** The manifest's file name in the output folder (hidden, so walks skip it). */
  public static final String FILE = ".draftkit-batch-manifest.tsv";

  /** The manifest's first line. */
  public static final String HEADER = "# draftkit batch manifest v2";

  /**
   * What was recorded for one output.
   *
   * @param reading how the input was read ({@link #reading}), empty for the defaults
   */
  public record Entry(
      String output,
      String input,
      String version,
      long inputSize,
      long inputModified,
      String reading) {}

  /**
   * How inputs are read, as recorded with each output: the format forced ({@code from}, null to
   * detect it) and the importer options, as {@code from=md;lang=ar,en;ocr=never} in key order
   * ({@code ;} and {@code \} escaped), empty when there is neither. An output read otherwise is not
   * up to date.
   */
  public static String reading(String from, Map<String, String> options) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> o : readingOptions(from, options).entrySet()) {
      if (sb.length() > 0) {
        sb.append(';');
      }
      sb.append(o.getKey().replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\="))
          .append('=')
          .append(o.getValue().replace("\\", "\\\\").replace(";", "\\;"));
    }
    return sb.toString();
  }

  /**
   * The importer options with the forced format as {@code from}, in key order: what the report
   * lists as the batch's options.
   */
  public static Map<String, String> readingOptions(String from, Map<String, String> options) {
    Map<String, String> all = new TreeMap<>(options);
    if (from != null) {
      all.put("from", from);
    }
    return java.util.Collections.unmodifiableMap(all);
  }

  private final Path file;
  private final Map<String, Entry> entries = new TreeMap<>();
  private BufferedWriter journal;

  private Manifest(Path file) {
    this.file = file;
  }

  /** Reads the manifest of {@code outDir} (empty when there is none) and opens it for appending. */
  public static Manifest open(Path outDir) throws IOException {
    Manifest m = new Manifest(outDir.resolve(FILE));
    if (Files.exists(m.file)) {
      String content = Files.readString(m.file, StandardCharsets.UTF_8);
      String[] lines = content.split("\n", -1);
      // the piece after the last newline is empty, or a line torn by a kill: only whole lines count
      for (int i = 0; i < lines.length - 1; i++) {
        Entry e = parse(lines[i]);
        if (e != null) {
          m.entries.put(e.output(), e);
        }
      }
    }
    Files.createDirectories(outDir);
    m.rewrite();
    m.journal = Files.newBufferedWriter(m.file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return m;
  }

  /** The entry recorded for an output path, or null. */
  public synchronized Entry get(String output) {
    return entries.get(output);
  }

  /** Records a finished output, durable against the process being killed right after. */
  public synchronized void record(Entry e) throws IOException {
    if (journal == null) {
      throw new IOException("the batch manifest " + file + " is closed");
    }
    entries.put(e.output(), e);
    journal.write(format(e));
    journal.flush();
  }

  /** Rewrites the manifest with one line per output and closes it. */
  @Override
  public synchronized void close() throws IOException {
    if (journal != null) {
      journal.close();
      journal = null;
    }
    rewrite();
  }

  private void rewrite() throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Entry e : entries.values()) {
      sb.append(format(e));
    }
    AtomicFiles.Content content = out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    try {
      AtomicFiles.write(file, content);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** One entry as a manifest line, newline included. */
  public static String format(Entry e) {
    return escape(e.output())
        + '\t'
        + escape(e.input())
        + '\t'
        + escape(e.version())
        + '\t'
        + e.inputSize()
        + '\t'
        + e.inputModified()
        + '\t'
        + escape(e.reading())
        + '\n';
  }

  /**
   * The entry of one manifest line (without its newline), or null for the header, a comment or a
   * damaged line.
   */
  public static Entry parse(String line) {
    if (line.isEmpty() || line.startsWith("#")) {
      return null;
    }
    String[] f = line.split("\t", -1);
    if (f.length != 5 && f.length != 6) {
      return null;
    }
    try {
      return new Entry(
          unescape(f[0]),
          unescape(f[1]),
          unescape(f[2]),
          Long.parseLong(f[3]),
          Long.parseLong(f[4]),
          f.length == 6 ? unescape(f[5]) : "");
    } catch (NumberFormatException e) {
      // a damaged line: that output will simply be written again
      return null;
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
