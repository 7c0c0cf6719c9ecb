package org.draftkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.draftkit.model.Document;

/**
 * What {@link Toolkit#align} needs: the language versions of one text, already read, each with a
 * name (its language code or file name), in the order of the output's columns. Immutable.
 *
 * @since 0.1
 */
public final class AlignRequest {

  private final List<String> names;
  private final List<Document> versions;

  private AlignRequest(Builder b) {
    this.names = List.copyOf(b.names);
    this.versions = List.copyOf(b.versions);
    if (versions.size() < 2) {
      throw new IllegalArgumentException(
          "align needs at least two versions, got " + versions.size());
    }
  }

  /**
   * The name a version gets from its file name: the language code that ends it ({@code
   * bbnj_fr.pdf}, {@code bbnj-zh.txt} → {@code fr}, {@code zh}), else the file name.
   */
  public static String nameOf(String fileName) {
    String file = fileName.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    String stem = (dot > 0 ? file.substring(0, dot) : file).toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[_\\-.]([a-z]{2})$").matcher(stem);
    return m.find() ? m.group(1) : file;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The versions' names, one per version. */
  public List<String> names() {
    return names;
  }

  /** The versions, in column order. */
  public List<Document> versions() {
    return versions;
  }

  /** Builds an {@link AlignRequest}. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Document> versions = new ArrayList<>();

    private Builder() {}

    /** Adds a version under a name (a language code such as {@code fr}, or the file name). */
    public Builder version(String name, Document doc) {
      names.add(Objects.requireNonNull(name, "name"));
      versions.add(Objects.requireNonNull(doc, "doc"));
      return this;
    }

    public AlignRequest build() {
      return new AlignRequest(this);
    }
  }
}
