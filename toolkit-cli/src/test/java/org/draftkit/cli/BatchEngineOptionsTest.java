package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.draftkit.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --engine/--master}: the choices, and a clear error when the Spark job is not built
 * (the job itself is tested in toolkit-spark).
 */
class BatchEngineOptionsTest {

  private final Toolkit toolkit = TestPlugins.toolkit();

  @TempDir Path dir;

  private Path in() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.md"), "1. Decides to act;\n");
    return in;
  }

  @Test
  void anUnknownEngineIsAUsageError() throws IOException {
    CliRun r =
        CliRun.run(
            toolkit, "batch", in().toString(), dir.resolve("out").toString(), "--engine", "flink");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--engine must be local or spark: flink"), r::toString);
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aMasterWithoutTheSparkEngineIsAUsageError() throws IOException {
    CliRun r =
        CliRun.run(
            toolkit,
            "batch",
            in().toString(),
            dir.resolve("out").toString(),
            "--master",
            "local[2]");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--master goes with --engine spark"), r::toString);
  }

  @Test
  void theSparkEngineNotBuiltSaysHowToBuildIt() throws IOException {
    String before = System.getProperty("draftkit.spark.dir");
    System.setProperty("draftkit.spark.dir", dir.resolve("nothing-here").toString());
    try {
      CliRun r =
          CliRun.run(
              toolkit,
              "batch",
              in().toString(),
              dir.resolve("out").toString(),
              "--engine",
              "spark");
      assertEquals(1, r.exitCode(), r::toString);
      assertTrue(
          r.err()
              .contains(
                  "--engine spark needs the Spark job built ("
                      + dir.resolve("nothing-here").resolve("draftkit-spark.jar")),
          r::toString);
      assertTrue(r.err().contains("mvn -B -ntp -DskipTests install"), r::toString);
    } finally {
      if (before == null) {
        System.clearProperty("draftkit.spark.dir");
      } else {
        System.setProperty("draftkit.spark.dir", before);
      }
    }
  }

  @Test
  void theJobIsFoundBesideTheCommandLine() {
    Path found = SparkEngine.sparkDir();
    assertEquals(
        Path.of("toolkit-spark", "target"),
        found.subpath(found.getNameCount() - 2, found.getNameCount()));
  }
}
