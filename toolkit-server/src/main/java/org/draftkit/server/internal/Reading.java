package org.draftkit.server.internal;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.model.Document;

/**
 * How the uploads of one request are read: the format asked for with {@code from} (null: detected
 * from each upload) and the importer options {@code ocr=auto|never|always} and {@code lang}, the
 * same for every upload of the request, as the CLI's {@code --from}, {@code --ocr} and {@code
 * --lang}.
 *
 * @param toolkit the toolkit that reads
 * @param format the input format, or null to detect it
 * @param options the importer options
 */
public record Reading(Toolkit toolkit, String format, Map<String, String> options) {

  /** The request's input parameters, checked before any upload is read. */
  public static Reading of(Context ctx, Toolkit toolkit) {
    return new Reading(toolkit, Params.inputFormat(ctx, toolkit), options(ctx));
  }

  /**
   * The importer options {@code ocr} and {@code lang} of a request.
   *
   * @throws ApiProblemException 400 when {@code ocr} is not auto, never or always
   */
  public static Map<String, String> options(Context ctx) {
    Map<String, String> options = new TreeMap<>();
    String ocr = Params.text(ctx, "ocr");
    if (ocr != null) {
      if (!List.of("auto", "never", "always").contains(ocr)) {
        throw new ApiProblemException(
            ProblemType.BAD_REQUEST, null, "ocr must be auto, never or always, not '" + ocr + "'");
      }
      options.put("ocr", ocr);
    }
    String lang = Params.text(ctx, "lang");
    if (lang != null) {
      options.put("lang", lang);
    }
    return Map.copyOf(options);
  }

  /** Reads one upload (and closes its content). */
  public Document read(Upload upload) throws ImportException {
    return upload.read(toolkit, format, options);
  }

  /** One upload as a submission to read (see {@link SubmissionSet}). */
  public SubmissionSet.Input submission(Upload upload) {
    return SubmissionSet.input(upload.name(), () -> read(upload));
  }
}
