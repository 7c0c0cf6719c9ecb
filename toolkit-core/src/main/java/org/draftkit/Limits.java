package org.draftkit;

import java.time.Duration;

/**
 * Bounds on what an import may consume, so that a hostile or broken file fails fast.
 *
 * @param maxInputBytes the largest input accepted
 * @param maxPages the most pages a paged format (PDF) may have
 * @param maxExpandedBytes the most bytes a compressed container (DOCX) may expand to
 * @param timeout the longest one import may run
 * @since 0.1
 */
public record Limits(long maxInputBytes, int maxPages, long maxExpandedBytes, Duration timeout) {

  /** 50 MB in, 2,000 pages, 512 MB expanded, 2 minutes. */
  private static final Limits DEFAULTS = new Limits(50L << 20, 2000, 512L << 20, Duration.ofMinutes(2));

  /** 50 MB in, 2,000 pages, 512 MB expanded, 2 minutes. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  public Limits {
    if (maxInputBytes <= 0 || maxPages <= 0 || maxExpandedBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  public Limits withMaxInputBytes(long bytes) {
    return new Limits(bytes, maxPages, maxExpandedBytes, timeout);
  }
}
