package org.draftkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.draftkit.AlignRequest;
import org.draftkit.DraftkitException;
import org.draftkit.Toolkit;
import org.draftkit.align.Alignment;
import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code draftkit align VERSION VERSION... [--to html|json|csv] [-o OUT]}: matches the language
 * versions of one text paragraph by paragraph and lists what differs between them.
 *
 * @since 0.1
 */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Match the language versions of one text (EN FR ES RU ZH AR) article by article and paragraph by "
          + "paragraph, and list mismatches: a paragraph or sub-item missing in a version, numbering that differs, "
          + "a footnote missing.",
      "Writes json (default), html (side by side, right-to-left where needed) or csv."
    })
public final class AlignCommand implements Callable<Integer> {

  /** The format written without {@code --to}. */
  static final String DEFAULT_FORMAT = "json";

  private final Toolkit toolkit;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "2..*",
      paramLabel = "VERSION",
      description = "The language versions, two or more.")
  private List<Path> inputs;

  @Mixin private InputOptions in;

  @Mixin private OutputOptions out;

  public AlignCommand(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public Integer call() throws DraftkitException {
    Exporter<Alignment> exporter = out.exporter(toolkit, Alignment.class, DEFAULT_FORMAT);
    String from = in.format(toolkit);
    AlignRequest.Builder request = AlignRequest.builder();
    for (Path p : inputs) {
      Document d = toolkit.read(p, from, in.importOptions());
      if (DraftkitCli.debug(spec.commandLine())) {
        ErrorHandler.printDiagnostics(spec.commandLine().getErr(), p, d);
      } else {
        ErrorHandler.printWarnings(spec.commandLine().getErr(), p, d);
      }
      request.version(AlignRequest.nameOf(p.toString()), d);
    }
    out.write(exporter, toolkit.align(request.build()));
    return ExitCodes.OK;
  }
}
