package org.draftkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.draftkit.Toolkit;

/**
 * One in-process run of the command line: exit code, standard output and standard error.
 *
 * @param exitCode what {@code execute} returned
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(Toolkit toolkit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DraftkitCli.commandLine(toolkit, new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The lines of standard error. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\\R");
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
  }
}
