package org.draftkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.draftkit.DraftkitException;
import org.draftkit.PositionsRequest;
import org.draftkit.Toolkit;
import org.draftkit.amend.MarkConvention;
import org.draftkit.positions.PositionTable;
import org.draftkit.spi.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code draftkit positions SUBMISSION… [--base BASE] [--as NAME]… [--to FORMAT] [-o OUT]}: the
 * paragraph × stakeholder table of stances, with evidence.
 *
 * @since 0.1
 */
@Command(
    name = "positions",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Read stakeholder submissions (and party comments on annotated drafts) and write who asks for what, "
          + "paragraph by paragraph: retain, amend, delete, add, restore, comment, with the evidence.",
      "Formats: html (default), json, csv, md, docx (needs -o). An unreadable submission is reported and "
          + "the table built from the rest; the exit code is 3 only when none could be read."
    })
public final class PositionsCommand implements Callable<Integer> {

  static final String DEFAULT_FORMAT = "html";

  private final Toolkit toolkit;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SUBMISSION",
      description = "Submissions or annotated drafts.")
  private List<Path> submissions = new ArrayList<>();

  @Option(
      names = "--base",
      paramLabel = "BASE",
      description = "The revision whose paragraphs the rows follow.")
  private Path base;

  @Option(
      names = "--renumber-from",
      paramLabel = "EARLIER",
      description =
          "The revision the submissions' paragraph numbers refer to; they are mapped to BASE's numbers by comparing the two.")
  private Path earlier;

  @Option(
      names = "--revision",
      paramLabel = "NAME=FILE",
      description =
          "Another revision the submissions name (\"the Zero Draft (paragraphs 73 and 89)\"), for example --revision \"Zero Draft\"=FILE (repeatable; needs --base).")
  private Map<String, Path> revisions = new LinkedHashMap<>();

  @Mixin private SubmissionInputs proponents;

  @Mixin private InputOptions in;

  @Mixin private MarkOptions marks;

  @Mixin private OutputOptions out;

  public PositionsCommand(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public Integer call() throws DraftkitException {
    Exporter<PositionTable> exporter = out.exporter(toolkit, PositionTable.class, DEFAULT_FORMAT);
    String from = in.format(toolkit);
    proponents.check(submissions);
    MarkConvention convention = marks.convention();

    if (earlier != null && base == null) {
      throw new ParameterException(
          spec.commandLine(), "--renumber-from needs --base: the numbers are mapped to the base's");
    }
    if (!revisions.isEmpty() && base == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--revision needs --base: the revision's numbers are mapped to the base's");
    }
    PositionsRequest.Builder request = PositionsRequest.builder().marks(convention);
    if (base != null) {
      request.base(toolkit.convert(in.request(base, from)));
    }
    if (earlier != null) {
      request.renumberFrom(toolkit.convert(in.request(earlier, from)));
    }
    for (Map.Entry<String, Path> r : revisions.entrySet()) {
      request.revision(r.getKey(), toolkit.convert(in.request(r.getValue(), from)));
    }
    request.submissions(proponents.read(toolkit, submissions, file -> in.request(file, from)));
    out.write(exporter, toolkit.positions(request.build()));
    return ExitCodes.OK;
  }
}
