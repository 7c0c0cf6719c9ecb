package org.draftkit.batch;

import java.util.List;
import java.util.Objects;

/**
 * The result for one input of a batch.
 *
 * @param input the input's path relative to the input folder, with {@code /} separators
 * @param status ok, skipped (up to date) or failed
 * @param outputs the outputs' paths relative to the output folder (those written or up to date)
 * @param diagnostics how many diagnostics the import produced (0 when skipped or failed)
 * @param error the reason for a failure (it starts with the input's name), or null
 * @param errorType the failure's kind ("unsupported", "corrupt", "encrypted", "limit",
 *     "unreadable", "output", "timeout", "internal"), or null
 * @since 0.1
 */
public record BatchItem(
    String input,
    BatchStatus status,
    List<String> outputs,
    int diagnostics,
    String error,
    String errorType) {
  public BatchItem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(status, "status");
    outputs = List.copyOf(outputs);
  }
}
