package org.draftkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.draftkit.amend.MarkConvention;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.model.Document;

/**
 * What {@link Toolkit#consolidate} applies: the submissions' proposals to a base text, with the
 * mark convention that says which formatting means inserted and deleted, the proponent preferred in
 * conflicts, and the option chosen in each group of alternatives.
 *
 * <pre>{@code
 * Consolidation c = toolkit.consolidate(ConsolidateRequest.builder()
 *     .base(base).submissions(submissions).prefer("IMSB").build());
 * }</pre>
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public final class ConsolidateRequest {

  private final Document base;
  private final SubmissionSet submissions;
  private final MarkConvention marks;
  private final Map<String, Document> revisions;
  private final String prefer;
  private final Map<String, String> options;

  private ConsolidateRequest(Builder b) {
    this.base = b.base;
    this.submissions = b.submissions;
    this.marks = b.marks;
    this.revisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.revisions));
    this.prefer = b.prefer;
    this.options = Map.copyOf(b.options);
  }

  /** Starts a request; {@code base} and {@code submissions} are required. */
  public static Builder builder() {
    return new Builder();
  }

  public Document base() {
    return base;
  }

  public SubmissionSet submissions() {
    return submissions;
  }

  public MarkConvention marks() {
    return marks;
  }

  /** The proponent whose proposal wins a conflict; without one, conflicts are left unapplied. */
  public Optional<String> prefer() {
    return Optional.ofNullable(prefer);
  }

  /**
   * For exclusive option groups: group id or option-group index ("1") → option name ("Option B");
   * groups not named use their first option.
   */
  public Map<String, String> options() {
    return options;
  }

  /**
   * Earlier revisions by name ("Zero Draft"): a submission's references to them ("the Zero Draft
   * (paragraphs 73 and 89)") are mapped to the base through a comparison instead of forming rows of
   * their own, and quotes that agree with one map its numbers.
   */
  public Map<String, Document> revisions() {
    return revisions;
  }

  /** Assembles a {@link ConsolidateRequest}. Not thread-safe. */
  public static final class Builder {
    private Document base;
    private SubmissionSet submissions;
    private MarkConvention marks = MarkConvention.defaults();
    private final Map<String, Document> revisions = new LinkedHashMap<>();
    private String prefer;
    private final Map<String, String> options = new LinkedHashMap<>();

    private Builder() {}

    /** The base revision the proposals apply to. */
    public Builder base(Document revision) {
      base = Objects.requireNonNull(revision, "base");
      return this;
    }

    /** The submissions, as read (those that could not be read become diagnostics of the result). */
    public Builder submissions(SubmissionSet read) {
      submissions = Objects.requireNonNull(read, "submissions");
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

    /** Applies this proponent's proposal where proposals conflict. */
    public Builder prefer(String proponent) {
      prefer = Objects.requireNonNull(proponent, "prefer");
      return this;
    }

    /** In the group of alternatives {@code group}, applies option {@code option}. */
    public Builder option(String group, String option) {
      options.put(Objects.requireNonNull(group, "group"), Objects.requireNonNull(option, "option"));
      return this;
    }

    /** {@link #option} for each entry. */
    public Builder options(Map<String, String> choices) {
      choices.forEach(this::option);
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException when the base or the submissions are missing
     */
    public ConsolidateRequest build() {
      if (base == null || submissions == null) {
        throw new IllegalStateException("a consolidation needs a base and submissions");
      }
      return new ConsolidateRequest(this);
    }
  }
}
