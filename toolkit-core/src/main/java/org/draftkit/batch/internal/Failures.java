package org.draftkit.batch.internal;

import org.draftkit.CorruptDocumentException;
import org.draftkit.EncryptedDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.UnsupportedFormatException;

/** How a batch report names a failed input's reason and kind, whichever engine ran the batch. */
public final class Failures {

  private Failures() {}

  /**
   * The reason alone: importers name the file only by its name, the report names it by its path.
   */
  public static String reason(ImportException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String source = e.source();
    if (source != null && message.startsWith(source + ": ")) {
      return message.substring(source.length() + 2);
    }
    return message;
  }

  /**
   * The report's error type of an import failure ("unsupported", "corrupt", "encrypted", "limit",
   * "unreadable").
   */
  public static String kind(ImportException e) {
    if (e instanceof UnsupportedFormatException) {
      return "unsupported";
    }
    if (e instanceof CorruptDocumentException) {
      return "corrupt";
    }
    if (e instanceof EncryptedDocumentException) {
      return "encrypted";
    }
    if (e instanceof LimitExceededException) {
      return "limit";
    }
    return "unreadable";
  }

  /** "IllegalStateException: message". */
  public static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
