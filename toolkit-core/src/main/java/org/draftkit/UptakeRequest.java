package org.draftkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.draftkit.amend.MarkConvention;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.model.Document;

/**
 * What {@link Toolkit#uptake(UptakeRequest)} follows: the submissions, the revision they were
 * written on (optional: without it, what they quote stands for it) and the later revisions, oldest
 * first. Immutable.
 *
 * <pre>{@code
 * Uptake u = toolkit.uptake(UptakeRequest.builder().submissions(set).later(toolkit.read(l41)).build());
 * }</pre>
 *
 * @param submissions the submissions read (and those that could not be)
 * @param base the revision the submissions were written on, or null
 * @param later the later revisions, oldest first, at least one
 * @param convention which marks insert and which delete in the submissions
 * @since 0.1
 */
public record UptakeRequest(
    SubmissionSet submissions, Document base, List<Document> later, MarkConvention convention) {

  public UptakeRequest {
    Objects.requireNonNull(submissions, "submissions");
    later = List.copyOf(later);
    if (later.isEmpty()) {
      throw new IllegalArgumentException("uptake needs at least one later revision");
    }
    convention = convention == null ? MarkConvention.defaults() : convention;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UptakeRequest}. Not thread-safe. */
  public static final class Builder {
    private SubmissionSet submissions;
    private Document base;
    private final List<Document> later = new ArrayList<>();
    private MarkConvention convention = MarkConvention.defaults();

    private Builder() {}

    public Builder submissions(SubmissionSet set) {
      submissions = set;
      return this;
    }

    public Builder base(Document doc) {
      base = doc;
      return this;
    }

    /** Adds later revisions, oldest first. */
    public Builder later(Document... docs) {
      later.addAll(List.of(docs));
      return this;
    }

    public Builder later(List<Document> docs) {
      later.addAll(docs);
      return this;
    }

    public Builder convention(MarkConvention c) {
      convention = c;
      return this;
    }

    public UptakeRequest build() {
      return new UptakeRequest(submissions, base, later, convention);
    }
  }
}
