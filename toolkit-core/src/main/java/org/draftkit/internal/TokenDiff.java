package org.draftkit.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A histogram diff of two symbol sequences (the algorithm of JGit and {@code git diff
 * --histogram}): strip the common prefix and suffix, anchor on the longest common run around the
 * rarest symbol shared by both sides, recurse on either side of it. Rare anchors make edits read
 * the way people make them (a frequent word such as "the" never drags an alignment across a
 * rewritten phrase). Regions where every shared symbol is frequent fall back to an exact longest
 * common subsequence when small enough.
 *
 * <p>Typical cost is near-linear in the sequence lengths; each symbol occurring more than {@value
 * #MAX_CHAIN} times in a region is not used as an anchor there.
 */
public final class TokenDiff {
  static final int MAX_CHAIN = 64;
  private static final long MAX_LCS_CELLS = 4_000_000L;

  private TokenDiff() {}

  /**
   * Aligns two sequences.
   *
   * @return for each index of {@code a}, the index of {@code b} it is matched with, or -1; matches
   *     are strictly increasing and only join equal symbols
   */
  public static int[] align(int[] a, int[] b) {
    int[] match = new int[a.length];
    Arrays.fill(match, -1);
    int maxSym = 0;
    for (int x : a) {
      maxSym = Math.max(maxSym, x);
    }
    for (int x : b) {
      maxSym = Math.max(maxSym, x);
    }
    int[] count = new int[maxSym + 1];
    int[] head = new int[maxSym + 1];
    int[] next = new int[a.length];
    Deque<int[]> work = new ArrayDeque<>();
    work.push(new int[] {0, a.length, 0, b.length});
    while (!work.isEmpty()) {
      int[] r = work.pop();
      int aLo = r[0];
      int aHi = r[1];
      int bLo = r[2];
      int bHi = r[3];
      while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
        match[aLo++] = bLo++;
      }
      while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
        match[--aHi] = --bHi;
      }
      if (aLo == aHi || bLo == bHi) {
        continue;
      }
      // histogram of the a-region: count and chain of positions (latest first) per symbol
      for (int i = aLo; i < aHi; i++) {
        count[a[i]] = 0;
        head[a[i]] = -1;
      }
      for (int i = aLo; i < aHi; i++) {
        int s = a[i];
        count[s]++;
        next[i] = head[s];
        head[s] = i;
      }
      int bestA = -1;
      int bestB = -1;
      int bestLen = 0;
      int bestLow = MAX_CHAIN + 1;
      for (int j = bLo; j < bHi; ) {
        int s = b[j];
        if (s > maxSym || count[s] == 0 || head[s] < aLo || count[s] > bestLow) {
          j++;
          continue;
        }
        int nextJ = j + 1;
        for (int i = head[s]; i >= aLo; i = next[i]) {
          int sa = i;
          int sb = j;
          while (sa > aLo && sb > bLo && a[sa - 1] == b[sb - 1]) {
            sa--;
            sb--;
          }
          int ea = i + 1;
          int eb = j + 1;
          while (ea < aHi && eb < bHi && a[ea] == b[eb]) {
            ea++;
            eb++;
          }
          int low = MAX_CHAIN + 1;
          for (int k = sa; k < ea; k++) {
            low = Math.min(low, count[a[k]]);
          }
          int len = ea - sa;
          if (low < bestLow || low == bestLow && len > bestLen) {
            bestLow = low;
            bestLen = len;
            bestA = sa;
            bestB = sb;
          }
          nextJ = Math.max(nextJ, eb);
        }
        j = nextJ;
      }
      // forget this region's histogram entries so that stale chains cannot leak into others
      for (int i = aLo; i < aHi; i++) {
        count[a[i]] = 0;
        head[a[i]] = -1;
      }
      if (bestA < 0) {
        lcs(a, aLo, aHi, b, bLo, bHi, match);
        continue;
      }
      for (int k = 0; k < bestLen; k++) {
        match[bestA + k] = bestB + k;
      }
      work.push(new int[] {bestA + bestLen, aHi, bestB + bestLen, bHi});
      work.push(new int[] {aLo, bestA, bLo, bestB});
    }
    return match;
  }

  /** Exact LCS by dynamic programming for a small region with no rare shared symbol. */
  private static void lcs(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, int[] match) {
    int n = aHi - aLo;
    int m = bHi - bLo;
    if ((long) n * m > MAX_LCS_CELLS) {
      return; // all replaced: only happens for huge regions made of very frequent tokens
    }
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] =
            a[aLo + i] == b[bLo + j]
                ? len[i + 1][j + 1] + 1
                : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a[aLo + i] == b[bLo + j]) {
        match[aLo + i] = bLo + j;
        i++;
        j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
  }
}
