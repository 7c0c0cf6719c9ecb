package org.draftkit.importer.unpdf.internal;

/** A point in time after which a read gives up, checked at cheap intervals. */
final class Deadline {
  private final long nanos;

  Deadline(java.time.Duration timeout) {
    long now = System.nanoTime();
    long t = timeout.toNanos();
    this.nanos = Long.MAX_VALUE - now < t ? Long.MAX_VALUE : now + t;
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
