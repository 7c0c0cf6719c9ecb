package org.draftkit.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The Comparison and revision-history JSON shapes ({@code docs/schema/comparison.schema.json},
 * {@code revision-history.schema.json}) as Jackson-bound records, written only. Field order is
 * fixed; {@code old}, {@code new} and {@code number} are always present (null when absent).
 */
public final class ComparisonShape {
  private ComparisonShape() {}

  /** One comparison. {@code old}/{@code new} describe the revisions. */
  @JsonPropertyOrder({"old", "new", "message", "summary", "pairs"})
  public record ComparisonJson(
      @JsonProperty("old") RevisionJson older,
      @JsonProperty("new") RevisionJson newer,
      @JsonInclude(JsonInclude.Include.NON_NULL) String message,
      SummaryJson summary,
      List<PairJson> pairs) {}

  /** A revision: its metadata, the symbol always present. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "symbol",
    "title",
    "revision",
    "date",
    "language",
    "source",
    "author",
    "paragraphs"
  })
  public record RevisionJson(
      @JsonInclude(JsonInclude.Include.ALWAYS) String symbol,
      String title,
      String revision,
      String date,
      String language,
      String source,
      String author,
      int paragraphs) {}

  /** Counts by status and words. */
  @JsonPropertyOrder({
    "unchanged",
    "modified",
    "moved",
    "inserted",
    "deleted",
    "split",
    "merged",
    "renumbered",
    "wordsInserted",
    "wordsDeleted"
  })
  public record SummaryJson(
      int unchanged,
      int modified,
      int moved,
      int inserted,
      int deleted,
      int split,
      int merged,
      int renumbered,
      int wordsInserted,
      int wordsDeleted) {}

  /**
   * One aligned pair. {@code old} and {@code new} are a {@link RefJson}, a list of them (the
   * several sides of a split or merge) or null.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "old",
    "new",
    "status",
    "renumbered",
    "similarity",
    "edits",
    "footnotes",
    "segments"
  })
  public record PairJson(
      @JsonProperty("old") @JsonInclude(JsonInclude.Include.ALWAYS) Object older,
      @JsonProperty("new") @JsonInclude(JsonInclude.Include.ALWAYS) Object newer,
      String status,
      boolean renumbered,
      double similarity,
      List<EditJson> edits,
      List<FootnoteJson> footnotes,
      List<SegmentJson> segments) {}

  /**
   * A changed footnote of a pair: its old and new labels (null when new or deleted) and word edits.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"old", "new", "edits", "segments"})
  public record FootnoteJson(
      @JsonProperty("old") @JsonInclude(JsonInclude.Include.ALWAYS) String older,
      @JsonProperty("new") @JsonInclude(JsonInclude.Include.ALWAYS) String newer,
      List<EditJson> edits,
      List<SegmentJson> segments) {}

  /** A paragraph of one side. */
  @JsonPropertyOrder({"index", "number", "kind"})
  public record RefJson(int index, String number, String kind) {}

  /**
   * A word edit; {@code part} only for splits and merges: the position, on the side with several
   * paragraphs, of the paragraph the edit belongs to (as the segments' {@code part}).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"op", "text", "part"})
  public record EditJson(String op, String text, Integer part) {}

  /**
   * A stretch of the inline redline; {@code part} only for splits and merges, {@code footnote} (the
   * label) only for a footnote reference marker.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"op", "text", "part", "footnote"})
  public record SegmentJson(String op, String text, Integer part, String footnote) {}

  /** N revisions. */
  @JsonPropertyOrder({"revisions", "comparisons", "lineage"})
  public record HistoryJson(
      List<RevisionJson> revisions,
      List<String> names,
      List<ComparisonJson> comparisons,
      List<LineageJson> lineage) {}

  /**
   * One paragraph through the revisions: its label and index in each (null where absent), what
   * happened at each step, the revision it first appears in and the last one that changed it; as
   * readers name it ({@code paragraph}: its label and opening words where it was last; {@code
   * labels}: its label in each revision), its {@code history} in words, and, where it carried
   * brackets or options in some revision, their status in each ({@code brackets}).
   */
  @JsonPropertyOrder({"numbers", "indexes", "steps", "first", "lastChange"})
  public record LineageJson(
      String paragraph,
      List<String> labels,
      List<String> numbers,
      List<Integer> indexes,
      List<String> steps,
      int first,
      int lastChange,
      String history,
      List<String> brackets) {}
}
