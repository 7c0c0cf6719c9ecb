package org.draftkit;

/**
 * The input claims a format but its content is broken (truncated zip, malformed PDF, binary data in
 * a text file, empty file).
 *
 * @since 0.1
 */
public class CorruptDocumentException extends ImportException {
  private static final long serialVersionUID = 1L;

  public CorruptDocumentException(String source, String reason, Throwable cause) {
    super(source, reason, cause);
  }

  public CorruptDocumentException(String source, String reason) {
    super(source, reason, null);
  }
}
