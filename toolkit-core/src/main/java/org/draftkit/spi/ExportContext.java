package org.draftkit.spi;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an exporter is told about one export.
 *
 * @param targetName the output file name, or null for a stream
 * @param options exporter-specific options ({@code key=value}); unknown keys are ignored
 * @since 0.1
 */
public record ExportContext(String targetName, Map<String, String> options) {
  public ExportContext {
    options = options == null ? Map.of() : Map.copyOf(new TreeMap<>(options));
  }

  public static ExportContext defaults() {
    return new ExportContext(null, Map.of());
  }

  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }
}
