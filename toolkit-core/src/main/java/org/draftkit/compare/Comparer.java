package org.draftkit.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.draftkit.compare.internal.Aligner;
import org.draftkit.compare.internal.Link;
import org.draftkit.compare.internal.Redline;
import org.draftkit.compare.internal.TokenizedText;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Paragraph;

/**
 * Public engine behind {@link org.draftkit.Toolkit#compare} (embedders, testkit). Compares
 * revisions of a document: aligns their paragraphs (surviving renumbering, "bis" insertions, moves,
 * splits and merges) and redlines the words of each aligned pair.
 *
 * <pre>{@code
 * Comparer comparer = Comparer.builder().detectMoves(true).build();
 * Comparison c = comparer.compare(rev1, rev2);
 * for (AlignedPair p : c.pairs()) { ... }
 * }</pre>
 *
 * <p>How it aligns: numbers are hints, text is evidence, order is a prior. Paragraphs are matched
 * on idf-weighted word similarity, found through an inverted index of word trigrams rather than by
 * comparing every pair; the in-order alignment is the maximum-weight monotone chain of matches;
 * paragraphs left over are examined for splits and merges, then moves, then rewrites in place. A
 * changed number alone is never a text edit: it sets {@link AlignedPair#renumbered()}. Cost is
 * near-linear in paragraphs and words for ordinary revisions.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * @since 0.1
 */
public final class Comparer {
  private final Aligner.Options options;

  private Comparer(Aligner.Options options) {
    this.options = options;
  }

  /** A comparer with the default settings. */
  public static Comparer defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Compares two revisions. */
  public Comparison compare(Document older, Document newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    List<Paragraph> op = older.paragraphs();
    List<Paragraph> np = newer.paragraphs();
    Aligner.Result result = Aligner.align(op, np, options);
    Link[] ofOld = new Link[op.size()];
    Link[] ofNew = new Link[np.size()];
    for (Link l : result.links()) {
      for (int i : l.older()) {
        ofOld[i] = l;
      }
      for (int j : l.newer()) {
        ofNew[j] = l;
      }
    }
    // deleted paragraphs follow the pair of the nearest older paragraph before them that stayed in
    // order
    Map<Link, List<Integer>> deletedAfter = new HashMap<>();
    List<Integer> deletedFirst = new ArrayList<>();
    Link host = null;
    for (int i = 0; i < op.size(); i++) {
      if (ofOld[i] == null) {
        if (host == null) {
          deletedFirst.add(i);
        } else {
          deletedAfter.computeIfAbsent(host, k -> new ArrayList<>()).add(i);
        }
      } else if (ofOld[i].kind() != Link.Kind.MOVE) {
        host = ofOld[i];
      }
    }
    Notes notes = new Notes(older, newer);
    Tally tally = new Tally();
    List<AlignedPair> pairs = new ArrayList<>(Math.max(op.size(), np.size()));
    for (int i : deletedFirst) {
      pairs.add(tally.add(deleted(op.get(i), result.oldTokens(i), notes)));
    }
    for (int j = 0; j < np.size(); j++) {
      Link l = ofNew[j];
      if (l == null) {
        pairs.add(tally.add(inserted(np.get(j), result.newTokens(j), notes)));
        continue;
      }
      if (l.newer()[0] != j) {
        continue;
      }
      pairs.add(tally.add(linked(l, op, np, result, notes)));
      for (int i : deletedAfter.getOrDefault(l, List.of())) {
        pairs.add(tally.add(deleted(op.get(i), result.oldTokens(i), notes)));
      }
    }
    return new Comparison(older, newer, pairs, tally.summary());
  }

  /**
   * Compares N revisions (oldest first): each consecutive pair, and the lineage of every paragraph
   * through all of them.
   *
   * @throws IllegalArgumentException with fewer than two revisions
   */
  public RevisionHistory compare(List<Document> revisions) {
    if (revisions.size() < 2) {
      throw new IllegalArgumentException(
          "comparing needs at least two revisions, got " + revisions.size());
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (int k = 0; k + 1 < revisions.size(); k++) {
      comparisons.add(compare(revisions.get(k), revisions.get(k + 1)));
    }
    return new RevisionHistory(revisions, comparisons, Lineage.of(revisions, comparisons));
  }

  private static AlignedPair linked(
      Link l, List<Paragraph> op, List<Paragraph> np, Aligner.Result result, Notes notes) {
    List<Paragraph> older = new ArrayList<>();
    List<Paragraph> newer = new ArrayList<>();
    for (int i : l.older()) {
      older.add(op.get(i));
    }
    for (int j : l.newer()) {
      newer.add(np.get(j));
    }
    TokenizedText ot =
        older.size() == 1
            ? result.oldTokens(l.older()[0])
            : TokenizedText.ofParts(older.stream().map(Paragraph::runs).toList());
    TokenizedText nt =
        newer.size() == 1
            ? result.newTokens(l.newer()[0])
            : TokenizedText.ofParts(newer.stream().map(Paragraph::runs).toList());
    Redline r = Redline.of(ot, nt);
    List<AlignedPair.FootnoteChange> changes = notes.changes(r);
    AlignedPair.Status status =
        switch (l.kind()) {
          // the words decide: a pair whose body words are the same is unchanged, whatever its
          // footnotes
          // (their changes are listed with the pair) or its whitespace and footnote markers
          case IN_ORDER, REWRITE ->
              r.edits().isEmpty() ? AlignedPair.Status.UNCHANGED : AlignedPair.Status.MODIFIED;
          case MOVE -> AlignedPair.Status.MOVED;
          case SPLIT -> AlignedPair.Status.SPLIT;
          case MERGE -> AlignedPair.Status.MERGED;
        };
    boolean renumbered = !Objects.equals(older.get(0).label(), newer.get(0).label());
    return new AlignedPair(
        older, newer, status, renumbered, round(r.similarity()), r.edits(), r.segments(), changes);
  }

  private static AlignedPair inserted(Paragraph p, TokenizedText tokens, Notes notes) {
    Redline r = Redline.whole(tokens, true);
    return new AlignedPair(
        List.of(),
        List.of(p),
        AlignedPair.Status.INSERTED,
        false,
        0,
        r.edits(),
        r.segments(),
        notes.changes(r));
  }

  private static AlignedPair deleted(Paragraph p, TokenizedText tokens, Notes notes) {
    Redline r = Redline.whole(tokens, false);
    return new AlignedPair(
        List.of(p),
        List.of(),
        AlignedPair.Status.DELETED,
        false,
        0,
        r.edits(),
        r.segments(),
        notes.changes(r));
  }

  /** The footnotes of both revisions by label, and the changes of those a pair refers to. */
  private static final class Notes {
    private final Map<String, Footnote> older = new HashMap<>();
    private final Map<String, Footnote> newer = new HashMap<>();

    Notes(Document o, Document n) {
      o.footnotes().forEach(f -> older.putIfAbsent(f.label(), f));
      n.footnotes().forEach(f -> newer.putIfAbsent(f.label(), f));
    }

    List<AlignedPair.FootnoteChange> changes(Redline r) {
      if (r.notes().isEmpty()) {
        return List.of();
      }
      List<AlignedPair.FootnoteChange> out = new ArrayList<>();
      for (Redline.NoteRef ref : r.notes()) {
        Footnote o = ref.oldLabel() == null ? null : older.get(ref.oldLabel());
        Footnote n = ref.newLabel() == null ? null : newer.get(ref.newLabel());
        if (o == null && n == null) {
          continue;
        }
        Redline fr =
            o == null
                ? Redline.whole(TokenizedText.ofRuns(n.runs()), true)
                : n == null
                    ? Redline.whole(TokenizedText.ofRuns(o.runs()), false)
                    : Redline.of(TokenizedText.ofRuns(o.runs()), TokenizedText.ofRuns(n.runs()));
        if (!fr.unchanged()) {
          out.add(
              new AlignedPair.FootnoteChange(
                  o == null ? null : ref.oldLabel(),
                  n == null ? null : ref.newLabel(),
                  fr.edits(),
                  fr.segments()));
        }
      }
      return out;
    }
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** Counts pairs by status and words inserted and deleted. */
  private static final class Tally {
    private final int[] byStatus = new int[AlignedPair.Status.values().length];
    private int renumbered;
    private int wordsInserted;
    private int wordsDeleted;

    AlignedPair add(AlignedPair p) {
      byStatus[p.status().ordinal()]++;
      if (p.renumbered()) {
        renumbered++;
      }
      count(p.segments());
      p.footnotes().forEach(f -> count(f.segments()));
      return p;
    }

    private void count(List<Segment> segments) {
      for (Segment s : segments) {
        if (s.isFootnote()) {
          continue;
        }
        if (s.op() == DiffOp.INSERT) {
          wordsInserted += words(s.text());
        } else if (s.op() == DiffOp.DELETE) {
          wordsDeleted += words(s.text());
        }
      }
    }

    private static int words(String text) {
      return TokenizedText.of(text).wordCount();
    }

    Summary summary() {
      return new Summary(
          byStatus[AlignedPair.Status.UNCHANGED.ordinal()],
          byStatus[AlignedPair.Status.MODIFIED.ordinal()],
          byStatus[AlignedPair.Status.MOVED.ordinal()],
          byStatus[AlignedPair.Status.INSERTED.ordinal()],
          byStatus[AlignedPair.Status.DELETED.ordinal()],
          byStatus[AlignedPair.Status.SPLIT.ordinal()],
          byStatus[AlignedPair.Status.MERGED.ordinal()],
          renumbered,
          wordsInserted,
          wordsDeleted);
    }
  }

  /** Builds a {@link Comparer}. Not thread-safe; the comparer is. */
  public static final class Builder {
    private double matchThreshold = 0.5;
    private double moveThreshold = 0.6;
    private double rewriteThreshold = 0.3;
    private boolean moves = true;
    private boolean splits = true;

    private Builder() {}

    /**
     * The least similarity (0..1, idf-weighted words) for two paragraphs to be aligned in order as
     * the same paragraph. Default 0.5.
     */
    public Builder matchThreshold(double t) {
      matchThreshold = t;
      return this;
    }

    /** The least similarity for an out-of-order pair to be reported as a move. Default 0.6. */
    public Builder moveThreshold(double t) {
      moveThreshold = t;
      return this;
    }

    /**
     * The least similarity for paragraphs left alone between two aligned neighbours to be paired as
     * a rewrite rather than a deletion and an insertion. Default 0.3. Headings alone in such a gap
     * are always paired.
     */
    public Builder rewriteThreshold(double t) {
      rewriteThreshold = t;
      return this;
    }

    /**
     * Whether to report moves (otherwise a moved paragraph is deleted and inserted). Default on.
     */
    public Builder detectMoves(boolean on) {
      moves = on;
      return this;
    }

    /** Whether to report splits and merges. Default on. */
    public Builder detectSplits(boolean on) {
      splits = on;
      return this;
    }

    /**
     * Builds the comparer.
     *
     * @throws IllegalArgumentException when a threshold is outside 0..1, or the rewrite threshold
     *     exceeds the match threshold
     */
    public Comparer build() {
      check("matchThreshold", matchThreshold);
      check("moveThreshold", moveThreshold);
      check("rewriteThreshold", rewriteThreshold);
      if (rewriteThreshold > matchThreshold) {
        throw new IllegalArgumentException(
            "rewriteThreshold "
                + rewriteThreshold
                + " must not exceed matchThreshold "
                + matchThreshold);
      }
      return new Comparer(
          new Aligner.Options(matchThreshold, moveThreshold, rewriteThreshold, moves, splits));
    }

    private static void check(String name, double v) {
      if (!(v > 0 && v <= 1)) {
        throw new IllegalArgumentException(name + " must be in (0, 1]: " + v);
      }
    }
  }
}
