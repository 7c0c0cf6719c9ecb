package org.draftkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.Consolidator;
import org.draftkit.amend.ProposalReader;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.model.Document;
import org.draftkit.positions.PositionReader;
import org.draftkit.positions.PositionTable;
import org.draftkit.registry.PluginDiscovery;
import org.draftkit.registry.PluginProblem;
import org.draftkit.registry.PluginRegistry;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.ImportContext;

/**
 * The one entry point: reads files into {@link Document}s, runs each job on them, and writes
 * results through the registered plugins. Each job is one call taking an immutable request and
 * returning the result type the exporters take: {@link #convert(ConvertRequest)} (a {@link
 * Document}), {@link #compare(CompareRequest)} (a {@link Comparison}), {@link
 * #history(HistoryRequest)} (a {@link RevisionHistory}), {@link #consolidate(ConsolidateRequest)}
 * (a {@link Consolidation}) and {@link #positions(PositionsRequest)} (a {@link PositionTable}). The
 * CLI, the server and the batch call this API and nothing else.
 *
 * <pre>{@code
 * Toolkit toolkit = Toolkit.builder().discoverPlugins().build();
 * Document doc = toolkit.read(Path.of("A_80_L.41.pdf"));
 * toolkit.write(doc, "json", System.out);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * @since 0.1
 */
public final class Toolkit {

  /** How many leading bytes importers see for format detection. */
  public static final int DETECTION_BYTES = 8192;

  private final PluginRegistry registry;
  private final Limits limits;

  private Toolkit(PluginRegistry registry, Limits limits) {
    this.registry = registry;
    this.limits = limits;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The plugins in use and the ones that failed to load. */
  public PluginRegistry plugins() {
    return registry;
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Reads one input into a {@link Document}: a file, bytes or a stream, in the format detected or
   * the one requested.
   *
   * @throws ImportException when the input cannot be read (the message names it and says why)
   */
  public Document convert(ConvertRequest request) throws ImportException {
    Objects.requireNonNull(request, "request");
    String format = request.from().orElse(null);
    if (request.file().isPresent()) {
      return read(request.file().get(), format, request.options());
    }
    if (request.bytes() != null) {
      return read(request.bytes(), request.sourceName(), format, request.options());
    }
    return read(request.stream(), request.sourceName(), format, request.options());
  }

  /** The redline of two revisions. */
  public Comparison compare(CompareRequest request) {
    Objects.requireNonNull(request, "request");
    return request.comparer().compare(request.older(), request.newer());
  }

  /** Each consecutive redline of two or more revisions and the lineage of every paragraph. */
  public RevisionHistory history(HistoryRequest request) {
    Objects.requireNonNull(request, "request");
    return request.comparer().compare(request.revisions());
  }

  /**
   * The base text with the submissions' proposals applied, each change attributed; submissions that
   * could not be read are listed in the result's diagnostics.
   *
   * @throws ImportException the first submission's failure, when none could be read
   */
  public Consolidation consolidate(ConsolidateRequest request) throws ImportException {
    Objects.requireNonNull(request, "request");
    Consolidator consolidator =
        new Consolidator(
            new ProposalReader(request.marks()), request.prefer().orElse(null), request.options());
    return consolidator.consolidate(
        request.base(), request.submissions(), renumberings(request.revisions(), request.base()));
  }

  /**
   * The paragraph × stakeholder table of stances; submissions that could not be read are listed in
   * the table's diagnostics.
   *
   * @throws ImportException the first submission's failure, when none could be read
   */
  public PositionTable positions(PositionsRequest request) throws ImportException {
    Objects.requireNonNull(request, "request");
    Document base = request.base().orElse(null);
    Map<String, String> renumbered =
        request
            .renumberFrom()
            .map(earlier -> PositionReader.renumbering(Comparer.defaults().compare(earlier, base)))
            .orElse(Map.of());
    return new PositionReader(request.parties(), new ProposalReader(request.marks()))
        .build(request.submissions(), base, renumbered, renumberings(request.revisions(), base));
  }

  /** For each named earlier revision, its paragraph numbers mapped to the base's. */
  private static Map<String, Map<String, String>> renumberings(
      Map<String, Document> revisions, Document base) {
    Map<String, Map<String, String>> named = new java.util.LinkedHashMap<>();
    revisions.forEach(
        (name, earlier) ->
            named.put(
                name, PositionReader.renumbering(Comparer.defaults().compare(earlier, base))));
    return named;
  }

  /** Reads a file, detecting its format. */
  public Document read(Path file) throws ImportException {
    return read(file, null, Map.of());
  }

  /**
   * Reads a file.
   *
   * <p>Errors name the file as given ({@code ../in/draft.md: …}), so that the user can tell which
   * of several inputs failed. The document itself only knows the file name: importers see {@code
   * draft.md} as {@link ImportContext#sourceName()}, which goes into metadata and {@code
   * SourceLocation}s, so that the same file gives the same output whatever directory it was read
   * from (and whether it was read from disk or uploaded).
   *
   * @param file the file
   * @param format a format id that overrides detection ({@code --from}), or null
   * @param options importer options
   */
  public Document read(Path file, String format, Map<String, String> options)
      throws ImportException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new ImportException(name, "is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new ImportException(name, "no such file");
    }
    if (!Files.isReadable(file)) {
      throw new ImportException(name, "permission denied");
    }
    try {
      long size = Files.size(file);
      if (size > limits.maxInputBytes()) {
        throw new LimitExceededException(
            name, "file is " + size + " bytes, over the limit of " + limits.maxInputBytes());
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, name, format, options);
      }
    } catch (NoSuchFileException e) {
      throw new ImportException(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new ImportException(name, "permission denied", e);
    } catch (IOException e) {
      throw new ImportException(name, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream (an upload). The stream is read to its end (at most {@link
   * Limits#maxInputBytes()}) and not closed.
   *
   * @param in the content
   * @param sourceName the name used for messages and extension-based detection
   * @param format a format id that overrides detection, or null
   * @param options importer options
   */
  public Document read(
      InputStream in, String sourceName, String format, Map<String, String> options)
      throws ImportException {
    Objects.requireNonNull(in, "in");
    String name = sourceName == null ? "(input)" : sourceName;
    byte[] bytes;
    try {
      bytes = readBounded(in, name);
    } catch (IOException e) {
      throw new ImportException(name, "cannot be read: " + e.getMessage(), e);
    }
    return read(bytes, name, format, options);
  }

  /** Reads bytes already in memory. */
  public Document read(byte[] bytes, String sourceName, String format, Map<String, String> options)
      throws ImportException {
    String name = sourceName == null ? "(input)" : sourceName;
    if (bytes.length == 0) {
      throw new CorruptDocumentException(name, "empty file");
    }
    if (bytes.length > limits.maxInputBytes()) {
      throw new LimitExceededException(
          name, "input is over the limit of " + limits.maxInputBytes() + " bytes");
    }
    byte[] head = bytes.length <= DETECTION_BYTES ? bytes : Arrays.copyOf(bytes, DETECTION_BYTES);
    DocumentImporter importer = registry.selectImporter(head, name, format);
    ImportContext context = new ImportContext(fileName(name), limits, options);
    Document doc;
    try {
      doc = importer.read(new ByteArrayInputStream(bytes), context);
    } catch (ImportException e) {
      throw namedAs(e, name); // the importer knew only the file name
    } catch (IOException e) {
      throw new CorruptDocumentException(
          name, "cannot be read as " + importer.format().name() + ": " + e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new CorruptDocumentException(
          name,
          "cannot be read as "
              + importer.format().name()
              + " ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")",
          e);
    }
    if (doc.paragraphs().size() > limits.maxParagraphs()) {
      throw new LimitExceededException(
          name,
          "has "
              + doc.paragraphs().size()
              + " paragraphs, over the limit of "
              + limits.maxParagraphs());
    }
    if (doc.metadata().source() == null) {
      doc = doc.withMetadata(doc.metadata().toBuilder().source(fileName(name)).build());
    }
    return doc;
  }

  /**
   * Writes a result in a format.
   *
   * @param value a Document or an engine result
   * @param format the format id ("json", "md", "html", "docx" …)
   * @param out the destination, not closed
   * @throws ExportException when no exporter writes this result type in this format, or it fails
   */
  public void write(Object value, String format, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    Objects.requireNonNull(value, "value");
    @SuppressWarnings("unchecked")
    Class<Object> type = (Class<Object>) value.getClass();
    Exporter<Object> exporter = exporter(type, format);
    exporter.write(value, out, context == null ? ExportContext.defaults() : context);
  }

  /** Writes a result to the stream with default options. */
  public void write(Object value, String format, OutputStream out)
      throws ExportException, IOException {
    write(value, format, out, ExportContext.defaults());
  }

  /** Writes a text result to a string (UTF-8). */
  public String writeString(Object value, String format) throws ExportException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      write(value, format, buf);
    } catch (IOException e) {
      throw new ExportException(format, "cannot be written: " + e.getMessage(), e);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  /**
   * The exporter for a result type and format, or an {@link ExportException} listing what exists.
   */
  public <T> Exporter<T> exporter(Class<T> type, String format) throws ExportException {
    return registry
        .exporter(type, format)
        .orElseThrow(
            () ->
                new ExportException(
                    format,
                    "unknown output format for "
                        + type.getSimpleName()
                        + " (available: "
                        + String.join(", ", registry.exportFormats(type))
                        + ")"));
  }

  private byte[] readBounded(InputStream in, String name)
      throws IOException, LimitExceededException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(chunk)) > 0) {
      total += n;
      if (total > limits.maxInputBytes()) {
        throw new LimitExceededException(
            name, "input is over the limit of " + limits.maxInputBytes() + " bytes");
      }
      buf.write(chunk, 0, n);
    }
    return buf.toByteArray();
  }

  /**
   * The same failure naming the file by its path: importers name it by the file name they were
   * given. A plugin's own subclass of {@link ImportException} is left as it is.
   */
  private static ImportException namedAs(ImportException e, String path) {
    String source = e.source();
    if (source == null || source.equals(path) || !source.equals(fileName(path))) {
      return e;
    }
    String reason = e.reason();
    Throwable cause = e.getCause();
    ImportException named;
    if (e.getClass() == CorruptDocumentException.class) {
      named = new CorruptDocumentException(path, reason, cause);
    } else if (e.getClass() == EncryptedDocumentException.class) {
      named = new EncryptedDocumentException(path, reason, cause);
    } else if (e.getClass() == LimitExceededException.class) {
      named = new LimitExceededException(path, reason, cause);
    } else if (e.getClass() == UnsupportedFormatException.class) {
      named = new UnsupportedFormatException(path, reason, cause);
    } else if (e.getClass() == ImportException.class) {
      named = new ImportException(path, reason, cause);
    } else {
      return e;
    }
    named.setStackTrace(e.getStackTrace());
    for (Throwable suppressed : e.getSuppressed()) {
      named.addSuppressed(suppressed);
    }
    return named;
  }

  private static String fileName(String name) {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  /**
   * Assembles a {@link Toolkit}. Plugins come from {@link #discoverPlugins()} (ServiceLoader), from
   * explicit {@link #importer}/{@link #exporter} calls, or both. Not thread-safe; the built toolkit
   * is.
   */
  public static final class Builder {
    private final List<DocumentImporter> importers = new ArrayList<>();
    private final List<Exporter<?>> exporters = new ArrayList<>();
    private final List<PluginProblem> problems = new ArrayList<>();
    private Limits limits = Limits.defaults();

    private Builder() {}

    /** Adds every plugin {@link java.util.ServiceLoader} finds on the context class loader. */
    public Builder discoverPlugins() {
      return discoverPlugins(null);
    }

    /** Adds every plugin {@link java.util.ServiceLoader} finds with this class loader. */
    public Builder discoverPlugins(ClassLoader loader) {
      return plugins(PluginDiscovery.discover(loader));
    }

    /** Adds plugins found earlier (for example by the Guice module). */
    public Builder plugins(PluginDiscovery found) {
      importers.addAll(found.importers());
      exporters.addAll(found.exporters());
      problems.addAll(found.problems());
      return this;
    }

    public Builder importer(DocumentImporter importer) {
      importers.add(Objects.requireNonNull(importer, "importer"));
      return this;
    }

    public Builder exporter(Exporter<?> exporter) {
      exporters.add(Objects.requireNonNull(exporter, "exporter"));
      return this;
    }

    /** Records a plugin that failed to load, so that {@code plugins} can report it. */
    public Builder problem(PluginProblem problem) {
      problems.add(Objects.requireNonNull(problem, "problem"));
      return this;
    }

    public Builder limits(Limits newLimits) {
      limits = Objects.requireNonNull(newLimits, "limits");
      return this;
    }

    public Toolkit build() {
      return new Toolkit(new PluginRegistry(importers, exporters, problems), limits);
    }
  }

  /**
   * What became of each proposal and stance of the submissions in the later revisions (see {@link
   * org.draftkit.uptake.UptakeTracker}); submissions that could not be read are in the result's
   * diagnostics.
   *
   * @throws ImportException when no submission could be read
   */
  public org.draftkit.uptake.Uptake uptake(UptakeRequest request) throws ImportException {
    Objects.requireNonNull(request, "request");
    org.draftkit.amend.ProposalReader proposals =
        new org.draftkit.amend.ProposalReader(request.convention());
    return new org.draftkit.uptake.UptakeTracker(
            proposals,
            new org.draftkit.positions.PositionReader(
                org.draftkit.positions.PartyNames.defaults(), proposals),
            org.draftkit.compare.Comparer.defaults())
        .track(request.submissions(), request.base(), request.later());
  }

  /**
   * Aligns the language versions of one text paragraph by paragraph and lists their mismatches (see
   * {@link org.draftkit.align.Aligner}).
   */
  public org.draftkit.align.Alignment align(AlignRequest request) {
    Objects.requireNonNull(request, "request");
    return new org.draftkit.align.Aligner().align(request.names(), request.versions());
  }
}
