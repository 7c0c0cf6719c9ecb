package org.draftkit;

/**
 * A result could not be written in the requested format.
 *
 * @since 0.1
 */
public class ExportException extends DraftkitException {
  private static final long serialVersionUID = 1L;

  public ExportException(String target, String reason, Throwable cause) {
    super(target, reason, cause);
  }

  public ExportException(String target, String reason) {
    super(target, reason, null);
  }
}
