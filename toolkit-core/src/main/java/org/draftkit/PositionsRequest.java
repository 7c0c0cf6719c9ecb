package org.draftkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.draftkit.amend.MarkConvention;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.model.Document;
import org.draftkit.positions.PartyNames;

/**
 * What {@link Toolkit#positions} tabulates: the submissions, the base revision whose paragraphs the
 * rows follow (optional), the earlier revision the submissions' numbers refer to (optional, needs a
 * base: its numbers are mapped to the base's), the mark convention and the party names.
 *
 * <pre>{@code
 * PositionTable table = toolkit.positions(PositionsRequest.builder()
 *     .submissions(submissions).base(base).build());
 * }</pre>
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public final class PositionsRequest {

  private final SubmissionSet submissions;
  private final Document base;
  private final Document renumberFrom;
  private final MarkConvention marks;
  private final Map<String, Document> revisions;
  private final PartyNames parties;

  private PositionsRequest(Builder b) {
    this.submissions = b.submissions;
    this.base = b.base;
    this.renumberFrom = b.renumberFrom;
    this.marks = b.marks;
    this.revisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.revisions));
    this.parties = b.parties;
  }

  /** Starts a request; {@code submissions} is required. */
  public static Builder builder() {
    return new Builder();
  }

  public SubmissionSet submissions() {
    return submissions;
  }

  /** The revision whose paragraphs the rows follow. */
  public Optional<Document> base() {
    return Optional.ofNullable(base);
  }

  /** The revision the submissions' paragraph numbers refer to, mapped to the base's numbers. */
  public Optional<Document> renumberFrom() {
    return Optional.ofNullable(renumberFrom);
  }

  public MarkConvention marks() {
    return marks;
  }

  public PartyNames parties() {
    return parties;
  }

  /**
   * Earlier revisions by name ("Zero Draft"): a submission's references to them ("the Zero Draft
   * (paragraphs 73 and 89)") are mapped to the base through a comparison instead of forming rows of
   * their own, and quotes that agree with one map its numbers.
   */
  public Map<String, Document> revisions() {
    return revisions;
  }

  /** Assembles a {@link PositionsRequest}. Not thread-safe. */
  public static final class Builder {
    private SubmissionSet submissions;
    private Document base;
    private Document renumberFrom;
    private MarkConvention marks = MarkConvention.defaults();
    private final Map<String, Document> revisions = new LinkedHashMap<>();
    private PartyNames parties = PartyNames.defaults();

    private Builder() {}

    /** The submissions, as read (those that could not be read become diagnostics of the table). */
    public Builder submissions(SubmissionSet read) {
      submissions = Objects.requireNonNull(read, "submissions");
      return this;
    }

    /** The revision whose paragraphs the rows follow. */
    public Builder base(Document revision) {
      base = Objects.requireNonNull(revision, "base");
      return this;
    }

    /** The earlier revision the submissions quote; their numbers are mapped to the base's. */
    public Builder renumberFrom(Document earlier) {
      renumberFrom = Objects.requireNonNull(earlier, "renumberFrom");
      return this;
    }

    /** An earlier revision the submissions may name ({@code --revision "Zero Draft"=FILE}). */
    public Builder revision(String name, Document earlier) {
      revisions.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(earlier, "revision"));
      return this;
    }

    /**
     * Which formatting marks inserted and deleted words. Default {@link MarkConvention#defaults()}.
     */
    public Builder marks(MarkConvention convention) {
      marks = Objects.requireNonNull(convention, "marks");
      return this;
    }

    /** The party names and aliases recognised. Default {@link PartyNames#defaults()}. */
    public Builder parties(PartyNames names) {
      parties = Objects.requireNonNull(names, "parties");
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException when the submissions are missing, or {@code renumberFrom} is
     *     given without a base
     */
    public PositionsRequest build() {
      if (submissions == null) {
        throw new IllegalStateException("a position table needs submissions");
      }
      if (renumberFrom != null && base == null) {
        throw new IllegalStateException(
            "renumberFrom needs a base: the numbers are mapped to the base's");
      }
      if (!revisions.isEmpty() && base == null) {
        throw new IllegalStateException(
            "a named revision needs a base: its numbers are mapped to the base's");
      }
      return new PositionsRequest(this);
    }
  }
}
