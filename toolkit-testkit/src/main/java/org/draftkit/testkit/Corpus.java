package org.draftkit.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real documents ({@code ../shared/corpus} beside the project), which is not
 * part of the repository. Tests that need it call {@link #file(String)}, which skips the test with
 * a message when the corpus is absent, so a fresh clone still passes.
 *
 * <p>Found through the system property {@code draftkit.corpus}, else by walking up from the working
 * directory looking for {@code ../shared/corpus}.
 *
 * @since 0.1
 */
public final class Corpus {
  private Corpus() {}

  /** The corpus root, if present. */
  public static Optional<Path> root() {
    String prop = System.getProperty("draftkit.corpus");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Optional.of(Path.of(prop).toAbsolutePath().normalize());
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate.normalize());
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** A corpus file; skips the calling test when the corpus or the file is absent. */
  public static Path file(String relative) {
    Optional<Path> root = root();
    Assumptions.assumeTrue(root.isPresent(), "corpus absent (../shared/corpus): skipped");
    Path p = root.get().resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "corpus file absent: " + relative + ": skipped");
    return p;
  }
}
