package org.draftkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.draftkit.DraftkitException;
import org.draftkit.Toolkit;
import org.draftkit.UptakeRequest;
import org.draftkit.amend.MarkConvention;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;
import org.draftkit.uptake.Uptake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code draftkit uptake SUBMISSION… [--base REV] --later LATER [--later LATER2…] [--as NAME]…
 * [--to FORMAT] [-o OUT]}: what became of each proposal and stance in the later revision(s).
 *
 * @since 0.1
 */
@Command(
    name = "uptake",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "What became of each proposal of the submissions in the later revision(s): adopted, partly (which words), "
          + "not adopted, superseded, deleted or moved; retain/restore stances: kept, changed, deleted, or unknown "
          + "for a paragraph of a revision not supplied.",
      "With the later words as evidence, each paragraph's number in every revision, and a summary per stakeholder.",
      "Without --base, what the submissions quote stands for the revision they were written on.",
      "Formats: html (default), json, csv, md, docx (needs -o)."
    })
public final class UptakeCommand implements Callable<Integer> {

  static final String DEFAULT_FORMAT = "html";

  private final Toolkit toolkit;

  @Parameters(
      arity = "1..*",
      paramLabel = "SUBMISSION",
      description = "Submissions or annotated drafts.")
  private List<Path> submissions = new ArrayList<>();

  @Option(
      names = "--base",
      paramLabel = "REV",
      description = "The revision the submissions were written on.")
  private Path base;

  @Option(
      names = "--later",
      paramLabel = "LATER",
      required = true,
      description =
          "A later revision; repeat for several, oldest first. Fates are given for each, the row's for the last.")
  private List<Path> later = new ArrayList<>();

  @Mixin private SubmissionInputs proponents;

  @Mixin private InputOptions in;

  @Mixin private MarkOptions marks;

  @Mixin private OutputOptions out;

  public UptakeCommand(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public Integer call() throws DraftkitException {
    Exporter<Uptake> exporter = out.exporter(toolkit, Uptake.class, DEFAULT_FORMAT);
    String from = in.format(toolkit);
    proponents.check(submissions);
    MarkConvention convention = marks.convention();
    Document baseDoc = base == null ? null : toolkit.read(base, from, in.importOptions());
    List<Document> laterDocs = new ArrayList<>();
    for (Path p : later) {
      laterDocs.add(toolkit.read(p, from, in.importOptions()));
    }
    SubmissionSet read = proponents.read(toolkit, submissions, file -> in.request(file, from));
    Uptake uptake =
        toolkit.uptake(
            UptakeRequest.builder()
                .submissions(read)
                .base(baseDoc)
                .later(laterDocs)
                .convention(convention)
                .build());
    out.write(exporter, uptake);
    return ExitCodes.OK;
  }
}
