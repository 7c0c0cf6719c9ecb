package org.draftkit.importer.unpdf.internal;

/** A point in time after which a read gives up, checked at cheap intervals. */
final class Deadline {
  private final long nanos;

  Deadline(java.time.Duration timeout) {
    this(System.nanoTime(), timeout.toNanos());
  }

  private Deadline(long from, long t) {
    this.nanos = Long.MAX_VALUE - from < t ? Long.MAX_VALUE : from + t;
  }

  /** This deadline moved later by {@code more} (the time granted to pages read by OCR). */
  Deadline extendedBy(java.time.Duration more) {
    return more.isZero() ? this : new Deadline(nanos, more.toNanos());
  }

  /** Throws {@link Expired} when the time is up. */
  void check() {
    if (System.nanoTime() - nanos > 0) {
      throw new Expired();
    }
  }

  /** The read took longer than allowed. */
  static final class Expired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Expired() {
      super("time limit reached", null, false, false);
    }
  }
}
