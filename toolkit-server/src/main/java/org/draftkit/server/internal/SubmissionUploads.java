package org.draftkit.server.internal;

import io.javalin.http.Context;
import java.util.List;
import org.draftkit.amend.SubmissionSet;

/**
 * Submissions read from uploads through {@link SubmissionSet}, as the CLI reads them from files:
 * one that cannot be read is left out and reported in the result's diagnostics, and in the response
 * header {@value #LEFT_OUT_HEADER} (the number left out), so that a client that does not read the
 * diagnostics still knows.
 *
 * @param set what was read and what was not
 */
public record SubmissionUploads(SubmissionSet set) {

  /** The response header that counts the submissions left out because they could not be read. */
  public static final String LEFT_OUT_HEADER = "Draftkit-Unreadable-Submissions";

  /** Reads the uploads in order, named by {@code names} by position. */
  public static SubmissionUploads read(Reading reading, List<Upload> uploads, List<String> names) {
    return new SubmissionUploads(
        SubmissionSet.read(uploads.stream().map(reading::submission).toList(), names));
  }

  /** Sets {@value #LEFT_OUT_HEADER} when a submission was left out. */
  public void report(Context ctx) {
    if (!set.failures().isEmpty()) {
      ctx.header(LEFT_OUT_HEADER, String.valueOf(set.failures().size()));
    }
  }
}
