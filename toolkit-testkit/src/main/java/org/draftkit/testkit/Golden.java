package org.draftkit.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden-file assertions: the expected output lives in {@code src/test/resources/golden/<case>/};
 * the actual output is written under {@code target/golden-actual/<case>/} so a failing case can be
 * inspected and diffed. A missing expected file fails (set {@code -Ddraftkit.golden.update=true} to
 * write it, then review it before committing).
 *
 * @since 0.1
 */
public final class Golden {
  private Golden() {}

  /** Compares {@code actual} with {@code src/test/resources/golden/<relative>}. */
  public static void assertMatches(String relative, String actual) {
    Path expected = Path.of("src/test/resources/golden").resolve(relative);
    Path actualFile = Path.of("target/golden-actual").resolve(relative);
    try {
      Files.createDirectories(actualFile.getParent());
      Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
      if (Boolean.getBoolean("draftkit.golden.update")) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(expected)) {
        fail(
            "missing golden file "
                + expected
                + " (actual output in "
                + actualFile
                + "; run with -Ddraftkit.golden.update=true to create it)");
      }
      String want = Files.readString(expected, StandardCharsets.UTF_8);
      if (!want.equals(actual)) {
        fail(
            "output differs from "
                + expected
                + " at "
                + firstDifference(want, actual)
                + " (actual output in "
                + actualFile
                + ")");
      }
    } catch (IOException e) {
      throw new AssertionError("golden file I/O failed for " + relative, e);
    }
  }

  private static String firstDifference(String a, String b) {
    List<String> la = a.lines().toList();
    List<String> lb = b.lines().toList();
    for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
      String x = i < la.size() ? la.get(i) : "<end>";
      String y = i < lb.size() ? lb.get(i) : "<end>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": expected [" + x + "] but was [" + y + "]";
      }
    }
    return "line endings";
  }
}
