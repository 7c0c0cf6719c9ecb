package org.draftkit.server.internal;

/**
 * The kinds of error the API answers with, each with its HTTP status and a stable RFC 9457 {@code
 * type} URI (a {@code tag:} URI: an identifier, not a page to fetch).
 */
public enum ProblemType {
  BAD_REQUEST(400, "bad-request", "Bad request"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  UPLOAD_TOO_LARGE(413, "upload-too-large", "Upload too large"),
  UNSUPPORTED_FORMAT(415, "unsupported-format", "Unsupported format"),
  CORRUPT_DOCUMENT(422, "corrupt-document", "Corrupt document"),
  ENCRYPTED_DOCUMENT(422, "encrypted-document", "Encrypted document"),
  LIMIT_EXCEEDED(422, "limit-exceeded", "Document over a limit"),
  UNREADABLE_DOCUMENT(422, "unreadable-document", "Unreadable document"),
  EXPORT_FAILED(422, "export-failed", "Result cannot be written in this format"),
  SERVER_BUSY(503, "server-busy", "Server busy"),
  JOB_TIME_LIMIT(503, "job-time-limit", "Job over the time limit"),
  INTERNAL_ERROR(500, "internal-error", "Internal server error");

  private static final String TYPE_PREFIX = "tag:draftkit.org,2026:problem:";

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The RFC 9457 {@code type} member. */
  public String uri() {
    return TYPE_PREFIX + slug;
  }

  /** The RFC 9457 {@code title} member: the same for every occurrence of this type. */
  public String title() {
    return title;
  }
}
