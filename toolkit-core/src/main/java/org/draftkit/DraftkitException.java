package org.draftkit;

/**
 * The root of draftkit's checked exceptions: an input that cannot be read or an output that cannot
 * be written. Messages start with the file or upload name they concern.
 *
 * @since 0.1
 */
public class DraftkitException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final String reason;

  public DraftkitException(String source, String reason, Throwable cause) {
    super(source == null || source.isEmpty() ? reason : source + ": " + reason, cause);
    this.source = source;
    this.reason = reason;
  }

  /** The file or upload name the problem concerns, or null. */
  public String source() {
    return source;
  }

  /** What is wrong, without the source name: the message is {@code source + ": " + reason}. */
  public String reason() {
    return reason;
  }
}
