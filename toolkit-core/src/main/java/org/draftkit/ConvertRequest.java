package org.draftkit;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Toolkit#convert} reads: one input (a file, bytes in memory, or a stream such as an
 * upload), the format to read it as when detection should be overridden, and importer options.
 *
 * <pre>{@code
 * Document doc = toolkit.convert(ConvertRequest.builder().file(Path.of("A_80_L.41.pdf")).build());
 * Document md = toolkit.convert(ConvertRequest.builder().content(bytes, "draft.txt").from("md").build());
 * }</pre>
 *
 * <p>Immutable, except that a request built from a {@link Builder#stream stream} reads that stream
 * and so is used once.
 *
 * @since 0.1
 */
public final class ConvertRequest {

  private final Path file;
  private final byte[] bytes;
  private final InputStream stream;
  private final String sourceName;
  private final String from;
  private final Map<String, String> options;

  private ConvertRequest(Builder b) {
    this.file = b.file;
    this.bytes = b.bytes;
    this.stream = b.stream;
    this.sourceName = b.sourceName;
    this.from = b.from;
    this.options = Map.copyOf(b.options);
  }

  /**
   * Starts a request; exactly one of {@code file}, {@code content} or {@code stream} is required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A request to read a file, detecting its format. */
  public static ConvertRequest of(Path file) {
    return builder().file(file).build();
  }

  /** The file to read, when the input is a file. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * The name that messages and extension-based detection use: the file as given, or the name given
   * with the content.
   */
  public String sourceName() {
    return sourceName;
  }

  /** The format id that overrides detection ({@code --from}), lower case, if one was given. */
  public Optional<String> from() {
    return Optional.ofNullable(from);
  }

  /** The importer options. */
  public Map<String, String> options() {
    return options;
  }

  byte[] bytes() {
    return bytes;
  }

  InputStream stream() {
    return stream;
  }

  /** Assembles a {@link ConvertRequest}. Not thread-safe. */
  public static final class Builder {
    private Path file;
    private byte[] bytes;
    private InputStream stream;
    private String sourceName;
    private String from;
    private final Map<String, String> options = new LinkedHashMap<>();

    private Builder() {}

    /** Reads this file. */
    public Builder file(Path input) {
      clearInput();
      file = Objects.requireNonNull(input, "file");
      sourceName = input.toString();
      return this;
    }

    /** Reads these bytes, named {@code name} (a file name: its extension helps detection). */
    public Builder content(byte[] content, String name) {
      clearInput();
      bytes = Objects.requireNonNull(content, "content").clone();
      sourceName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Reads this stream to its end (at most {@link Limits#maxInputBytes()}); it is not closed.
     *
     * @param name the name used for messages and detection (a file name)
     */
    public Builder stream(InputStream in, String name) {
      clearInput();
      stream = Objects.requireNonNull(in, "in");
      sourceName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Reads the input as this format (an importer's id: "pdf", "md" …) instead of detecting it. */
    public Builder from(String format) {
      from = Objects.requireNonNull(format, "format").strip().toLowerCase(Locale.ROOT);
      return this;
    }

    /** Sets an importer option. */
    public Builder option(String key, String value) {
      options.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException when no input was given
     */
    public ConvertRequest build() {
      if (file == null && bytes == null && stream == null) {
        throw new IllegalStateException("no input: call file, content or stream");
      }
      return new ConvertRequest(this);
    }

    private void clearInput() {
      file = null;
      bytes = null;
      stream = null;
    }
  }
}
