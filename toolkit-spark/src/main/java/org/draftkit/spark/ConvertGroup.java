package org.draftkit.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.draftkit.ExportException;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.batch.BatchStatus;
import org.draftkit.batch.internal.Failures;
import org.draftkit.batch.internal.Manifest;
import org.draftkit.model.Document;
import org.draftkit.spi.ExportContext;

/**
 * The task: converts one group of inputs on an executor, one document at a time, each under the
 * batch's time limit, and returns one {@link Row} per input — a document that fails or times out is
 * a row, never a failed task. Every output written is recorded at once, flushed, in this task's own
 * journal in the output folder, so that a job killed midway knows on its rerun what was finished.
 */
final class ConvertGroup implements FlatMapFunction<List<Job>, Row> {

  private static final long serialVersionUID = 1L;

  /**
   * The output folder's subfolder (hidden) of the tasks' journals, merged into the manifest by the
   * driver.
   */
  static final String JOURNALS = ".draftkit-spark-journal";

  private final Settings settings;

  ConvertGroup(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(List<Job> group) throws Exception {
    TaskContext task = TaskContext.get();
    String journalName =
        task == null
            ? "driver-" + System.nanoTime()
            : task.stageId() + "-" + task.partitionId() + "-" + task.taskAttemptId();
    List<Row> rows = new ArrayList<>(group.size());
    ExecutorService pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "draftkit-spark-convert");
              t.setDaemon(true);
              return t;
            });
    try (Journal journal = new Journal(settings.out(), JOURNALS + "/" + journalName + ".tsv")) {
      for (Job job : group) {
        Future<Row> f = pool.submit(() -> convert(job, journal));
        try {
          rows.add(f.get(settings.taskTimeoutMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
          // a conversion that ignores its time limit: give up on it (its thread is interrupted and
          // records nothing), go on with the next document on a fresh thread
          f.cancel(true);
          rows.add(
              failed(
                  job,
                  settings.in().display(job.input())
                      + ": conversion did not finish within "
                      + TimeUnit.MILLISECONDS.toSeconds(settings.taskTimeoutMillis())
                      + " s",
                  "timeout"));
        } catch (ExecutionException e) {
          Throwable cause = e.getCause() == null ? e : e.getCause();
          rows.add(
              failed(
                  job,
                  settings.in().display(job.input()) + ": " + Failures.describe(cause),
                  "internal"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return rows.iterator();
  }

  /** Reads one input and writes its stale outputs; never throws. */
  private Row convert(Job job, Journal journal) {
    Root in = settings.in();
    Root out = settings.out();
    String shown = in.display(job.input());
    Root.Stat stat;
    try {
      stat = in.stat(job.input());
      if (upToDate(job, stat)) {
        return new Row(
            job.index(),
            job.input(),
            BatchStatus.SKIPPED.id(),
            List.copyOf(job.outputs().values()),
            0,
            null,
            null);
      }
    } catch (IOException e) {
      return failed(job, shown + ": cannot be read: " + e.getMessage(), "unreadable");
    }
    Toolkit toolkit = ExecutorToolkit.get();
    Document doc;
    try {
      doc = in.read(toolkit, job.input(), settings.from(), settings.importOptions());
    } catch (ImportException e) {
      return failed(job, shown + ": " + Failures.reason(e), Failures.kind(e));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return failed(job, shown + ": " + Failures.describe(e), "internal");
    }
    for (Map.Entry<String, String> o : job.outputs().entrySet()) {
      String rel = o.getValue();
      try {
        if (current(job, rel, stat)) {
          continue;
        }
        String fileName = rel.substring(rel.lastIndexOf('/') + 1);
        ExportContext context = new ExportContext(fileName, Map.of());
        out.write(rel, stream -> toolkit.write(doc, o.getKey(), stream, context));
        out.notOlderThan(rel, stat.modified());
        if (Thread.currentThread().isInterrupted()) {
          // given up on after the time limit: do not claim the output
          return failed(job, shown + ": interrupted", "timeout");
        }
        journal.record(
            new Manifest.Entry(
                rel,
                job.input(),
                settings.version(),
                stat.size(),
                stat.modified(),
                settings.reading()));
      } catch (ExportException e) {
        return failed(
            job, shown + ": cannot be written as " + o.getKey() + ": " + e.getMessage(), "output");
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        return failed(
            job,
            shown + ": cannot write " + out.display(rel) + ": " + Failures.describe(e),
            "output");
      }
    }
    return new Row(
        job.index(),
        job.input(),
        BatchStatus.OK.id(),
        List.copyOf(job.outputs().values()),
        doc.diagnostics().size(),
        null,
        null);
  }

  private boolean upToDate(Job job, Root.Stat stat) throws IOException {
    for (String rel : job.outputs().values()) {
      if (!current(job, rel, stat)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same rule as {@code draftkit batch}: recorded from this input as it is now, by this
   * version, read the same way, and still there.
   */
  private boolean current(Job job, String rel, Root.Stat stat) throws IOException {
    String line = job.recorded().get(rel);
    Manifest.Entry e =
        line == null
            ? null
            : Manifest.parse(line.substring(0, line.length() - 1)); // its newline off
    return e != null
        && e.version().equals(settings.version())
        && e.input().equals(job.input())
        && e.inputSize() == stat.size()
        && e.inputModified() == stat.modified()
        && e.reading().equals(settings.reading())
        && settings.out().isCurrent(rel, stat.modified());
  }

  private static Row failed(Job job, String message, String kind) {
    return new Row(job.index(), job.input(), BatchStatus.FAILED.id(), List.of(), 0, message, kind);
  }

  /**
   * This task's journal: created on the first output, one manifest line per output, flushed at
   * once.
   */
  private static final class Journal implements AutoCloseable {
    private final Root root;
    private final String rel;
    private OutputStream out;

    Journal(Root root, String rel) {
      this.root = root;
      this.rel = rel;
    }

    synchronized void record(Manifest.Entry e) throws IOException {
      if (out == null) {
        out = root.createJournal(rel);
      }
      out.write(Manifest.format(e).getBytes(StandardCharsets.UTF_8));
      root.flush(out);
    }

    @Override
    public synchronized void close() throws IOException {
      if (out != null) {
        out.close();
        out = null;
      }
    }
  }
}
