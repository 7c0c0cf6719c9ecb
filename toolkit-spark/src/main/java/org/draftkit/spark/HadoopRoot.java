package org.draftkit.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.Toolkit;
import org.draftkit.batch.internal.InputWalker;
import org.draftkit.io.AtomicFiles;
import org.draftkit.model.Document;

/**
 * A folder on a Hadoop-compatible file system (HDFS, S3 through S3A, …), configured by the
 * cluster's Hadoop configuration, which travels with the tasks. The walk follows {@code draftkit
 * batch}'s rules (hidden names skipped, the output folder left out, inputs sorted); an output is
 * written to a hidden temporary file and renamed over its target (atomic on HDFS; on object stores
 * the rename is a single copy, so no half-written object is ever visible).
 */
final class HadoopRoot implements Root {

  private static final long serialVersionUID = 1L;

  private final String uri;
  private final byte[] configuration;
  private transient FileSystem fs;
  private transient Configuration conf;

  HadoopRoot(String uri, Configuration conf) {
    this.uri = uri.endsWith("/") && uri.length() > 1 ? uri.substring(0, uri.length() - 1) : uri;
    this.configuration = serialize(conf);
  }

  private static byte[] serialize(Configuration conf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      conf.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private Configuration conf() throws IOException {
    if (conf == null) {
      Configuration c = new Configuration(false);
      c.readFields(new DataInputStream(new ByteArrayInputStream(configuration)));
      conf = c;
    }
    return conf;
  }

  private FileSystem fs() throws IOException {
    if (fs == null) {
      fs = FileSystem.get(URI.create(uri), conf());
    }
    return fs;
  }

  private Path root() {
    return new Path(uri);
  }

  private Path resolve(String rel) {
    return new Path(uri + "/" + rel);
  }

  @Override
  public String display(String rel) {
    return uri + "/" + rel;
  }

  @Override
  public String given() {
    return uri;
  }

  @Override
  public boolean isFolder() throws IOException {
    try {
      return fs().getFileStatus(root()).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  @Override
  public void create() throws IOException {
    fs().mkdirs(root());
  }

  @Override
  public boolean sameAs(Root other) throws IOException {
    return other instanceof HadoopRoot o
        && fs().makeQualified(root()).equals(o.fs().makeQualified(o.root()));
  }

  @Override
  public Listing walk(Root exclude, Predicate<String> readable) throws IOException {
    Path skip = exclude instanceof HadoopRoot o ? o.fs().makeQualified(o.root()) : null;
    List<String> inputs = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<String[]> problems = new ArrayList<>();
    List<Map.Entry<String, Long>> found = new ArrayList<>();
    walk(fs().makeQualified(root()), "", skip, readable, found, ignored, problems);
    found.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, Long> e : found) {
      inputs.add(e.getKey());
      sizes.add(e.getValue());
    }
    ignored.sort(null);
    problems.sort((a, b) -> a[0].compareTo(b[0]));
    return new Listing(inputs, sizes, ignored, problems);
  }

  private void walk(
      Path dir,
      String prefix,
      Path skip,
      Predicate<String> readable,
      List<Map.Entry<String, Long>> found,
      List<String> ignored,
      List<String[]> problems)
      throws IOException {
    FileStatus[] children;
    try {
      children = fs().listStatus(dir);
    } catch (IOException e) {
      if (prefix.isEmpty()) {
        throw e;
      }
      problems.add(
          new String[] {
            prefix.substring(0, prefix.length() - 1), "cannot be read: " + e.getMessage()
          });
      return;
    }
    for (FileStatus s : children) {
      String name = s.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      String rel = prefix + name;
      if (s.isDirectory()) {
        if (skip == null || !s.getPath().equals(skip)) {
          walk(s.getPath(), rel + "/", skip, readable, found, ignored, problems);
        }
      } else if (s.isFile()) {
        if (readable.test(InputWalker.extension(name))) {
          found.add(Map.entry(rel, s.getLen()));
        } else {
          ignored.add(rel);
        }
      }
    }
  }

  @Override
  public String relativize(String entry) {
    try {
      String root = fs().makeQualified(root()).toString() + "/";
      String abs =
          entry.contains(":") || entry.startsWith("/")
              ? fs().makeQualified(new Path(entry)).toString()
              : null;
      String rel = abs == null ? entry : abs.startsWith(root) ? abs.substring(root.length()) : null;
      if (rel == null
          || rel.isEmpty()
          || rel.startsWith("/")
          || ("/" + rel + "/").contains("/../")) {
        return null;
      }
      return rel;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public Stat stat(String rel) throws IOException {
    FileStatus s = fs().getFileStatus(resolve(rel));
    if (s.isDirectory()) {
      throw new IOException("is a directory, not a file");
    }
    return new Stat(s.getLen(), s.getModificationTime());
  }

  @Override
  public Document read(Toolkit toolkit, String rel, String from, Map<String, String> options)
      throws ImportException {
    String name = display(rel);
    try {
      FileStatus s = fs().getFileStatus(resolve(rel));
      if (s.getLen() > toolkit.limits().maxInputBytes()) {
        throw new LimitExceededException(
            name,
            "file is "
                + s.getLen()
                + " bytes, over the limit of "
                + toolkit.limits().maxInputBytes());
      }
      try (InputStream in = fs().open(resolve(rel))) {
        return toolkit.read(in, name, from, options);
      }
    } catch (FileNotFoundException e) {
      throw new ImportException(name, "no such file", e);
    } catch (IOException e) {
      throw new ImportException(name, "cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public void write(String rel, AtomicFiles.Content content) throws Exception {
    Path target = resolve(rel);
    Path tmp =
        new Path(
            target.getParent(),
            "." + target.getName() + "." + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
    boolean moved = false;
    try {
      try (FSDataOutputStream out = fs().create(tmp, true)) {
        content.writeTo(out);
      }
      FileContext.getFileContext(fs().getUri(), conf())
          .rename(tmp, target, Options.Rename.OVERWRITE);
      moved = true;
    } finally {
      if (!moved) {
        fs().delete(tmp, false);
      }
    }
  }

  @Override
  public void notOlderThan(String rel, long modified) throws IOException {
    Path p = resolve(rel);
    if (fs().getFileStatus(p).getModificationTime() < modified) {
      fs().setTimes(p, modified, -1);
    }
  }

  @Override
  public boolean isCurrent(String rel, long modified) throws IOException {
    try {
      FileStatus s = fs().getFileStatus(resolve(rel));
      return s.isFile() && s.getModificationTime() >= modified;
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  @Override
  public String readString(String rel) throws IOException {
    try (InputStream in = fs().open(resolve(rel))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (FileNotFoundException e) {
      return null;
    }
  }

  @Override
  public List<String> files(String folderRel) throws IOException {
    List<String> names = new ArrayList<>();
    try {
      for (FileStatus s : fs().listStatus(resolve(folderRel))) {
        if (s.isFile()) {
          names.add(s.getPath().getName());
        }
      }
    } catch (FileNotFoundException e) {
      return List.of();
    }
    names.sort(null);
    return names;
  }

  @Override
  public OutputStream createJournal(String rel) throws IOException {
    return fs().create(resolve(rel), false);
  }

  @Override
  public void flush(OutputStream journal) throws IOException {
    journal.flush();
    if (journal instanceof FSDataOutputStream f) {
      f.hflush(); // visible to readers; on object stores only at close (a killed task's outputs
      // are redone)
    }
  }

  @Override
  public void delete(String rel) throws IOException {
    fs().delete(resolve(rel), true);
  }

  @Override
  public void removeLeftovers() throws IOException {
    if (!isFolder()) {
      return;
    }
    var files = fs().listFiles(root(), true);
    while (files.hasNext()) {
      Path p = files.next().getPath();
      if (p.getName().startsWith(".") && p.getName().endsWith(AtomicFiles.TEMP_SUFFIX)) {
        fs().delete(p, false);
      }
    }
  }
}
