package org.draftkit.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.draftkit.UnsupportedFormatException;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.Exporter;

/**
 * The importers and exporters a {@link org.draftkit.Toolkit} uses, and the rules that pick one.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PluginRegistry {

  private static final Comparator<DocumentImporter> IMPORTER_ORDER =
      Comparator.comparingInt(DocumentImporter::priority)
          .reversed()
          .thenComparing(i -> i.format().id())
          .thenComparing(i -> i.getClass().getName());
  private static final Comparator<Exporter<?>> EXPORTER_ORDER =
      Comparator.<Exporter<?>, String>comparing(e -> e.resultType().getName())
          .thenComparing(e -> e.format().id())
          .thenComparing(Comparator.<Exporter<?>>comparingInt(Exporter::priority).reversed())
          .thenComparing(e -> e.getClass().getName());

  private final List<DocumentImporter> importers;
  private final List<Exporter<?>> exporters;
  private final List<PluginProblem> problems;

  public PluginRegistry(
      List<DocumentImporter> importers, List<Exporter<?>> exporters, List<PluginProblem> problems) {
    List<DocumentImporter> is = new ArrayList<>(importers);
    is.sort(IMPORTER_ORDER);
    List<Exporter<?>> es = new ArrayList<>(exporters);
    es.sort(EXPORTER_ORDER);
    this.importers = List.copyOf(is);
    this.exporters = List.copyOf(es);
    this.problems = List.copyOf(problems);
  }

  /** Importers, highest priority first. */
  public List<DocumentImporter> importers() {
    return importers;
  }

  /** Exporters, by result type, format and priority. */
  public List<Exporter<?>> exporters() {
    return exporters;
  }

  /** Providers that were declared but failed to load. */
  public List<PluginProblem> problems() {
    return problems;
  }

  /** The importer registered for a format id ("pdf") or extension, if any. */
  public Optional<DocumentImporter> importerFor(String formatOrExtension) {
    String f = formatOrExtension.toLowerCase(Locale.ROOT);
    return importers.stream()
        .filter(i -> i.format().id().equals(f))
        .findFirst()
        .or(() -> importers.stream().filter(i -> i.format().extensions().contains(f)).findFirst());
  }

  /**
   * Picks the importer for an input: content first, extension as fallback.
   *
   * @param head the first bytes of the input
   * @param fileName the name (for its extension and for messages), may be null
   * @param forcedFormat a format id the user insisted on ({@code --from}), or null
   * @throws UnsupportedFormatException when no importer fits
   */
  public DocumentImporter selectImporter(byte[] head, String fileName, String forcedFormat)
      throws UnsupportedFormatException {
    if (forcedFormat != null) {
      return importerFor(forcedFormat)
          .orElseThrow(
              () ->
                  new UnsupportedFormatException(
                      fileName,
                      "unknown input format '"
                          + forcedFormat
                          + "' (known: "
                          + importerFormatIds()
                          + ")"));
    }
    DocumentImporter best = null;
    Detection bestDetection = Detection.NO;
    for (DocumentImporter importer : importers) {
      Detection d = safeDetect(importer, head);
      if (d.compareTo(bestDetection) > 0) {
        best = importer;
        bestDetection = d;
      }
    }
    if (bestDetection.compareTo(Detection.WEAK) > 0) {
      return best;
    }
    Optional<DocumentImporter> byExtension =
        extension(fileName)
            .flatMap(
                ext ->
                    importers.stream()
                        .filter(i -> i.format().extensions().contains(ext))
                        .findFirst());
    if (byExtension.isPresent()) {
      return byExtension.get();
    }
    if (best != null) {
      return best;
    }
    throw new UnsupportedFormatException(
        fileName,
        "unsupported format: no importer recognises the content"
            + extension(fileName).map(e -> " or the extension ." + e).orElse("")
            + " (readable: "
            + importerFormatIds()
            + ")");
  }

  /** The exporter for a result type and format. */
  public <T> Optional<Exporter<T>> exporter(Class<T> type, String format) {
    String f = format.toLowerCase(Locale.ROOT);
    for (Exporter<?> e : exporters) {
      if (e.resultType().isAssignableFrom(type)
          && (e.format().id().equals(f) || e.format().extensions().contains(f))) {
        @SuppressWarnings("unchecked")
        Exporter<T> typed = (Exporter<T>) e;
        return Optional.of(typed);
      }
    }
    return Optional.empty();
  }

  /** The format ids written for a result type, sorted. */
  public List<String> exportFormats(Class<?> type) {
    return exporters.stream()
        .filter(e -> e.resultType().isAssignableFrom(type))
        .map(e -> e.format().id())
        .distinct()
        .sorted()
        .toList();
  }

  /** The format ids read, sorted. */
  public List<String> importFormats() {
    return importers.stream().map(i -> i.format().id()).distinct().sorted().toList();
  }

  private String importerFormatIds() {
    return String.join(", ", importFormats());
  }

  private static Detection safeDetect(DocumentImporter importer, byte[] head) {
    try {
      Detection d = importer.detect(head);
      return d == null ? Detection.NO : d;
    } catch (RuntimeException e) {
      return Detection.NO;
    }
  }

  /** The lower-case extension of a file name, without the dot. */
  public static Optional<String> extension(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1
        ? Optional.empty()
        : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
