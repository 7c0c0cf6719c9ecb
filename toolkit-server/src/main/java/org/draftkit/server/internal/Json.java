package org.draftkit.server.internal;

import java.util.List;

/**
 * A minimal, deterministic JSON writer for the server's own small responses (plugin listings,
 * problem details). Documents and engine results are written by the exporters, not here.
 * Not thread-safe; use one per response.
 */
public final class Json {

  private final StringBuilder out = new StringBuilder();
  private boolean first = true;

  /** Starts an object. */
  public Json beginObject() {
    separate();
    out.append('{');
    first = true;
    return this;
  }

  /** Ends an object. */
  public Json endObject() {
    out.append('}');
    first = false;
    return this;
  }

  /** Starts an array. */
  public Json beginArray() {
    separate();
    out.append('[');
    first = true;
    return this;
  }

  /** Ends an array. */
  public Json endArray() {
    out.append(']');
    first = false;
    return this;
  }

  /** Writes a member name; the next call writes its value. */
  public Json name(String name) {
    separate();
    string(name);
    out.append(':');
    first = true;
    return this;
  }

  /** Writes a string value, or null. */
  public Json value(String value) {
    separate();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    first = false;
    return this;
  }

  /** Writes a number value. */
  public Json value(long value) {
    separate();
    out.append(value);
    first = false;
    return this;
  }

  /** Writes a boolean value. */
  public Json value(boolean value) {
    separate();
    out.append(value);
    first = false;
    return this;
  }

  /** Writes an array of strings. */
  public Json value(List<String> values) {
    beginArray();
    for (String v : values) {
      value(v);
    }
    return endArray();
  }

  /** Writes a string member. */
  public Json member(String name, String value) {
    return name(name).value(value);
  }

  /** Writes a number member. */
  public Json member(String name, long value) {
    return name(name).value(value);
  }

  /** Writes a boolean member. */
  public Json member(String name, boolean value) {
    return name(name).value(value);
  }

  /** Writes a string-array member. */
  public Json member(String name, List<String> values) {
    return name(name).value(values);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void separate() {
    if (!first) {
      out.append(',');
    }
    first = false;
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
