package org.draftkit.server.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small HTTP client for one running server. */
public final class Api {

  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;
  private final String base;

  public Api(int port) {
    this.port = port;
    this.base = "http://127.0.0.1:" + port;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> post(String path, Multipart form)
      throws IOException, InterruptedException {
    return post(path, Multipart.CONTENT_TYPE, form.build());
  }

  public HttpResponse<byte[]> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Sends only the head of a POST that declares {@code contentLength} bytes and {@code Expect:
   * 100-continue} (as curl does for large bodies), then reads the server's answer without sending
   * the body. Returns the raw response (status line, headers, body).
   */
  public String postHeadOnly(String path, long contentLength) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\n"
              + "Host: 127.0.0.1:"
              + port
              + "\r\n"
              + "Content-Type: "
              + Multipart.CONTENT_TYPE
              + "\r\n"
              + "Content-Length: "
              + contentLength
              + "\r\n"
              + "Expect: 100-continue\r\n"
              + "Connection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Posts without a Content-Length (chunked), as a streaming client would. */
  public HttpResponse<byte[]> postChunked(String path, Multipart form)
      throws IOException, InterruptedException {
    byte[] body = form.build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", Multipart.CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
