package org.draftkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.draftkit.ConvertRequest;
import org.draftkit.Toolkit;
import org.draftkit.amend.SubmissionSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The shared {@code --as NAME} option (the proponent of the submission at the same position) and
 * the reading of submissions through {@link SubmissionSet}: one that cannot be read is reported on
 * standard error and left out, so the rest still count.
 *
 * @since 0.1
 */
public final class SubmissionInputs {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--as",
      paramLabel = "NAME",
      description =
          "Proponent of the submission at the same position (first --as names the first submission).")
  private List<String> names = new ArrayList<>();

  /** Checks that there are no more names than submissions (a usage error). */
  public void check(List<Path> files) {
    if (names.size() > files.size()) {
      throw new ParameterException(
          mixee.commandLine(), names.size() + " --as names for " + files.size() + " submissions");
    }
  }

  /**
   * Reads the submissions, each with the request {@code request} makes for its file (the command's
   * input format and options); each failure is printed as one line and kept in the set as a
   * diagnostic.
   */
  public SubmissionSet read(
      Toolkit toolkit,
      List<Path> files,
      java.util.function.Function<Path, ConvertRequest> request) {
    List<SubmissionSet.Input> inputs = new ArrayList<>(files.size());
    for (Path file : files) {
      inputs.add(SubmissionSet.input(file.toString(), () -> toolkit.convert(request.apply(file))));
    }
    SubmissionSet read = SubmissionSet.read(inputs, names);
    PrintWriter err = mixee.commandLine().getErr();
    for (SubmissionSet.Failure f : read.failures()) {
      err.println(ErrorHandler.PREFIX + f.error().getMessage() + " (left out)");
    }
    err.flush();
    return read;
  }
}
