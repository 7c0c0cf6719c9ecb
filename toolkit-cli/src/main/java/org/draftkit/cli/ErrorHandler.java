package org.draftkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *   <li>{@link ParameterException} (from parsing, or thrown by a command that checks its arguments
 *       before reading anything) → {@link ExitCodes#USAGE};
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
    err.println(PREFIX + usageMessage(ex));
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

  /**
   * One line for a usage error. An unknown command or option is named with the closest real one
   * ("unknown command 'comapre'; the closest is 'compare'"), whatever picocli would have said.
   */
  static String usageMessage(ParameterException ex) {
    CommandLine cmd = ex.getCommandLine();
    String help = " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')";
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      boolean option = arg.startsWith("-") && arg.length() > 1;
      List<String> candidates = new ArrayList<>();
      if (option) {
        cmd.getCommandSpec().options().forEach(o -> candidates.addAll(List.of(o.names())));
        arg = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      } else if (!cmd.getSubcommands().isEmpty()) {
        candidates.addAll(cmd.getSubcommands().keySet());
      } else {
        return oneLine("unexpected argument '" + arg + "'") + help;
      }
      String what = option ? "option" : "command";
      String closest = closest(arg, candidates);
      return oneLine(
              "unknown "
                  + what
                  + " '"
                  + arg
                  + "'"
                  + (closest == null ? "" : "; the closest is '" + closest + "'"))
          + help;
    }
    String message = oneLine(ex.getMessage());
    return message.equals("missing command") ? message + help : message;
  }

  /** The candidate nearest to {@code word} by edit distance (ties: the first listed), or null. */
  static String closest(String word, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance, with a transposition of neighbours counted as one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** Prints a document's diagnostics, one line each, naming the file (under {@code --debug}). */
  static void printDiagnostics(PrintWriter err, Object file, Document doc) {
    for (Diagnostic d : doc.diagnostics()) {
      err.println(
          PREFIX
              + file
              + ": "
              + d.severity().name().toLowerCase(Locale.ROOT)
              + ": "
              + d.message()
              + " ["
              + d.code()
              + "]");
    }
    err.flush();
  }

  /**
   * The document's warnings only (what was not read, or read doubtfully): printed even without
   * --debug.
   */
  static void printWarnings(PrintWriter err, Object file, Document doc) {
    for (Diagnostic d : doc.diagnostics()) {
      if (d.severity() == Diagnostic.Severity.WARNING) {
        err.println(PREFIX + file + ": warning: " + d.message() + " [" + d.code() + "]");
      }
    }
    err.flush();
  }

  /** The exit code for a failure during a command. */
  static int exitCode(Throwable ex) {
    if (ex instanceof ParameterException) {
      return ExitCodes.USAGE;
    }
    if (ex instanceof ImportException) {
      return ExitCodes.INPUT;
    }
    return ExitCodes.FAILURE;
  }

  /**
   * One line: our own exceptions already name the file and the reason; others say what they are.
   */
  static String message(Throwable ex, boolean debug) {
    if (ex instanceof org.draftkit.DraftkitException || ex instanceof CommandFailedException) {
      return oneLine(ex.getMessage());
    }
    String what =
        ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    return oneLine("unexpected error: " + what) + (debug ? "" : " (run with --debug for details)");
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
