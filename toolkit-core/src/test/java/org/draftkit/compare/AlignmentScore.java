package org.draftkit.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a {@link Comparison} against the truth of a {@link RevisionGenerator} pair.
 *
 * <ul>
 *   <li>pair precision, recall, F1: pairs are compared whole (the same older and newer paragraph
 *       indexes), insertions and deletions included;
 *   <li>move recall: true moves reported as moves of the same paragraphs;
 *   <li>renumbered with edits: true renumber-only pairs that carry any edit;
 *   <li>word precision and recall: word tokens ({@code \w+}, as score_redline.py counts them)
 *       deleted from and inserted into each paragraph, per paragraph.
 * </ul>
 */
record AlignmentScore(
    double pairPrecision,
    double pairRecall,
    int moves,
    int movesFound,
    int movesReported,
    int renumberedOnly,
    int renumberedWithEdits,
    double wordPrecision,
    double wordRecall,
    List<String> misses) {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  double pairF1() {
    return 2 * pairPrecision * pairRecall / (pairPrecision + pairRecall);
  }

  double moveRecall() {
    return moves == 0 ? 1.0 : (double) movesFound / moves;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "pairs P=%.4f R=%.4f F1=%.4f; moves %d/%d found (%d reported); renumbered-only %d, with edits %d; "
            + "words P=%.4f R=%.4f",
        pairPrecision,
        pairRecall,
        pairF1(),
        movesFound,
        moves,
        movesReported,
        renumberedOnly,
        renumberedWithEdits,
        wordPrecision,
        wordRecall);
  }

  private static String key(List<Integer> older, List<Integer> newer) {
    return older + "->" + newer;
  }

  static AlignmentScore of(Comparison c, RevisionGenerator.Truth truth) {
    Map<String, AlignedPair> predicted = new HashMap<>();
    for (AlignedPair p : c.pairs()) {
      predicted.put(
          key(
              p.older().stream().map(x -> x.index()).toList(),
              p.newer().stream().map(x -> x.index()).toList()),
          p);
    }
    Set<String> truthKeys = new HashSet<>();
    int moves = 0;
    int movesFound = 0;
    int renumberedOnly = 0;
    int renumberedWithEdits = 0;
    List<String> misses = new ArrayList<>();
    for (RevisionGenerator.TruthPair t : truth.pairs()) {
      String k = key(t.older(), t.newer());
      truthKeys.add(k);
      AlignedPair p = predicted.get(k);
      if (p == null) {
        misses.add("missed " + t.status() + " " + k);
      }
      if (t.status() == AlignedPair.Status.MOVED) {
        moves++;
        if (p != null && p.status() == AlignedPair.Status.MOVED) {
          movesFound++;
        }
      }
      if (t.status() == AlignedPair.Status.UNCHANGED && t.renumbered()) {
        renumberedOnly++;
        if (p == null || !p.edits().isEmpty()) {
          renumberedWithEdits++;
        }
      }
    }
    int hits = 0;
    for (String k : predicted.keySet()) {
      if (truthKeys.contains(k)) {
        hits++;
      } else {
        AlignedPair p = predicted.get(k);
        misses.add("spurious " + p.status() + " " + k);
      }
    }
    int movesReported =
        (int) c.pairs().stream().filter(p -> p.status() == AlignedPair.Status.MOVED).count();
    // words, per paragraph
    Map<Integer, Map<String, Integer>> delTool = new HashMap<>();
    Map<Integer, Map<String, Integer>> insTool = new HashMap<>();
    for (AlignedPair p : c.pairs()) {
      for (AlignedPair.FootnoteChange f : p.footnotes()) {
        for (Segment s : f.segments()) {
          if (s.op() == DiffOp.DELETE) {
            addWords(
                delTool.computeIfAbsent(p.oldParagraph().index(), x -> new HashMap<>()), s.text());
          } else if (s.op() == DiffOp.INSERT) {
            addWords(
                insTool.computeIfAbsent(p.newParagraph().index(), x -> new HashMap<>()), s.text());
          }
        }
      }
      for (Segment s : p.segments()) {
        if (s.isFootnote()) {
          continue;
        }
        if (s.op() == DiffOp.DELETE) {
          int i = p.older().get(p.older().size() > 1 ? s.part() : 0).index();
          addWords(delTool.computeIfAbsent(i, x -> new HashMap<>()), s.text());
        } else if (s.op() == DiffOp.INSERT) {
          int j = p.newer().get(p.newer().size() > 1 ? s.part() : 0).index();
          addWords(insTool.computeIfAbsent(j, x -> new HashMap<>()), s.text());
        }
      }
    }
    Map<Integer, Map<String, Integer>> delTruth = new HashMap<>();
    Map<Integer, Map<String, Integer>> insTruth = new HashMap<>();
    truth
        .deletedText()
        .forEach(
            (i, texts) ->
                texts.forEach(t -> addWords(delTruth.computeIfAbsent(i, x -> new HashMap<>()), t)));
    truth
        .insertedText()
        .forEach(
            (j, texts) ->
                texts.forEach(t -> addWords(insTruth.computeIfAbsent(j, x -> new HashMap<>()), t)));
    long[] del = overlap(delTool, delTruth);
    long[] ins = overlap(insTool, insTruth);
    wordMisses(misses, "deleted from older", delTool, delTruth);
    wordMisses(misses, "inserted into newer", insTool, insTruth);
    double wordPrecision =
        del[1] + ins[1] == 0 ? 1.0 : (double) (del[0] + ins[0]) / (del[1] + ins[1]);
    double wordRecall = del[2] + ins[2] == 0 ? 1.0 : (double) (del[0] + ins[0]) / (del[2] + ins[2]);
    return new AlignmentScore(
        (double) hits / predicted.size(),
        (double) hits / truthKeys.size(),
        moves,
        movesFound,
        movesReported,
        renumberedOnly,
        renumberedWithEdits,
        wordPrecision,
        wordRecall,
        misses);
  }

  private static void addWords(Map<String, Integer> bag, String text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      bag.merge(m.group(), 1, Integer::sum);
    }
  }

  private static void wordMisses(
      List<String> misses,
      String what,
      Map<Integer, Map<String, Integer>> tool,
      Map<Integer, Map<String, Integer>> truth) {
    java.util.TreeSet<Integer> keys = new java.util.TreeSet<>(tool.keySet());
    keys.addAll(truth.keySet());
    for (int k : keys) {
      Map<String, Integer> a = tool.getOrDefault(k, Map.of());
      Map<String, Integer> b = truth.getOrDefault(k, Map.of());
      if (!a.equals(b)) {
        misses.add(
            "words "
                + what
                + " "
                + k
                + ": tool "
                + new java.util.TreeMap<>(a)
                + " truth "
                + new java.util.TreeMap<>(b));
      }
    }
  }

  /** {hits, tool total, truth total}. */
  private static long[] overlap(
      Map<Integer, Map<String, Integer>> tool, Map<Integer, Map<String, Integer>> truth) {
    long hits = 0;
    long toolTotal = 0;
    long truthTotal = 0;
    for (var e : tool.entrySet()) {
      Map<String, Integer> t = truth.getOrDefault(e.getKey(), Map.of());
      for (var w : e.getValue().entrySet()) {
        toolTotal += w.getValue();
        hits += Math.min(w.getValue(), t.getOrDefault(w.getKey(), 0));
      }
    }
    for (var e : truth.values()) {
      for (int v : e.values()) {
        truthTotal += v;
      }
    }
    return new long[] {hits, toolTotal, truthTotal};
  }
}
