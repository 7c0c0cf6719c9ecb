package org.draftkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.draftkit.CompareRequest;
import org.draftkit.DraftkitException;
import org.draftkit.HistoryRequest;
import org.draftkit.Toolkit;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code draftkit compare OLD NEW [MORE…] [--to FORMAT] [-o OUT]}: the redline of two revisions (a
 * {@link Comparison}), or of N revisions oldest first (a {@link RevisionHistory}: each consecutive
 * redline and the lineage of every paragraph). HTML by default.
 *
 * @since 0.1
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Redline two revisions, or N revisions oldest first (each consecutive redline and the lineage of every "
          + "paragraph).",
      "Paragraphs are aligned through renumbering, new 'bis' paragraphs, moves, splits and merges; "
          + "renumbering alone is never shown as a text edit.",
      "Formats: html (default), json, md, docx. Text formats go to standard output unless -o is given; "
          + "docx needs -o."
    })
public final class CompareCommand implements Callable<Integer> {

  /** The format written without {@code --to}. */
  static final String DEFAULT_FORMAT = "html";

  private final Toolkit toolkit;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older revision.")
  private Path older;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "NEW",
      description = "The newer revision, or several revisions in order (oldest first).")
  private List<Path> newer;

  @Option(
      names = "--no-moves",
      description = "Do not report moves: a moved paragraph is shown as deleted and inserted.")
  private boolean noMoves;

  @Option(names = "--no-splits", description = "Do not report splits and merges.")
  private boolean noSplits;

  @Mixin private InputOptions in;

  @Mixin private OutputOptions out;

  public CompareCommand(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public Integer call() throws DraftkitException {
    List<Path> inputs = new ArrayList<>();
    inputs.add(older);
    inputs.addAll(newer);
    // every usage check before any input is read
    if (inputs.size() == 2) {
      Exporter<Comparison> exporter = out.exporter(toolkit, Comparison.class, DEFAULT_FORMAT);
      String from = in.format(toolkit);
      List<Document> docs = read(inputs, from);
      out.write(
          exporter,
          toolkit.compare(
              CompareRequest.builder()
                  .older(docs.get(0))
                  .newer(docs.get(1))
                  .detectMoves(!noMoves)
                  .detectSplits(!noSplits)
                  .build()));
    } else {
      Exporter<RevisionHistory> exporter =
          out.exporter(toolkit, RevisionHistory.class, DEFAULT_FORMAT);
      String from = in.format(toolkit);
      out.write(
          exporter,
          toolkit.history(
              HistoryRequest.builder()
                  .revisions(read(inputs, from))
                  .detectMoves(!noMoves)
                  .detectSplits(!noSplits)
                  .build()));
    }
    return ExitCodes.OK;
  }

  private List<Document> read(List<Path> inputs, String from) throws DraftkitException {
    List<Document> docs = new ArrayList<>(inputs.size());
    for (Path p : inputs) {
      Document d = toolkit.convert(InputOptions.request(p, from, in.importOptions()));
      if (DraftkitCli.debug(spec.commandLine())) {
        ErrorHandler.printDiagnostics(spec.commandLine().getErr(), p, d);
      }
      docs.add(d);
    }
    return docs;
  }
}
