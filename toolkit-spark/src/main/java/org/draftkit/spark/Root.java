package org.draftkit.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Predicate;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.io.AtomicFiles;
import org.draftkit.model.Document;

/**
 * A folder the job reads from or writes into, addressed by paths relative to it with {@code /}
 * separators: a local folder ({@link LocalRoot}, exactly what {@code draftkit batch} does) or a
 * folder on a Hadoop-compatible file system ({@link HadoopRoot}: HDFS, S3 … as the cluster is
 * configured). Serializable, so that executors get it with their tasks; file system handles are
 * opened lazily on the side that uses them.
 */
interface Root extends Serializable {

  /** An input's size and modification time (ms). */
  record Stat(long size, long modified) {}

  /**
   * The inputs under this folder (sizes known where the listing gives them), as {@code draftkit
   * batch} finds them.
   */
  record Listing(
      List<String> inputs, List<Long> sizes, List<String> ignored, List<String[]> problems) {}

  /** How messages name a file under this folder. */
  String display(String rel);

  /** The root as the user gave it (for the report). */
  String given();

  /** Whether the folder exists and is a folder. */
  boolean isFolder() throws IOException;

  /** Creates the folder when missing. */
  void create() throws IOException;

  /** Whether this root and {@code other} are the same folder. */
  boolean sameAs(Root other) throws IOException;

  /**
   * Lists the inputs, leaving out {@code exclude} (the output folder) and names whose extension is
   * not {@code readable}.
   */
  Listing walk(Root exclude, Predicate<String> readable) throws IOException;

  /**
   * The relative path of a listed entry (a path or URI), or null when it is not under this folder.
   */
  String relativize(String entry);

  Stat stat(String rel) throws IOException;

  /**
   * Reads an input with the toolkit, as {@code from} (null: detected) with the importer options,
   * its import limits applying; errors name the file by {@link #display}.
   */
  Document read(Toolkit toolkit, String rel, String from, java.util.Map<String, String> options)
      throws ImportException;

  /** Writes a file atomically (a hidden temporary file renamed over the target). */
  void write(String rel, AtomicFiles.Content content) throws Exception;

  /** Sets a file's modification time forward to {@code modified} when it is older. */
  void notOlderThan(String rel, long modified) throws IOException;

  /** Whether {@code rel} is a regular file modified at or after {@code modified}. */
  boolean isCurrent(String rel, long modified) throws IOException;

  /** A file's text, or null when there is none. */
  String readString(String rel) throws IOException;

  /** The names of the files in a folder (empty when there is none). */
  List<String> files(String folderRel) throws IOException;

  /**
   * Creates a new file for appending lines that must survive the process being killed; see {@link
   * #flush}.
   */
  OutputStream createJournal(String rel) throws IOException;

  /** Makes what was written to a journal durable against the process being killed. */
  void flush(OutputStream journal) throws IOException;

  void delete(String rel) throws IOException;

  /** Removes temporary files a killed run left. */
  void removeLeftovers() throws IOException;
}
