package org.draftkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.draftkit.Toolkit;
import org.draftkit.server.support.Api;
import org.draftkit.server.support.GateImporter;
import org.draftkit.server.support.Multipart;
import org.draftkit.testkit.stub.LinesExporter;
import org.draftkit.testkit.stub.LinesImporter;
import org.junit.jupiter.api.Test;

/**
 * At most N jobs at once, a bounded queue, 503 with Retry-After beyond it, and a time limit per
 * job.
 */
class JobLimitsTest {

  private final GateImporter gate = new GateImporter();
  private final Toolkit toolkit =
      Toolkit.builder()
          .importer(gate)
          .importer(new LinesImporter())
          .exporter(new LinesExporter())
          .build();

  private static Multipart held() {
    return new Multipart().file("file", "held.gate", "x".getBytes(StandardCharsets.UTF_8));
  }

  private static Multipart quick() {
    return new Multipart()
        .file("file", "quick.lines", "1. text\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void beyondTheRunningAndQueuedJobsTheAnswerIs503WithRetryAfter() throws Exception {
    ServerOptions options = ServerOptions.defaults().withPort(0).withJobs(1, 1);
    try (DraftkitServer server = DraftkitServer.start(toolkit, options)) {
      Api api = new Api(server.port());
      CompletableFuture<HttpResponse<byte[]>> running =
          CompletableFuture.supplyAsync(() -> post(api, held()));
      assertTrue(gate.entered.tryAcquire(30, TimeUnit.SECONDS), "the first job started");
      // two more held jobs: one waits in the queue, the other finds it full
      List<CompletableFuture<HttpResponse<byte[]>>> more =
          List.of(
              CompletableFuture.supplyAsync(() -> post(api, held())),
              CompletableFuture.supplyAsync(() -> post(api, held())));
      CompletableFuture.anyOf(more.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      HttpResponse<byte[]> refused =
          more.stream().filter(CompletableFuture::isDone).findFirst().orElseThrow().get();
      assertEquals(503, refused.statusCode());
      assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""));
      assertEquals(
          "application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
      String body = new String(refused.body(), StandardCharsets.UTF_8);
      assertTrue(body.contains("server-busy") && body.contains("try again"), body);
      CompletableFuture<HttpResponse<byte[]>> queued =
          more.stream().filter(f -> f != null && !f.isDone()).findFirst().orElseThrow();
      // plugins and the page are not jobs
      assertEquals(200, api.get("/api/plugins").statusCode());
      assertEquals(200, api.get("/").statusCode());

      gate.open();
      assertEquals(200, running.get(30, TimeUnit.SECONDS).statusCode());
      assertEquals(200, queued.get(30, TimeUnit.SECONDS).statusCode());
      assertEquals(
          200, api.post("/api/convert?to=txt", quick()).statusCode(), "answers normally after");
    }
  }

  @Test
  void aJobOverTheTimeLimitIsAProblemAndItsWorkerIsFreed() throws Exception {
    ServerOptions options =
        ServerOptions.defaults()
            .withPort(0)
            .withJobs(1, 0)
            .withJobTimeLimit(Duration.ofMillis(500));
    try (DraftkitServer server = DraftkitServer.start(toolkit, options)) {
      Api api = new Api(server.port());
      HttpResponse<byte[]> r = api.post("/api/convert?to=txt", held());
      assertEquals(503, r.statusCode());
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertTrue(body.contains("job-time-limit") && body.contains("time limit of 500 ms"), body);
      assertTrue(
          gate.interrupted.tryAcquire(30, TimeUnit.SECONDS), "the job's work was interrupted");
      HttpResponse<byte[]> after = api.post("/api/convert?to=txt", quick());
      assertEquals(200, after.statusCode(), () -> new String(after.body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void optionsAreValidated() {
    ServerOptions d = ServerOptions.defaults();
    assertEquals(Runtime.getRuntime().availableProcessors(), d.maxJobs());
    assertEquals(2 * d.maxJobs(), d.maxQueued());
    assertEquals(Duration.ofSeconds(60), d.jobTimeLimit());
    assertTrue(d.loopbackOnly());
    assertTrue(d.withHost("localhost").loopbackOnly());
    assertTrue(d.withHost("::1").loopbackOnly());
    assertTrue(!d.withHost("0.0.0.0").loopbackOnly());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> d.withJobs(0, 1));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> d.withJobs(1, -1));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> d.withJobTimeLimit(Duration.ZERO));
  }

  private static HttpResponse<byte[]> post(Api api, Multipart form) {
    try {
      return api.post("/api/convert?to=txt", form);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
