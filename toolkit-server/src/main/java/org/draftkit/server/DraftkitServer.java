package org.draftkit.server;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.draftkit.Toolkit;
import org.draftkit.server.internal.HttpApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The draftkit HTTP API, running. Every endpoint calls the same {@link Toolkit} the CLI and
 * embedders use; the toolkit is shared by all requests (it is thread-safe).
 *
 * <pre>{@code
 * try (DraftkitServer server = DraftkitServer.start(toolkit, ServerOptions.defaults().withPort(0))) {
 *   System.out.println("listening on " + server.port());
 *   server.awaitStop();
 * }
 * }</pre>
 *
 * <p>Endpoints: {@code GET /api/plugins}, {@code POST /api/convert}, {@code POST /api/compare},
 * {@code POST /api/consolidate}, {@code POST /api/positions}. Errors are {@code
 * application/problem+json} (RFC 9457).
 *
 * <p>Thread-safe: {@link #stop()} may be called from any thread, more than once.
 *
 * @since 0.1
 */
public final class DraftkitServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DraftkitServer.class);

  private final Javalin app;
  private final int port;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private DraftkitServer(Javalin app) {
    this.app = app;
    this.port = app.port();
  }

  /**
   * Starts a server and returns once it listens.
   *
   * @param toolkit the toolkit every request uses
   * @param options where to listen and how much to accept
   * @return the running server
   * @throws UncheckedIOException when the host and port cannot be bound (port in use, unknown host)
   */
  public static DraftkitServer start(Toolkit toolkit, ServerOptions options) {
    Objects.requireNonNull(toolkit, "toolkit");
    Objects.requireNonNull(options, "options");
    Javalin app = HttpApi.create(toolkit, options);
    try {
      app.start();
    } catch (JavalinBindException e) {
      stopQuietly(app);
      BindException cause =
          new BindException(
              "cannot listen on " + options.host() + ":" + options.port() + ": " + rootMessage(e));
      cause.initCause(e);
      throw new UncheckedIOException(cause.getMessage(), cause);
    }
    DraftkitServer server = new DraftkitServer(app);
    LOG.info("draftkit server listening on http://{}:{}/", options.host(), server.port);
    return server;
  }

  /** The port the server listens on (the one chosen when {@link ServerOptions#port()} was 0). */
  public int port() {
    return port;
  }

  /** Stops accepting requests and stops the server. Idempotent. */
  public void stop() {
    if (stopping.compareAndSet(false, true)) {
      try {
        app.stop();
      } finally {
        stopped.countDown();
        LOG.info("draftkit server on port {} stopped", port);
      }
    }
  }

  /**
   * Blocks until {@link #stop()} has completed (called from another thread or a shutdown hook). An
   * interrupt ends the wait early and leaves the thread's interrupt flag set.
   */
  public void awaitStop() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private static void stopQuietly(Javalin app) {
    try {
      app.stop();
    } catch (RuntimeException e) {
      LOG.debug("stopping a server that failed to start", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
