package org.draftkit.server.internal;

import java.util.Objects;

/**
 * One RFC 9457 problem-details body.
 *
 * @param type the kind of problem (gives {@code type}, {@code title}, {@code status})
 * @param detail what went wrong with this request: names the file and the reason
 * @param instance the request path
 * @param source the upload's file name, or null
 * @param incident the id under which a 500 was logged, or null
 */
public record Problem(ProblemType type, String detail, String instance, String source, String incident) {

  /** The media type of problem bodies. */
  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
  }

  /** The body, as JSON. */
  public String toJson() {
    Json json = new Json().beginObject()
        .member("type", type.uri())
        .member("title", type.title())
        .member("status", type.status())
        .member("detail", detail);
    if (instance != null) {
      json.member("instance", instance);
    }
    if (source != null) {
      json.member("source", source);
    }
    if (incident != null) {
      json.member("incident", incident);
    }
    return json.endObject().toString();
  }
}
