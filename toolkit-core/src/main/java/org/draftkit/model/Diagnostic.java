package org.draftkit.model;

import java.util.Objects;

/**
 * Something worth telling about an input that did not stop the work: text removed as a running
 * head, a paragraph number that could not be parsed, a mark that could not be kept.
 *
 * @param severity how much the user should care
 * @param code a stable, dotted identifier, e.g. {@code pdf.running-head-removed}
 * @param message one human sentence
 * @param location where, or {@link SourceLocation#UNKNOWN}
 * @since 0.1
 */
public record Diagnostic(Severity severity, String code, String message, SourceLocation location) {

  /** How serious a diagnostic is. */
  public enum Severity {
    INFO,
    WARNING,
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public static Diagnostic info(String code, String message, SourceLocation at) {
    return new Diagnostic(Severity.INFO, code, message, at);
  }

  public static Diagnostic warning(String code, String message, SourceLocation at) {
    return new Diagnostic(Severity.WARNING, code, message, at);
  }

  public static Diagnostic error(String code, String message, SourceLocation at) {
    return new Diagnostic(Severity.ERROR, code, message, at);
  }
}
