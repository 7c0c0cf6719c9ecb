package org.draftkit.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.draftkit.ConvertRequest;
import org.draftkit.Toolkit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The shared input options: {@code --from FORMAT} (read inputs as this format instead of detecting
 * it), and for PDFs {@code --ocr auto|never|always} and {@code --lang} (passed to the importers as
 * their {@code ocr} and {@code lang} options).
 *
 * @since 0.1
 */
public final class InputOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "Input format, instead of detecting it from the content and extension.")
  private String format;

  @Option(
      names = "--ocr",
      paramLabel = "MODE",
      description =
          "PDF pages read from their images (Tesseract): auto (default: pages without a usable text layer), "
              + "never or always.")
  private String ocr;

  @Option(
      names = "--lang",
      paramLabel = "LANGS",
      description =
          "Language(s) of scanned or broken PDF pages for OCR, such as zh, or ar,en for two (default: from the script).")
  private String lang;

  /**
   * The importer options given ({@code ocr}, {@code lang}).
   *
   * @throws ParameterException when --ocr is not auto, never or always
   */
  public java.util.Map<String, String> importOptions() {
    java.util.Map<String, String> options = new java.util.TreeMap<>();
    if (ocr != null) {
      String mode = ocr.strip().toLowerCase(Locale.ROOT);
      if (!java.util.List.of("auto", "never", "always").contains(mode)) {
        throw new ParameterException(
            mixee.commandLine(), "--ocr must be auto, never or always, not '" + ocr + "'");
      }
      options.put("ocr", mode);
    }
    if (lang != null && !lang.isBlank()) {
      options.put("lang", lang.strip());
    }
    return java.util.Map.copyOf(options);
  }

  /**
   * The format to read inputs as, or null to detect it. Checked against the importers before any
   * input is read.
   *
   * @throws ParameterException when no importer reads the format (a usage error)
   */
  public String format(Toolkit toolkit) {
    if (format == null) {
      return null;
    }
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (toolkit.plugins().importerFor(f).isEmpty()) {
      throw new ParameterException(
          mixee.commandLine(),
          "unknown input format '"
              + format
              + "' (readable: "
              + OutputOptions.listOrNone(toolkit.plugins().importFormats())
              + ")");
    }
    return f;
  }

  /**
   * The request to read {@code file} as {@code format} (null: detect it), with the {@code --ocr}
   * and {@code --lang} given: every input of a command is read with them.
   */
  public ConvertRequest request(Path file, String format) {
    return request(file, format, importOptions());
  }

  /**
   * The request to read {@code file} as {@code format} (null: detect it), with importer options.
   */
  static ConvertRequest request(Path file, String format, java.util.Map<String, String> options) {
    ConvertRequest.Builder request = ConvertRequest.builder().file(file);
    if (format != null) {
      request.from(format);
    }
    options.forEach(request::option);
    return request.build();
  }
}
