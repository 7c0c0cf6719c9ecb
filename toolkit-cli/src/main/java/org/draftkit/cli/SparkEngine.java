package org.draftkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.draftkit.batch.BatchConverter;

/**
 * {@code draftkit batch --engine spark}: runs the batch as the Apache Spark job of {@code
 * toolkit-spark} in a JVM of its own, so that Spark (some 120 jars, 300 MB) never enters the
 * command line's jar. The job's jar ({@code draftkit-spark.jar}, the one to {@code spark-submit})
 * and the list of Spark's jars ({@code spark-classpath.txt}) are what the build leaves in {@code
 * toolkit-spark/target}; {@code DRAFTKIT_SPARK_DIR} (or the system property {@code
 * draftkit.spark.dir}) points elsewhere. The job prints the summary and the failures, and exits as
 * the local batch does.
 */
final class SparkEngine {

  /** What Spark needs opened on Java 17 (the options spark-submit itself adds). */
  static final List<String> JAVA_OPTIONS =
      List.of(
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false",
          "-Dio.netty.tryReflectionSetAccessible=true");

  static final String JAR = "draftkit-spark.jar";
  static final String CLASSPATH = "spark-classpath.txt";
  private static final String MAIN = "org.draftkit.spark.SparkBatch";

  private SparkEngine() {}

  /**
   * Runs the job and waits for it: the converter's formats, version, forced format and importer
   * options passed on as the job's arguments, so that it reads and writes as the local batch would.
   *
   * @return its exit code
   * @throws CommandFailedException when the job is not built
   */
  static int run(
      String master,
      BatchConverter converter,
      String progress,
      Path inDir,
      Path outDir,
      PrintWriter err)
      throws IOException {
    Path dir = sparkDir();
    Path jar = dir.resolve(JAR);
    Path classpath = dir.resolve(CLASSPATH);
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpath)) {
      throw new CommandFailedException(
          "--engine spark needs the Spark job built ("
              + jar
              + " and "
              + classpath
              + " are missing): run 'mvn -B -ntp -DskipTests install' in draftkit's folder, or set DRAFTKIT_SPARK_DIR",
          null);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JAVA_OPTIONS);
    command.add("-Dlog4j2.configurationFile=org/draftkit/spark/log4j2-cli.properties");
    String extra = System.getenv("DRAFTKIT_SPARK_JAVA_OPTS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    command.add("-cp");
    command.add(
        jar
            + java.io.File.pathSeparator
            + Files.readString(classpath, StandardCharsets.UTF_8).strip());
    command.add(MAIN);
    command.add("--exit-with-parent");
    command.addAll(
        List.of(
            "--master",
            master,
            "--to",
            String.join(",", converter.formats()),
            "--progress",
            progress,
            "--toolkit-version",
            converter.toolkitVersion()));
    converter.from().ifPresent(f -> command.addAll(List.of("--from", f)));
    // the job takes each importer option (ocr, lang) as an option of that name
    converter.importOptions().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(o -> command.addAll(List.of("--" + o.getKey(), o.getValue())));
    command.addAll(List.of(inDir.toString(), outDir.toString()));
    err.flush();
    Process p = new ProcessBuilder(command).inheritIO().start();
    // stopped (Ctrl-C, a kill), this process stops the job; killed outright (SIGKILL), the job
    // notices (--exit-with-parent) and stops itself
    Thread stopJob = new Thread(p::destroy, "draftkit-spark-stop");
    Runtime.getRuntime().addShutdownHook(stopJob);
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      return ExitCodes.FAILURE;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopJob);
      } catch (IllegalStateException e) {
        // already shutting down: the hook runs
      }
    }
  }

  /**
   * {@code DRAFTKIT_SPARK_DIR}, else {@code toolkit-spark/target} beside the folder of this jar's
   * module.
   */
  static Path sparkDir() {
    String set = System.getProperty("draftkit.spark.dir", System.getenv("DRAFTKIT_SPARK_DIR"));
    if (set != null && !set.isBlank()) {
      return Path.of(set);
    }
    try {
      // toolkit-cli/target/draftkit.jar (or toolkit-cli/target/classes when run from the build)
      Path here =
          Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = here.getParent();
      return target.getParent().getParent().resolve("toolkit-spark").resolve("target");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("toolkit-spark", "target");
    }
  }
}
