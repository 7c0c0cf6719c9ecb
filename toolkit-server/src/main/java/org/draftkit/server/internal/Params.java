package org.draftkit.server.internal;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.draftkit.ExportException;
import org.draftkit.Toolkit;
import org.draftkit.amend.MarkConvention;
import org.draftkit.spi.Exporter;

/**
 * Reads request parameters (query string first, then multipart form fields), refusing malformed
 * ones with 400.
 */
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
      throw new ApiProblemException(
          ProblemType.BAD_REQUEST,
          source,
          prefix(source)
              + "parameter '"
              + name
              + "' is not a format name: '"
              + abbreviate(value)
              + "'");
    }
    return value;
  }

  /**
   * The exporter named by a parameter, for a result type.
   *
   * @param fallback the format used when the parameter is absent
   * @throws ApiProblemException 415 when no exporter writes that format, 400 when malformed
   */
  public static <T> Exporter<T> exporter(
      Context ctx, String name, String fallback, Toolkit toolkit, Class<T> type, String source) {
    String format = format(ctx, name, source);
    String id = format == null ? fallback : format;
    try {
      return toolkit.exporter(type, id);
    } catch (ExportException e) {
      throw new ApiProblemException(
          ProblemType.UNSUPPORTED_FORMAT,
          source,
          prefix(source)
              + "cannot convert to '"
              + id
              + "': no exporter writes this format (available: "
              + String.join(", ", toolkit.plugins().exportFormats(type))
              + ")",
          e);
    }
  }

  /**
   * The input format every upload is read as ({@code from}), or null to detect each one's.
   *
   * @throws ApiProblemException 415 when no importer reads it, 400 when malformed
   */
  public static String inputFormat(Context ctx, Toolkit toolkit) {
    String format = format(ctx, "from", null);
    if (format == null) {
      return null;
    }
    String id = format.toLowerCase(Locale.ROOT);
    if (toolkit.plugins().importerFor(id).isEmpty()) {
      throw new ApiProblemException(
          ProblemType.UNSUPPORTED_FORMAT,
          null,
          "unknown input format '"
              + format
              + "' (readable: "
              + String.join(", ", toolkit.plugins().importFormats())
              + ")");
    }
    return id;
  }

  /**
   * A single text parameter, stripped, or null when absent or blank.
   *
   * @throws ApiProblemException 400 when given more than once
   */
  public static String text(Context ctx, String name) {
    return single(ctx, name, null);
  }

  /**
   * Every value of a repeated parameter, in the order sent (query string first, else form fields).
   */
  public static List<String> all(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.isEmpty()) {
      values = ctx.formParams(name);
    }
    return values.stream().map(String::strip).toList();
  }

  /**
   * The proponents named by the repeated {@code as} parameter, by position (the first names the
   * first submission); a blank one lets the submission name its proponent.
   *
   * @throws ApiProblemException 400 when there are more names than submissions
   */
  public static List<String> proponents(Context ctx, int submissions) {
    List<String> names = all(ctx, "as");
    if (names.size() > submissions) {
      throw new ApiProblemException(
          ProblemType.BAD_REQUEST,
          null,
          names.size()
              + " 'as' names for "
              + submissions
              + " submission"
              + (submissions == 1 ? "" : "s"));
    }
    return names;
  }

  /**
   * A yes/no parameter ({@code true} or {@code false}).
   *
   * @throws ApiProblemException 400 for any other value
   */
  public static boolean flag(Context ctx, String name, boolean fallback) {
    String value = single(ctx, name, null);
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new ApiProblemException(
              ProblemType.BAD_REQUEST,
              null,
              "parameter '" + name + "' takes true or false, got '" + abbreviate(value) + "'");
    };
  }

  /**
   * A repeated {@code GROUP=NAME} parameter as a map, in the order sent (a later value for the same
   * group wins, as on the command line).
   *
   * @throws ApiProblemException 400 for a value with no {@code =} or an empty group
   */
  public static Map<String, String> choices(Context ctx, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String value : all(ctx, name)) {
      int eq = value.indexOf('=');
      if (eq <= 0) {
        throw new ApiProblemException(
            ProblemType.BAD_REQUEST,
            null,
            "parameter '" + name + "' takes GROUP=NAME, got '" + abbreviate(value) + "'");
      }
      out.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
    }
    return out;
  }

  /**
   * The mark convention of {@code insertMark} ({@code bold|underline|ins}) and {@code deleteMark}
   * ({@code strike|del}); the default for a side not given.
   *
   * @throws ApiProblemException 400 for another mark
   */
  public static MarkConvention marks(Context ctx) {
    return MarkConvention.of(text(ctx, "insertMark"), text(ctx, "deleteMark"))
        .orElseThrow(
            () ->
                new ApiProblemException(
                    ProblemType.BAD_REQUEST,
                    null,
                    "parameter 'insertMark' takes bold, underline or ins; 'deleteMark' takes strike or del"));
  }

  private static String single(Context ctx, String name, String source) {
    List<String> values = ctx.queryParams(name);
    if (values.isEmpty()) {
      values = ctx.formParams(name);
    }
    if (values.size() > 1) {
      throw new ApiProblemException(
          ProblemType.BAD_REQUEST,
          source,
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
