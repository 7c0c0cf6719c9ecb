package org.draftkit.server.internal;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads multipart uploads and enforces the upload size limit. A request whose declared length is
 * over the limit is refused before its body is read; a file over the limit, or files that are over
 * it together, are refused as well (413 in every case). Immutable and thread-safe.
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
   * A before-handler: refuses a request that declares a body larger than the limit, without reading
   * it.
   */
  public void refuseOversizedRequest(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length > maxRequestBytes()) {
      // the body is not read: the connection cannot be reused
      ctx.header("Connection", "close");
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
    return form(ctx, "the document in the field '" + field + "'").required(field);
  }

  /**
   * The files of a multipart request, checked against the upload limit: each file, and all of them
   * together.
   *
   * @param expected what the request should carry, for the message when it is not multipart ("the
   *     document in the field 'file'")
   * @throws ApiProblemException 400 when the request is not multipart or its body cannot be parsed,
   *     413 when a file, all files together or the request are over the limit
   */
  public Form form(Context ctx, String expected) {
    String contentType = ctx.contentType();
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ApiProblemException(
          ProblemType.BAD_REQUEST,
          null,
          "expected a multipart/form-data request with "
              + expected
              + ", got "
              + (contentType == null ? "no content type" : contentType));
    }
    Map<String, List<UploadedFile>> files;
    try {
      files = ctx.uploadedFileMap();
    } catch (Exception e) { // the servlet API's checked exceptions arrive undeclared through Kotlin
      throw multipartFailure(e);
    }
    long total = 0;
    int count = 0;
    for (List<UploadedFile> field : files.values()) {
      for (UploadedFile file : field) {
        if (file.size() > maxUploadBytes) {
          throw tooLarge(
              fileName(file.filename()), "the file is " + file.size() + " bytes, over " + limit());
        }
        total += file.size();
        count++;
      }
    }
    if (total > maxUploadBytes) {
      throw tooLarge(null, "the " + count + " uploads total " + total + " bytes, over " + limit());
    }
    return new Form(files);
  }

  /** The files of one multipart request, by field, in the order they were sent. */
  public static final class Form {
    private final Map<String, List<UploadedFile>> files;

    private Form(Map<String, List<UploadedFile>> files) {
      this.files = files;
    }

    /**
     * The single file of a field.
     *
     * @throws ApiProblemException 400 when the field is missing or holds more than one file
     */
    public Upload required(String field) {
      List<Upload> all = all(field);
      if (all.isEmpty()) {
        throw new ApiProblemException(
            ProblemType.BAD_REQUEST,
            null,
            "the multipart field '" + field + "' with the document is missing");
      }
      return single(field, all);
    }

    /**
     * The single file of a field, or null when the field is absent.
     *
     * @throws ApiProblemException 400 when the field holds more than one file
     */
    public Upload optional(String field) {
      List<Upload> all = all(field);
      return all.isEmpty() ? null : single(field, all);
    }

    /**
     * The files of a repeated field, in the order they were sent.
     *
     * @param min the fewest files accepted
     * @param what what the files are, for the message ("submissions")
     * @throws ApiProblemException 400 when there are fewer than {@code min}
     */
    public List<Upload> atLeast(String field, int min, String what) {
      List<Upload> all = all(field);
      if (all.size() < min) {
        throw new ApiProblemException(
            ProblemType.BAD_REQUEST,
            null,
            "expected "
                + (min == 1 ? "one or more" : min + " or more")
                + " "
                + what
                + " in the multipart field '"
                + field
                + "' (repeated), got "
                + all.size());
      }
      return all;
    }

    private List<Upload> all(String field) {
      List<Upload> out = new ArrayList<>();
      for (UploadedFile f : files.getOrDefault(field, List.of())) {
        out.add(new Upload(fileName(f.filename()), f.size(), f.content()));
      }
      return out;
    }

    private static Upload single(String field, List<Upload> all) {
      if (all.size() > 1) {
        throw new ApiProblemException(
            ProblemType.BAD_REQUEST,
            null,
            "the multipart field '" + field + "' holds " + all.size() + " files; send one");
      }
      return all.get(0);
    }
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
   * Jetty reports a multipart body over its limits with an {@link IllegalStateException} ("max file
   * size exceeded", "max length exceeded") somewhere in the cause chain; anything else is a
   * malformed body.
   */
  private ApiProblemException multipartFailure(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalStateException
          && t.getMessage() != null
          && t.getMessage().contains("exceeded")) {
        return tooLarge(null, "the request body exceeds " + limit(), e);
      }
    }
    return new ApiProblemException(
        ProblemType.BAD_REQUEST, null, "the multipart body cannot be parsed: " + e.getMessage(), e);
  }

  private String limit() {
    return "the upload limit of " + maxUploadBytes + " bytes";
  }

  private static ApiProblemException tooLarge(String name, String reason) {
    return tooLarge(name, reason, null);
  }

  private static ApiProblemException tooLarge(String name, String reason, Throwable cause) {
    return new ApiProblemException(
        ProblemType.UPLOAD_TOO_LARGE, name, Params.prefix(name) + reason, cause);
  }
}
