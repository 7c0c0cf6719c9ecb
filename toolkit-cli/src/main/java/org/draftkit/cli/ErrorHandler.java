package org.draftkit.cli;

import java.io.PrintWriter;
import org.draftkit.ImportException;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become exit codes and messages. Every message is one line on
 * standard error, {@code draftkit: <what>}; a stack trace follows only with {@code --debug}.
 *
 * <ul>
 *   <li>{@link ParameterException} (from parsing, or thrown by a command that checks its
 *       arguments before reading anything) → {@link ExitCodes#USAGE};
 *   <li>{@link ImportException} and its subclasses → {@link ExitCodes#INPUT};
 *   <li>anything else → {@link ExitCodes#FAILURE}.
 * </ul>
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  static final String PREFIX = "draftkit: ";

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(PREFIX + oneLine(ex.getMessage()));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    if (DraftkitCli.debug(cmd)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    boolean debug = DraftkitCli.debug(cmd);
    err.println(PREFIX + message(ex, debug));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return exitCode(ex);
  }

  /** The exit code for a failure during a command. */
  /** Prints a document's diagnostics, one line each, naming the file (under {@code --debug}). */
  static void printDiagnostics(PrintWriter err, Object file, Document doc) {
    for (Diagnostic d : doc.diagnostics()) {
      err.println(PREFIX + file + ": " + d.severity().name().toLowerCase(java.util.Locale.ROOT)
          + ": " + d.message() + " [" + d.code() + "]");
    }
    err.flush();
  }

  /** The document's warnings only (what was not read, or read doubtfully): printed even without --debug. */
  static void printWarnings(PrintWriter err, Object file, Document doc) {
    for (Diagnostic d : doc.diagnostics()) {
      if (d.severity() == Diagnostic.Severity.WARNING) {
        err.println(PREFIX + file + ": warning: " + d.message() + " [" + d.code() + "]");
      }
    }
    err.flush();
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof ParameterException) {
      return ExitCodes.USAGE;
    }
    if (ex instanceof ImportException) {
      return ExitCodes.INPUT;
    }
    return ExitCodes.FAILURE;
  }

  /** One line: our own exceptions already name the file and the reason; others say what they are. */
  static String message(Throwable ex, boolean debug) {
    if (ex instanceof org.draftkit.DraftkitException || ex instanceof CommandFailedException) {
      return oneLine(ex.getMessage());
    }
    String what = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    return oneLine("unexpected error: " + what) + (debug ? "" : " (run with --debug for details)");
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
