package org.draftkit.server.internal;

import java.util.Objects;

/**
 * A request the API refuses before any toolkit work starts (a missing upload, a bad parameter, an
 * upload over the size limit). Thrown by request parsing, answered by {@link ProblemMapper}.
 */
public final class ApiProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ProblemType type;
  private final String source;

  /**
   * @param type the kind of problem
   * @param source the upload's file name, or null
   * @param detail the reason, naming the file when there is one
   */
  public ApiProblemException(ProblemType type, String source, String detail) {
    this(type, source, detail, null);
  }

  /** The same, keeping the exception that revealed the problem. */
  public ApiProblemException(ProblemType type, String source, String detail, Throwable cause) {
    super(detail, cause);
    this.type = Objects.requireNonNull(type, "type");
    this.source = source;
  }

  public ProblemType type() {
    return type;
  }

  /** The upload's file name, or null. */
  public String source() {
    return source;
  }
}
