package org.draftkit.server;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link DraftkitServer} listens and how much work it takes on.
 *
 * @param port the TCP port; 0 picks any free port (read it back with {@link DraftkitServer#port()})
 * @param maxUploadBytes the largest upload accepted; larger requests are answered with 413
 * @param host the interface to bind; {@code 127.0.0.1} by default, so that the API is not exposed
 *     to the network unless asked for
 * @param maxJobs how many jobs (POSTs to {@code /api/…}) run at once
 * @param maxQueued how many more jobs wait for a free slot; beyond them a request is answered with
 *     503 and {@code Retry-After}
 * @param jobTimeLimit how long a job may take, from when it is accepted (waiting included); a job
 *     over it is answered with a 503 problem and its work is interrupted
 * @since 0.1
 */
public record ServerOptions(
    int port, long maxUploadBytes, String host, int maxJobs, int maxQueued, Duration jobTimeLimit) {

  /** The default port of {@code draftkit serve}. */
  public static final int DEFAULT_PORT = 7070;

  /** 50 MB, the default upload limit. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L << 20;

  /** The loopback interface. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** 60 seconds, the default time limit of a job. */
  public static final Duration DEFAULT_JOB_TIME_LIMIT = Duration.ofSeconds(60);

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException when the port is outside 0–65535, the upload limit, the job
   *     count or the time limit is not positive, the queue is negative or the host is blank
   */
  public ServerOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (maxUploadBytes <= 0) {
      throw new IllegalArgumentException("maxUploadBytes must be positive, got " + maxUploadBytes);
    }
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (maxJobs <= 0) {
      throw new IllegalArgumentException("maxJobs must be positive, got " + maxJobs);
    }
    if (maxQueued < 0) {
      throw new IllegalArgumentException("maxQueued must not be negative, got " + maxQueued);
    }
    Objects.requireNonNull(jobTimeLimit, "jobTimeLimit");
    if (jobTimeLimit.isNegative() || jobTimeLimit.isZero()) {
      throw new IllegalArgumentException("jobTimeLimit must be positive, got " + jobTimeLimit);
    }
  }

  /** The given port, upload limit and host, with the default job limits. */
  public ServerOptions(int port, long maxUploadBytes, String host) {
    this(port, maxUploadBytes, host, defaultJobs(), 2 * defaultJobs(), DEFAULT_JOB_TIME_LIMIT);
  }

  /**
   * Port {@value #DEFAULT_PORT}, 50 MB uploads, loopback only; as many jobs at once as there are
   * processors, twice as many waiting, 60 seconds per job.
   */
  public static ServerOptions defaults() {
    return new ServerOptions(DEFAULT_PORT, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_HOST);
  }

  /** The number of processors: the default of {@link #maxJobs()}. */
  public static int defaultJobs() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** These options with another port (0 = any free port). */
  public ServerOptions withPort(int newPort) {
    return new ServerOptions(newPort, maxUploadBytes, host, maxJobs, maxQueued, jobTimeLimit);
  }

  /** These options with another upload limit. */
  public ServerOptions withMaxUploadBytes(long bytes) {
    return new ServerOptions(port, bytes, host, maxJobs, maxQueued, jobTimeLimit);
  }

  /** These options with another interface to bind ("0.0.0.0" for all). */
  public ServerOptions withHost(String newHost) {
    return new ServerOptions(port, maxUploadBytes, newHost, maxJobs, maxQueued, jobTimeLimit);
  }

  /** These options with other job limits: how many run at once and how many may wait. */
  public ServerOptions withJobs(int running, int queued) {
    return new ServerOptions(port, maxUploadBytes, host, running, queued, jobTimeLimit);
  }

  /** These options with another time limit per job. */
  public ServerOptions withJobTimeLimit(Duration limit) {
    return new ServerOptions(port, maxUploadBytes, host, maxJobs, maxQueued, limit);
  }

  /**
   * True when the host is a loopback interface ({@code 127.x.x.x}, {@code ::1}, {@code localhost}):
   * only programs on this machine can reach the server. The API has no authentication, so any other
   * host exposes it to whoever can reach that address.
   */
  public boolean loopbackOnly() {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || h.startsWith("127.")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1");
  }
}
