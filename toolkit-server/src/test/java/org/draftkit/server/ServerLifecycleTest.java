package org.draftkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.draftkit.Toolkit;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

  private final Toolkit toolkit = Toolkit.builder().build();

  @Test
  void startsOnAFreePortAndStops() throws Exception {
    DraftkitServer server = DraftkitServer.start(toolkit, ServerOptions.defaults().withPort(0));
    assertTrue(server.port() > 0, "a real port was chosen: " + server.port());
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/plugins"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());

    CompletableFuture<Void> waiter = CompletableFuture.runAsync(server::awaitStop);
    server.stop();
    waiter.get();
    server.close();
    assertTrue(waiter.isDone());
  }

  @Test
  void aPortInUseIsAnIoError() {
    try (DraftkitServer first =
        DraftkitServer.start(toolkit, ServerOptions.defaults().withPort(0))) {
      UncheckedIOException e =
          assertThrows(
              UncheckedIOException.class,
              () -> DraftkitServer.start(toolkit, ServerOptions.defaults().withPort(first.port())));
      assertTrue(e.getMessage().contains(String.valueOf(first.port())), e.getMessage());
    }
  }

  @Test
  void optionsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withPort(70_000));
    assertThrows(
        IllegalArgumentException.class, () -> ServerOptions.defaults().withMaxUploadBytes(0));
    assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withHost(" "));
    assertEquals(50L << 20, ServerOptions.defaults().maxUploadBytes());
    assertEquals("127.0.0.1", ServerOptions.defaults().host());
  }
}
