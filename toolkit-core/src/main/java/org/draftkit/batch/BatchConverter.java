package org.draftkit.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.draftkit.ConvertRequest;
import org.draftkit.ExportException;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.batch.internal.Failures;
import org.draftkit.batch.internal.InputWalker;
import org.draftkit.batch.internal.Manifest;
import org.draftkit.batch.internal.OutputNames;
import org.draftkit.batch.internal.ReportWriter;
import org.draftkit.io.AtomicFiles;
import org.draftkit.model.Document;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;

/**
 * Converts a folder tree of documents into a mirrored tree of outputs: {@code in/a/b/x.pdf} becomes
 * {@code out/a/b/x.json} and {@code out/a/b/x.md}.
 *
 * <ul>
 *   <li>Inputs are the regular files whose extension an importer reads; hidden files and folders
 *       are skipped, symbolic links followed but not their loops, the output folder left out.
 *   <li>Conversions run in parallel on {@code jobs} threads with at most {@code jobs} documents in
 *       flight, so memory does not grow with the folder. The largest inputs start first, so that
 *       the batch does not end with one thread converting a big document while the others idle; the
 *       report lists the inputs in path order whatever the order of conversion.
 *   <li>Every output is written atomically (a temporary file renamed over the target).
 *   <li>Every input is read the same way: the format forced ({@link Builder#from}, else detected)
 *       and the importer options ({@link Builder#importOptions}: {@code ocr}, {@code lang} for
 *       PDFs).
 *   <li>An output is up to date, and not written again, when the manifest in the output folder says
 *       it was written by the same toolkit version from the input as it is now (size and
 *       modification time), read the same way, and the file is still there and not older than its
 *       input. A batch that was killed therefore resumes where it stopped; one run with other
 *       options redoes every output.
 *   <li>One input's failure never stops the others; the {@link BatchReport} lists every input, and
 *       is written to {@value #REPORT_FILE} in the output folder.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #run} may be called repeatedly (not concurrently on the same
 * output folder).
 *
 * <pre>{@code
 * BatchConverter batch = BatchConverter.builder(toolkit).formats(List.of("json", "md")).jobs(4).build();
 * BatchReport report = batch.run(Path.of("drafts"), Path.of("out"), BatchListener.NONE);
 * }</pre>
 *
 * @since 0.1
 */
public final class BatchConverter {

  /** The report's file name in the output folder. */
  public static final String REPORT_FILE = "batch-report.json";

  private final Toolkit toolkit;
  private final List<String> formats;
  private final Map<String, String> extensions;
  private final Set<String> readableExtensions;
  private final int jobs;
  private final String version;
  private final Duration taskTimeout;
  private final String from;
  private final Map<String, String> importOptions;
  private final String reading;

  private BatchConverter(Builder b, Map<String, String> extensions, Set<String> readable) {
    this.toolkit = b.toolkit;
    this.formats = List.copyOf(b.formats);
    this.extensions = Map.copyOf(extensions);
    this.readableExtensions = Set.copyOf(readable);
    this.jobs = b.jobs;
    this.version = b.version;
    this.taskTimeout =
        b.taskTimeout != null
            ? b.taskTimeout
            : b.toolkit.limits().timeout().multipliedBy(2).plusSeconds(30);
    this.from = b.from;
    this.importOptions = Map.copyOf(b.importOptions);
    this.reading = Manifest.reading(from, importOptions);
  }

  /** Starts a builder for batches run with {@code toolkit}'s plugins and limits. */
  public static Builder builder(Toolkit toolkit) {
    return new Builder(toolkit);
  }

  public List<String> formats() {
    return formats;
  }

  public int jobs() {
    return jobs;
  }

  /** Each output format's file extension, in the formats' order. */
  public Map<String, String> outputExtensions() {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String f : formats) {
      ordered.put(f, extensions.get(f));
    }
    return ordered;
  }

  /**
   * The lower-case file extensions the toolkit's importers read: the files a batch takes as inputs.
   */
  public Set<String> readableExtensions() {
    return readableExtensions;
  }

  /** The toolkit version recorded with each output. */
  public String toolkitVersion() {
    return version;
  }

  /** How long one conversion may run before the batch gives up on it. */
  public Duration taskTimeout() {
    return taskTimeout;
  }

  /** The format every input is read as, or empty when it is detected. */
  public java.util.Optional<String> from() {
    return java.util.Optional.ofNullable(from);
  }

  /** The importer options every input is read with ({@code ocr}, {@code lang} …). */
  public Map<String, String> importOptions() {
    return importOptions;
  }

  /** The request that reads {@code file} as every input of this batch is read. */
  private ConvertRequest request(Path file) {
    ConvertRequest.Builder b = ConvertRequest.builder().file(file);
    if (from != null) {
      b.from(from);
    }
    importOptions.forEach(b::option);
    return b.build();
  }

  /**
   * Converts every input under {@code inDir} into {@code outDir}.
   *
   * @param inDir the input folder
   * @param outDir the output folder, created when missing; must not be {@code inDir}
   * @param listener progress callbacks, called on this thread
   * @return the report (also written to {@code outDir/}{@value #REPORT_FILE})
   * @throws NotDirectoryException when {@code inDir} is not a folder
   * @throws IOException when the output folder, the manifest or the report cannot be written
   * @throws InterruptedIOException when this thread is interrupted (finished outputs stay recorded)
   */
  public BatchReport run(Path inDir, Path outDir, BatchListener listener) throws IOException {
    Objects.requireNonNull(inDir, "inDir");
    Objects.requireNonNull(outDir, "outDir");
    BatchListener progress = listener == null ? BatchListener.NONE : listener;
    if (!Files.isDirectory(inDir)) {
      throw new NotDirectoryException(inDir + " (not a folder)");
    }
    Files.createDirectories(outDir);
    if (Files.isSameFile(inDir, outDir)) {
      throw new IllegalArgumentException(
          "the output folder must differ from the input folder: " + outDir);
    }
    AtomicFiles.removeLeftovers(outDir);
    InputWalker.Found found = InputWalker.walk(inDir, outDir, readableExtensions::contains);
    List<Job> jobList = plan(found.inputs());

    List<BatchItem> items = new ArrayList<>();
    for (InputWalker.Problem p : found.problems()) {
      items.add(
          new BatchItem(
              p.path(),
              BatchStatus.FAILED,
              List.of(),
              0,
              inDir.resolve(p.path()) + ": " + p.reason(),
              "unreadable"));
    }
    int total = jobList.size() + items.size();
    progress.started(total);
    int done = 0;
    for (BatchItem i : items) {
      progress.finished(i, ++done, total);
    }
    BatchItem[] results = new BatchItem[jobList.size()];
    try (Manifest manifest = Manifest.open(outDir)) {
      convertAll(
          largestFirst(jobList, inDir), inDir, outDir, manifest, results, progress, done, total);
    }
    for (BatchItem r : results) {
      items.add(r);
    }
    items.sort((a, b) -> a.input().compareTo(b.input()));
    BatchReport report = new BatchReport(formats, items, found.ignored());
    String json =
        ReportWriter.toJson(
            report,
            inDir.toString(),
            outDir.toString(),
            version,
            Manifest.readingOptions(from, importOptions));
    try {
      AtomicFiles.write(
          outDir.resolve(REPORT_FILE),
          out -> out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(
          "cannot write " + outDir.resolve(REPORT_FILE) + ": " + e.getMessage(), e);
    }
    return report;
  }

  /** One input and the outputs it should have. */
  private record Job(int index, Path relative, String input, Map<String, String> outputs) {}

  /** A finished conversion. */
  private record Done(int index, BatchItem item) {}

  /** A conversion in flight. */
  private record Running(Job job, long startNanos) {}

  private List<Job> plan(List<Path> inputs) {
    List<String> names = new ArrayList<>(inputs.size());
    for (Path p : inputs) {
      names.add(InputWalker.slashed(p));
    }
    List<Map<String, String>> outputs = OutputNames.plan(names, formats, extensions);
    List<Job> out = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      out.add(new Job(i, inputs.get(i), names.get(i), outputs.get(i)));
    }
    return out;
  }

  /** The jobs ordered by input size, largest first, then by path; unreadable sizes count as 0. */
  private static List<Job> largestFirst(List<Job> jobList, Path inDir) {
    long[] sizes = new long[jobList.size()];
    for (Job job : jobList) {
      try {
        sizes[job.index()] = Files.size(inDir.resolve(job.relative()));
      } catch (IOException e) {
        sizes[job.index()] = 0; // reported when the job runs
      }
    }
    List<Job> order = new ArrayList<>(jobList);
    order.sort(Comparator.<Job>comparingLong(j -> -sizes[j.index()]).thenComparingInt(Job::index));
    return order;
  }

  private void convertAll(
      List<Job> jobList,
      Path inDir,
      Path outDir,
      Manifest manifest,
      BatchItem[] results,
      BatchListener progress,
      int alreadyDone,
      int total)
      throws IOException {
    AtomicInteger threadNumber = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            jobs,
            jobs,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "draftkit-batch-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    CompletionService<Done> completion = new ExecutorCompletionService<>(pool);
    Map<Future<Done>, Running> running = new IdentityHashMap<>();
    int done = alreadyDone;
    int next = 0;
    try {
      while (next < jobList.size() || !running.isEmpty()) {
        while (next < jobList.size() && running.size() < jobs) {
          Job job = jobList.get(next++);
          Path input = inDir.resolve(job.relative());
          BatchItem skipped;
          long size;
          long modified;
          try {
            size = Files.size(input);
            modified = Files.getLastModifiedTime(input).toMillis();
            skipped = upToDate(job, outDir, manifest, size, modified);
          } catch (IOException e) {
            skipped =
                new BatchItem(
                    job.input(),
                    BatchStatus.FAILED,
                    List.of(),
                    0,
                    input + ": cannot be read: " + e.getMessage(),
                    "unreadable");
            size = -1;
            modified = -1;
          }
          if (skipped != null) {
            results[job.index()] = skipped;
            progress.finished(skipped, ++done, total);
            continue;
          }
          long s = size;
          long m = modified;
          Future<Done> f =
              completion.submit(
                  () -> new Done(job.index(), convert(job, input, outDir, manifest, s, m)));
          running.put(f, new Running(job, System.nanoTime()));
        }
        if (running.isEmpty()) {
          continue;
        }
        Future<Done> f = completion.poll(1, TimeUnit.SECONDS);
        if (f != null) {
          Running r = running.remove(f);
          if (r == null || f.isCancelled()) {
            continue;
          }
          BatchItem item = outcome(f, r.job(), inDir);
          results[r.job().index()] = item;
          progress.finished(item, ++done, total);
          continue;
        }
        long now = System.nanoTime();
        for (var it = running.entrySet().iterator(); it.hasNext(); ) {
          var e = it.next();
          if (now - e.getValue().startNanos() > taskTimeout.toNanos()) {
            // a conversion that ignores its time limit: give up on it, keep the batch going
            e.getKey().cancel(true);
            it.remove();
            Job job = e.getValue().job();
            BatchItem item =
                new BatchItem(
                    job.input(),
                    BatchStatus.FAILED,
                    List.of(),
                    0,
                    inDir.resolve(job.relative())
                        + ": conversion did not finish within "
                        + taskTimeout.toSeconds()
                        + " s",
                    "timeout");
            results[job.index()] = item;
            progress.finished(item, ++done, total);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(
          "batch interrupted after " + done + " of " + total + " inputs");
    } finally {
      pool.shutdownNow();
    }
  }

  private BatchItem outcome(Future<Done> f, Job job, Path inDir) {
    try {
      return f.get().item();
    } catch (ExecutionException | CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new BatchItem(
          job.input(),
          BatchStatus.FAILED,
          List.of(),
          0,
          inDir.resolve(job.relative()) + ": " + describe(cause),
          "internal");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new BatchItem(
          job.input(),
          BatchStatus.FAILED,
          List.of(),
          0,
          inDir.resolve(job.relative()) + ": interrupted",
          "internal");
    }
  }

  /** The SKIPPED item when every output is up to date, else null. */
  private BatchItem upToDate(Job job, Path outDir, Manifest manifest, long size, long modified)
      throws IOException {
    for (String out : job.outputs().values()) {
      if (!current(out, job.input(), outDir, manifest, size, modified)) {
        return null;
      }
    }
    return new BatchItem(
        job.input(), BatchStatus.SKIPPED, List.copyOf(job.outputs().values()), 0, null, null);
  }

  private boolean current(
      String out, String input, Path outDir, Manifest manifest, long size, long modified)
      throws IOException {
    Manifest.Entry e = manifest.get(out);
    if (e == null
        || !e.version().equals(version)
        || !e.input().equals(input)
        || e.inputSize() != size
        || e.inputModified() != modified
        || !e.reading().equals(reading)) {
      return false;
    }
    Path file = outDir.resolve(out);
    return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis() >= modified;
  }

  /** Reads one input and writes its stale outputs; never throws. */
  private BatchItem convert(
      Job job, Path input, Path outDir, Manifest manifest, long size, long modified) {
    Document doc;
    try {
      doc = toolkit.convert(request(input));
    } catch (ImportException e) {
      return failed(job, input + ": " + reason(e), kind(e));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return failed(job, input + ": " + describe(e), "internal");
    }
    for (Map.Entry<String, String> o : job.outputs().entrySet()) {
      String rel = o.getValue();
      try {
        if (current(rel, job.input(), outDir, manifest, size, modified)) {
          continue;
        }
        Path target = outDir.resolve(rel);
        Document d = doc;
        ExportContext context = new ExportContext(target.getFileName().toString(), Map.of());
        AtomicFiles.write(target, out -> toolkit.write(d, o.getKey(), out, context));
        if (Files.getLastModifiedTime(target).toMillis() < modified) {
          Files.setLastModifiedTime(target, FileTime.fromMillis(modified));
        }
        if (Thread.currentThread().isInterrupted()) {
          // given up on by the watchdog: do not claim the output
          return failed(job, input + ": interrupted", "timeout");
        }
        manifest.record(new Manifest.Entry(rel, job.input(), version, size, modified, reading));
      } catch (ExportException e) {
        return failed(
            job, input + ": cannot be written as " + o.getKey() + ": " + e.getMessage(), "output");
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        return failed(
            job, input + ": cannot write " + outDir.resolve(rel) + ": " + describe(e), "output");
      }
    }
    return new BatchItem(
        job.input(),
        BatchStatus.OK,
        List.copyOf(job.outputs().values()),
        doc.diagnostics().size(),
        null,
        null);
  }

  private static BatchItem failed(Job job, String message, String kind) {
    return new BatchItem(job.input(), BatchStatus.FAILED, List.of(), 0, message, kind);
  }

  private static String reason(ImportException e) {
    return Failures.reason(e);
  }

  private static String kind(ImportException e) {
    return Failures.kind(e);
  }

  private static String describe(Throwable e) {
    return Failures.describe(e);
  }

  /**
   * Assembles a {@link BatchConverter}; output formats are checked against the toolkit's exporters
   * when it is built. Not thread-safe.
   */
  public static final class Builder {
    private final Toolkit toolkit;
    private List<String> formats = List.of("json");
    private int jobs = Runtime.getRuntime().availableProcessors();
    private String version = defaultVersion();
    private Duration taskTimeout;
    private String from;
    private Map<String, String> importOptions = Map.of();

    private Builder(Toolkit toolkit) {
      this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
    }

    /** The output formats ("json", "md" …); default json. */
    public Builder formats(List<String> newFormats) {
      Objects.requireNonNull(newFormats, "formats");
      if (newFormats.isEmpty()) {
        throw new IllegalArgumentException("formats must not be empty");
      }
      formats = List.copyOf(new java.util.LinkedHashSet<>(newFormats));
      return this;
    }

    /** How many conversions run at once; default the number of processors. */
    public Builder jobs(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("jobs must be at least 1: " + n);
      }
      jobs = n;
      return this;
    }

    /** The toolkit version recorded with each output; outputs of another version are redone. */
    public Builder toolkitVersion(String v) {
      version = Objects.requireNonNull(v, "version");
      return this;
    }

    /**
     * How long one conversion may run before the batch gives up on it; default twice the import
     * timeout plus 30 s.
     */
    public Builder taskTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("taskTimeout must be positive");
      }
      taskTimeout = timeout;
      return this;
    }

    /**
     * Reads every input as this format instead of detecting it; null (the default) detects it.
     * Which files are inputs still depends on their extensions.
     */
    public Builder from(String format) {
      from = format == null ? null : format.strip().toLowerCase(java.util.Locale.ROOT);
      return this;
    }

    /**
     * The importer options every input is read with, such as {@code ocr} and {@code lang} for PDFs;
     * default none. They are recorded in the manifest with each output: outputs read with other
     * options are not up to date.
     */
    public Builder importOptions(Map<String, String> options) {
      importOptions = Map.copyOf(Objects.requireNonNull(options, "options"));
      return this;
    }

    /**
     * Builds the converter.
     *
     * @throws IllegalArgumentException when no exporter writes a document in one of the formats, or
     *     no importer reads the format given to {@link #from}
     */
    public BatchConverter build() {
      if (from != null && toolkit.plugins().importerFor(from).isEmpty()) {
        throw new IllegalArgumentException(
            "unknown input format '"
                + from
                + "' (readable: "
                + String.join(", ", toolkit.plugins().importFormats())
                + ")");
      }
      Map<String, String> ext = new LinkedHashMap<>();
      for (String f : formats) {
        Exporter<Document> e =
            toolkit
                .plugins()
                .exporter(Document.class, f)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "unknown output format '"
                                + f
                                + "' (available: "
                                + String.join(", ", toolkit.plugins().exportFormats(Document.class))
                                + ")"));
        List<String> exts = e.format().extensions();
        ext.put(f, exts.isEmpty() ? e.format().id() : exts.get(0));
      }
      Set<String> readable = new TreeSet<>();
      for (DocumentImporter i : toolkit.plugins().importers()) {
        readable.addAll(i.format().extensions());
      }
      return new BatchConverter(this, ext, readable);
    }

    private static String defaultVersion() {
      String v = Toolkit.class.getPackage().getImplementationVersion();
      return v == null ? "dev" : v;
    }
  }
}
