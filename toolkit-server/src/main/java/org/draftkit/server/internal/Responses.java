package org.draftkit.server.internal;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.draftkit.ExportException;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;

/** Writes successful answers: exported results with their media type, and small JSON bodies. */
public final class Responses {

  private Responses() {}

  /**
   * Answers with a result written by an exporter. The result is written in full before anything is
   * sent, so that an export failure still gets a clean problem response.
   *
   * @param baseName the source's file name; the download is named after it with the format's
   *     extension
   */
  public static <T> void export(Context ctx, Exporter<T> exporter, T value, String baseName)
      throws ExportException, IOException {
    String fileName = outputName(baseName, exporter);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    exporter.write(value, body, new ExportContext(fileName, Map.of()));
    ctx.status(200)
        .contentType(mediaType(exporter))
        .header(
            "Content-Disposition",
            (exporter.binary() ? "attachment" : "inline") + "; " + dispositionName(fileName))
        .result(body.toByteArray());
  }

  /** Answers with a JSON body. */
  public static void json(Context ctx, String json) {
    ctx.status(200).contentType("application/json").result(json.getBytes(StandardCharsets.UTF_8));
  }

  static String mediaType(Exporter<?> exporter) {
    String type = exporter.format().mediaType();
    if (!exporter.binary()
        && type.startsWith("text/")
        && !type.toLowerCase(Locale.ROOT).contains("charset")) {
      return type + "; charset=utf-8";
    }
    return type;
  }

  /** "report.md" exported as docx is "report.docx". */
  static String outputName(String sourceName, Exporter<?> exporter) {
    String base = sourceName == null ? Uploads.UNNAMED : sourceName;
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String ext =
        exporter.format().extensions().isEmpty()
            ? exporter.format().id()
            : exporter.format().extensions().get(0);
    return base + "." + ext;
  }

  /** RFC 6266 parameters: an ASCII fallback and the exact UTF-8 name. */
  static String dispositionName(String fileName) {
    StringBuilder ascii = new StringBuilder();
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';';
      ascii.append(plain ? (char) c : '_');
      boolean attrChar =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$&+-.^_`|~".indexOf(c) >= 0;
      if (attrChar) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return "filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
