package org.draftkit.uptake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.compare.DiffOp;
import org.draftkit.compare.Segment;
import org.draftkit.internal.TokenDiff;
import org.draftkit.internal.Tokens;

/** Word sequences of proposals and later texts, and their alignment. */
final class Words {
  private Words() {}

  /** The words of a text (punctuation and whitespace left out), as comparison keys. */
  static List<String> keys(String text) {
    List<String> out = new ArrayList<>();
    for (String t : Tokens.split(text)) {
      if (isWord(t)) {
        out.add(Tokens.key(t));
      }
    }
    return out;
  }

  static boolean isWord(String token) {
    return !token.isEmpty() && Character.isLetterOrDigit(token.charAt(0));
  }

  /** For each word of {@code a}, the position of the word of {@code b} it aligns with, or -1. */
  static int[] align(List<String> a, List<String> b) {
    Map<String, Integer> symbols = new HashMap<>();
    return TokenDiff.align(symbols(a, symbols), symbols(b, symbols));
  }

  private static int[] symbols(List<String> words, Map<String, Integer> symbols) {
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = symbols.computeIfAbsent(words.get(i), k -> symbols.size());
    }
    return out;
  }

  /** Dice similarity of the word multisets of two texts, 0..1. */
  static double similarity(String a, String b) {
    Map<String, Integer> ca = new HashMap<>();
    keys(a).forEach(w -> ca.merge(w, 1, Integer::sum));
    List<String> kb = keys(b);
    int total = kb.size() + ca.values().stream().mapToInt(Integer::intValue).sum();
    int common = 0;
    for (String w : kb) {
      Integer n = ca.get(w);
      if (n != null && n > 0) {
        common++;
        ca.put(w, n - 1);
      }
    }
    return total == 0 ? 0 : 2.0 * common / total;
  }

  /**
   * The share of {@code quote}'s words that align with words of {@code in}, 0..1 (0 for quotes
   * under 8 words).
   */
  static double coverage(List<String> quote, List<String> in) {
    if (quote.size() < 8) {
      return 0;
    }
    int n = 0;
    for (int m : align(quote, in)) {
      n += m >= 0 ? 1 : 0;
    }
    return (double) n / quote.size();
  }

  /** True when {@code words} occur contiguously in {@code in}. */
  static boolean contains(List<String> in, List<String> words) {
    return !words.isEmpty() && java.util.Collections.indexOfSubList(in, words) >= 0;
  }

  /**
   * The inline redline of two texts, whitespace included: equal, deleted (only in {@code older})
   * and inserted (only in {@code newer}) stretches, in reading order.
   */
  static List<Segment> redline(String older, String newer) {
    List<String> a = Tokens.split(older);
    List<String> b = Tokens.split(newer);
    Map<String, Integer> symbols = new HashMap<>();
    int[] sa = new int[a.size()];
    int[] sb = new int[b.size()];
    for (int i = 0; i < sa.length; i++) {
      sa[i] =
          symbols.computeIfAbsent(
              Tokens.isSpace(a.get(i)) ? " " : Tokens.key(a.get(i)), k -> symbols.size());
    }
    for (int j = 0; j < sb.length; j++) {
      sb[j] =
          symbols.computeIfAbsent(
              Tokens.isSpace(b.get(j)) ? " " : Tokens.key(b.get(j)), k -> symbols.size());
    }
    int[] match = TokenDiff.align(sa, sb);
    List<Segment> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    DiffOp[] op = {null};
    int j = 0;
    for (int i = 0; i < a.size(); i++) {
      if (match[i] < 0) {
        emit(out, run, op, DiffOp.DELETE, a.get(i));
        continue;
      }
      while (j < match[i]) {
        emit(out, run, op, DiffOp.INSERT, b.get(j++));
      }
      emit(out, run, op, DiffOp.EQUAL, b.get(j++));
    }
    while (j < b.size()) {
      emit(out, run, op, DiffOp.INSERT, b.get(j++));
    }
    flush(out, run, op[0]);
    return out;
  }

  private static void emit(
      List<Segment> out, StringBuilder run, DiffOp[] op, DiffOp next, String text) {
    if (op[0] != next) {
      flush(out, run, op[0]);
      op[0] = next;
    }
    run.append(text);
  }

  private static void flush(List<Segment> out, StringBuilder run, DiffOp op) {
    if (run.length() > 0 && op != null) {
      out.add(new Segment(op, run.toString(), 0));
    }
    run.setLength(0);
  }
}
