package org.draftkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;

/**
 * Finds the base paragraph a quote belongs to: by its number and, above all, by its text, since
 * stakeholders quote earlier revisions (Rev.2's paragraph 84 may be the base's 85). Built once per
 * base; immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BaseMatcher {

  /** Below this word similarity a quote is not taken to quote a paragraph at all. */
  public static final double MATCH = 0.5;

  private final Document base;
  private final Map<String, Integer> byLabel = new HashMap<>();

  /** Per base paragraph, its number of words. */
  private final int[] totals;

  /**
   * Per word, the base paragraphs that have it and how often: an inverted index, so that a quote is
   * scored against every paragraph in one pass over its own words.
   */
  private final Map<String, Postings> postings;

  /** The paragraphs (ascending) that contain one word, and its count in each. */
  private record Postings(int[] paragraphs, int[] counts) {}

  /** Where a quote was found, or why not. */
  public sealed interface Result permits Found, NotFound {}

  /**
   * The quote is paragraph {@code index} of the base.
   *
   * @param note how it was found, when not by its own number ("quoted as 84; its text is paragraph
   *     85 of the base"), or null
   */
  public record Found(int index, String label, String note) implements Result {}

  /** The quote matches no base paragraph well enough; {@code reason} says what was tried. */
  public record NotFound(String reason) implements Result {}

  public BaseMatcher(Document base) {
    this.base = base;
    List<Paragraph> paragraphs = base.paragraphs();
    totals = new int[paragraphs.size()];
    Map<String, List<int[]>> index = new HashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (p.number() != null) {
        byLabel.putIfAbsent(base.fullLabel(p), p.index());
      }
      for (Map.Entry<String, Integer> e : counts(p.text()).entrySet()) {
        totals[i] += e.getValue();
        index.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {i, e.getValue()});
      }
    }
    Map<String, Postings> built = new HashMap<>(index.size() * 2);
    index.forEach(
        (word, list) -> {
          int[] ps = new int[list.size()];
          int[] cs = new int[list.size()];
          for (int k = 0; k < ps.length; k++) {
            ps[k] = list.get(k)[0];
            cs[k] = list.get(k)[1];
          }
          built.put(word, new Postings(ps, cs));
        });
    postings = built;
  }

  /** The base paragraph with this label ("66", "12(a)"), if any. */
  public Integer indexOf(String label) {
    return label == null ? null : byLabel.get(label);
  }

  /** The label of the base paragraph at {@code index}, or "¶n" for an unnumbered one. */
  public String labelAt(int index) {
    Paragraph p = base.paragraphs().get(index);
    return p.number() == null ? "¶" + (index + 1) : base.fullLabel(p);
  }

  /**
   * The paragraph a quote of paragraph {@code label} reading {@code quotedText} belongs to. A quote
   * is scored against every base paragraph by the Dice similarity of their word multisets; the
   * inverted index makes that one pass over the quote's words, not over every paragraph's.
   */
  public Result locate(String label, String quotedText) {
    Map<String, Integer> quote = counts(quotedText);
    int quoteTotal = 0;
    int[] common = new int[totals.length];
    for (Map.Entry<String, Integer> e : quote.entrySet()) {
      int q = e.getValue();
      quoteTotal += q;
      Postings where = postings.get(e.getKey());
      if (where != null) {
        for (int k = 0; k < where.paragraphs().length; k++) {
          common[where.paragraphs()[k]] += Math.min(q, where.counts()[k]);
        }
      }
    }
    Integer byNumber = indexOf(label);
    double numberScore =
        byNumber == null ? 0 : dice(common[byNumber], quoteTotal + totals[byNumber]);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < totals.length; i++) {
      double s = dice(common[i], quoteTotal + totals[i]);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    if (byNumber != null && numberScore >= MATCH && numberScore + 0.1 >= bestScore) {
      return new Found(byNumber, labelAt(byNumber), null);
    }
    if (best >= 0 && bestScore >= MATCH) {
      return new Found(
          best,
          labelAt(best),
          "quoted as " + label + "; its text is paragraph " + labelAt(best) + " of the base");
    }
    return new NotFound(
        byNumber == null
            ? "the base has no paragraph " + label + " and none reads like the quote"
            : "the quoted text does not read like paragraph "
                + label
                + " of the base ("
                + Math.round(numberScore * 100)
                + "% of words in common)");
  }

  /** The Dice similarity of {@code text}'s words and the words of base paragraph {@code index}. */
  public double similarity(int index, String text) {
    Map<String, Integer> a = counts(text);
    Map<String, Integer> b = counts(base.paragraphs().get(index).text());
    int common = 0;
    int total = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
      total += e.getValue();
    }
    for (int v : b.values()) {
      total += v;
    }
    return dice(common, total);
  }

  /** The base paragraph most like {@code text}, or -1 when none shares a word with it. */
  public int mostLike(String text) {
    Result r = locate(null, text);
    if (r instanceof Found f) {
      return f.index();
    }
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < totals.length; i++) {
      double s = similarity(i, text);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best;
  }

  /**
   * Dice similarity of two word multisets with {@code common} words in common and {@code total}
   * words in all.
   */
  private static double dice(int common, int total) {
    return total == 0 ? 0 : 2.0 * common / total;
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> c = new HashMap<>();
    for (String t : Tokens.split(text)) {
      if (!Tokens.isSeparator(t) && Character.isLetterOrDigit(t.charAt(0))) {
        c.merge(Tokens.key(t), 1, Integer::sum);
      }
    }
    return c;
  }
}
