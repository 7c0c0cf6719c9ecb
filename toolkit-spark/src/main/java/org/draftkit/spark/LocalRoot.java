package org.draftkit.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.batch.internal.InputWalker;
import org.draftkit.io.AtomicFiles;
import org.draftkit.model.Document;

/**
 * A folder on the local file system (or one every executor mounts at the same path): the same walk,
 * reads and atomic writes as {@code draftkit batch}, so the same inputs give the same files.
 */
final class LocalRoot implements Root {

  private static final long serialVersionUID = 1L;

  private final String given;

  LocalRoot(String given) {
    this.given = given;
  }

  private Path path() {
    return Path.of(given);
  }

  private Path resolve(String rel) {
    return path().resolve(rel);
  }

  @Override
  public String display(String rel) {
    return resolve(rel).toString();
  }

  @Override
  public String given() {
    return path().toString();
  }

  @Override
  public boolean isFolder() {
    return Files.isDirectory(path());
  }

  @Override
  public void create() throws IOException {
    Files.createDirectories(path());
  }

  @Override
  public boolean sameAs(Root other) throws IOException {
    return other instanceof LocalRoot o
        && Files.exists(path())
        && Files.exists(o.path())
        && Files.isSameFile(path(), o.path());
  }

  @Override
  public Listing walk(Root exclude, Predicate<String> readable) throws IOException {
    Path out = exclude instanceof LocalRoot o ? o.path() : null;
    InputWalker.Found found = InputWalker.walk(path(), out, readable);
    List<String> inputs = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (Path p : found.inputs()) {
      inputs.add(InputWalker.slashed(p));
      long size;
      try {
        size = Files.size(path().resolve(p));
      } catch (IOException e) {
        size = 0; // reported when the input is converted
      }
      sizes.add(size);
    }
    List<String[]> problems = new ArrayList<>();
    for (InputWalker.Problem p : found.problems()) {
      problems.add(new String[] {p.path(), p.reason()});
    }
    return new Listing(inputs, sizes, found.ignored(), problems);
  }

  @Override
  public String relativize(String entry) {
    Path p = entry.startsWith("file:") ? Path.of(java.net.URI.create(entry)) : Path.of(entry);
    Path rel;
    if (p.isAbsolute()) {
      Path root = path().toAbsolutePath().normalize();
      Path abs = p.normalize();
      if (!abs.startsWith(root) || abs.equals(root)) {
        return null;
      }
      rel = root.relativize(abs);
    } else {
      rel = p.normalize();
      if (rel.toString().isEmpty() || rel.startsWith("..")) {
        return null;
      }
    }
    return InputWalker.slashed(rel);
  }

  @Override
  public Stat stat(String rel) throws IOException {
    Path p = resolve(rel);
    return new Stat(Files.size(p), Files.getLastModifiedTime(p).toMillis());
  }

  @Override
  public Document read(
      Toolkit toolkit, String rel, String from, java.util.Map<String, String> options)
      throws ImportException {
    return toolkit.read(resolve(rel), from, options);
  }

  @Override
  public void write(String rel, AtomicFiles.Content content) throws Exception {
    AtomicFiles.write(resolve(rel), content);
  }

  @Override
  public void notOlderThan(String rel, long modified) throws IOException {
    Path p = resolve(rel);
    if (Files.getLastModifiedTime(p).toMillis() < modified) {
      Files.setLastModifiedTime(p, FileTime.fromMillis(modified));
    }
  }

  @Override
  public boolean isCurrent(String rel, long modified) throws IOException {
    Path p = resolve(rel);
    return Files.isRegularFile(p) && Files.getLastModifiedTime(p).toMillis() >= modified;
  }

  @Override
  public String readString(String rel) throws IOException {
    try {
      return Files.readString(resolve(rel), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  @Override
  public List<String> files(String folderRel) throws IOException {
    Path dir = resolve(folderRel);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Override
  public OutputStream createJournal(String rel) throws IOException {
    Path p = resolve(rel);
    Files.createDirectories(p.getParent());
    return Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Override
  public void flush(OutputStream journal) throws IOException {
    journal.flush(); // in the operating system's hands: survives the process being killed
  }

  @Override
  public void delete(String rel) throws IOException {
    try {
      Files.deleteIfExists(resolve(rel));
    } catch (java.nio.file.DirectoryNotEmptyException e) {
      // a journal folder a straggling task still writes into: left for the next run
    }
  }

  @Override
  public void removeLeftovers() throws IOException {
    AtomicFiles.removeLeftovers(path());
  }
}
