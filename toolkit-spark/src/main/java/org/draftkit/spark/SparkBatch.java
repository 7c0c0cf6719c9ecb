package org.draftkit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.draftkit.Toolkit;
import org.draftkit.batch.BatchConverter;
import org.draftkit.batch.BatchItem;
import org.draftkit.batch.BatchReport;
import org.draftkit.batch.BatchStatus;
import org.draftkit.batch.internal.Manifest;
import org.draftkit.batch.internal.OutputNames;
import org.draftkit.batch.internal.ReportWriter;

/**
 * {@code draftkit batch} as an Apache Spark job: the same inputs, output names, outputs (byte for
 * byte), manifest and report as {@link BatchConverter}, with the conversions spread over Spark's
 * executors.
 *
 * <p>The driver lists the inputs (a folder tree, or a list of paths/URIs under it), reads the
 * manifest, and ships each input with what the manifest says of its outputs; each task converts its
 * inputs with the executor's one {@link Toolkit} (plugins found by ServiceLoader there), skipping
 * those up to date, and journals every output it writes; the driver then folds the journals into
 * the manifest and writes the report. A rerun after a kill skips what was finished.
 *
 * <pre>
 * spark-submit --class org.draftkit.spark.SparkBatch draftkit-spark.jar [--to json,md] [--list FILE]
 *     [--partitions N] [--from FORMAT] [--ocr auto|never|always] [--lang LANGS] INDIR OUTDIR
 * </pre>
 *
 * @since 0.1
 */
public final class SparkBatch {

  private final List<String> formats;
  private final String version;
  private final Integer partitions;
  private final String from;
  private final Map<String, String> importOptions;

  private SparkBatch(
      List<String> formats,
      String version,
      Integer partitions,
      String from,
      Map<String, String> importOptions) {
    this.formats = List.copyOf(formats);
    this.version = version;
    this.partitions = partitions;
    this.from = from;
    this.importOptions = Map.copyOf(importOptions);
  }

  /**
   * A job writing {@code formats}, recording {@code version} in the manifest.
   *
   * @param partitions how many tasks the inputs are spread over, or null for four per core of the
   *     cluster
   */
  public static SparkBatch of(List<String> formats, String version, Integer partitions) {
    if (partitions != null && partitions < 1) {
      throw new IllegalArgumentException("--partitions must be at least 1: " + partitions);
    }
    return new SparkBatch(
        formats, version == null ? defaultVersion() : version, partitions, null, Map.of());
  }

  /**
   * This job reading every input as {@code from} (null: detected) with the importer options ({@code
   * ocr}, {@code lang}), as {@link BatchConverter.Builder#from} and {@link
   * BatchConverter.Builder#importOptions} do: the same outputs, recorded in the manifest the same
   * way.
   */
  public SparkBatch reading(String from, Map<String, String> options) {
    return new SparkBatch(formats, version, partitions, from, options);
  }

  /** The version of this build ("0.1.0"), the one the command line records. */
  public static String defaultVersion() {
    Properties props = new Properties();
    try (InputStream in = SparkBatch.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      // fall through to the jar manifest
    }
    String v = props.getProperty("version");
    if (v == null || v.isBlank() || v.startsWith("${")) {
      v = Toolkit.class.getPackage().getImplementationVersion();
    }
    return v == null ? "unknown" : v;
  }

  /**
   * Converts every input under {@code inDir} (or those {@code list} names, when not null) into
   * {@code outDir}.
   *
   * @param inDir a local folder or a Hadoop URI ({@code hdfs://…}, {@code s3a://…})
   * @param outDir the output folder, likewise
   * @param list the text of a list of inputs (one path or URI per line, under {@code inDir}), or
   *     null
   * @return the report, also written to {@code outDir/}{@value BatchConverter#REPORT_FILE}
   * @throws NotDirectoryException when {@code inDir} is not a folder
   * @throws IOException when the output folder, the manifest or the report cannot be written
   */
  public BatchReport run(JavaSparkContext sc, String inDir, String outDir, String list)
      throws IOException {
    Objects.requireNonNull(sc, "sc");
    Configuration hadoop = sc.hadoopConfiguration();
    return run(sc, root(inDir, hadoop), root(outDir, hadoop), list);
  }

  /** {@link #run(JavaSparkContext, String, String, String)} on folders already resolved. */
  BatchReport run(JavaSparkContext sc, Root in, Root out, String list) throws IOException {
    BatchConverter local =
        BatchConverter.builder(ExecutorToolkit.get())
            .formats(formats)
            .toolkitVersion(version)
            .from(from)
            .importOptions(importOptions)
            .build();
    if (!in.isFolder()) {
      throw new NotDirectoryException(in.given() + " (not a folder)");
    }
    out.create();
    if (in.sameAs(out)) {
      throw new IllegalArgumentException(
          "the output folder must differ from the input folder: " + out.given());
    }
    out.removeLeftovers();

    List<BatchItem> items = new ArrayList<>();
    Root.Listing listing =
        list == null ? in.walk(out, local.readableExtensions()::contains) : listed(in, list, items);
    for (String[] p : listing.problems()) {
      items.add(
          new BatchItem(
              p[0],
              BatchStatus.FAILED,
              List.of(),
              0,
              in.display(p[0]) + ": " + p[1],
              "unreadable"));
    }
    Map<String, String> manifest = foldJournals(out);
    List<Map<String, String>> outputs =
        OutputNames.plan(listing.inputs(), local.formats(), local.outputExtensions());
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < listing.inputs().size(); i++) {
      Map<String, String> recorded = new HashMap<>();
      for (String o : outputs.get(i).values()) {
        if (manifest.containsKey(o)) {
          recorded.put(o, manifest.get(o));
        }
      }
      jobs.add(
          new Job(
              i,
              listing.inputs().get(i),
              new LinkedHashMap<>(outputs.get(i)),
              recorded,
              listing.sizes().get(i)));
    }

    Settings settings =
        new Settings(
            in,
            out,
            local.from().orElse(null),
            local.importOptions(),
            Manifest.reading(local.from().orElse(null), local.importOptions()),
            local.formats(),
            local.outputExtensions(),
            version,
            local.taskTimeout().toMillis());
    List<Row> rows =
        jobs.isEmpty()
            ? List.of()
            : parallelize(
                    sc, groups(jobs, partitions == null ? 4 * sc.defaultParallelism() : partitions))
                .flatMap(new ConvertGroup(settings))
                .collect();
    for (Row r : rows) {
      items.add(
          new BatchItem(
              r.input(),
              BatchStatus.valueOf(r.status().toUpperCase(Locale.ROOT)),
              r.outputs(),
              r.diagnostics(),
              r.error(),
              r.errorType()));
    }
    foldJournals(out);
    items.sort(Comparator.comparing(BatchItem::input));
    BatchReport report = new BatchReport(local.formats(), items, listing.ignored());
    String json =
        ReportWriter.toJson(
            report,
            in.given(),
            out.given(),
            version,
            Manifest.readingOptions(local.from().orElse(null), local.importOptions()));
    try {
      out.write(BatchConverter.REPORT_FILE, s -> s.write(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(
          "cannot write " + out.display(BatchConverter.REPORT_FILE) + ": " + e.getMessage(), e);
    }
    return report;
  }

  /** One group per partition: a task converts one group. */
  private static org.apache.spark.api.java.JavaRDD<List<Job>> parallelize(
      JavaSparkContext sc, List<List<Job>> groups) {
    return sc.parallelize(groups, groups.size());
  }

  /**
   * A local folder when the path has no scheme (and the default file system is local) or {@code
   * file:}, else Hadoop's.
   */
  static Root root(String location, Configuration hadoop) {
    int colon = location.indexOf(':');
    String scheme =
        colon > 1 && location.indexOf('/') > colon ? location.substring(0, colon) : null;
    if ("file".equals(scheme)) {
      return new LocalRoot(java.nio.file.Path.of(java.net.URI.create(location)).toString());
    }
    if (scheme == null) {
      String fs = hadoop.get("fs.defaultFS", "file:///");
      if (fs.startsWith("file:")) {
        return new LocalRoot(location);
      }
    }
    return new HadoopRoot(location, hadoop);
  }

  /**
   * The inputs a list names: relative to INDIR or absolute under it; an entry outside it is a
   * failed row.
   */
  private static Root.Listing listed(Root in, String list, List<BatchItem> items) {
    TreeMap<String, Long> inputs = new TreeMap<>();
    for (String line : list.split("\r?\n")) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      String rel = in.relativize(entry);
      if (rel == null) {
        items.add(
            new BatchItem(
                entry,
                BatchStatus.FAILED,
                List.of(),
                0,
                entry + ": not under the input folder " + in.given(),
                "unreadable"));
      } else {
        inputs.put(rel, 0L);
      }
    }
    return new Root.Listing(
        new ArrayList<>(inputs.keySet()), new ArrayList<>(inputs.values()), List.of(), List.of());
  }

  /**
   * Spreads the jobs over {@code n} groups, largest first and round robin, so that big documents
   * start early and do not end up in one task.
   */
  static List<List<Job>> groups(List<Job> jobs, int n) {
    List<Job> order = new ArrayList<>(jobs);
    order.sort(Comparator.comparingLong(Job::sizeHint).reversed().thenComparingInt(Job::index));
    int count = Math.min(n, order.size());
    List<List<Job>> groups = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      groups.add(new ArrayList<>());
    }
    for (int i = 0; i < order.size(); i++) {
      groups.get(i % count).add(order.get(i));
    }
    return groups;
  }

  /**
   * Reads the manifest and the journals tasks left (a killed run's too), writes them back as one
   * manifest — the same file {@code draftkit batch} keeps — and removes the journals.
   *
   * @return manifest lines by output path
   */
  static Map<String, String> foldJournals(Root out) throws IOException {
    Map<String, String> lines = new TreeMap<>();
    read(out.readString(Manifest.FILE), lines);
    List<String> journals = out.files(ConvertGroup.JOURNALS);
    for (String j : journals) {
      read(out.readString(ConvertGroup.JOURNALS + "/" + j), lines);
    }
    StringBuilder sb = new StringBuilder(Manifest.HEADER).append('\n');
    for (String line : lines.values()) {
      sb.append(line);
    }
    try {
      out.write(Manifest.FILE, s -> s.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(
          "cannot write " + out.display(Manifest.FILE) + ": " + e.getMessage(), e);
    }
    for (String j : journals) {
      out.delete(ConvertGroup.JOURNALS + "/" + j);
    }
    if (!journals.isEmpty()) {
      out.delete(ConvertGroup.JOURNALS); // empty now
    }
    return lines;
  }

  /** Adds the whole lines of a manifest or journal (a torn last line is left out). */
  private static void read(String text, Map<String, String> lines) {
    if (text == null) {
      return;
    }
    String[] split = text.split("\n", -1);
    for (int i = 0; i < split.length - 1; i++) {
      Manifest.Entry e = Manifest.parse(split[i]);
      if (e != null) {
        lines.put(e.output(), Manifest.format(e));
      }
    }
  }

  /**
   * Runs the job from the command line or {@code spark-submit}; exit codes as {@code draftkit
   * batch}.
   *
   * <pre>
   * [--master URL] [--to FORMAT[,FORMAT…]] [--list FILE] [--partitions N] [--toolkit-version V]
   *     [--from FORMAT] [--ocr MODE] [--lang LANGS] [--progress MODE] [--exit-with-parent]
   *     INDIR OUTDIR
   * </pre>
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String master = null;
    String list = null;
    String progress = "auto";
    String version = null;
    Integer partitions = null;
    String from = null;
    Map<String, String> importOptions = new TreeMap<>();
    List<String> formats = List.of("json");
    List<String> positional = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--master" -> master = value(args, ++i, a);
          case "--to" ->
              formats =
                  List.of(value(args, ++i, a).toLowerCase(Locale.ROOT).split(",")).stream()
                      .map(String::strip)
                      .filter(f -> !f.isEmpty())
                      .toList();
          case "--list" -> list = value(args, ++i, a);
          case "--partitions" -> partitions = Integer.valueOf(value(args, ++i, a));
          case "--toolkit-version" -> version = value(args, ++i, a);
          case "--progress" -> progress = value(args, ++i, a);
          case "--from" -> from = value(args, ++i, a);
          // the importer options, checked by the importers as for draftkit batch
          case "--ocr", "--lang" -> importOptions.put(a.substring(2), value(args, ++i, a));
          case "--exit-with-parent" -> exitWithParent();
          default -> {
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            positional.add(a);
          }
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException("expected INDIR OUTDIR");
      }
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("--to needs at least one format");
      }
    } catch (IllegalArgumentException e) {
      err.println("draftkit: " + e.getMessage());
      err.println(
          "usage: SparkBatch [--master URL] [--to FORMAT[,FORMAT…]] [--list FILE] [--partitions N]"
              + " [--from FORMAT] [--ocr auto|never|always] [--lang LANGS] INDIR OUTDIR");
      return 2;
    }
    SparkConf conf =
        new SparkConf().setAppName("draftkit batch").set("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    String in = positional.get(0);
    String outDir = positional.get(1);
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      SparkBatch job;
      try {
        job = of(formats, version, partitions).reading(from, importOptions);
      } catch (IllegalArgumentException e) {
        err.println("draftkit: " + e.getMessage());
        return 2;
      }
      String listText = null;
      if (list != null) {
        try {
          org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(list);
          try (InputStream s = p.getFileSystem(sc.hadoopConfiguration()).open(p)) {
            listText = new String(s.readAllBytes(), StandardCharsets.UTF_8);
          }
        } catch (IOException e) {
          err.println("draftkit: " + list + ": cannot be read: " + e.getMessage());
          return 3;
        }
      }
      if (!"none".equalsIgnoreCase(progress)) {
        err.println("draftkit: converting " + in + " on Spark " + sc.master() + " …");
      }
      BatchReport report;
      try {
        report = job.run(sc, in, outDir, listText);
      } catch (NotDirectoryException e) {
        err.println("draftkit: " + in + ": not a folder");
        return 3;
      } catch (IllegalArgumentException e) {
        err.println("draftkit: " + e.getMessage());
        return 2;
      }
      for (BatchItem i : report.items()) {
        if (i.status() == BatchStatus.FAILED) {
          err.println("draftkit: " + i.error());
        }
      }
      out.println(
          report.summary(
              root(outDir, sc.hadoopConfiguration()).display(BatchConverter.REPORT_FILE)));
      return report.succeeded() ? 0 : 3;
    } catch (IOException e) {
      err.println("draftkit: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Ends this JVM when the process that started it ends (the command line, even killed outright): a
   * job nobody waits for must not go on writing. What it finished is in the journals.
   */
  private static void exitWithParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(137)));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
