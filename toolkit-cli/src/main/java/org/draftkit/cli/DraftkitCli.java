package org.draftkit.cli;

import com.google.inject.Guice;
import com.google.inject.multibindings.OptionalBinder;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.draftkit.Limits;
import org.draftkit.Toolkit;
import org.draftkit.inject.DraftkitModule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code draftkit} command: {@link #main} creates the one Guice injector of the run, takes the
 * {@link Toolkit} from it and hands it to every subcommand through {@link ToolkitFactory}.
 *
 * <p>Adding a subcommand is one line: its class in {@code subcommands} below. A subcommand is a
 * {@code Callable<Integer>} with a constructor taking the {@link Toolkit}; it writes through {@code
 * spec.commandLine().getOut()}/{@code getErr()}, uses the shared mixins ({@link OutputOptions},
 * {@link InputOptions}) and lets exceptions reach {@link ErrorHandler}, which maps them to {@link
 * ExitCodes}.
 *
 * @since 0.1
 */
@Command(
    name = "draftkit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description =
        "Structured UN negotiation texts: convert, redline, consolidate, position tables.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  any other failure",
      "  2  usage error (unknown option or format, missing argument)",
      "  3  an input could not be read (missing, unsupported, corrupt, encrypted, over a limit)"
    },
    subcommands = {
      PluginsCommand.class,
      ConvertCommand.class,
      CompareCommand.class,
      ConsolidateCommand.class,
      PositionsCommand.class,
      UptakeCommand.class,
      BatchCommand.class,
      AlignCommand.class,
      ServeCommand.class,
      HelpCommand.class,
    })
public final class DraftkitCli implements Callable<Integer> {

  /** The debug option, accepted before or after the subcommand name. */
  static final String DEBUG = "--debug";

  @Spec private CommandSpec spec;

  @Option(
      names = DEBUG,
      scope = ScopeType.INHERIT,
      description = "On failure, print the stack trace; show library warnings and diagnostics.")
  private boolean debug;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  /** The environment variable that changes the import limits ({@link Limits#with(String)}). */
  static final String LIMITS_VARIABLE = "DRAFTKIT_LIMITS";

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    boolean debug = wantsDebug(args);
    configureLogging(debug, isServe(args));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code;
    try {
      Limits limits;
      try {
        limits = Limits.defaults().with(System.getenv(LIMITS_VARIABLE));
      } catch (IllegalArgumentException e) {
        err.println(ErrorHandler.PREFIX + LIMITS_VARIABLE + ": " + e.getMessage());
        err.flush();
        System.exit(ExitCodes.USAGE);
        return;
      }
      Toolkit toolkit =
          Guice.createInjector(
                  DraftkitModule.withDiscoveredPlugins(),
                  binder ->
                      OptionalBinder.newOptionalBinder(binder, Limits.class)
                          .setBinding()
                          .toInstance(limits))
              .getInstance(Toolkit.class);
      code = commandLine(toolkit, out, err).execute(args);
    } catch (RuntimeException | Error e) {
      // failures outside a command (the injector, an Error such as StackOverflowError)
      err.println(ErrorHandler.PREFIX + ErrorHandler.message(e, debug));
      if (debug) {
        e.printStackTrace(err);
      }
      code = ExitCodes.FAILURE;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The configured command line for a toolkit: subcommands, the toolkit-aware factory, the error
   * handling and the given output streams. Tests and embedders call {@code execute} on it.
   */
  public static CommandLine commandLine(Toolkit toolkit, PrintWriter out, PrintWriter err) {
    ErrorHandler errors = new ErrorHandler();
    CommandLine cmd = new CommandLine(DraftkitCli.class, new ToolkitFactory(toolkit));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(errors);
    cmd.setExecutionExceptionHandler(errors);
    HelpText.apply(cmd);
    return cmd;
  }

  /**
   * True when {@code --debug} was given anywhere on the command line this command was parsed from.
   */
  static boolean debug(CommandLine cmd) {
    CommandLine root = cmd;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    for (ParseResult pr = root.getParseResult(); pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }

  /** Before anything is parsed: the log level must be set before the first library logs. */
  private static boolean wantsDebug(String[] args) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals(DEBUG)) {
        return true;
      }
    }
    return false;
  }

  /** True when the subcommand is {@code serve}: the first argument that is not an option. */
  private static boolean isServe(String[] args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        return a.equals("serve");
      }
    }
    return false;
  }

  /**
   * slf4j-simple reads system properties before its properties file; a level the user set is left
   * alone. A server reports failed requests (warnings and errors), with the time.
   */
  private static void configureLogging(boolean debug, boolean serve) {
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", debug ? "warn" : "off");
    if (serve) {
      setDefault("org.slf4j.simpleLogger.log.org.draftkit.server", debug ? "info" : "warn");
      setDefault("org.slf4j.simpleLogger.showDateTime", "true");
      setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    }
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
