package org.draftkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  private static void write(Path target, String text) throws Exception {
    AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static long files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void aNewFileIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws Exception {
    assumeTrue(
        Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
    Path fresh = dir.resolve("sub/new.json");
    write(fresh, "{}");
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    Path old = dir.resolve("old.json");
    Files.writeString(old, "old");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-------"));
    write(old, "new");
    assertEquals("new", Files.readString(old));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)));
  }

  @Test
  void aFailureLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path target = dir.resolve("out.md");
    Files.writeString(target, "before");
    assertThrows(
        IllegalStateException.class,
        () ->
            AtomicFiles.write(
                target,
                out -> {
                  out.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new IllegalStateException("exporter failed");
                }));
    assertEquals("before", Files.readString(target));
    assertEquals(1, files(dir));
  }

  @Test
  void leftoversOfAKilledRunAreRemoved() throws Exception {
    Files.writeString(dir.resolve(".out.md.123" + AtomicFiles.TEMP_SUFFIX), "half");
    Files.writeString(dir.resolve("keep.md"), "kept");
    assertEquals(1, AtomicFiles.removeLeftovers(dir));
    assertEquals(1, files(dir));
  }
}
