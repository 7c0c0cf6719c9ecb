package org.draftkit.batch;

import java.util.List;

/**
 * The outcome of a batch: one {@link BatchItem} per input in the order of their paths, plus the
 * files that were not inputs.
 *
 * @param formats the output formats, in the order requested
 * @param items every input with its status
 * @param ignored files in the input tree that no importer reads (relative paths), not counted as
 *     inputs
 * @since 0.1
 */
public record BatchReport(List<String> formats, List<BatchItem> items, List<String> ignored) {
  public BatchReport {
    formats = List.copyOf(formats);
    items = List.copyOf(items);
    ignored = List.copyOf(ignored);
  }

  /** Inputs converted in this run. */
  public int converted() {
    return count(BatchStatus.OK);
  }

  /** Inputs whose outputs were already up to date. */
  public int upToDate() {
    return count(BatchStatus.SKIPPED);
  }

  /** Inputs that failed. */
  public int failed() {
    return count(BatchStatus.FAILED);
  }

  /** True when no input failed. */
  public boolean succeeded() {
    return failed() == 0;
  }

  /** "batch: 12 converted, 3 up to date, 1 failed (see out/batch-report.json)". */
  public String summary(String reportPath) {
    return "batch: "
        + converted()
        + " converted, "
        + upToDate()
        + " up to date, "
        + failed()
        + " failed (see "
        + reportPath
        + ")";
  }

  private int count(BatchStatus status) {
    int n = 0;
    for (BatchItem i : items) {
      if (i.status() == status) {
        n++;
      }
    }
    return n;
  }
}
