package org.draftkit.server;

import java.util.Objects;

/**
 * How a {@link DraftkitServer} listens.
 *
 * @param port the TCP port; 0 picks any free port (read it back with {@link DraftkitServer#port()})
 * @param maxUploadBytes the largest upload accepted; larger requests are answered with 413
 * @param host the interface to bind; {@code 127.0.0.1} by default, so that the API is not exposed
 *     to the network unless asked for
 * @since 0.1
 */
public record ServerOptions(int port, long maxUploadBytes, String host) {

  /** The default port of {@code draftkit serve}. */
  public static final int DEFAULT_PORT = 7070;

  /** 50 MB, the default upload limit. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L << 20;

  /** The loopback interface. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException when the port is outside 0–65535, the upload limit is not
   *     positive or the host is blank
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
  }

  /** Port {@value #DEFAULT_PORT}, 50 MB uploads, loopback only. */
  public static ServerOptions defaults() {
    return new ServerOptions(DEFAULT_PORT, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_HOST);
  }

  /** These options with another port (0 = any free port). */
  public ServerOptions withPort(int newPort) {
    return new ServerOptions(newPort, maxUploadBytes, host);
  }

  /** These options with another upload limit. */
  public ServerOptions withMaxUploadBytes(long bytes) {
    return new ServerOptions(port, bytes, host);
  }

  /** These options with another interface to bind ("0.0.0.0" for all). */
  public ServerOptions withHost(String newHost) {
    return new ServerOptions(port, maxUploadBytes, newHost);
  }
}
