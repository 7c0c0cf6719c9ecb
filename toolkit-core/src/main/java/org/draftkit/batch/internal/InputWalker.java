package org.draftkit.batch.internal;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Lists the inputs of a batch: regular files under a folder, following symbolic links but not their
 * loops, skipping hidden files and folders (a name starting with a dot) and the output folder when
 * it lies inside the input folder. Paths come back sorted, so runs are repeatable.
 */
public final class InputWalker {

  /** A file or folder that could not be read while walking. */
  public record Problem(String path, String reason) {}

  /**
   * The inputs (relative paths), what is not an input (files no importer reads, link loops), and
   * problems.
   */
  public record Found(List<Path> inputs, List<String> ignored, List<Problem> problems) {}

  private InputWalker() {}

  /**
   * Walks {@code root}.
   *
   * @param root the input folder
   * @param exclude a folder to leave out (the output folder), or null
   * @param readable whether a lower-case extension (without the dot, "" for none) is one an
   *     importer reads
   */
  public static Found walk(Path root, Path exclude, Predicate<String> readable) throws IOException {
    Path realRoot = root.toRealPath();
    Path realExclude = exclude != null && Files.isDirectory(exclude) ? exclude.toRealPath() : null;
    List<Path> inputs = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Files.walkFileTree(
        realRoot,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(realRoot)
                && (isHidden(dir) || realExclude != null && dir.toRealPath().equals(realExclude))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file) || !attrs.isRegularFile()) {
              return FileVisitResult.CONTINUE;
            }
            Path rel = realRoot.relativize(file);
            if (readable.test(extension(file.getFileName().toString()))) {
              inputs.add(rel);
            } else {
              ignored.add(slashed(rel));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String rel = slashed(realRoot.relativize(file));
            if (e instanceof FileSystemLoopException) {
              ignored.add(rel + " (symbolic link loop, not followed)");
            } else if (!isHidden(file)) {
              problems.add(new Problem(rel, "cannot be read: " + e.getMessage()));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    inputs.sort((a, b) -> slashed(a).compareTo(slashed(b)));
    ignored.sort(null);
    problems.sort((a, b) -> a.path().compareTo(b.path()));
    return new Found(inputs, ignored, problems);
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** The lower-case extension of a file name without the dot, or "". */
  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** A relative path with {@code /} separators. */
  public static String slashed(Path rel) {
    return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
  }
}
