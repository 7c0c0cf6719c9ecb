package org.draftkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.amend.Submission;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.SourceLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The shared {@code --as NAME} option (the proponent of the submission at the same position) and
 * the reading of submissions: one that cannot be read is reported and left out, so the rest
 * still count.
 *
 * @since 0.1
 */
public final class SubmissionInputs {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--as", paramLabel = "NAME",
      description = "Proponent of the submission at the same position (first --as names the first submission).")
  private List<String> names = new ArrayList<>();

  /** What was read and what was not. */
  public record Read(List<Submission> submissions, List<Diagnostic> failures, ImportException firstFailure) {}

  /** Checks that there are no more names than submissions (a usage error). */
  public void check(List<Path> files) {
    if (names.size() > files.size()) {
      throw new ParameterException(mixee.commandLine(), names.size() + " --as names for " + files.size() + " submissions");
    }
  }

  /** Reads the submissions; failures are printed as one line each and returned as diagnostics. */
  public Read read(Toolkit toolkit, List<Path> files, String format) {
    List<Submission> out = new ArrayList<>();
    List<Diagnostic> failures = new ArrayList<>();
    ImportException first = null;
    PrintWriter err = mixee.commandLine().getErr();
    for (int i = 0; i < files.size(); i++) {
      try {
        out.add(Submission.of(toolkit.read(files.get(i), format, Map.of()), i < names.size() ? names.get(i) : null));
      } catch (ImportException e) {
        first = first == null ? e : first;
        err.println(ErrorHandler.PREFIX + e.getMessage() + " (left out)");
        failures.add(Diagnostic.error("input.unreadable", e.getMessage(), SourceLocation.line(files.get(i).toString(), 0)));
      }
    }
    err.flush();
    return new Read(out, failures, first);
  }
}
