package org.draftkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Myers' O(ND) difference of two token sequences, compared by key. Returns, for each token of
 * {@code a}, the index of the equal token in {@code b} it is matched with, or -1.
 */
public final class TokenDiff {
  private TokenDiff() {}

  /** The matching of equal tokens along a shortest edit script. */
  public static int[] match(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[] result = new int[n];
    java.util.Arrays.fill(result, -1);
    // strip common prefix and suffix: ordinary revisions are mostly equal
    int pre = 0;
    while (pre < n && pre < m && a.get(pre).equals(b.get(pre))) {
      result[pre] = pre;
      pre++;
    }
    int suf = 0;
    while (suf < n - pre && suf < m - pre && a.get(n - 1 - suf).equals(b.get(m - 1 - suf))) {
      result[n - 1 - suf] = m - 1 - suf;
      suf++;
    }
    List<String> ma = a.subList(pre, n - suf);
    List<String> mb = b.subList(pre, m - suf);
    for (int[] pair : myers(ma, mb)) {
      result[pre + pair[0]] = pre + pair[1];
    }
    return result;
  }

  /** Pairs (i, j) of equal tokens on a shortest edit path. */
  private static List<int[]> myers(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    List<int[]> pairs = new ArrayList<>();
    if (n == 0 || m == 0) {
      return pairs;
    }
    int max = n + m;
    int offset = max;
    int[] v = new int[2 * max + 2];
    List<int[]> trace = new ArrayList<>();
    int dFound = -1;
    outer:
    for (int d = 0; d <= max; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1];
        } else {
          x = v[offset + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          dFound = d;
          break outer;
        }
      }
    }
    int x = n;
    int y = m;
    for (int d = dFound; d > 0; d--) {
      int[] vd = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1;
      int prevX = vd[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
        pairs.add(new int[] {x, y});
      }
      x = prevX;
      y = prevY;
    }
    while (x > 0 && y > 0) {
      x--;
      y--;
      pairs.add(new int[] {x, y});
    }
    return pairs;
  }
}
