package org.draftkit;

import java.util.Objects;
import org.draftkit.compare.Comparer;
import org.draftkit.model.Document;

/**
 * What {@link Toolkit#compare} redlines: an older and a newer revision, already read, and whether
 * moves and splits are detected.
 *
 * <pre>{@code
 * Comparison redline = toolkit.compare(CompareRequest.builder().older(rev1).newer(rev2).build());
 * }</pre>
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public final class CompareRequest {

  private final Document older;
  private final Document newer;
  private final Comparer comparer;

  private CompareRequest(Builder b) {
    this.older = b.older;
    this.newer = b.newer;
    this.comparer = b.comparer();
  }

  /** Starts a request; {@code older} and {@code newer} are required. */
  public static Builder builder() {
    return new Builder();
  }

  public Document older() {
    return older;
  }

  public Document newer() {
    return newer;
  }

  Comparer comparer() {
    return comparer;
  }

  /** Assembles a {@link CompareRequest}. Not thread-safe. */
  public static final class Builder extends CompareSettings<Builder> {
    private Document older;
    private Document newer;

    private Builder() {}

    /** The older revision. */
    public Builder older(Document revision) {
      older = Objects.requireNonNull(revision, "older");
      return this;
    }

    /** The newer revision. */
    public Builder newer(Document revision) {
      newer = Objects.requireNonNull(revision, "newer");
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException when a revision is missing
     */
    public CompareRequest build() {
      if (older == null || newer == null) {
        throw new IllegalStateException("a comparison needs an older and a newer revision");
      }
      return new CompareRequest(this);
    }
  }
}
