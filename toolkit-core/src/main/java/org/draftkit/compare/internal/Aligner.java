package org.draftkit.compare.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.draftkit.model.Paragraph;

/**
 * Aligns the paragraphs of two revisions. Numbers are hints, text is evidence, order is a prior:
 *
 * <ol>
 *   <li>Profiles: tokens, an idf-weighted bag of words, word-trigram shingles.
 *   <li>Anchors: paragraphs whose exact text is unique in both revisions, kept when in order
 *       (longest increasing subsequence); they give each newer paragraph an expected older
 *       position.
 *   <li>Candidates per newer paragraph, without comparing all pairs: same exact text, the older
 *       paragraphs sharing the most rare shingles (inverted index; shingles found in more than
 *       {@value #MAX_POSTINGS} paragraphs are skipped), the neighbourhood of the expected position
 *       and paragraphs with the same label. Each candidate gets a weighted Dice similarity.
 *   <li>The in-order alignment: the maximum-weight monotone chain over candidates at or above the
 *       match threshold (a sparse weighted longest common subsequence, O(C log C) with a Fenwick
 *       tree), weight = similarity², so that one strong match outweighs two weak ones.
 *   <li>Splits and merges: unmatched paragraphs next to a matched one (one other paragraph may
 *       stand between two parts) or within a gap whose words are contained in what the other side's
 *       paragraph has left over.
 *   <li>Moves: unmatched pairs at or above the move threshold, best first; a paragraph of fewer
 *       than {@value #MIN_MOVE_WORDS} words moves only with its exact text.
 *   <li>Rewrites: small gaps between in-order neighbours, paired when alike enough (words, or for
 *       short paragraphs characters).
 * </ol>
 *
 * Near-linear in the number of paragraphs and words for ordinary revisions. Stateless; a new
 * instance per call.
 */
public final class Aligner {
  static final int MAX_POSTINGS = 64;
  private static final int SHINGLE_CANDIDATES = 8;
  private static final int POSITION_WINDOW = 2;
  private static final int SMALL_GAP = 8;
  private static final int MAX_GAP_PAIRS = 36;
  private static final double PART_CONTAINMENT = 0.8;
  private static final double PART_SHARE = 0.3;
  private static final double MIN_LEFTOVER = 0.04;
  private static final double MIN_GAIN = 0.01;
  private static final int SHORT_TEXT = 200;

  /** A move needs this many words on both sides (or the same text): "Article 4" is no evidence. */
  private static final int MIN_MOVE_WORDS = 4;

  private static final double SHORT_TEXT_SIMILARITY = 0.6;
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  /**
   * Thresholds and switches.
   *
   * @param matchThreshold least similarity for an in-order match
   * @param moveThreshold least similarity for a move
   * @param rewriteThreshold least similarity to pair paragraphs left alone between in-order
   *     neighbours
   * @param moves whether to look for moves
   * @param splits whether to look for splits and merges
   */
  public record Options(
      double matchThreshold,
      double moveThreshold,
      double rewriteThreshold,
      boolean moves,
      boolean splits) {}

  /** The alignment: links, and the tokens of every paragraph for the word diff. */
  public static final class Result {
    private final List<Link> links;
    private final ParagraphProfile[] older;
    private final ParagraphProfile[] newer;

    Result(List<Link> links, ParagraphProfile[] older, ParagraphProfile[] newer) {
      this.links = List.copyOf(links);
      this.older = older;
      this.newer = newer;
    }

    public List<Link> links() {
      return links;
    }

    public TokenizedText oldTokens(int i) {
      return older[i].tokens;
    }

    public TokenizedText newTokens(int j) {
      return newer[j].tokens;
    }
  }

  private record Candidate(int i, int j, double sim) {}

  private final Options options;
  private final ParagraphProfile[] po;
  private final ParagraphProfile[] pn;
  private final double[] idf;
  private final int m;
  private final int n;
  private final double[] expected;

  /** The older partner of an anchor (unique equal text, in order), or -1. */
  private final int[] anchorOf;

  private final int[] gapLow;
  private final int[] gapHigh;
  private final List<List<Candidate>> byNew = new ArrayList<>();
  private final Link[] oldLink;
  private final Link[] newLink;
  private final List<Link> links = new ArrayList<>();

  private Aligner(List<Paragraph> older, List<Paragraph> newer, Options options) {
    this.options = Objects.requireNonNull(options, "options");
    m = older.size();
    n = newer.size();
    Map<String, Integer> dictionary = new HashMap<>();
    po = new ParagraphProfile[m];
    pn = new ParagraphProfile[n];
    for (int i = 0; i < m; i++) {
      po[i] = new ParagraphProfile(older.get(i), dictionary);
    }
    for (int j = 0; j < n; j++) {
      pn[j] = new ParagraphProfile(newer.get(j), dictionary);
    }
    int[] df = new int[dictionary.size()];
    for (ParagraphProfile p : po) {
      for (int t : p.terms) {
        df[t]++;
      }
    }
    for (ParagraphProfile p : pn) {
      for (int t : p.terms) {
        df[t]++;
      }
    }
    idf = new double[df.length];
    for (int t = 0; t < df.length; t++) {
      idf[t] = Math.log(1.0 + (double) (m + n) / df[t]);
    }
    for (ParagraphProfile p : po) {
      p.weigh(idf);
    }
    for (ParagraphProfile p : pn) {
      p.weigh(idf);
    }
    expected = new double[n];
    anchorOf = new int[n];
    Arrays.fill(anchorOf, -1);
    gapLow = new int[n];
    gapHigh = new int[n];
    oldLink = new Link[m];
    newLink = new Link[n];
  }

  /** Aligns two paragraph lists. */
  public static Result align(List<Paragraph> older, List<Paragraph> newer, Options options) {
    Aligner a = new Aligner(older, newer, options);
    a.run();
    return new Result(a.links, a.po, a.pn);
  }

  private void run() {
    Map<String, List<Integer>> oldByKey = new HashMap<>();
    Map<String, List<Integer>> oldByLabel = new HashMap<>();
    for (int i = 0; i < m; i++) {
      oldByKey.computeIfAbsent(po[i].exactKey, k -> new ArrayList<>()).add(i);
      if (po[i].label() != null) {
        oldByLabel.computeIfAbsent(po[i].label(), k -> new ArrayList<>()).add(i);
      }
    }
    anchors(oldByKey);
    candidates(oldByKey, oldByLabel);
    chain();
    if (options.splits()) {
      splitsAndMerges();
    }
    if (options.moves()) {
      moves();
    }
    rewrites();
    links.sort(Comparator.comparingInt(Link::firstNew).thenComparingInt(Link::firstOld));
  }

  // ---------------------------------------------------------------- anchors and expected positions

  private void anchors(Map<String, List<Integer>> oldByKey) {
    Map<String, Integer> newCount = new HashMap<>();
    for (ParagraphProfile p : pn) {
      newCount.merge(p.exactKey, 1, Integer::sum);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      List<Integer> olds = oldByKey.get(pn[j].exactKey);
      if (olds != null
          && olds.size() == 1
          && newCount.get(pn[j].exactKey) == 1
          && pn[j].words > 0) {
        pairs.add(new int[] {olds.get(0), j});
      }
    }
    int[][] lis = longestIncreasing(pairs);
    // expected old position of every newer paragraph: interpolated between surrounding anchors
    int a = 0;
    int prevI = -1;
    int prevJ = -1;
    for (int j = 0; j < n; j++) {
      while (a < lis.length && lis[a][1] < j) {
        prevI = lis[a][0];
        prevJ = lis[a][1];
        a++;
      }
      if (a < lis.length && lis[a][1] == j) {
        anchorOf[j] = lis[a][0];
        expected[j] = lis[a][0];
        gapLow[j] = lis[a][0];
        gapHigh[j] = lis[a][0];
        continue;
      }
      int nextI = a < lis.length ? lis[a][0] : m;
      int nextJ = a < lis.length ? lis[a][1] : n;
      expected[j] = prevI + (double) (j - prevJ) * (nextI - prevI) / (nextJ - prevJ);
      gapLow[j] = prevI + 1;
      gapHigh[j] = nextI - 1;
    }
  }

  /** The longest subsequence of (i, j) pairs (given in increasing j) with increasing i. */
  private static int[][] longestIncreasing(List<int[]> pairs) {
    int k = pairs.size();
    int[] tailIdx = new int[k];
    int[] prev = new int[k];
    int len = 0;
    for (int p = 0; p < k; p++) {
      int i = pairs.get(p)[0];
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tailIdx[mid])[0] < i) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[p] = lo > 0 ? tailIdx[lo - 1] : -1;
      tailIdx[lo] = p;
      if (lo == len) {
        len++;
      }
    }
    int[][] out = new int[len][];
    for (int p = len == 0 ? -1 : tailIdx[len - 1], q = len - 1; p >= 0; p = prev[p], q--) {
      out[q] = pairs.get(p);
    }
    return out;
  }

  // ---------------------------------------------------------------- candidates

  private void candidates(
      Map<String, List<Integer>> oldByKey, Map<String, List<Integer>> oldByLabel) {
    Map<Long, int[]> postings = postings();
    int[] hits = new int[m];
    int[] stamp = new int[m];
    Arrays.fill(stamp, -1);
    List<Integer> touched = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (anchorOf[j] >= 0) {
        // unique equal text in order: no other candidate can do better
        byNew.add(List.of(new Candidate(anchorOf[j], j, 1.0)));
        continue;
      }
      List<Integer> cand = new ArrayList<>();
      double e = expected[j];
      List<Integer> same = oldByKey.get(pn[j].exactKey);
      if (same != null) {
        addNearest(cand, same, e, SHINGLE_CANDIDATES, stamp, j);
      }
      touched.clear();
      for (long s : pn[j].shingles) {
        int[] list = postings.get(s);
        if (list == null || list.length > MAX_POSTINGS) {
          continue;
        }
        for (int i : list) {
          if (hits[i]++ == 0) {
            touched.add(i);
          }
        }
      }
      for (int i : topHits(touched, hits, e)) {
        add(cand, i, stamp, j);
      }
      for (int i : touched) {
        hits[i] = 0;
      }
      int centre = (int) Math.round(e);
      for (int i = centre - POSITION_WINDOW; i <= centre + POSITION_WINDOW; i++) {
        if (i >= 0 && i < m) {
          add(cand, i, stamp, j);
        }
      }
      if (gapHigh[j] - gapLow[j] < SMALL_GAP) {
        for (int i = Math.max(0, gapLow[j]); i <= Math.min(m - 1, gapHigh[j]); i++) {
          add(cand, i, stamp, j);
        }
      }
      if (pn[j].label() != null) {
        List<Integer> labelled = oldByLabel.get(pn[j].label());
        if (labelled != null) {
          addNearest(cand, labelled, e, 2, stamp, j);
        }
      }
      List<Candidate> scored = new ArrayList<>(cand.size());
      for (int i : cand) {
        double sim = ParagraphProfile.similarity(po[i], pn[j], idf);
        if (sim > 0) {
          scored.add(new Candidate(i, j, sim));
        }
      }
      byNew.add(scored);
    }
  }

  private Map<Long, int[]> postings() {
    Map<Long, int[]> lists = new HashMap<>();
    Map<Long, Integer> sizes = new HashMap<>();
    for (int i = 0; i < m; i++) {
      for (long s : po[i].shingles) {
        int size = sizes.merge(s, 1, Integer::sum);
        if (size > MAX_POSTINGS + 1) {
          continue;
        }
        int[] list = lists.get(s);
        if (list == null) {
          list = new int[2];
        } else if (list.length < size) {
          list = Arrays.copyOf(list, Math.min(MAX_POSTINGS + 1, list.length * 2));
        }
        list[size - 1] = i;
        lists.put(s, list);
      }
    }
    Map<Long, int[]> out = new HashMap<>(lists.size() * 2);
    for (var entry : lists.entrySet()) {
      int size = sizes.get(entry.getKey());
      out.put(
          entry.getKey(),
          size > MAX_POSTINGS ? new int[MAX_POSTINGS + 1] : Arrays.copyOf(entry.getValue(), size));
    }
    return out;
  }

  private static void add(List<Integer> cand, int i, int[] stamp, int j) {
    if (stamp[i] != j) {
      stamp[i] = j;
      cand.add(i);
    }
  }

  /**
   * The {@value #SHINGLE_CANDIDATES} older paragraphs sharing the most shingles (ties: nearest to
   * the expected position, then lowest index), by insertion into a short sorted array.
   */
  private static int[] topHits(List<Integer> touched, int[] hits, double e) {
    int[] best = new int[Math.min(SHINGLE_CANDIDATES, touched.size())];
    int size = 0;
    for (int i : touched) {
      int pos = size;
      while (pos > 0 && better(i, best[pos - 1], hits, e)) {
        pos--;
      }
      if (pos >= best.length) {
        continue;
      }
      int move = Math.min(size, best.length - 1) - pos;
      System.arraycopy(best, pos, best, pos + 1, move);
      best[pos] = i;
      size = Math.min(size + 1, best.length);
    }
    return best;
  }

  private static boolean better(int x, int y, int[] hits, double e) {
    if (hits[x] != hits[y]) {
      return hits[x] > hits[y];
    }
    double dx = Math.abs(x - e);
    double dy = Math.abs(y - e);
    return dx != dy ? dx < dy : x < y;
  }

  /** The {@code max} entries of an ascending index list nearest to {@code e}. */
  private static void addNearest(
      List<Integer> cand, List<Integer> from, double e, int max, int[] stamp, int j) {
    int lo = 0;
    int hi = from.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (from.get(mid) < e) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int left = lo - 1;
    int right = lo;
    for (int k = 0; k < max && (left >= 0 || right < from.size()); k++) {
      boolean takeLeft =
          right >= from.size()
              || left >= 0 && Math.abs(from.get(left) - e) <= Math.abs(from.get(right) - e);
      add(cand, from.get(takeLeft ? left-- : right++), stamp, j);
    }
  }

  // ---------------------------------------------------------------- in-order chain

  private double weight(Candidate c) {
    double w = c.sim * c.sim;
    if (po[c.i].isHeading() != pn[c.j].isHeading()) {
      w *= 0.8;
    }
    if (po[c.i].label() != null && po[c.i].label().equals(pn[c.j].label())) {
      w += 0.001;
    }
    return w + 0.001 / (1 + Math.abs(c.i - expected[c.j]));
  }

  private void chain() {
    List<Candidate> all = new ArrayList<>();
    for (List<Candidate> list : byNew) {
      for (Candidate c : list) {
        if (c.sim >= options.matchThreshold()) {
          all.add(c);
        }
      }
    }
    for (Candidate c : monotoneChain(all)) {
      link(new Link(Link.Kind.IN_ORDER, new int[] {c.i}, new int[] {c.j}, c.sim));
    }
  }

  /** The maximum-weight chain of candidates increasing in both indexes. */
  private List<Candidate> monotoneChain(List<Candidate> all) {
    all.sort(Comparator.comparingInt(Candidate::j).thenComparingInt(Candidate::i));
    int k = all.size();
    double[] best = new double[k];
    int[] prev = new int[k];
    FenwickMax tree = new FenwickMax(m, best);
    int bestEnd = -1;
    int start = 0;
    while (start < k) {
      int end = start;
      while (end < k && all.get(end).j == all.get(start).j) {
        end++;
      }
      for (int c = start; c < end; c++) {
        Candidate cd = all.get(c);
        int q = tree.query(cd.i - 1);
        best[c] = weight(cd) + (q < 0 ? 0 : best[q]);
        prev[c] = q;
      }
      for (int c = start; c < end; c++) {
        tree.update(all.get(c).i, c);
        if (bestEnd < 0 || best[c] > best[bestEnd]) {
          bestEnd = c;
        }
      }
      start = end;
    }
    List<Candidate> out = new ArrayList<>();
    for (int c = bestEnd; c >= 0; c = prev[c]) {
      out.add(all.get(c));
    }
    Collections.reverse(out);
    return out;
  }

  /** Prefix maximum of chain scores over older indexes; holds candidate ids. */
  private static final class FenwickMax {
    private final int[] tree;
    private final double[] scores;

    FenwickMax(int size, double[] scores) {
      tree = new int[size + 1];
      Arrays.fill(tree, -1);
      this.scores = scores;
    }

    /** The best candidate ending at an older index at most {@code i}, or -1. */
    int query(int i) {
      int bestId = -1;
      for (int x = i + 1; x > 0; x -= x & -x) {
        bestId = better(bestId, tree[x]);
      }
      return bestId;
    }

    void update(int i, int id) {
      for (int x = i + 1; x < tree.length; x += x & -x) {
        tree[x] = better(tree[x], id);
      }
    }

    private int better(int a, int b) {
      if (a < 0) {
        return b;
      }
      if (b < 0) {
        return a;
      }
      return scores[b] > scores[a] || scores[b] == scores[a] && b < a ? b : a;
    }
  }

  // ---------------------------------------------------------------- splits and merges

  private void splitsAndMerges() {
    List<Link> inOrder = new ArrayList<>(links);
    for (Link l : inOrder) {
      if (l.kind() != Link.Kind.IN_ORDER) {
        continue;
      }
      int i = l.firstOld();
      int j = l.firstNew();
      if (!tryGrow(i, j, true)) {
        tryGrow(j, i, false);
      }
    }
    // a paragraph split (or merged) so evenly that no part matched on its own: look inside gaps
    for (int i = 0; i < m; i++) {
      if (oldLink[i] == null) {
        tryInGap(i, true);
      }
    }
    for (int j = 0; j < n; j++) {
      if (newLink[j] == null) {
        tryInGap(j, false);
      }
    }
  }

  private ParagraphProfile[] one(boolean split) {
    return split ? po : pn;
  }

  private ParagraphProfile[] many(boolean split) {
    return split ? pn : po;
  }

  private boolean linked(int k, boolean manySide, boolean split) {
    return (split == manySide ? newLink[k] : oldLink[k]) != null;
  }

  /**
   * Grows the in-order link of {@code one} (the single paragraph) and {@code matched} (its partner
   * on the many side) with unmatched neighbours of the partner whose words the single paragraph
   * still has.
   */
  private boolean tryGrow(int one, int matched, boolean split) {
    ParagraphProfile whole = one(split)[one];
    ParagraphProfile[] parts = many(split);
    Bag left = Bag.of(whole).minus(parts[matched]);
    if (left.weight(idf) < MIN_LEFTOVER * whole.weight) {
      return false;
    }
    List<Integer> group = new ArrayList<>(List.of(matched));
    for (int direction : new int[] {-1, 1}) {
      int k = matched + direction;
      while (k >= 0 && k < parts.length && !linked(k, true, split)) {
        if (isPart(parts[k], left)) {
          group.add(k);
          left = left.minus(parts[k]);
          k += direction;
          continue;
        }
        // one paragraph that is not a part (deleted, moved away, new) may stand between two parts
        int after = k + direction;
        if (after >= 0
            && after < parts.length
            && !linked(after, true, split)
            && isPart(parts[after], left)) {
          group.add(after);
          left = left.minus(parts[after]);
          k = after + direction;
          continue;
        }
        break;
      }
    }
    if (group.size() == 1) {
      return false;
    }
    Collections.sort(group);
    double before = ParagraphProfile.similarity(whole, parts[matched], idf);
    double after = Bag.union(parts, group).similarity(whole, idf);
    if (after < before + MIN_GAIN || after < options.matchThreshold()) {
      return false;
    }
    unlink(split ? oldLink[one] : newLink[one]);
    linkGroup(one, group, split, after);
    return true;
  }

  /**
   * True when a paragraph is mostly made of the words still unexplained ({@code left}) and explains
   * a fair share of them.
   */
  private boolean isPart(ParagraphProfile part, Bag left) {
    if (part.words == 0) {
      return false;
    }
    double contained = ParagraphProfile.containment(part, left.terms, left.counts, idf);
    return contained >= PART_CONTAINMENT
        && contained * part.weight >= PART_SHARE * left.weight(idf);
  }

  /**
   * An unmatched paragraph whose words are spread over a run of unmatched ones on the other side.
   */
  private void tryInGap(int one, boolean split) {
    ParagraphProfile whole = one(split)[one];
    ParagraphProfile[] parts = many(split);
    if (whole.words == 0) {
      return;
    }
    double e = split ? expectedNewOf(one) : expected[one];
    int centre = (int) Math.round(e);
    double bestSim = 0;
    int bestLo = -1;
    int bestHi = -1;
    for (int s = Math.max(0, centre - SMALL_GAP);
        s <= Math.min(parts.length - 1, centre + SMALL_GAP);
        s++) {
      if (linked(s, true, split)) {
        continue;
      }
      Bag left = Bag.of(whole);
      int e2 = s - 1;
      while (e2 + 1 < parts.length && !linked(e2 + 1, true, split) && isPart(parts[e2 + 1], left)) {
        e2++;
        left = left.minus(parts[e2]);
      }
      if (e2 - s + 1 >= 2) {
        List<Integer> run = new ArrayList<>();
        for (int k = s; k <= e2; k++) {
          run.add(k);
        }
        double sim = Bag.union(parts, run).similarity(whole, idf);
        if (sim > bestSim) {
          bestSim = sim;
          bestLo = s;
          bestHi = e2;
        }
      }
    }
    if (bestLo >= 0 && bestSim >= options.matchThreshold()) {
      List<Integer> group = new ArrayList<>();
      for (int k = bestLo; k <= bestHi; k++) {
        group.add(k);
      }
      linkGroup(one, group, split, bestSim);
    }
  }

  /** The expected newer position of an older paragraph (inverse of the anchor interpolation). */
  private double expectedNewOf(int i) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (expected[mid] < i) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void linkGroup(int one, List<Integer> members, boolean split, double sim) {
    int[] group = members.stream().mapToInt(Integer::intValue).toArray();
    link(
        split
            ? new Link(Link.Kind.SPLIT, new int[] {one}, group, sim)
            : new Link(Link.Kind.MERGE, group, new int[] {one}, sim));
  }

  // ---------------------------------------------------------------- moves

  private void moves() {
    List<Candidate> open = new ArrayList<>();
    for (List<Candidate> list : byNew) {
      for (Candidate c : list) {
        if (c.sim >= options.moveThreshold()
            && oldLink[c.i] == null
            && newLink[c.j] == null
            && (Math.min(po[c.i].words, pn[c.j].words) >= MIN_MOVE_WORDS
                || po[c.i].exactKey.equals(pn[c.j].exactKey))) {
          open.add(c);
        }
      }
    }
    open.sort(
        Comparator.comparingDouble((Candidate c) -> -c.sim)
            .thenComparingDouble(c -> Math.abs(c.i - expected[c.j]))
            .thenComparingInt(Candidate::j)
            .thenComparingInt(Candidate::i));
    for (Candidate c : open) {
      if (oldLink[c.i] == null && newLink[c.j] == null) {
        link(new Link(Link.Kind.MOVE, new int[] {c.i}, new int[] {c.j}, c.sim));
      }
    }
  }

  // ---------------------------------------------------------------- rewrites in small gaps

  private void rewrites() {
    List<Link> skeleton = new ArrayList<>();
    for (Link l : links) {
      if (l.kind() != Link.Kind.MOVE) {
        skeleton.add(l);
      }
    }
    skeleton.sort(Comparator.comparingInt(Link::firstNew));
    int prevOld = -1;
    int prevNew = -1;
    for (int s = 0; s <= skeleton.size(); s++) {
      int nextOld = s < skeleton.size() ? skeleton.get(s).firstOld() : m;
      int nextNew = s < skeleton.size() ? skeleton.get(s).firstNew() : n;
      if (nextOld > prevOld) {
        rewriteGap(prevOld + 1, nextOld, prevNew + 1, nextNew);
      }
      if (s < skeleton.size()) {
        Link l = skeleton.get(s);
        prevOld = Math.max(prevOld, l.older()[l.older().length - 1]);
        prevNew = Math.max(prevNew, l.newer()[l.newer().length - 1]);
      }
    }
  }

  private void rewriteGap(int oldFrom, int oldTo, int newFrom, int newTo) {
    List<Integer> olds = new ArrayList<>();
    List<Integer> news = new ArrayList<>();
    for (int i = oldFrom; i < oldTo; i++) {
      if (oldLink[i] == null) {
        olds.add(i);
      }
    }
    for (int j = newFrom; j < newTo; j++) {
      if (newLink[j] == null) {
        news.add(j);
      }
    }
    if (olds.isEmpty() || news.isEmpty() || olds.size() * news.size() > MAX_GAP_PAIRS) {
      return;
    }
    List<Candidate> cands = new ArrayList<>();
    for (int i : olds) {
      for (int j : news) {
        double sim =
            Math.max(
                ParagraphProfile.similarity(po[i], pn[j], idf), shortTextSimilarity(po[i], pn[j]));
        boolean headings =
            po[i].isHeading() && pn[j].isHeading() && olds.size() == 1 && news.size() == 1;
        if (sim >= options.rewriteThreshold() || headings) {
          cands.add(new Candidate(i, j, Math.max(sim, 0)));
        }
      }
    }
    for (Candidate c : monotoneChain(cands)) {
      link(new Link(Link.Kind.REWRITE, new int[] {c.i}, new int[] {c.j}, c.sim));
    }
  }

  /**
   * For short paragraphs (a masthead, a heading) a few characters decide: "A/80/L.1" against
   * "A/80/L.1/Rev.1". The character-level similarity (1 − Levenshtein distance / longer length),
   * counted only when it is high.
   */
  private static double shortTextSimilarity(ParagraphProfile a, ParagraphProfile b) {
    String x = a.paragraph.text().strip().toLowerCase(java.util.Locale.ROOT);
    String y = b.paragraph.text().strip().toLowerCase(java.util.Locale.ROOT);
    int longer = Math.max(x.length(), y.length());
    if (longer == 0 || longer > SHORT_TEXT) {
      return 0;
    }
    int distance = LEVENSHTEIN.apply(x, y);
    double sim = 1.0 - (double) distance / longer;
    return sim >= SHORT_TEXT_SIMILARITY ? sim : 0;
  }

  // ---------------------------------------------------------------- bookkeeping

  private void link(Link l) {
    links.add(l);
    for (int i : l.older()) {
      oldLink[i] = l;
    }
    for (int j : l.newer()) {
      newLink[j] = l;
    }
  }

  private void unlink(Link l) {
    links.remove(l);
    for (int i : l.older()) {
      oldLink[i] = null;
    }
    for (int j : l.newer()) {
      newLink[j] = null;
    }
  }

  /** A multiset of term ids with counts, ascending. */
  private record Bag(int[] terms, int[] counts) {
    static Bag of(ParagraphProfile p) {
      return new Bag(p.terms, p.counts);
    }

    Bag minus(ParagraphProfile p) {
      int[] t = new int[terms.length];
      int[] c = new int[terms.length];
      int k = 0;
      int j = 0;
      for (int i = 0; i < terms.length; i++) {
        while (j < p.terms.length && p.terms[j] < terms[i]) {
          j++;
        }
        int left = counts[i] - (j < p.terms.length && p.terms[j] == terms[i] ? p.counts[j] : 0);
        if (left > 0) {
          t[k] = terms[i];
          c[k++] = left;
        }
      }
      return new Bag(Arrays.copyOf(t, k), Arrays.copyOf(c, k));
    }

    double weight(double[] idf) {
      double w = 0;
      for (int i = 0; i < terms.length; i++) {
        w += counts[i] * idf[terms[i]];
      }
      return w;
    }

    static Bag union(ParagraphProfile[] parts, List<Integer> members) {
      Map<Integer, Integer> sum = new java.util.TreeMap<>();
      for (int k : members) {
        for (int t = 0; t < parts[k].terms.length; t++) {
          sum.merge(parts[k].terms[t], parts[k].counts[t], Integer::sum);
        }
      }
      int[] t = new int[sum.size()];
      int[] c = new int[sum.size()];
      int k = 0;
      for (var e : sum.entrySet()) {
        t[k] = e.getKey();
        c[k++] = e.getValue();
      }
      return new Bag(t, c);
    }

    /** Weighted Dice similarity with a paragraph. */
    double similarity(ParagraphProfile p, double[] idf) {
      double common = 0;
      int i = 0;
      int j = 0;
      while (i < terms.length && j < p.terms.length) {
        if (terms[i] == p.terms[j]) {
          common += Math.min(counts[i], p.counts[j]) * idf[terms[i]];
          i++;
          j++;
        } else if (terms[i] < p.terms[j]) {
          i++;
        } else {
          j++;
        }
      }
      double denominator = weight(idf) + p.weight;
      return denominator == 0 ? 0 : Math.min(1.0, 2 * common / denominator);
    }
  }
}
