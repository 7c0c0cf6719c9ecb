package org.draftkit.server.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  /** Asserts a problem response with this status and returns its body. */
  public static JsonNode assertProblem(HttpResponse<byte[]> r, int status) throws IOException {
    String body = new String(r.body(), UTF_8);
    assertEquals(status, r.statusCode(), body);
    assertEquals(
        "application/problem+json", r.headers().firstValue("Content-Type").orElseThrow(), body);
    JsonNode p = JSON.readTree(body);
    assertEquals(status, p.get("status").asInt());
    assertFalse(p.get("title").asText().isBlank());
    assertTrue(p.get("type").asText().startsWith("tag:draftkit.org,2026:problem:"), body);
    assertFalse(p.get("detail").asText().isBlank());
    return p;
  }
}
