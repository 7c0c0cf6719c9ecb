package org.draftkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.batch.BatchConverter;
import org.draftkit.batch.BatchItem;
import org.draftkit.batch.BatchListener;
import org.draftkit.batch.BatchReport;
import org.draftkit.batch.BatchStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code draftkit batch INDIR OUTDIR [--to FORMAT[,FORMAT…]] [--jobs N] [--engine local|spark
 * [--master URL]] [--from FORMAT] [--ocr MODE] [--lang LANGS]}: converts every document under a
 * folder into a mirrored folder of outputs with {@link BatchConverter} (or, with {@code --engine
 * spark}, the Spark job of {@code toolkit-spark}, see {@link SparkEngine}), every input read with
 * the {@link InputOptions}, showing progress on standard error and printing a one-line summary on
 * standard output.
 *
 * @since 0.1
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Convert every document under INDIR (pdf, docx, html, md, txt, json; hidden files skipped) into OUTDIR, "
          + "mirroring the folders: INDIR/a/b/x.pdf becomes OUTDIR/a/b/x.json (and x.md with --to json,md).",
      "Every input is read with the same --from, --ocr and --lang. Outputs already up to date (same input, "
          + "same draftkit version, same --from, --ocr and --lang) are skipped, so an interrupted batch "
          + "resumes where it stopped, and a batch run again with other options redoes its outputs. "
          + "Every input's result, and the options, are listed in OUTDIR/"
          + BatchConverter.REPORT_FILE
          + ".",
      "With --engine spark the same batch runs as an Apache Spark job (toolkit-spark), with the same outputs."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every input converted or already up to date",
      "  1  the output folder, the manifest or the report could not be written",
      "  2  usage error (unknown format, bad --jobs or --ocr)",
      "  3  INDIR is missing, or some inputs could not be converted (the others still were; see the report)"
    })
public final class BatchCommand implements Callable<Integer> {

  /** How progress is shown. */
  enum Progress {
    AUTO,
    BAR,
    LINES,
    NONE
  }

  private final Toolkit toolkit;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "INDIR",
      description = "The folder of documents to convert.")
  private Path inDir;

  @Parameters(
      index = "1",
      paramLabel = "OUTDIR",
      description = "The folder to write into (created when missing).")
  private Path outDir;

  @Option(
      names = "--to",
      split = ",",
      paramLabel = "FORMAT",
      description = "Output formats, comma-separated (default: json).")
  private List<String> formats = new ArrayList<>(List.of(ConvertCommand.DEFAULT_FORMAT));

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Documents converted at once (default: the number of processors).")
  private Integer jobs;

  @Option(
      names = "--progress",
      paramLabel = "MODE",
      description =
          "auto (a bar on a terminal, lines otherwise), bar, lines or none (default: auto).")
  private String progress = "auto";

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description =
          "local (threads in this process, the default) or spark (an Apache Spark job, see --master): "
              + "the same outputs either way.")
  private String engine = "local";

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "With --engine spark: the Spark master (default local[N], N from --jobs or the number of processors).")
  private String master;

  @Mixin private InputOptions in;

  public BatchCommand(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public Integer call() throws IOException, ImportException {
    List<String> wanted =
        formats.stream()
            .map(f -> f.strip().toLowerCase(Locale.ROOT))
            .filter(f -> !f.isEmpty())
            .toList();
    if (wanted.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--to needs at least one format");
    }
    if (jobs != null && jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1: " + jobs);
    }
    Progress mode = progressMode();
    String from = in.format(toolkit);
    java.util.Map<String, String> importOptions = in.importOptions();
    boolean spark =
        switch (engine.strip().toLowerCase(Locale.ROOT)) {
          case "local" -> false;
          case "spark" -> true;
          default ->
              throw new ParameterException(
                  spec.commandLine(), "--engine must be local or spark: " + engine);
        };
    if (master != null && !spark) {
      throw new ParameterException(spec.commandLine(), "--master goes with --engine spark");
    }
    BatchConverter.Builder builder =
        BatchConverter.builder(toolkit)
            .formats(wanted)
            .toolkitVersion(VersionProvider.version())
            .from(from)
            .importOptions(importOptions);
    if (jobs != null) {
      builder.jobs(jobs);
    }
    BatchConverter converter;
    try {
      converter = builder.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (!Files.exists(inDir)) {
      throw new ImportException(inDir.toString(), "no such folder");
    }
    if (!Files.isDirectory(inDir)) {
      throw new ImportException(inDir.toString(), "not a folder");
    }
    if (Files.exists(outDir) && Files.isSameFile(inDir, outDir)) {
      throw new ParameterException(spec.commandLine(), "OUTDIR must differ from INDIR");
    }

    PrintWriter err = spec.commandLine().getErr();
    if (spark) {
      String url = master != null ? master : "local[" + (jobs != null ? jobs : "*") + "]";
      return SparkEngine.run(
          url, converter, progress.strip().toLowerCase(Locale.ROOT), inDir, outDir, err);
    }
    BatchListener listener =
        switch (mode) {
          case BAR -> new ProgressBar(err);
          case LINES -> new ProgressLines(err);
          default -> BatchListener.NONE;
        };
    BatchReport report = converter.run(inDir, outDir, listener);
    if (mode == Progress.NONE) {
      // progress shows failures as they happen; without it they are listed here
      for (BatchItem i : report.items()) {
        if (i.status() == BatchStatus.FAILED) {
          err.println(ErrorHandler.PREFIX + i.error());
        }
      }
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.summary(outDir.resolve(BatchConverter.REPORT_FILE).toString()));
    out.flush();
    return report.succeeded() ? ExitCodes.OK : ExitCodes.INPUT;
  }

  private Progress progressMode() {
    Progress p;
    try {
      p = Progress.valueOf(progress.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "--progress must be auto, bar, lines or none: " + progress, e);
    }
    if (p == Progress.AUTO) {
      p = System.console() != null ? Progress.BAR : Progress.LINES;
    }
    return p;
  }

  /** One line per input: "[3/40] ok a/b/x.pdf". */
  static final class ProgressLines implements BatchListener {
    private final PrintWriter err;

    ProgressLines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void finished(BatchItem item, int done, int total) {
      StringBuilder sb =
          new StringBuilder().append('[').append(done).append('/').append(total).append("] ");
      switch (item.status()) {
        case OK -> sb.append("ok ").append(item.input());
        case SKIPPED -> sb.append("up to date ").append(item.input());
        case FAILED -> sb.append("failed ").append(item.error());
      }
      err.println(sb);
      err.flush();
    }
  }

  /** A bar redrawn in place on a terminal, with failures printed above it as they happen. */
  static final class ProgressBar implements BatchListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private int failed;
    private int lastLength;

    ProgressBar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void started(int total) {
      if (total > 0) {
        draw(0, total, "");
      }
    }

    @Override
    public void finished(BatchItem item, int done, int total) {
      if (item.status() == BatchStatus.FAILED) {
        failed++;
        clear();
        err.println(ErrorHandler.PREFIX + item.error());
      }
      draw(done, total, item.input());
      if (done == total) {
        err.println();
      }
      err.flush();
    }

    private void draw(int done, int total, String current) {
      int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
      String line =
          "["
              + "#".repeat(filled)
              + ".".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + (failed > 0 ? ", " + failed + " failed" : "")
              + "  "
              + shorten(current, 40);
      clear();
      err.print(line);
      lastLength = line.length();
      err.flush();
    }

    private void clear() {
      if (lastLength > 0) {
        err.print("\r" + " ".repeat(lastLength) + "\r");
        lastLength = 0;
      }
    }

    private static String shorten(String s, int max) {
      return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }
  }
}
