package org.draftkit;

/**
 * No importer reads the input, or the named format is unknown.
 *
 * @since 0.1
 */
public class UnsupportedFormatException extends ImportException {
  private static final long serialVersionUID = 1L;

  public UnsupportedFormatException(String source, String reason, Throwable cause) {
    super(source, reason, cause);
  }

  public UnsupportedFormatException(String source, String reason) {
    super(source, reason, null);
  }
}
