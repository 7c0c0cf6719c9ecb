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
 * The shared {@code --from FORMAT} option: read inputs as this format instead of detecting it.
 *
 * @since 0.1
 */
public final class InputOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "Input format, instead of detecting it from the content and extension.")
  private String format;

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
      throw new ParameterException(mixee.commandLine(), "unknown input format '" + format + "' (readable: "
          + OutputOptions.listOrNone(toolkit.plugins().importFormats()) + ")");
    }
    return f;
  }

  /** The request to read {@code file} as {@code format} (null: detect it). */
  static ConvertRequest request(Path file, String format) {
    ConvertRequest.Builder request = ConvertRequest.builder().file(file);
    if (format != null) {
      request.from(format);
    }
    return request.build();
  }
}
