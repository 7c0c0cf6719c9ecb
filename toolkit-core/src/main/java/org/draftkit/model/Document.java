package org.draftkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An imported document: metadata, body paragraphs in reading order (headings and sub-items
 * included), footnotes, comments and the diagnostics its import produced. Immutable.
 *
 * @since 0.1
 */
public record Document(
    Metadata metadata,
    List<Paragraph> paragraphs,
    List<Footnote> footnotes,
    List<Comment> comments,
    List<Diagnostic> diagnostics) {

  public Document {
    metadata = metadata == null ? Metadata.EMPTY : metadata;
    paragraphs = List.copyOf(paragraphs);
    footnotes = List.copyOf(footnotes);
    comments = List.copyOf(comments);
    diagnostics = List.copyOf(diagnostics);
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).index() != i) {
        throw new IllegalArgumentException(
            "paragraph at position " + i + " has index " + paragraphs.get(i).index());
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this document's content, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().metadata(metadata);
    b.paragraphs.addAll(paragraphs);
    b.footnotes.addAll(footnotes);
    b.comments.addAll(comments);
    b.diagnostics.addAll(diagnostics);
    return b;
  }

  /** The first paragraph with this label, if any. */
  public Optional<Paragraph> find(String label) {
    return ParagraphNumber.parse(label)
        .flatMap(
            n ->
                paragraphs.stream()
                    .filter(p -> n.equals(p.number()) && p.parent() == null)
                    .findFirst());
  }

  /**
   * The label a reference uses for a numbered paragraph of this document: "12" for a top-level
   * paragraph, "12(a)" for a sub-item under a numbered paragraph.
   */
  public String fullLabel(Paragraph p) {
    if (p.parent() != null) {
      Paragraph parent = paragraphs.get(p.parent());
      if (parent.number() != null) {
        return fullLabel(parent) + p.number().label();
      }
    }
    return p.number().label();
  }

  /** The sub-items directly under the paragraph at {@code index}. */
  public List<Paragraph> children(int index) {
    return paragraphs.stream().filter(p -> Objects.equals(p.parent(), index)).toList();
  }

  /** The footnote with this label, if any. */
  public Optional<Footnote> footnote(String label) {
    return footnotes.stream().filter(f -> f.label().equals(label)).findFirst();
  }

  /** This document with more diagnostics appended. */
  public Document withDiagnostics(List<Diagnostic> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(more);
    return new Document(metadata, paragraphs, footnotes, comments, all);
  }

  /** This document with other metadata. */
  public Document withMetadata(Metadata newMetadata) {
    return new Document(newMetadata, paragraphs, footnotes, comments, diagnostics);
  }

  /**
   * Collects the parts of a {@link Document}; {@link #add} assigns paragraph indexes in order. Not
   * thread-safe.
   */
  public static final class Builder {
    private Metadata metadata = Metadata.EMPTY;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Builder() {}

    public Builder metadata(Metadata m) {
      metadata = m;
      return this;
    }

    public Metadata metadata() {
      return metadata;
    }

    /**
     * Appends a paragraph and returns its index.
     *
     * @param parent the parent's index for a sub-item, or null
     */
    public int add(
        ParagraphNumber number,
        ParagraphKind kind,
        List<Run> runs,
        Integer parent,
        SourceLocation at) {
      int index = paragraphs.size();
      paragraphs.add(new Paragraph(index, number, kind, Runs.normalize(runs), parent, at));
      return index;
    }

    /**
     * Appends a paragraph copied from elsewhere; its index is reassigned, its parent kept as given.
     */
    public int add(Paragraph p, Integer parent) {
      int index = paragraphs.size();
      paragraphs.add(p.withIndex(index, parent));
      return index;
    }

    /** Replaces the paragraph at {@code index} (same index). */
    public Builder set(int index, Paragraph p) {
      paragraphs.set(index, p.withIndex(index, p.parent()));
      return this;
    }

    public List<Paragraph> paragraphs() {
      return paragraphs;
    }

    public Builder footnote(Footnote f) {
      footnotes.add(f);
      return this;
    }

    public Builder comment(Comment c) {
      comments.add(c);
      return this;
    }

    public Builder diagnostic(Diagnostic d) {
      diagnostics.add(d);
      return this;
    }

    public List<Diagnostic> diagnostics() {
      return diagnostics;
    }

    public Document build() {
      return new Document(metadata, paragraphs, footnotes, comments, diagnostics);
    }
  }
}
