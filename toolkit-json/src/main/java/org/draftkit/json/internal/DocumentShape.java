package org.draftkit.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The Document JSON shape ({@code docs/schema/document.schema.json}) as Jackson-bound records.
 * Field order is fixed by {@link JsonPropertyOrder}; nulls are left out except for {@code number},
 * which is always present. Compact constructors check what a single object can check, so that
 * Jackson reports the problem at the object's line and column.
 */
public final class DocumentShape {
  private DocumentShape() {}

  /** The whole document. Unknown fields (added by later versions) are ignored on reading. */
  @JsonPropertyOrder({"metadata", "paragraphs", "footnotes", "comments", "diagnostics"})
  public record Doc(
      MetadataJson metadata,
      List<ParagraphJson> paragraphs,
      List<FootnoteJson> footnotes,
      List<CommentJson> comments,
      List<DiagnosticJson> diagnostics) {
    public Doc {
      if (paragraphs == null) {
        throw new IllegalArgumentException("a document needs a \"paragraphs\" array");
      }
      metadata =
          metadata == null
              ? new MetadataJson(null, null, null, null, null, null, null, null, null, null)
              : metadata;
      footnotes = footnotes == null ? List.of() : footnotes;
      comments = comments == null ? List.of() : comments;
      diagnostics = diagnostics == null ? List.of() : diagnostics;
    }
  }

  /** Document metadata; the date is ISO {@code yyyy-MM-dd}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "symbol",
    "title",
    "revision",
    "date",
    "language",
    "source",
    "author",
    "distribution",
    "session",
    "agendaItem"
  })
  public record MetadataJson(
      String symbol,
      String title,
      String revision,
      String date,
      String language,
      String source,
      String author,
      String distribution,
      String session,
      String agendaItem) {
    public MetadataJson {
      if (date != null) {
        try {
          LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "\"date\" must be an ISO date (yyyy-MM-dd), not \"" + date + "\"");
        }
      }
    }
  }

  /**
   * A body block. {@code numbering} is written only when the label alone would not parse back to
   * the same number (a letter "(i)" after "(h)", say).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"index", "number", "numbering", "kind", "text", "runs", "parent", "location"})
  public record ParagraphJson(
      Integer index,
      @JsonInclude(JsonInclude.Include.ALWAYS) String number,
      NumberingJson numbering,
      String kind,
      String text,
      List<RunJson> runs,
      Integer parent,
      LocationJson location) {
    public ParagraphJson {
      if (kind == null) {
        throw new IllegalArgumentException("a paragraph needs a \"kind\"");
      }
      if (text == null && runs == null) {
        throw new IllegalArgumentException("a paragraph needs \"text\" or \"runs\"");
      }
      if (numbering != null && number == null) {
        throw new IllegalArgumentException("\"numbering\" needs a \"number\"");
      }
    }
  }

  /** The parsed form of a label, for labels whose text is ambiguous. */
  @JsonPropertyOrder({"scheme", "parts", "suffix"})
  public record NumberingJson(String scheme, List<Integer> parts, Integer suffix) {
    public NumberingJson {
      if (scheme == null || parts == null) {
        throw new IllegalArgumentException("\"numbering\" needs \"scheme\" and \"parts\"");
      }
      suffix = suffix == null ? 0 : suffix;
    }
  }

  /** An inline run: its text and mark ids, with attribution where known. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"text", "marks", "author", "date", "ref"})
  public record RunJson(
      String text,
      @JsonInclude(JsonInclude.Include.ALWAYS)
          @JsonSerialize(using = InlineStringArraySerializer.class)
          List<String> marks,
      String author,
      String date,
      String ref) {
    public RunJson {
      if (text == null) {
        throw new IllegalArgumentException("a run needs a \"text\"");
      }
      marks = marks == null ? List.of() : marks;
    }
  }

  /** A footnote body. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"label", "text", "runs", "location"})
  public record FootnoteJson(String label, String text, List<RunJson> runs, LocationJson location) {
    public FootnoteJson {
      if (label == null) {
        throw new IllegalArgumentException("a footnote needs a \"label\"");
      }
      if (text == null && runs == null) {
        throw new IllegalArgumentException("a footnote needs \"text\" or \"runs\"");
      }
    }
  }

  /** A reviewer's comment; {@code paragraph} is the index of the paragraph it is anchored on. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "author", "date", "text", "paragraph", "anchorText"})
  public record CommentJson(
      String id, String author, String date, String text, Integer paragraph, String anchorText) {
    public CommentJson {
      if (id == null || text == null) {
        throw new IllegalArgumentException("a comment needs an \"id\" and a \"text\"");
      }
    }
  }

  /** A diagnostic; {@code location} is null when unknown. */
  @JsonPropertyOrder({"severity", "code", "message", "location"})
  public record DiagnosticJson(
      String severity, String code, String message, LocationJson location) {
    public DiagnosticJson {
      if (severity == null || code == null || message == null) {
        throw new IllegalArgumentException(
            "a diagnostic needs \"severity\", \"code\" and \"message\"");
      }
    }
  }

  /** Where something came from; page and line are 1-based, 0 when unknown. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"source", "page", "line"})
  public record LocationJson(String source, Integer page, Integer line) {
    public LocationJson {
      page = page == null ? 0 : page;
      line = line == null ? 0 : line;
      if (page < 0 || line < 0) {
        throw new IllegalArgumentException("\"page\" and \"line\" must not be negative");
      }
    }
  }
}
