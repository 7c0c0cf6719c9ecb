package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

  @Test
  void servesTheApiUntilStopped() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd =
        DraftkitCli.commandLine(
            TestPlugins.toolkit(), new PrintWriter(out, true), new PrintWriter(err, true));
    ServeCommand serve = cmd.getSubcommands().get("serve").getCommand();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cmd.execute("serve", "--port", "0"));
    int port = serve.awaitPort();
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/plugins"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r::body);
      assertTrue(r.body().contains("LinesImporter") || r.body().contains("\"md\""), r::body);
    } finally {
      serve.stop();
    }
    assertEquals(0, exit.get(1, TimeUnit.MINUTES), err::toString);
    assertEquals(
        "draftkit server listening on http://127.0.0.1:" + port + "/ (Ctrl-C to stop)\n",
        out.toString());
  }

  @Test
  void aHostBeyondLoopbackIsAnnouncedWithAWarning() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd =
        DraftkitCli.commandLine(
            TestPlugins.toolkit(), new PrintWriter(out, true), new PrintWriter(err, true));
    ServeCommand serve = cmd.getSubcommands().get("serve").getCommand();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                cmd.execute(
                    "serve",
                    "--port",
                    "0",
                    "--host",
                    "0.0.0.0",
                    "--max-jobs",
                    "1",
                    "--job-timeout",
                    "5"));
    serve.awaitPort();
    serve.stop();
    assertEquals(0, exit.get(1, TimeUnit.MINUTES), err::toString);
    assertEquals(
        "draftkit: warning: listening on 0.0.0.0: the API has no authentication; anyone who can reach this "
            + "address can use it\n",
        err.toString());
  }

  @Test
  void aPortInUseIsOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRun r =
          CliRun.run(
              TestPlugins.toolkit(), "serve", "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(ExitCodes.FAILURE, r.exitCode(), r::toString);
      assertEquals(1, r.errLines().length, r::toString);
      assertTrue(
          r.err().startsWith("draftkit: cannot listen on 127.0.0.1:" + taken.getLocalPort()),
          r::toString);
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun r = CliRun.run(TestPlugins.toolkit(), "serve", "--port", "70000");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertTrue(
        r.err().startsWith("draftkit: --port must be between 0 and 65535, got 70000\n"),
        r::toString);
    r = CliRun.run(TestPlugins.toolkit(), "serve", "--max-upload-mb", "0");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    r = CliRun.run(TestPlugins.toolkit(), "serve", "--port", "http");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    r = CliRun.run(TestPlugins.toolkit(), "serve", "--max-jobs", "0");
    assertEquals("draftkit: --max-jobs must be positive, got 0\n", r.err());
    r = CliRun.run(TestPlugins.toolkit(), "serve", "--job-timeout", "0");
    assertEquals("draftkit: --job-timeout must be positive, got 0\n", r.err());
  }
}
