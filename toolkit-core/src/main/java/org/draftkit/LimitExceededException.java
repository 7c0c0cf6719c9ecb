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
}
