package org.draftkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.draftkit.compare.Comparer;
import org.draftkit.model.Document;

/**
 * What {@link Toolkit#history} compares: two or more revisions, oldest first, already read, and
 * whether moves and splits are detected.
 *
 * <pre>{@code
 * RevisionHistory h = toolkit.history(HistoryRequest.builder().revision(v1).revision(v2).revision(v3).build());
 * }</pre>
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public final class HistoryRequest {

  private final List<Document> revisions;
  private final Comparer comparer;

  private HistoryRequest(Builder b) {
    this.revisions = List.copyOf(b.revisions);
    this.comparer = b.comparer();
  }

  /** Starts a request; at least two revisions are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The revisions, oldest first. */
  public List<Document> revisions() {
    return revisions;
  }

  Comparer comparer() {
    return comparer;
  }

  /** Assembles a {@link HistoryRequest}. Not thread-safe. */
  public static final class Builder extends CompareSettings<Builder> {
    private final List<Document> revisions = new ArrayList<>();

    private Builder() {}

    /** Adds the next revision (oldest first). */
    public Builder revision(Document revision) {
      revisions.add(Objects.requireNonNull(revision, "revision"));
      return this;
    }

    /** Adds these revisions, oldest first. */
    public Builder revisions(List<Document> more) {
      more.forEach(this::revision);
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException when there are fewer than two revisions
     */
    public HistoryRequest build() {
      if (revisions.size() < 2) {
        throw new IllegalStateException(
            "a history needs two or more revisions, got " + revisions.size());
      }
      return new HistoryRequest(this);
    }
  }
}
