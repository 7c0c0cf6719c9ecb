package org.draftkit.cli;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Bag-of-tokens F1 of a reading against the truth, as {@code bench/ocr/f1.py} counts it: a token
 * matches as many times as it occurs on both sides.
 *
 * @param precision matched tokens over the reading's
 * @param recall matched tokens over the truth's
 * @param f1 their harmonic mean
 * @param read the reading's tokens
 * @param truth the truth's tokens
 */
record BagF1(double precision, double recall, double f1, long read, long truth) {

  static BagF1 of(Collection<String> read, Collection<String> truth) {
    return of(counts(read), counts(truth));
  }

  static BagF1 of(Map<String, Integer> read, Map<String, Integer> truth) {
    long common = 0;
    for (Map.Entry<String, Integer> e : read.entrySet()) {
      common += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
    }
    long r = total(read);
    long t = total(truth);
    double precision = common / (double) Math.max(1, r);
    double recall = common / (double) Math.max(1, t);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new BagF1(precision, recall, f1, r, t);
  }

  private static Map<String, Integer> counts(Collection<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    tokens.forEach(t -> out.merge(t, 1, Integer::sum));
    return out;
  }

  private static long total(Map<String, Integer> counts) {
    long n = 0;
    for (int v : counts.values()) {
      n += v;
    }
    return n;
  }
}
