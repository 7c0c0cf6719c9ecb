package org.draftkit.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.draftkit.Limits;

/**
 * What an importer is told about one import.
 *
 * @param sourceName the file or upload name, used in messages and {@code SourceLocation}s
 * @param limits bounds the importer must respect
 * @param options importer-specific options ({@code key=value}); unknown keys are ignored
 * @since 0.1
 */
public record ImportContext(String sourceName, Limits limits, Map<String, String> options) {
  public ImportContext {
    Objects.requireNonNull(sourceName, "sourceName");
    limits = limits == null ? Limits.defaults() : limits;
    options = options == null ? Map.of() : Map.copyOf(new TreeMap<>(options));
  }

  public static ImportContext of(String sourceName) {
    return new ImportContext(sourceName, Limits.defaults(), Map.of());
  }

  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }
}
