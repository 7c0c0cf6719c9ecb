package org.draftkit.json.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import org.draftkit.CorruptDocumentException;

/**
 * The Jackson setup every JSON plugin of this module shares: strict reading (duplicate keys,
 * trailing content and type mismatches are errors; unknown fields are ignored so that later
 * versions may add fields), pretty-printed writing with a two-space indent, {@code "key": value}
 * spacing and a trailing newline. Streams are never closed.
 *
 * <p>One instance per plugin instance; the mapper is built on first use and is thread-safe.
 */
public final class JsonCodec {

  /** How many leading bytes are checked before Jackson sees the input. */
  private static final int PEEK = 4096;

  private static final int MAX_REASON = 160;

  private volatile ObjectMapper mapper;
  private volatile ObjectWriter writer;

  /**
   * Writes a shape record (or any Jackson-serialisable value) pretty-printed, with a trailing
   * newline.
   */
  public void write(Object value, OutputStream out) throws IOException {
    writer().writeValue(out, value);
    out.write('\n');
    out.flush();
  }

  /**
   * Reads a value of {@code type}.
   *
   * @throws CorruptDocumentException naming {@code source}, the line and column, and what is wrong
   */
  public <T> T read(InputStream in, Class<T> type, String source)
      throws CorruptDocumentException, IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, PEEK);
    String start = startProblem(buffered);
    if (start != null) {
      throw new CorruptDocumentException(source, "not valid draftkit JSON: " + start);
    }
    try {
      return mapper().readValue(buffered, type);
    } catch (StreamReadException | JsonMappingException e) {
      throw new CorruptDocumentException(source, "not valid draftkit JSON: " + describe(e), e);
    } catch (java.io.CharConversionException e) {
      // the parser guessed a UTF-16 or UTF-32 encoding from the first bytes and met an impossible
      // character (found by fuzzing: "{" followed by NUL bytes)
      throw new CorruptDocumentException(
          source, "not valid draftkit JSON: not UTF-8 text (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Looks at the first bytes without consuming them: JSON that starts (after a UTF-8 byte order
   * mark and white space) with an object. Returns what is wrong, or null.
   */
  private static String startProblem(BufferedInputStream in) throws IOException {
    in.mark(PEEK);
    byte[] head = in.readNBytes(PEEK);
    in.reset();
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i == head.length) {
      return head.length < PEEK ? "empty content" : null;
    }
    if (head[i] != '{') {
      return "expected a JSON object starting with '{' but the content starts with "
          + (head[i] >= 0x21 && head[i] < 0x7f
              ? "'" + (char) head[i] + "'"
              : String.format("byte 0x%02x", head[i] & 0xff));
    }
    return null;
  }

  private ObjectWriter writer() {
    ObjectWriter w = writer;
    if (w == null) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter(separators)
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter);
      w = mapper().writer(printer);
      writer = w;
    }
    return w;
  }

  private ObjectMapper mapper() {
    ObjectMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m =
              JsonMapper.builder()
                  .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                  .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                  .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                  .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                  .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                  .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                  .withCoercionConfig(
                      LogicalType.Textual,
                      c ->
                          c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                  .build();
          mapper = m;
        }
      }
    }
    return m;
  }

  /**
   * "line 4, column 17 (paragraphs[2].runs[0].text): expected a string" — no Java type names, no
   * stack trace.
   */
  static String describe(JsonProcessingException e) {
    StringBuilder sb = new StringBuilder();
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      sb.append("line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      sb.append(sb.length() > 0 ? " " : "").append('(').append(path(m)).append(')');
    }
    String reason = clean(reason(e));
    return sb.length() == 0 ? reason : sb + ": " + reason;
  }

  private static String reason(JsonProcessingException e) {
    if (e instanceof ValueInstantiationException v
        && v.getCause() instanceof IllegalArgumentException iae) {
      return iae.getMessage();
    }
    if (e instanceof InvalidNullException) {
      return "null is not allowed here";
    }
    if (e instanceof MismatchedInputException m) {
      String original = firstLine(m.getOriginalMessage());
      if (original.startsWith("No content to map")) {
        return "empty content";
      }
      if (original.startsWith("Trailing token")) {
        return "unexpected content after the document";
      }
      Class<?> target = m.getTargetType();
      return target == null ? original : "expected " + expected(target);
    }
    return firstLine(e.getOriginalMessage());
  }

  /**
   * Jackson's wording without its internals: no "(code 34)", no "[Source: …]", no binary junk, not
   * too long.
   */
  private static String clean(String reason) {
    String r =
        reason
            .replaceAll(" \\(code \\d+\\)", "")
            .replaceAll("\\s*\\(start marker at \\[Source:.*$", "")
            .replaceAll("\\p{Cc}", "?");
    return r.length() <= MAX_REASON ? r : r.substring(0, MAX_REASON) + "…";
  }

  private static String expected(Class<?> target) {
    if (target == String.class) {
      return "a string";
    }
    if (target == Integer.class || target == int.class) {
      return "an integer";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String path(JsonMappingException m) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() > 0 ? "." : "").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "malformed JSON";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
