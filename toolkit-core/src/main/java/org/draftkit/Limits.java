package org.draftkit;

import java.time.Duration;

/**
 * Bounds on what an import may consume, so that a hostile or broken file fails fast with a {@link
 * LimitExceededException} instead of exhausting time or memory. Each bound is enforced in one
 * place: the input size by {@link Toolkit}, the page count by the PDF importer, the expanded size
 * and the expansion ratio by the DOCX importer's package reader, the paragraph count by {@link
 * Toolkit} on every importer's result, and the time limit by each importer at cheap intervals. XML
 * parsers refuse document type declarations (entity expansion, external entities) whatever the
 * limits; element nesting is bounded by the parsers' own depth checks.
 *
 * @param maxInputBytes the largest input accepted
 * @param maxPages the most pages a paged format (PDF) may have
 * @param maxExpandedBytes the most bytes a compressed container (DOCX) may expand to
 * @param maxExpansionRatio the most a compressed container may expand relative to its own size,
 *     once it has expanded past {@link #RATIO_GRACE_BYTES} (zip bombs: real Word files expand at
 *     most about 38 times part by part, 32 times in all)
 * @param maxParagraphs the most paragraphs (headings and sub-items included) one document may have
 * @param timeout the longest one import may run
 * @since 0.1
 */
public record Limits(
    long maxInputBytes,
    int maxPages,
    long maxExpandedBytes,
    int maxExpansionRatio,
    int maxParagraphs,
    Duration timeout) {

  /**
   * Expansion below this many bytes is never judged by its ratio (small packages compress well).
   */
  public static final long RATIO_GRACE_BYTES = 8L << 20;

  /**
   * 50 MB in, 2,000 pages, 256 MB expanded, 100 times expansion, 100,000 paragraphs (UNCLOS, the
   * longest instrument in the corpus, has fewer than 5,000), 2 minutes.
   */
  private static final Limits DEFAULTS =
      new Limits(50L << 20, 2000, 256L << 20, 100, 100_000, Duration.ofMinutes(2));

  /** 50 MB in, 2,000 pages, 256 MB expanded, 100 times expansion, 100,000 paragraphs, 2 minutes. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  public Limits {
    if (maxInputBytes <= 0
        || maxPages <= 0
        || maxExpandedBytes <= 0
        || maxExpansionRatio <= 0
        || maxParagraphs <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  /** The four original bounds, with the default expansion ratio and paragraph count. */
  public Limits(long maxInputBytes, int maxPages, long maxExpandedBytes, Duration timeout) {
    this(maxInputBytes, maxPages, maxExpandedBytes, DEFAULT_RATIO, DEFAULT_PARAGRAPHS, timeout);
  }

  private static final int DEFAULT_RATIO = 100;
  private static final int DEFAULT_PARAGRAPHS = 100_000;

  /**
   * These limits with some changed, from a list such as {@code "pages=500, expanded=128MB,
   * ratio=50, paragraphs=20000, timeout=30s, input=10MB"} (sizes in bytes or with KB/MB/GB,
   * durations with ms/s/min). The command line and the server read it from the environment variable
   * {@code DRAFTKIT_LIMITS}.
   *
   * @throws IllegalArgumentException naming the entry that is not understood
   */
  public Limits with(String spec) {
    Limits out = this;
    if (spec == null || spec.isBlank()) {
      return out;
    }
    for (String entry : spec.split("[,;\\s]+")) {
      if (entry.isEmpty()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("limit '" + entry + "' is not NAME=VALUE");
      }
      String name = entry.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
      String value = entry.substring(eq + 1).strip();
      try {
        out =
            switch (name) {
              case "input" -> out.withMaxInputBytes(bytes(value));
              case "pages" -> out.withMaxPages(Integer.parseInt(value));
              case "expanded" -> out.withMaxExpandedBytes(bytes(value));
              case "ratio" -> out.withMaxExpansionRatio(Integer.parseInt(value));
              case "paragraphs" -> out.withMaxParagraphs(Integer.parseInt(value));
              case "timeout" -> out.withTimeout(duration(value));
              default ->
                  throw new IllegalArgumentException(
                      "unknown limit '"
                          + name
                          + "' (known: input, pages, expanded, ratio, paragraphs, timeout)");
            };
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "limit " + name + ": '" + value + "' is not a number", e);
      }
    }
    return out;
  }

  private static long bytes(String v) {
    String u = v.toUpperCase(java.util.Locale.ROOT);
    long unit =
        u.endsWith("GB") ? 1L << 30 : u.endsWith("MB") ? 1L << 20 : u.endsWith("KB") ? 1L << 10 : 1;
    String digits = unit == 1 ? u.replaceAll("B$", "") : u.substring(0, u.length() - 2);
    return Long.parseLong(digits.strip()) * unit;
  }

  private static Duration duration(String v) {
    String u = v.toLowerCase(java.util.Locale.ROOT);
    if (u.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(u.substring(0, u.length() - 2).strip()));
    }
    if (u.endsWith("min")) {
      return Duration.ofMinutes(Long.parseLong(u.substring(0, u.length() - 3).strip()));
    }
    if (u.endsWith("s")) {
      return Duration.ofSeconds(Long.parseLong(u.substring(0, u.length() - 1).strip()));
    }
    return Duration.ofSeconds(Long.parseLong(u));
  }

  public Limits withMaxInputBytes(long bytes) {
    return new Limits(bytes, maxPages, maxExpandedBytes, maxExpansionRatio, maxParagraphs, timeout);
  }

  public Limits withMaxPages(int pages) {
    return new Limits(
        maxInputBytes, pages, maxExpandedBytes, maxExpansionRatio, maxParagraphs, timeout);
  }

  public Limits withMaxExpandedBytes(long bytes) {
    return new Limits(maxInputBytes, maxPages, bytes, maxExpansionRatio, maxParagraphs, timeout);
  }

  public Limits withMaxExpansionRatio(int ratio) {
    return new Limits(maxInputBytes, maxPages, maxExpandedBytes, ratio, maxParagraphs, timeout);
  }

  public Limits withMaxParagraphs(int paragraphs) {
    return new Limits(
        maxInputBytes, maxPages, maxExpandedBytes, maxExpansionRatio, paragraphs, timeout);
  }

  public Limits withTimeout(Duration newTimeout) {
    return new Limits(
        maxInputBytes, maxPages, maxExpandedBytes, maxExpansionRatio, maxParagraphs, newTimeout);
  }
}
