package org.draftkit.uptake;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.internal.Tokens;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * Reads a proposal's changes (its inserted and deleted words) against a later text: each change is
 * carried (inserted words there, deleted words gone), left out (the words read as before), or
 * overtaken (the words it changes were changed otherwise).
 */
final class ChangeCheck {
  private ChangeCheck() {}

  /** The verdict on one paragraph and the changes, each marked taken or not. */
  record Result(Fate fate, List<Uptake.Change> changes) {}

  private enum Tag {
    KEEP,
    INS,
    DEL
  }

  private record Word(String key, String text, Tag tag, String space) {}

  /** A maximal stretch of changed words between unchanged ones. */
  private static final class Hunk {
    final List<Integer> deleted = new ArrayList<>(); // positions in the base words
    final List<Integer> inserted = new ArrayList<>(); // positions in the proposed words
    int baseBefore = -1; // base position of the last unchanged word before, or -1
    int proposedBefore = -1;
    int baseAfter = -1; // base position of the first unchanged word after, or -1 (end)
    int proposedAfter = -1;
  }

  /**
   * @param proposed the proposal, its runs marked {@link Mark#INSERT} / {@link Mark#DELETE}
   * @param later the later paragraph's text
   */
  static Result check(List<Run> proposed, String later) {
    List<Word> words = new ArrayList<>();
    for (Run r : proposed) {
      Tag tag = r.has(Mark.DELETE) ? Tag.DEL : r.has(Mark.INSERT) ? Tag.INS : Tag.KEEP;
      String space = "";
      for (String t : Tokens.split(r.text())) {
        if (Words.isWord(t)) {
          words.add(new Word(Tokens.key(t), t, tag, space));
          space = "";
        } else {
          space += t;
        }
      }
    }
    List<String> base = new ArrayList<>();
    List<String> prop = new ArrayList<>();
    int[] basePos = new int[words.size()];
    int[] propPos = new int[words.size()];
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      basePos[k] = w.tag() == Tag.INS ? -1 : base.size();
      propPos[k] = w.tag() == Tag.DEL ? -1 : prop.size();
      if (w.tag() != Tag.INS) {
        base.add(w.key());
      }
      if (w.tag() != Tag.DEL) {
        prop.add(w.key());
      }
    }
    List<String> laterWords = Words.keys(later);
    int[] baseMatch = Words.align(base, laterWords);
    int[] propMatch = Words.align(prop, laterWords);

    List<Hunk> hunks = new ArrayList<>();
    Hunk open = null;
    int lastBase = -1;
    int lastProp = -1;
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (w.tag() == Tag.KEEP) {
        if (open != null) {
          open.baseAfter = basePos[k];
          open.proposedAfter = propPos[k];
          open = null;
        }
        lastBase = basePos[k];
        lastProp = propPos[k];
        continue;
      }
      if (open == null) {
        open = new Hunk();
        open.baseBefore = lastBase;
        open.proposedBefore = lastProp;
        hunks.add(open);
      }
      if (w.tag() == Tag.DEL) {
        open.deleted.add(basePos[k]);
      } else {
        open.inserted.add(propPos[k]);
      }
    }
    List<Uptake.Change> changes = new ArrayList<>();
    int adopted = 0;
    int partly = 0;
    int superseded = 0;
    for (Hunk h : hunks) {
      int gone = 0;
      for (int b : h.deleted) {
        if (baseMatch[b] < 0) {
          gone++;
        }
      }
      boolean[] in = new boolean[h.inserted.size()];
      for (int k = 0; k < in.length; k++) {
        in[k] = propMatch[h.inserted.get(k)] >= 0;
      }
      if (in.length >= 4) {
        // a lone word in common ("the", "and") is no uptake of a longer insertion
        for (int k = 0; k < in.length; k++) {
          if (in[k] && (k == 0 || !in[k - 1]) && (k + 1 == in.length || !in[k + 1])) {
            in[k] = false;
          }
        }
      }
      int there = 0;
      for (boolean b : in) {
        there += b ? 1 : 0;
      }
      boolean foreign = foreignWordsBetween(h, baseMatch, propMatch, laterWords.size());
      boolean pureDeletion = h.inserted.isEmpty();
      boolean insTaken = !h.inserted.isEmpty() && 2 * there >= h.inserted.size();
      boolean delTaken =
          !h.deleted.isEmpty() && gone * 5 >= h.deleted.size() * 4 && !(pureDeletion && foreign);
      if (!h.deleted.isEmpty()) {
        changes.add(new Uptake.Change(false, text(words, h, Tag.DEL), delTaken));
      }
      if (!h.inserted.isEmpty()) {
        if (there > 0 && there < in.length) {
          changes.addAll(insertRuns(words, h, in, propMatch));
        } else {
          changes.add(new Uptake.Change(true, text(words, h, Tag.INS), insTaken));
        }
      }
      Fate verdict;
      if (pureDeletion) {
        boolean allGone = gone * 5 >= h.deleted.size() * 4;
        verdict =
            gone == 0
                ? Fate.NOT_ADOPTED
                : foreign ? Fate.SUPERSEDED : allGone ? Fate.ADOPTED : Fate.NOT_ADOPTED;
      } else if (h.deleted.isEmpty()) {
        verdict =
            there == h.inserted.size()
                ? Fate.ADOPTED
                : there > 0 ? Fate.PARTLY : foreign ? Fate.SUPERSEDED : Fate.NOT_ADOPTED;
      } else {
        verdict =
            there == h.inserted.size() && gone * 5 >= h.deleted.size() * 4
                ? Fate.ADOPTED
                : there > 0 ? Fate.PARTLY : gone > 0 ? Fate.SUPERSEDED : Fate.NOT_ADOPTED;
      }
      switch (verdict) {
        case ADOPTED -> adopted++;
        case PARTLY -> partly++;
        case SUPERSEDED -> superseded++;
        default -> {}
      }
    }
    Fate fate;
    if (hunks.isEmpty()) {
      fate = Fate.NOT_ADOPTED;
    } else if (adopted == hunks.size()) {
      fate = Fate.ADOPTED;
    } else if (adopted > 0 || partly > 0) {
      fate = Fate.PARTLY;
    } else if (superseded > 0) {
      fate = Fate.SUPERSEDED;
    } else {
      fate = Fate.NOT_ADOPTED;
    }
    return new Result(fate, changes);
  }

  /**
   * True when the later text has words, at the place of the change, that neither the base nor the
   * proposal has: the place was rewritten otherwise.
   */
  private static boolean foreignWordsBetween(
      Hunk h, int[] baseMatch, int[] propMatch, int laterSize) {
    int from = anchor(h.baseBefore, baseMatch, h.proposedBefore, propMatch, -1);
    int to = anchor(h.baseAfter, baseMatch, h.proposedAfter, propMatch, laterSize);
    if (from < -1 || to < 0 || to <= from) {
      return false;
    }
    java.util.Set<Integer> known = new java.util.HashSet<>();
    for (int m : baseMatch) {
      if (m > from && m < to) {
        known.add(m);
      }
    }
    for (int m : propMatch) {
      if (m > from && m < to) {
        known.add(m);
      }
    }
    return to - from - 1 > known.size();
  }

  /**
   * Where an unchanged word next to a change stands in the later text (by the base or the proposal
   * alignment), or {@code edge}.
   */
  private static int anchor(int basePos, int[] baseMatch, int propPos, int[] propMatch, int edge) {
    if (basePos < 0) {
      return edge;
    }
    if (baseMatch[basePos] >= 0) {
      return baseMatch[basePos];
    }
    if (propPos >= 0 && propMatch[propPos] >= 0) {
      return propMatch[propPos];
    }
    return Integer.MIN_VALUE; // the context itself is gone: no judgement on foreign words
  }

  /** The inserted words of a hunk in stretches the later text has (taken) or has not. */
  private static List<Uptake.Change> insertRuns(
      List<Word> words, Hunk h, boolean[] in, int[] propMatch) {
    List<Word> ins = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    int prop = 0;
    for (Word w : words) {
      if (w.tag() == Tag.INS && h.inserted.contains(prop)) {
        ins.add(w);
        at.add(propMatch[prop]);
      }
      if (w.tag() != Tag.DEL) {
        prop++;
      }
    }
    List<Uptake.Change> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int k = 0; k < ins.size(); k++) {
      // a stretch taken is words standing together in the later text too
      if (k > 0 && (in[k] != in[k - 1] || in[k] && at.get(k) != at.get(k - 1) + 1)) {
        out.add(new Uptake.Change(true, run.toString().strip(), in[k - 1]));
        run.setLength(0);
      }
      run.append(run.length() == 0 ? "" : ins.get(k).space().isEmpty() ? " " : ins.get(k).space())
          .append(ins.get(k).text());
    }
    if (!ins.isEmpty()) {
      out.add(
          new Uptake.Change(
              true, run.toString().replaceAll("\\s+", " ").strip(), in[ins.size() - 1]));
    }
    return out;
  }

  private static String text(List<Word> words, Hunk h, Tag tag) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    boolean inHunk = false;
    int base = 0;
    int prop = 0;
    for (Word w : words) {
      boolean mine =
          w.tag() == tag && (tag == Tag.DEL ? h.deleted.contains(base) : h.inserted.contains(prop));
      if (mine) {
        sb.append(first ? "" : w.space().isEmpty() ? " " : w.space()).append(w.text());
        first = false;
        inHunk = true;
      } else if (inHunk && w.tag() == Tag.KEEP) {
        break;
      }
      if (w.tag() != Tag.INS) {
        base++;
      }
      if (w.tag() != Tag.DEL) {
        prop++;
      }
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }
}
