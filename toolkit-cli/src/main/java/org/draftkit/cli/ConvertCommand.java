package org.draftkit.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.draftkit.DraftkitException;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code draftkit convert INPUT [--to FORMAT] [-o OUT] [--from FORMAT]}: reads a document and
 * writes it in another format, JSON by default.
 *
 * @since 0.1
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Read a document (pdf, docx, html, md, txt, json) and write it as json (default), md, html, docx or txt.",
      "Text formats go to standard output unless -o is given; docx needs -o."
    })
public final class ConvertCommand implements Callable<Integer> {

  /** The format written without {@code --to}. */
  static final String DEFAULT_FORMAT = "json";

  private final Toolkit toolkit;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "The document to read.")
  private Path input;

  @Mixin private InputOptions in;

  @Mixin private OutputOptions out;

  public ConvertCommand(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public Integer call() throws DraftkitException {
    // every usage check before the input is read
    Exporter<Document> exporter = out.exporter(toolkit, Document.class, DEFAULT_FORMAT);
    String from = in.format(toolkit);
    Map<String, String> options = in.importOptions();

    Document doc = toolkit.convert(InputOptions.request(input, from, options));
    if (DraftkitCli.debug(spec.commandLine())) {
      ErrorHandler.printDiagnostics(spec.commandLine().getErr(), input, doc);
    } else {
      ErrorHandler.printWarnings(spec.commandLine().getErr(), input, doc);
    }
    out.write(exporter, doc);
    return ExitCodes.OK;
  }
}
