package org.draftkit;

/**
 * The input is over a configured limit (bytes, pages, expanded size, time).
 *
 * @since 0.1
 */
public class LimitExceededException extends ImportException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String source, String reason, Throwable cause) {
    super(source, reason, cause);
  }

  public LimitExceededException(String source, String reason) {
    super(source, reason, null);
  }

  /**
   * The read ran past {@link Limits#timeout()}: the one wording every importer uses ({@code reading
   * took longer than the time limit of 2 min}).
   */
  public static LimitExceededException timeLimit(String source, Limits limits, Throwable cause) {
    return new LimitExceededException(
        source, "reading took longer than the time limit of " + describe(limits.timeout()), cause);
  }

  /** A duration as a person writes it: "2 min", "90 s", "250 ms". */
  static String describe(java.time.Duration d) {
    if (d.toMillis() < 1000) {
      return Math.max(1, d.toMillis()) + " ms";
    }
    if (d.toSeconds() % 60 == 0) {
      return d.toMinutes() + " min";
    }
    return d.toSeconds() + " s";
  }
}
