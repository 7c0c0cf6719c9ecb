package org.draftkit.amend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftkit.internal.TokenDiff;
import org.draftkit.internal.Tokens;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * Reads one quoted proposal three-way against the paragraph it quotes, as a version-control merge
 * reads two changes of one base: the quote (the words its proponent had, Q), the proposal (Q with
 * their marked changes, P) and the paragraph as the base reads it now (B). Each marked change is a
 * region of Q between two words the base still has; the region's three texts decide what it is: B
 * reads there as Q, so the change {@linkplain Outcome#APPLY applies}; B reads as P, so it is
 * {@linkplain Outcome#ADOPTED already in the text}; B reads otherwise, so the later revision
 * rewrote those words (or the words beside them) and the change is a {@linkplain Outcome#CONFLICT
 * conflict} that is reported, never spliced in. Stateless.
 */
final class QuoteAlignment {

  private QuoteAlignment() {}

  /** What a word of the proposal does. */
  enum Kind {
    /** Quoted and kept. */
    KEEP,
    /** Quoted and struck out. */
    DELETE,
    /** Added by the proposal. */
    INSERT
  }

  /** What becomes of one region of a proposal. */
  enum Outcome {
    /** The base reads as quoted there: the change applies. */
    APPLY,
    /** The base already reads as proposed there. */
    ADOPTED,
    /** The base reads otherwise there: the later revision rewrote it. */
    CONFLICT
  }

  /**
   * One region of a proposal's changes.
   *
   * @param outcome what becomes of it
   * @param from the base character offset where the change starts (APPLY only)
   * @param to the base character offset where it ends (APPLY only)
   * @param insert the text inserted there (APPLY only)
   * @param quoted the region as quoted, with a word of context each side
   * @param proposed the region as proposed, likewise
   * @param current the region as the base reads now, likewise
   * @param note why, when not simply applied
   */
  record Region(
      Outcome outcome,
      int from,
      int to,
      String insert,
      String quoted,
      String proposed,
      String current,
      String note) {}

  /**
   * The regions of one proposal, and how its quote differs from the base elsewhere.
   *
   * @param regions the marked changes, in reading order
   * @param stale words where the quote differs from the base away from every marked change
   */
  record Result(List<Region> regions, List<String> stale) {
    boolean quotesCurrentText() {
      return stale.isEmpty() && regions.stream().allMatch(r -> r.outcome() == Outcome.APPLY);
    }
  }

  private record Token(String text, Kind kind) {
    boolean word() {
      return !Tokens.isSeparator(text);
    }
  }

  /**
   * Aligns the marked runs of a proposal with a base paragraph's text.
   *
   * @param proposed the runs, marked {@link Mark#INSERT} and {@link Mark#DELETE}
   * @param baseText the base paragraph's text
   * @param fragment true when the proposal quotes only some words of the paragraph (the rest of the
   *     paragraph is context, not a difference)
   */
  static Result align(List<Run> proposed, String baseText, boolean fragment) {
    List<Token> q = tokens(proposed);
    // the base's words with their character spans
    List<String> bWords = new ArrayList<>();
    List<int[]> bSpan = new ArrayList<>();
    int off = 0;
    for (String t : Tokens.split(baseText)) {
      if (!Tokens.isSeparator(t)) {
        bWords.add(Tokens.key(t));
        bSpan.add(new int[] {off, off + t.length()});
      }
      off += t.length();
    }
    // the quoted words (kept and struck) and where each stands in the token list
    List<Integer> qTok = new ArrayList<>();
    List<String> qWords = new ArrayList<>();
    for (int i = 0; i < q.size(); i++) {
      if (q.get(i).kind() != Kind.INSERT && q.get(i).word()) {
        qTok.add(i);
        qWords.add(Tokens.key(q.get(i).text()));
      }
    }
    int[] match = matchWords(qWords, bWords);
    absorbPunctuation(q, qTok, match);
    // quoted words again, after punctuation joined insertions
    List<Integer> words = new ArrayList<>();
    List<Integer> wordMatch = new ArrayList<>();
    for (int k = 0; k < qTok.size(); k++) {
      if (q.get(qTok.get(k)).kind() != Kind.INSERT) {
        words.add(qTok.get(k));
        wordMatch.add(match[k]);
      }
    }
    int nq = words.size();
    int firstB = -1;
    int lastB = bWords.size();
    if (fragment) {
      int firstMatched = wordMatch.stream().filter(m -> m >= 0).findFirst().orElse(0);
      int lastMatched = -1;
      for (int m : wordMatch) {
        lastMatched = m >= 0 ? m : lastMatched;
      }
      firstB = firstMatched - 1;
      lastB = lastMatched < 0 ? bWords.size() : lastMatched + 1;
    }
    // the marked changes: maximal runs of struck and inserted tokens between kept words
    List<int[]> hunks = new ArrayList<>(); // {first token, last token, s, e} in quoted-word indexes
    int wordIndex = 0;
    int i = 0;
    while (i < q.size()) {
      Token t = q.get(i);
      if (t.kind() == Kind.KEEP || !t.word()) {
        if (t.kind() == Kind.KEEP && t.word()) {
          wordIndex++;
        }
        i++;
        continue;
      }
      int start = i;
      int end = i;
      int s = wordIndex;
      for (int j = i; j < q.size() && (q.get(j).kind() != Kind.KEEP || !q.get(j).word()); j++) {
        if (q.get(j).word()) {
          end = j;
          if (q.get(j).kind() == Kind.DELETE) {
            wordIndex++;
          }
        }
      }
      hunks.add(new int[] {start, end, s, wordIndex});
      i = end + 1;
    }
    // regions: each change between the nearest quoted words the base still has; changes sharing
    // those words are one region
    List<Region> regions = new ArrayList<>();
    boolean[] covered = new boolean[nq + 1];
    boolean[] baseCovered = new boolean[bWords.size()];
    int h = 0;
    while (h < hunks.size()) {
      int a = anchorBefore(wordMatch, hunks.get(h)[2]);
      int b = anchorAfter(wordMatch, hunks.get(h)[3]);
      int last = h;
      while (last + 1 < hunks.size() && anchorBefore(wordMatch, hunks.get(last + 1)[2]) < b) {
        last++;
        b = Math.max(b, anchorAfter(wordMatch, hunks.get(last)[3]));
      }
      for (int k = Math.max(a, 0); k <= Math.min(b, nq); k++) {
        covered[k] = true;
      }
      int aTok = a < 0 ? -1 : words.get(a);
      int bTok = b >= nq ? q.size() : words.get(b);
      int aB = a < 0 ? firstB : wordMatch.get(a);
      int bB = b >= nq ? lastB : wordMatch.get(b);
      for (int j = Math.max(aB + 1, 0); j < Math.min(bB, bWords.size()); j++) {
        baseCovered[j] = true;
      }
      List<String> quotedKeys = keys(q, aTok + 1, bTok, Kind.INSERT);
      List<String> proposedKeys = keys(q, aTok + 1, bTok, Kind.DELETE);
      List<String> currentKeys = bWords.subList(aB + 1, Math.max(aB + 1, bB));
      // shown with a word each side (a word with letters, not only a comma)
      int showA = widenLeft(q, aTok);
      int showB = widenRight(q, bTok);
      String quoted = text(q, showA, showB, Kind.INSERT);
      String proposedText = text(q, showA, showB, Kind.DELETE);
      int curA = aB < 0 ? -1 : wordLeft(bWords, aB);
      int curB = bB >= bWords.size() ? bWords.size() : wordRight(bWords, bB);
      String current =
          baseText
              .substring(
                  curA < 0 ? 0 : bSpan.get(curA)[0],
                  curB >= bWords.size() ? baseText.length() : bSpan.get(curB)[1])
              .replaceAll("\\s+", " ")
              .strip();
      if (quotedKeys.equals(currentKeys)) {
        String elsewhere = alreadyElsewhere(q, hunks.subList(h, last + 1), qWords, bWords);
        if (elsewhere != null) {
          regions.add(
              new Region(Outcome.ADOPTED, 0, 0, "", quoted, proposedText, current, elsewhere));
        } else {
          for (int k = h; k <= last; k++) {
            regions.add(
                edit(q, hunks.get(k), a, aB, baseText, bSpan, quoted, proposedText, current));
          }
        }
      } else if (proposedKeys.equals(currentKeys)) {
        regions.add(
            new Region(
                Outcome.ADOPTED,
                0,
                0,
                "",
                quoted,
                proposedText,
                current,
                "the later revision made the same change"));
      } else {
        regions.add(
            new Region(
                Outcome.CONFLICT,
                0,
                0,
                "",
                quoted,
                proposedText,
                current,
                "the later revision changed these words otherwise"));
      }
      h = last + 1;
    }
    return new Result(
        regions,
        stale(
            q,
            words,
            wordMatch,
            covered,
            baseCovered,
            bWords,
            baseText,
            bSpan,
            fragment,
            firstB,
            lastB));
  }

  /**
   * The change of one hunk in base character offsets. The region reads as quoted, word for word, so
   * the quoted word {@code k} of the region is the base word {@code aB + (k - a)}.
   */
  private static Region edit(
      List<Token> q,
      int[] hunk,
      int a,
      int aB,
      String text,
      List<int[]> span,
      String quoted,
      String proposed,
      String current) {
    int s = hunk[2];
    int e = hunk[3];
    StringBuilder ins = new StringBuilder();
    for (int j = hunk[0]; j <= hunk[1]; j++) {
      Token t = q.get(j);
      if (t.kind() == Kind.INSERT || (ins.length() > 0 && !t.word())) {
        ins.append(t.text());
      }
    }
    String insert = ins.toString().strip();
    if (e > s) {
      int from = span.get(aB + (s - a))[0];
      int to = span.get(aB + (e - 1 - a))[1];
      if (insert.isEmpty()) {
        // a pure deletion takes the space before it ("a ~~b~~ c" → "a c"), or after it at the start
        while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
          from--;
        }
        if (from == 0) {
          while (to < text.length() && Character.isWhitespace(text.charAt(to))) {
            to++;
          }
        }
      }
      return new Region(Outcome.APPLY, from, to, insert, quoted, proposed, current, null);
    }
    int before = aB + (s - 1 - a);
    if (before < 0 || s == 0) {
      int at = aB + 1 < span.size() && aB + 1 >= 0 ? span.get(aB + 1)[0] : text.length();
      return new Region(Outcome.APPLY, at, at, insert + " ", quoted, proposed, current, null);
    }
    int at = span.get(before)[1];
    boolean spaceBefore = hunk[0] > 0 && Tokens.isSpace(q.get(hunk[0] - 1).text());
    return new Region(
        Outcome.APPLY, at, at, (spaceBefore ? " " : "") + insert, quoted, proposed, current, null);
  }

  /**
   * Whether the words a region inserts are already in the base though the quote lacks them: the
   * later revision took them up elsewhere in the paragraph, and adding them again would say them
   * twice. Returns the note to report, or null.
   */
  private static String alreadyElsewhere(
      List<Token> q, List<int[]> hunks, List<String> quoted, List<String> base) {
    Map<String, Integer> inQuote = counts(quoted);
    Map<String, Integer> inBase = counts(base);
    List<String> content = new ArrayList<>();
    for (int[] hunk : hunks) {
      for (int j = hunk[0]; j <= hunk[1]; j++) {
        Token t = q.get(j);
        if (t.kind() == Kind.INSERT
            && t.word()
            && t.text().length() >= 5
            && Character.isLetter(t.text().charAt(0))) {
          content.add(Tokens.key(t.text()));
        }
      }
    }
    if (content.isEmpty()) {
      return null;
    }
    for (String w : content) {
      if (inBase.getOrDefault(w, 0) <= inQuote.getOrDefault(w, 0)) {
        return null;
      }
    }
    return "the later revision already has the words “"
        + String.join(" ", content)
        + "” elsewhere in the paragraph";
  }

  /**
   * Where the quote differs from the base away from the marked changes ("quote has, base lacks:
   * …"): the proposal quotes an earlier text, which is worth telling even where nothing conflicts.
   */
  private static List<String> stale(
      List<Token> q,
      List<Integer> words,
      List<Integer> wordMatch,
      boolean[] covered,
      boolean[] inRegion,
      List<String> bWords,
      String baseText,
      List<int[]> bSpan,
      boolean fragment,
      int firstB,
      int lastB) {
    List<String> out = new ArrayList<>();
    StringBuilder quoteOnly = new StringBuilder();
    for (int k = 0; k < words.size(); k++) {
      if (wordMatch.get(k) < 0 && !covered[k]) {
        quoteOnly.append(quoteOnly.length() > 0 ? " " : "").append(q.get(words.get(k)).text());
      } else if (quoteOnly.length() > 0) {
        out.add("quote has, base lacks: “" + quoteOnly + "”");
        quoteOnly.setLength(0);
      }
    }
    if (quoteOnly.length() > 0) {
      out.add("quote has, base lacks: “" + quoteOnly + "”");
    }
    boolean[] matched = new boolean[bWords.size()];
    for (int m : wordMatch) {
      if (m >= 0) {
        matched[m] = true;
      }
    }
    // base words inside a region are reported with the region; the rest are the base's own changes
    StringBuilder baseOnly = new StringBuilder();
    int from = fragment ? firstB + 1 : 0;
    int to = fragment ? lastB : bWords.size();
    for (int j = from; j < to; j++) {
      if (!matched[j] && !inRegion[j]) {
        baseOnly
            .append(baseOnly.length() > 0 ? " " : "")
            .append(baseText, bSpan.get(j)[0], bSpan.get(j)[1]);
      } else if (baseOnly.length() > 0) {
        out.add("base has, quote lacks: “" + baseOnly + "”");
        baseOnly.setLength(0);
      }
    }
    if (baseOnly.length() > 0) {
      out.add("base has, quote lacks: “" + baseOnly + "”");
    }
    return out;
  }

  private static boolean lettered(String t) {
    return t.chars().anyMatch(Character::isLetterOrDigit);
  }

  /** The token index at or before {@code i} of a kept or struck word with letters, or -1. */
  private static int widenLeft(List<Token> q, int i) {
    for (int j = i; j >= 0; j--) {
      if (q.get(j).kind() != Kind.INSERT && q.get(j).word() && lettered(q.get(j).text())) {
        return j;
      }
    }
    return -1;
  }

  private static int widenRight(List<Token> q, int i) {
    for (int j = i; j < q.size(); j++) {
      if (q.get(j).kind() != Kind.INSERT && q.get(j).word() && lettered(q.get(j).text())) {
        return j;
      }
    }
    return q.size();
  }

  private static int wordLeft(List<String> words, int i) {
    for (int j = i; j >= 0; j--) {
      if (lettered(words.get(j))) {
        return j;
      }
    }
    return -1;
  }

  private static int wordRight(List<String> words, int i) {
    for (int j = i; j < words.size(); j++) {
      if (lettered(words.get(j))) {
        return j;
      }
    }
    return words.size();
  }

  /** The nearest quoted word before index {@code s} that the base still has, or -1. */
  private static int anchorBefore(List<Integer> wordMatch, int s) {
    for (int k = s - 1; k >= 0; k--) {
      if (wordMatch.get(k) >= 0) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The nearest quoted word at or after index {@code e} that the base still has, or the word count.
   */
  private static int anchorAfter(List<Integer> wordMatch, int e) {
    for (int k = e; k < wordMatch.size(); k++) {
      if (wordMatch.get(k) >= 0) {
        return k;
      }
    }
    return wordMatch.size();
  }

  /** The keys of the words of tokens {@code from..to-1}, leaving out those of kind {@code skip}. */
  private static List<String> keys(List<Token> q, int from, int to, Kind skip) {
    List<String> out = new ArrayList<>();
    for (int j = Math.max(from, 0); j < Math.min(to, q.size()); j++) {
      if (q.get(j).kind() != skip && q.get(j).word()) {
        out.add(Tokens.key(q.get(j).text()));
      }
    }
    return out;
  }

  /**
   * The text of tokens {@code from..to} inclusive (the context words included), leaving out kind
   * {@code skip}.
   */
  private static String text(List<Token> q, int from, int to, Kind skip) {
    StringBuilder sb = new StringBuilder();
    for (int j = Math.max(from, 0); j <= Math.min(to, q.size() - 1); j++) {
      if (q.get(j).kind() != skip) {
        sb.append(q.get(j).text());
      }
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static List<Token> tokens(List<Run> runs) {
    List<Token> q = new ArrayList<>();
    for (Run r : runs) {
      Kind kind = r.has(Mark.DELETE) ? Kind.DELETE : r.has(Mark.INSERT) ? Kind.INSERT : Kind.KEEP;
      for (String t : Tokens.split(r.text())) {
        q.add(new Token(t, kind));
      }
    }
    return q;
  }

  /**
   * Punctuation the quote keeps but the base lacks, right beside an insertion, belongs to the
   * insertion (stakeholders bold the words and forget the comma).
   */
  private static void absorbPunctuation(List<Token> q, List<Integer> qTok, int[] match) {
    for (int k = 0; k < qTok.size(); k++) {
      int i = qTok.get(k);
      Token t = q.get(i);
      if (t.kind() != Kind.KEEP || match[k] >= 0 || Character.isLetterOrDigit(t.text().charAt(0))) {
        continue;
      }
      if (neighbourIsInsert(q, i, -1) || neighbourIsInsert(q, i, 1)) {
        q.set(i, new Token(t.text(), Kind.INSERT));
      }
    }
  }

  private static boolean neighbourIsInsert(List<Token> q, int i, int step) {
    for (int j = i + step; j >= 0 && j < q.size(); j += step) {
      if (q.get(j).word()) {
        return q.get(j).kind() == Kind.INSERT;
      }
    }
    return false;
  }

  /** The histogram alignment the compare engine uses, over word keys. */
  static int[] matchWords(List<String> a, List<String> b) {
    Map<String, Integer> ids = new HashMap<>();
    int[] x = new int[a.size()];
    int[] y = new int[b.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = ids.computeIfAbsent(a.get(i), k -> ids.size());
    }
    for (int j = 0; j < y.length; j++) {
      y[j] = ids.computeIfAbsent(b.get(j), k -> ids.size());
    }
    int[] m = TokenDiff.align(x, y);
    return Arrays.copyOf(m, m.length);
  }

  private static Map<String, Integer> counts(List<String> words) {
    Map<String, Integer> c = new HashMap<>();
    words.forEach(w -> c.merge(w, 1, Integer::sum));
    return c;
  }
}
