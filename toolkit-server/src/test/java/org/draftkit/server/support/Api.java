package org.draftkit.server.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small HTTP client for one running server. */
public final class Api {

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  public Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> post(String path, Multipart form) throws IOException, InterruptedException {
    return post(path, Multipart.CONTENT_TYPE, form.build());
  }

  public HttpResponse<byte[]> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts without a Content-Length (chunked), as a streaming client would. */
  public HttpResponse<byte[]> postChunked(String path, Multipart form) throws IOException, InterruptedException {
    byte[] body = form.build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", Multipart.CONTENT_TYPE)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
