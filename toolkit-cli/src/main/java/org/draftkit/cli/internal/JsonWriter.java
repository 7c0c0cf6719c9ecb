package org.draftkit.cli.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation, enough for the CLI's own listings
 * (documents and results are written by the JSON exporter plugin, not here). Not thread-safe.
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("a").value(1).endObject().toString();
 * }</pre>
 */
public final class JsonWriter {

  private final StringBuilder out = new StringBuilder();
  /** For each open container: true once it has a member. */
  private final Deque<Boolean> hasMembers = new ArrayDeque<>();
  /** For each open container: true for an object, false for an array. */
  private final Deque<Boolean> isObject = new ArrayDeque<>();
  private boolean afterName;

  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    hasMembers.push(false);
    isObject.push(true);
    return this;
  }

  public JsonWriter endObject() {
    return close('}');
  }

  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    hasMembers.push(false);
    isObject.push(false);
    return this;
  }

  public JsonWriter endArray() {
    return close(']');
  }

  /** The name of the next object member. */
  public JsonWriter name(String name) {
    if (isObject.isEmpty() || !isObject.peek() || afterName) {
      throw new IllegalStateException("name outside an object: " + name);
    }
    separate();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  public JsonWriter value(String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** An array of strings. */
  public JsonWriter value(Iterable<String> values) {
    beginArray();
    for (String v : values) {
      value(v);
    }
    return endArray();
  }

  /** The document written so far, with a final newline once it is complete. */
  @Override
  public String toString() {
    return hasMembers.isEmpty() && out.length() > 0 ? out + "\n" : out.toString();
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (!isObject.isEmpty()) {
      if (isObject.peek()) {
        throw new IllegalStateException("an object member needs a name first");
      }
      separate();
    } else if (out.length() > 0) {
      throw new IllegalStateException("a JSON text has one top-level value");
    }
  }

  private void separate() {
    if (hasMembers.pop()) {
      out.append(',');
    }
    hasMembers.push(true);
    newline(hasMembers.size());
  }

  private JsonWriter close(char c) {
    if (hasMembers.isEmpty() || afterName) {
      throw new IllegalStateException("nothing to close with " + c);
    }
    if (isObject.pop() != (c == '}')) {
      throw new IllegalStateException("mismatched " + c);
    }
    boolean any = hasMembers.pop();
    if (any) {
      newline(hasMembers.size());
    }
    out.append(c);
    return this;
  }

  private void newline(int depth) {
    out.append('\n');
    out.append("  ".repeat(depth));
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
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
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
