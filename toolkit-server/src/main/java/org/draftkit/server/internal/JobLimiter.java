package org.draftkit.server.internal;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the work the server takes on. Every job (a POST to {@code /api/…}) runs on one of {@code
 * maxJobs} worker threads; up to {@code maxQueued} more wait for one; any further request is
 * answered at once with 503 and {@code Retry-After}, before its body is read. A job that has not
 * finished {@code timeLimit} after it was accepted is answered with a 503 problem and its worker is
 * interrupted. Reading pages and plugin lists is not a job. Thread-safe; {@link #close()} stops the
 * workers.
 */
public final class JobLimiter implements AutoCloseable {

  /** Seconds a client is asked to wait before retrying a refused request. */
  static final int RETRY_AFTER_SECONDS = 2;

  private final ThreadPoolExecutor workers;
  private final Duration timeLimit;
  private final long maxRequestBytes;

  /**
   * @param maxJobs how many jobs run at once
   * @param maxQueued how many more wait
   * @param timeLimit how long a job may take, waiting included
   * @param maxRequestBytes the largest request body read (and discarded) before a refusal
   */
  public JobLimiter(int maxJobs, int maxQueued, Duration timeLimit, long maxRequestBytes) {
    this.timeLimit = timeLimit;
    this.maxRequestBytes = maxRequestBytes;
    // a SynchronousQueue when nothing may wait: ArrayBlockingQueue needs a capacity of 1 or more
    this.workers =
        new ThreadPoolExecutor(
            maxJobs,
            maxJobs,
            30,
            TimeUnit.SECONDS,
            maxQueued == 0
                ? new java.util.concurrent.SynchronousQueue<>()
                : new ArrayBlockingQueue<>(maxQueued),
            new Workers(),
            new ThreadPoolExecutor.AbortPolicy());
    this.workers.allowCoreThreadTimeOut(true);
  }

  /**
   * Wraps the handlers of jobs; other endpoints run as they are. For {@code
   * config.router.handlerWrapper}.
   */
  public Handler wrap(Endpoint endpoint) {
    if (endpoint.method != HandlerType.POST || !endpoint.path.startsWith("/api/")) {
      return endpoint.handler;
    }
    Handler job = endpoint.handler;
    return ctx -> run(job, ctx);
  }

  private void run(Handler job, Context ctx) throws Exception {
    Future<?> done;
    try {
      done =
          workers.submit(
              () -> {
                job.handle(ctx);
                return null;
              });
    } catch (RejectedExecutionException e) {
      discardBody(ctx);
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
      throw new ApiProblemException(
          ProblemType.SERVER_BUSY,
          null,
          "the server is busy with "
              + workers.getMaximumPoolSize()
              + " jobs and "
              + workers.getQueue().size()
              + " waiting; try again in a few seconds",
          e);
    }
    try {
      done.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      done.cancel(true);
      throw new ApiProblemException(
          ProblemType.JOB_TIME_LIMIT,
          null,
          "the job did not finish within the time limit of "
              + seconds(timeLimit)
              + "; the documents may be too large or the server too busy",
          e);
    } catch (CancellationException e) {
      throw new ApiProblemException(
          ProblemType.SERVER_BUSY, null, "the job was cancelled: the server is stopping", e);
    } catch (InterruptedException e) {
      done.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiProblemException(
          ProblemType.SERVER_BUSY, null, "the job was interrupted: the server is stopping", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Reads and discards what the client sends, up to the request limit, so that the refusal reaches
   * it: a connection closed on unread data is reset, and the client may lose the answer. A client
   * that asked {@code Expect: 100-continue} has sent nothing and is not asked to.
   */
  private void discardBody(Context ctx) {
    if ("100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
      return;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while (total <= maxRequestBytes && (n = in.read(buffer)) > 0) {
        total += n;
      }
    } catch (IOException | RuntimeException e) {
      // the client went away: nothing to answer
    }
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  /** Interrupts the running jobs and stops the workers. */
  @Override
  public void close() {
    workers.shutdownNow();
  }

  /** Daemon worker threads named after the server. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "draftkit-job-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
