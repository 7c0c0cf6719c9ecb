package org.draftkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.draftkit.ConsolidateRequest;
import org.draftkit.DraftkitException;
import org.draftkit.Toolkit;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.MarkConvention;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code draftkit consolidate BASE SUBMISSION… [--as NAME]… [--to FORMAT] [-o OUT]}: applies the
 * submissions' proposals to the base text, each change attributed to its proponent.
 *
 * @since 0.1
 */
@Command(
    name = "consolidate",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Apply the proposals of one or more submissions to BASE and write the text as it would read, "
          + "each change attributed; conflicts and stale or unmatched quotes are listed.",
      "Formats: json (default), html, md, txt, docx (tracked changes by proponent; needs -o)."
    })
public final class ConsolidateCommand implements Callable<Integer> {

  static final String DEFAULT_FORMAT = "json";

  private final Toolkit toolkit;

  @Parameters(
      index = "0",
      paramLabel = "BASE",
      description = "The base revision the proposals apply to.")
  private Path base;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "SUBMISSION",
      description = "Stakeholder submissions.")
  private List<Path> submissions = new ArrayList<>();

  @Option(
      names = "--revision",
      paramLabel = "NAME=FILE",
      description =
          "An earlier revision the submissions may quote, for example --revision Rev.2=FILE (repeatable): a submission quoting it has its paragraph numbers mapped through a comparison.")
  private Map<String, Path> revisions = new LinkedHashMap<>();

  @Mixin private SubmissionInputs proponents;

  @Mixin private InputOptions in;

  @Mixin private MarkOptions marks;

  @Mixin private OutputOptions out;

  @Option(
      names = "--prefer",
      paramLabel = "NAME",
      description = "Apply NAME's proposal where proposals conflict.")
  private String prefer;

  @Option(
      names = "--option",
      paramLabel = "GROUP=NAME",
      description =
          "For alternatives that exclude each other, the option to apply (GROUP as listed in the notes, for example IMSB-1=\"Option B\").")
  private Map<String, String> options = new LinkedHashMap<>();

  public ConsolidateCommand(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public Integer call() throws DraftkitException {
    Exporter<Consolidation> exporter = out.exporter(toolkit, Consolidation.class, DEFAULT_FORMAT);
    String from = in.format(toolkit);
    proponents.check(submissions);
    MarkConvention convention = marks.convention();

    Document baseDoc = toolkit.convert(in.request(base, from));
    SubmissionSet read = proponents.read(toolkit, submissions, file -> in.request(file, from));
    ConsolidateRequest.Builder request =
        ConsolidateRequest.builder()
            .base(baseDoc)
            .submissions(read)
            .marks(convention)
            .options(options);
    if (prefer != null) {
      request.prefer(prefer);
    }
    for (Map.Entry<String, Path> r : revisions.entrySet()) {
      request.revision(r.getKey(), toolkit.convert(in.request(r.getValue(), from)));
    }
    out.write(exporter, toolkit.consolidate(request.build()));
    return read.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
  }
}
