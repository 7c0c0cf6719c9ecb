package org.draftkit.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Writes files so that a reader (or a rerun after a crash) sees either no file, the old one, or the
 * complete new one: the content goes to a hidden temporary file beside the target, which is then
 * renamed over it. The new file keeps the permissions of the file it replaces, or gets {@code
 * rw-r--r--} (temporary files are created owner-only). The one atomic writer of the CLI's {@code
 * -o} and of the batch.
 *
 * @since 0.1
 */
public final class AtomicFiles {

  /** The suffix of temporary files, so that leftovers of a killed run can be found and removed. */
  public static final String TEMP_SUFFIX = ".draftkit-tmp";

  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  /** Produces a file's content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content; the caller closes the stream. */
    void writeTo(OutputStream out) throws Exception;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} atomically, creating its folder. On failure the temporary file is removed
   * and the target left as it was.
   *
   * @throws Exception what {@code content} throws, or an {@link IOException}
   */
  public static void write(Path target, Content content) throws Exception {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", TEMP_SUFFIX);
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024)) {
        content.writeTo(out);
      }
      setPermissions(tmp, absolute);
      try {
        Files.move(
            tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * The old file's permissions, or rw-r--r--; nothing on a file system without POSIX permissions.
   */
  private static void setPermissions(Path tmp, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
  }

  /** Removes temporary files a killed run left under {@code dir}; returns how many. */
  public static int removeLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int[] removed = {0};
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String name = file.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && Files.deleteIfExists(file)) {
              removed[0]++;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return removed[0];
  }
}
