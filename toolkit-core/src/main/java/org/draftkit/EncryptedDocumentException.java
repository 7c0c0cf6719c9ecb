package org.draftkit;

/**
 * The input is password-protected or encrypted.
 *
 * @since 0.1
 */
public class EncryptedDocumentException extends ImportException {
  private static final long serialVersionUID = 1L;

  public EncryptedDocumentException(String source, String reason, Throwable cause) {
    super(source, reason, cause);
  }

  public EncryptedDocumentException(String source, String reason) {
    super(source, reason, null);
  }
}
