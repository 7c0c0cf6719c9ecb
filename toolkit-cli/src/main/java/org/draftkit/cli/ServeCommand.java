package org.draftkit.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.draftkit.Toolkit;
import org.draftkit.server.DraftkitServer;
import org.draftkit.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code draftkit serve [--port N] [--max-upload-mb N] [--host HOST] [--max-jobs N] [--max-queued
 * N] [--job-timeout SECONDS]}: runs the web page and the HTTP API until the process is interrupted
 * (Ctrl-C, SIGTERM).
 *
 * @since 0.1
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Run the web page (GET /) and the HTTP API (GET /api/plugins; POST /api/convert, /api/compare, "
          + "/api/consolidate, /api/positions) until interrupted.",
      "Listens on 127.0.0.1 only unless --host says otherwise; the API has no authentication, so another host "
          + "is announced with a warning.",
      "At most --max-jobs jobs run at once and --max-queued more wait; further requests get 503 with Retry-After, "
          + "and a job over --job-timeout gets a 503 problem."
    })
public final class ServeCommand implements Callable<Integer> {

  private final Toolkit toolkit;

  /** Counted down once the server listens; lets tests and callers wait for it. */
  private final CountDownLatch started = new CountDownLatch(1);

  private volatile DraftkitServer server;

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + ServerOptions.DEFAULT_PORT,
      description = "TCP port (0: any free port). Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(
      names = "--max-upload-mb",
      paramLabel = "N",
      defaultValue = "50",
      description =
          "Largest upload accepted, in MB; larger ones get 413. Default: ${DEFAULT-VALUE}.")
  private int maxUploadMb;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = ServerOptions.DEFAULT_HOST,
      description = "Interface to listen on (0.0.0.0: all). Default: ${DEFAULT-VALUE}.")
  private String host;

  @Option(
      names = "--max-jobs",
      paramLabel = "N",
      description = "Jobs run at once. Default: the number of processors (${DEFAULT-VALUE}).")
  private int maxJobs = ServerOptions.defaultJobs();

  @Option(
      names = "--max-queued",
      paramLabel = "N",
      description =
          "Jobs that wait for a free slot; beyond them a request gets 503. Default: twice --max-jobs.")
  private Integer maxQueued;

  @Option(
      names = "--job-timeout",
      paramLabel = "SECONDS",
      description = "Time limit of a job, waiting included. Default: ${DEFAULT-VALUE}.")
  private int jobTimeoutSeconds = (int) ServerOptions.DEFAULT_JOB_TIME_LIMIT.toSeconds();

  public ServeCommand(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public Integer call() {
    ServerOptions options = options();
    DraftkitServer running;
    try {
      running = DraftkitServer.start(toolkit, options);
    } catch (UncheckedIOException e) {
      throw new CommandFailedException(e.getMessage(), e);
    }
    server = running;
    Thread hook = new Thread(running::stop, "draftkit-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    if (!options.loopbackOnly()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          ErrorHandler.PREFIX
              + "warning: listening on "
              + options.host()
              + ": the API has no authentication;"
              + " anyone who can reach this address can use it");
      err.flush();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "draftkit server listening on http://"
            + options.host()
            + ":"
            + running.port()
            + "/ (Ctrl-C to stop)");
    out.flush();
    started.countDown();
    running.awaitStop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is what stopped the server: nothing to remove
    }
    return ExitCodes.OK;
  }

  /** The options, checked: a bad port or limit is a usage error. */
  private ServerOptions options() {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, got " + port);
    }
    if (maxUploadMb <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--max-upload-mb must be positive, got " + maxUploadMb);
    }
    if (host.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--host must not be blank");
    }
    if (maxJobs <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--max-jobs must be positive, got " + maxJobs);
    }
    int queued = maxQueued == null ? 2 * maxJobs : maxQueued;
    if (queued < 0) {
      throw new ParameterException(
          spec.commandLine(), "--max-queued must not be negative, got " + queued);
    }
    if (jobTimeoutSeconds <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--job-timeout must be positive, got " + jobTimeoutSeconds);
    }
    return new ServerOptions(port, (long) maxUploadMb << 20, host.strip())
        .withJobs(maxJobs, queued)
        .withJobTimeLimit(java.time.Duration.ofSeconds(jobTimeoutSeconds));
  }

  /**
   * Waits until the server listens and returns its port (for callers that run {@link #call} on
   * another thread).
   */
  int awaitPort() throws InterruptedException {
    started.await();
    return server.port();
  }

  /** Stops a running server; {@link #call} then returns. */
  void stop() {
    DraftkitServer s = server;
    if (s != null) {
      s.stop();
    }
  }
}
