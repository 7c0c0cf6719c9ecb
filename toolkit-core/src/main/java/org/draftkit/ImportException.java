package org.draftkit;

/**
 * An input could not be read. Subclasses say why; the library's own exception is kept as the cause.
 *
 * @since 0.1
 */
public class ImportException extends DraftkitException {
  private static final long serialVersionUID = 1L;

  public ImportException(String source, String reason, Throwable cause) {
    super(source, reason, cause);
  }

  public ImportException(String source, String reason) {
    super(source, reason, null);
  }
}
