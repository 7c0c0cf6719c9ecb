package org.draftkit.compare.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.draftkit.model.Paragraph;

/**
 * What the aligner knows about one paragraph: its tokens, its bag of words (term ids in ascending
 * order with their counts), its exact-text key and its shingles for candidate lookup.
 */
final class ParagraphProfile {
  final Paragraph paragraph;
  final TokenizedText tokens;

  /** Lower-case word keys joined by spaces, punctuation included: equal keys mean equal text. */
  final String exactKey;

  final int[] terms;
  final int[] counts;
  final long[] shingles;
  final int words;
  double weight;

  ParagraphProfile(Paragraph paragraph, Map<String, Integer> dictionary) {
    this.paragraph = paragraph;
    this.tokens = TokenizedText.ofRuns(paragraph.runs());
    StringBuilder key = new StringBuilder();
    int[] seq = new int[tokens.size()];
    int w = 0;
    for (int k = 0; k < tokens.size(); k++) {
      if (k > 0) {
        key.append(' ');
      }
      key.append(tokens.key(k));
      if (tokens.isWord(k)) {
        Integer id = dictionary.get(tokens.wordKey(k));
        if (id == null) {
          id = dictionary.size();
          dictionary.put(tokens.wordKey(k), id);
        }
        seq[w++] = id;
      }
    }
    this.exactKey = key.toString();
    this.words = w;
    int[] sorted = Arrays.copyOf(seq, w);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int k = 0; k < w; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        distinct++;
      }
    }
    terms = new int[distinct];
    counts = new int[distinct];
    int d = -1;
    for (int k = 0; k < w; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        terms[++d] = sorted[k];
      }
      counts[d]++;
    }
    shingles = shingles(Arrays.copyOf(seq, w));
  }

  /** Word trigrams; bigrams and single words too for paragraphs of fewer than six words. */
  private static long[] shingles(int[] seq) {
    int n = seq.length;
    Map<Long, Boolean> seen = new HashMap<>();
    long[] out = new long[Math.max(0, n - 2) + (n < 6 ? 2 * n : 0)];
    int c = 0;
    for (int k = 0; k + 2 < n; k++) {
      long s = ((long) seq[k] * 1_000_003L + seq[k + 1]) * 1_000_033L + seq[k + 2];
      if (seen.put(s, Boolean.TRUE) == null) {
        out[c++] = s;
      }
    }
    if (n < 6) {
      for (int k = 0; k < n; k++) {
        long s = -1L - seq[k];
        if (seen.put(s, Boolean.TRUE) == null) {
          out[c++] = s;
        }
        if (k + 1 < n) {
          long b = Long.MIN_VALUE / 2 + (long) seq[k] * 1_000_003L + seq[k + 1];
          if (seen.put(b, Boolean.TRUE) == null) {
            out[c++] = b;
          }
        }
      }
    }
    return Arrays.copyOf(out, c);
  }

  /** Sets the total weight from inverse document frequencies. */
  void weigh(double[] idf) {
    double total = 0;
    for (int k = 0; k < terms.length; k++) {
      total += counts[k] * idf[terms[k]];
    }
    weight = total;
  }

  /**
   * Weighted Dice similarity of two bags of words (0..1): twice the idf-weighted overlap over the
   * sum of both weights. Paragraphs without words are similar only when their texts are equal.
   */
  static double similarity(ParagraphProfile a, ParagraphProfile b, double[] idf) {
    if (a.words == 0 || b.words == 0) {
      return a.exactKey.equals(b.exactKey) ? 1.0 : 0.0;
    }
    if (a.exactKey.equals(b.exactKey)) {
      return 1.0;
    }
    double common = 0;
    int i = 0;
    int j = 0;
    while (i < a.terms.length && j < b.terms.length) {
      int ta = a.terms[i];
      int tb = b.terms[j];
      if (ta == tb) {
        common += Math.min(a.counts[i], b.counts[j]) * idf[ta];
        i++;
        j++;
      } else if (ta < tb) {
        i++;
      } else {
        j++;
      }
    }
    double denominator = a.weight + b.weight;
    return denominator == 0 ? 0 : Math.min(1.0, 2 * common / denominator);
  }

  /**
   * How much of {@code part}'s weight is found in {@code whole}'s bag after removing what {@code
   * used} already accounts for (0..1).
   */
  static double containment(
      ParagraphProfile part, int[] wholeTerms, int[] wholeCounts, double[] idf) {
    if (part.weight == 0) {
      return 0;
    }
    double common = 0;
    int i = 0;
    int j = 0;
    while (i < part.terms.length && j < wholeTerms.length) {
      int ta = part.terms[i];
      int tb = wholeTerms[j];
      if (ta == tb) {
        common += Math.min(part.counts[i], wholeCounts[j]) * idf[ta];
        i++;
        j++;
      } else if (ta < tb) {
        i++;
      } else {
        j++;
      }
    }
    return common / part.weight;
  }

  boolean isHeading() {
    return paragraph.isHeading();
  }

  String label() {
    return paragraph.label();
  }
}
