package org.draftkit.server.internal;

import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;
import org.draftkit.ExportException;
import org.draftkit.Toolkit;
import org.draftkit.spi.Exporter;

/** Reads request parameters (query string first, then multipart form fields), refusing malformed ones with 400. */
public final class Params {

  private static final Pattern FORMAT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]{0,31}");

  private Params() {}

  /**
   * A format id parameter ({@code from}, {@code to}), or null when absent or empty.
   *
   * @throws ApiProblemException 400 when given twice or not a plausible format id
   */
  public static String format(Context ctx, String name, String source) {
    String value = single(ctx, name, source);
    if (value == null) {
      return null;
    }
    if (!FORMAT_ID.matcher(value).matches()) {
      throw new ApiProblemException(ProblemType.BAD_REQUEST, source,
          prefix(source) + "parameter '" + name + "' is not a format name: '" + abbreviate(value) + "'");
    }
    return value;
  }

  /**
   * The exporter named by a parameter, for a result type.
   *
   * @param fallback the format used when the parameter is absent
   * @throws ApiProblemException 415 when no exporter writes that format, 400 when malformed
   */
  public static <T> Exporter<T> exporter(Context ctx, String name, String fallback, Toolkit toolkit,
      Class<T> type, String source) {
    String format = format(ctx, name, source);
    String id = format == null ? fallback : format;
    try {
      return toolkit.exporter(type, id);
    } catch (ExportException e) {
      throw new ApiProblemException(ProblemType.UNSUPPORTED_FORMAT, source,
          prefix(source) + "cannot convert to '" + id + "': no exporter writes this format (available: "
              + String.join(", ", toolkit.plugins().exportFormats(type)) + ")", e);
    }
  }

  private static String single(Context ctx, String name, String source) {
    List<String> values = ctx.queryParams(name);
    if (values.isEmpty()) {
      values = ctx.formParams(name);
    }
    if (values.size() > 1) {
      throw new ApiProblemException(ProblemType.BAD_REQUEST, source,
          prefix(source) + "parameter '" + name + "' is given " + values.size() + " times");
    }
    if (values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  static String prefix(String source) {
    return source == null ? "" : source + ": ";
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
