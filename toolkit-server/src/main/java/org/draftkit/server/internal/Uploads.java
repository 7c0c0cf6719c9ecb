package org.draftkit.server.internal;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Locale;

/**
 * Reads multipart uploads and enforces the upload size limit. A request whose declared length is
 * over the limit is refused before its body is read; a file part over the limit is refused as
 * well (413 in both cases). Immutable and thread-safe.
 */
public final class Uploads {

  /** Room for the multipart boundaries, part headers and small form fields. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;

  /** The name used when the client sends a file without a file name. */
  static final String UNNAMED = "upload";

  private final long maxUploadBytes;

  public Uploads(long maxUploadBytes) {
    this.maxUploadBytes = maxUploadBytes;
  }

  /** The largest upload accepted, in bytes. */
  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  /** The largest request body accepted, in bytes: the upload plus the multipart overhead. */
  public long maxRequestBytes() {
    return maxUploadBytes + MULTIPART_OVERHEAD;
  }

  /**
   * A before-handler: refuses a request that declares a body larger than the limit, without
   * reading it.
   */
  public void refuseOversizedRequest(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length > maxRequestBytes()) {
      throw tooLarge(null, "the request body is " + length + " bytes, over " + limit());
    }
  }

  /**
   * The single file uploaded in a multipart field.
   *
   * @throws ApiProblemException 400 when the request is not multipart, the field is missing or
   *     given twice, 413 when the file or the request is over the limit
   */
  public Upload required(Context ctx, String field) {
    String contentType = ctx.contentType();
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ApiProblemException(ProblemType.BAD_REQUEST, null,
          "expected a multipart/form-data request with the document in the field '" + field + "', got "
              + (contentType == null ? "no content type" : contentType));
    }
    List<UploadedFile> files;
    try {
      files = ctx.uploadedFiles(field);
    } catch (Exception e) { // the servlet API's checked exceptions arrive undeclared through Kotlin
      throw multipartFailure(e);
    }
    if (files.isEmpty()) {
      throw new ApiProblemException(ProblemType.BAD_REQUEST, null,
          "the multipart field '" + field + "' with the document is missing");
    }
    if (files.size() > 1) {
      throw new ApiProblemException(ProblemType.BAD_REQUEST, null,
          "the multipart field '" + field + "' holds " + files.size() + " files; send one");
    }
    UploadedFile file = files.get(0);
    String name = fileName(file.filename());
    if (file.size() > maxUploadBytes) {
      throw tooLarge(name, "the file is " + file.size() + " bytes, over " + limit());
    }
    return new Upload(name, file.size(), file.content());
  }

  /** The last path segment of a client-supplied file name, or {@value #UNNAMED}. */
  static String fileName(String sent) {
    if (sent == null) {
      return UNNAMED;
    }
    String n = sent.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    StringBuilder clean = new StringBuilder(n.length());
    n.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
    return clean.length() == 0 ? UNNAMED : clean.toString();
  }

  /**
   * Jetty reports a multipart body over its limits with an {@link IllegalStateException}
   * ("max file size exceeded", "max length exceeded") somewhere in the cause chain; anything else
   * is a malformed body.
   */
  private ApiProblemException multipartFailure(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalStateException && t.getMessage() != null && t.getMessage().contains("exceeded")) {
        return tooLarge(null, "the request body exceeds " + limit(), e);
      }
    }
    return new ApiProblemException(ProblemType.BAD_REQUEST, null,
        "the multipart body cannot be parsed: " + e.getMessage(), e);
  }

  private String limit() {
    return "the upload limit of " + maxUploadBytes + " bytes";
  }

  private static ApiProblemException tooLarge(String name, String reason) {
    return tooLarge(name, reason, null);
  }

  private static ApiProblemException tooLarge(String name, String reason, Throwable cause) {
    return new ApiProblemException(ProblemType.UPLOAD_TOO_LARGE, name, Params.prefix(name) + reason, cause);
  }
}
