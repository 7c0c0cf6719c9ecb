package org.draftkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.draftkit.ExportException;
import org.draftkit.Toolkit;
import org.draftkit.io.AtomicFiles;
import org.draftkit.registry.PluginRegistry;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The shared output options, {@code --to FORMAT} and {@code -o/--output OUT}, and the writing that
 * goes with them: text to standard output without {@code -o}, otherwise an atomic file write.
 *
 * <p>Commands call {@link #exporter} before reading any input, so that a wrong format is a usage
 * error that costs nothing, then {@link #write} once the result exists. {@code -o report.docx}
 * alone writes DOCX: the extension names the format, and a {@code --to} that says otherwise is
 * refused.
 *
 * @since 0.1
 */
public final class OutputOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      description =
          "Output format; without it, the extension of -o chooses (.docx, .html, .md, .csv, .json, .txt), "
              + "else the command's default. `draftkit plugins` lists the formats.")
  private String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to this file (replaced atomically) instead of standard output.")
  private Path output;

  /** The file to write, or empty for standard output. */
  public Optional<Path> output() {
    return Optional.ofNullable(output);
  }

  /**
   * The file extensions that name an output format, each with its format id: with {@code -o OUT}
   * and no {@code --to}, OUT's extension chooses the format; with {@code --to}, an extension from
   * this list that names another format is a usage error.
   */
  static final Map<String, String> EXTENSION_FORMATS =
      Map.of(
          "docx",
          "docx",
          "html",
          "html",
          "htm",
          "html",
          "md",
          "md",
          "markdown",
          "md",
          "csv",
          "csv",
          "json",
          "json",
          "txt",
          "txt",
          "text",
          "txt");

  /**
   * The exporter for {@code --to}, else {@code -o}'s extension, else {@code defaultFormat}, for a
   * result type. Called before any input is read, so that every usage error costs nothing.
   *
   * @throws ParameterException when no exporter writes the type in that format, {@code --to}
   *     contradicts {@code -o}'s extension, or the format is binary and there is no {@code -o}
   *     (usage errors)
   */
  public <T> Exporter<T> exporter(Toolkit toolkit, Class<T> type, String defaultFormat) {
    String named = format == null ? null : format.strip().toLowerCase(Locale.ROOT);
    String extension =
        output == null
            ? null
            : PluginRegistry.extension(String.valueOf(output.getFileName())).orElse(null);
    String byExtension = extension == null ? null : EXTENSION_FORMATS.get(extension);
    String f = named != null ? named : byExtension != null ? byExtension : defaultFormat;
    Exporter<T> exporter;
    try {
      exporter = toolkit.exporter(type, f);
    } catch (ExportException e) {
      String available = listOrNone(toolkit.plugins().exportFormats(type));
      throw new ParameterException(
          mixee.commandLine(),
          named == null && byExtension != null
              ? "-o "
                  + output
                  + " asks for "
                  + f
                  + ", which '"
                  + mixee.commandLine().getCommandName()
                  + "' does not write (available: "
                  + available
                  + ")"
              : "unknown output format '"
                  + f
                  + "' for "
                  + type.getSimpleName()
                  + " (available: "
                  + available
                  + ")",
          e);
    }
    if (named != null && byExtension != null && !writes(exporter, byExtension, extension)) {
      throw new ParameterException(
          mixee.commandLine(),
          "--to "
              + named
              + " contradicts -o "
              + output
              + " (a ."
              + extension
              + " file): drop --to, or name the file ."
              + exporter.format().extensions().stream().findFirst().orElse(exporter.format().id()));
    }
    if (exporter.binary() && output == null) {
      throw new ParameterException(
          mixee.commandLine(), "--to " + f + " writes a binary file: name it with -o FILE");
    }
    return exporter;
  }

  /** True when the exporter writes the format an extension names. */
  private static boolean writes(Exporter<?> exporter, String formatId, String extension) {
    return exporter.format().id().equals(formatId)
        || exporter.format().extensions().contains(extension);
  }

  /**
   * Writes a result: to {@code -o} atomically, or as UTF-8 text to the command's standard output.
   *
   * @throws ExportException when the exporter fails or the file cannot be written
   */
  public <T> void write(Exporter<T> exporter, T value) throws ExportException {
    if (output == null) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      try {
        exporter.write(value, buf, ExportContext.defaults());
      } catch (IOException e) {
        throw new ExportException("(standard output)", "cannot be written: " + e.getMessage(), e);
      }
      PrintWriter out = mixee.commandLine().getOut();
      out.print(buf.toString(StandardCharsets.UTF_8));
      out.flush();
      return;
    }
    ExportContext context = new ExportContext(String.valueOf(output.getFileName()), Map.of());
    try {
      AtomicFiles.write(output, out -> exporter.write(value, out, context));
    } catch (ExportException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ExportException(output.toString(), "cannot be written: " + reason(e), e);
    }
  }

  static String listOrNone(List<String> formats) {
    return formats.isEmpty() ? "none installed" : String.join(", ", formats);
  }

  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
