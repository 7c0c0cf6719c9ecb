package org.draftkit.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.draftkit.json.JsonText;

/**
 * One RFC 9457 problem-details body.
 *
 * @param type the kind of problem (gives {@code type}, {@code title}, {@code status})
 * @param detail what went wrong with this request: names the file and the reason
 * @param instance the request path
 * @param source the upload's file name, or null
 * @param incident the id under which a 500 was logged, or null
 */
public record Problem(
    ProblemType type, String detail, String instance, String source, String incident) {

  /** The media type of problem bodies. */
  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
  }

  /** The body, as JSON. */
  public String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", type.uri());
    json.put("title", type.title());
    json.put("status", type.status());
    json.put("detail", detail);
    if (instance != null) {
      json.put("instance", instance);
    }
    if (source != null) {
      json.put("source", source);
    }
    if (incident != null) {
      json.put("incident", incident);
    }
    return JsonText.write(json);
  }
}
