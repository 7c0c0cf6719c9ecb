package org.draftkit.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.json.internal.JsonCodec;
import org.draftkit.registry.PluginRegistry;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * draftkit's one JSON writer for the front ends' own small answers (the plugin listing, problem
 * details): plain values (maps, in their iteration order; lists; strings; numbers; booleans; null)
 * written with the settings of every draftkit JSON output, a two-space indent, {@code "name":
 * value} and a trailing newline. Documents and results are written by the exporters. Thread-safe.
 *
 * @since 0.1
 */
public final class JsonText {

  private static final JsonCodec CODEC = new JsonCodec();

  private JsonText() {}

  /**
   * A plain value as JSON.
   *
   * @throws IllegalArgumentException when the value holds something other than plain values
   */
  public static String write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CODEC.write(value, out);
    } catch (IOException e) {
      if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
        throw new IllegalArgumentException("not a plain value: " + e.getMessage(), e);
      }
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The plugins in use and those that failed to load, as {@code draftkit plugins --json} and {@code
   * GET /api/plugins} answer: {@code importers} (format, name, extensions, mediaType, priority,
   * class), {@code exporters} (the same, with resultType, resultClass and binary) and {@code
   * problems} (service, class, reason).
   */
  public static String plugins(PluginRegistry registry) {
    Map<String, Object> listing = new LinkedHashMap<>();
    listing.put("importers", registry.importers().stream().map(JsonText::importer).toList());
    listing.put("exporters", registry.exporters().stream().map(JsonText::exporter).toList());
    listing.put(
        "problems",
        registry.problems().stream()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("service", p.service());
                  m.put("class", p.provider());
                  m.put("reason", p.reason());
                  return m;
                })
            .toList());
    return write(listing);
  }

  private static Map<String, Object> importer(DocumentImporter importer) {
    Map<String, Object> m = format(importer.format());
    m.put("priority", importer.priority());
    m.put("class", importer.getClass().getName());
    return m;
  }

  private static Map<String, Object> exporter(Exporter<?> exporter) {
    Map<String, Object> m = format(exporter.format());
    m.put("resultType", exporter.resultType().getSimpleName());
    m.put("resultClass", exporter.resultType().getName());
    m.put("binary", exporter.binary());
    m.put("priority", exporter.priority());
    m.put("class", exporter.getClass().getName());
    return m;
  }

  private static Map<String, Object> format(FormatInfo f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", f.id());
    m.put("name", f.name());
    m.put("extensions", List.copyOf(f.extensions()));
    m.put("mediaType", f.mediaType());
    return m;
  }
}
