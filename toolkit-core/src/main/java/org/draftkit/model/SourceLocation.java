package org.draftkit.model;

/**
 * Where something came from in its source file. Numbers are 1-based; 0 means unknown.
 *
 * @param source the file or upload name, or null
 * @param page the page (PDF), or 0
 * @param line the line (text formats) or paragraph ordinal (DOCX, HTML), or 0
 * @since 0.1
 */
public record SourceLocation(String source, int page, int line) {

  /** No known location. */
  public static final SourceLocation UNKNOWN = new SourceLocation(null, 0, 0);

  public static SourceLocation line(String source, int line) {
    return new SourceLocation(source, 0, line);
  }

  public static SourceLocation page(String source, int page, int line) {
    return new SourceLocation(source, page, line);
  }

  /** "file.pdf, page 3, line 12", leaving out what is unknown. */
  public String describe() {
    StringBuilder sb = new StringBuilder(source == null ? "" : source);
    if (page > 0) {
      sb.append(sb.length() > 0 ? ", " : "").append("page ").append(page);
    }
    if (line > 0) {
      sb.append(sb.length() > 0 ? ", " : "").append("line ").append(line);
    }
    return sb.toString();
  }
}
