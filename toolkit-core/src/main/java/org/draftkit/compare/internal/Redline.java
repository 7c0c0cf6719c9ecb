package org.draftkit.compare.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.draftkit.compare.DiffOp;
import org.draftkit.compare.Segment;
import org.draftkit.compare.WordEdit;
import org.draftkit.internal.TokenDiff;

/**
 * The word-level redline of two texts: token diff ({@link TokenDiff}), clean-up so that edits read
 * as a person would mark them, then the inline segments and the word edits.
 *
 * <p>Clean-up: a short stretch left equal between two changes is absorbed into them when it is only
 * punctuation (and the changes delete and insert), or when both changes are replacements and the
 * stretch is a single common word or much shorter than either change. So "~~promote~~ **advance**
 * the ~~use~~ **adoption**" becomes one replacement instead of two with a lone "the" kept between;
 * an insertion next to a replacement keeps the words between them.
 *
 * @param segments the inline redline
 * @param edits the word edits in reading order
 * @param similarity 2 × equal tokens / all tokens of both sides (1 when both are empty)
 * @param wordsDeleted word tokens deleted
 * @param wordsInserted word tokens inserted
 * @param notes the footnote references, in reading order
 */
public record Redline(
    List<Segment> segments,
    List<WordEdit> edits,
    double similarity,
    int wordsDeleted,
    int wordsInserted,
    List<NoteRef> notes) {

  /**
   * A footnote reference of the pair: kept (EQUAL, both labels), inserted (new label only) or
   * deleted (old label only).
   */
  public record NoteRef(DiffOp op, String oldLabel, String newLabel) {}

  private static final Set<String> COMMON =
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "by", "at", "as", "with",
          "its", "their", "is", "are", "be", "that", "this", "from", "all", "into", "which", "it",
          "not", "nor", "but");

  public Redline {
    segments = List.copyOf(segments);
    edits = List.copyOf(edits);
    notes = List.copyOf(notes);
  }

  /** True when nothing changed (every token equal). */
  public boolean unchanged() {
    return edits.isEmpty() && segments.stream().allMatch(s -> s.op() == DiffOp.EQUAL);
  }

  /** The redline of {@code older} against {@code newer}. */
  public static Redline of(TokenizedText older, TokenizedText newer) {
    int n = older.size();
    int m = newer.size();
    Map<String, Integer> ids = new HashMap<>();
    int[] a = new int[n];
    int[] b = new int[m];
    for (int i = 0; i < n; i++) {
      a[i] = ids.computeIfAbsent(older.key(i), k -> ids.size());
    }
    for (int j = 0; j < m; j++) {
      b[j] = ids.computeIfAbsent(newer.key(j), k -> ids.size());
    }
    int[] match = TokenDiff.align(a, b);
    List<Block> blocks = cleanUp(blocks(match, n, m), older, newer);
    return build(blocks, older, newer);
  }

  /** A whole paragraph inserted ({@code inserted}) or deleted. */
  public static Redline whole(TokenizedText text, boolean inserted) {
    TokenizedText empty = TokenizedText.of("");
    return inserted ? of(empty, text) : of(text, empty);
  }

  /** A stretch of tokens: equal on both sides, or changed ([a0,a1) deleted, [b0,b1) inserted). */
  private record Block(boolean equal, int a0, int a1, int b0, int b1) {}

  private static List<Block> blocks(int[] match, int n, int m) {
    List<Block> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && match[i] == j) {
        int i0 = i;
        int j0 = j;
        while (i < n && j < m && match[i] == j) {
          i++;
          j++;
        }
        out.add(new Block(true, i0, i, j0, j));
      } else {
        int i0 = i;
        int j0 = j;
        while (i < n && match[i] < 0) {
          i++;
        }
        int target = i < n ? match[i] : m;
        j = Math.max(j, target);
        out.add(new Block(false, i0, i, j0, j));
      }
    }
    return out;
  }

  private static List<Block> cleanUp(List<Block> blocks, TokenizedText older, TokenizedText newer) {
    List<Block> list = new ArrayList<>(blocks);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 1; k + 1 < list.size(); k++) {
        Block eq = list.get(k);
        Block left = list.get(k - 1);
        Block right = list.get(k + 1);
        if (!eq.equal || left.equal || right.equal) {
          continue;
        }
        boolean deletes = left.a1 > left.a0 || right.a1 > right.a0;
        boolean inserts = left.b1 > left.b0 || right.b1 > right.b0;
        if (!deletes || !inserts || !absorbable(eq, left, right, older, newer)) {
          continue;
        }
        list.set(k - 1, new Block(false, left.a0, right.a1, left.b0, right.b1));
        list.remove(k + 1);
        list.remove(k);
        changed = true;
        k--;
      }
    }
    return list;
  }

  /**
   * Whether the equal stretch between two changes should join them: punctuation alone between a
   * deletion and an insertion; a single common word, or a stretch of at most three words much
   * shorter than the changes, between two replacements.
   */
  private static boolean absorbable(
      Block eq, Block left, Block right, TokenizedText older, TokenizedText newer) {
    int words = 0;
    String word = null;
    for (int i = eq.a0; i < eq.a1; i++) {
      if (older.isWord(i)) {
        words++;
        word = older.key(i);
      }
    }
    int tokens = eq.a1 - eq.a0;
    if (words == 0 && tokens <= 2) {
      return true;
    }
    boolean replacements =
        left.a1 > left.a0 && left.b1 > left.b0 && right.a1 > right.a0 && right.b1 > right.b0;
    if (!replacements) {
      return false;
    }
    if (words == 1
        && tokens <= 2
        && (word.length() == 1 || COMMON.contains(word.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    int eqChars = older.span(eq.a0, eq.a1).length();
    int leftChars =
        Math.max(older.span(left.a0, left.a1).length(), newer.span(left.b0, left.b1).length());
    int rightChars =
        Math.max(older.span(right.a0, right.a1).length(), newer.span(right.b0, right.b1).length());
    return words <= 3 && 2 * eqChars <= Math.min(leftChars, rightChars);
  }

  private static Redline build(List<Block> blocks, TokenizedText older, TokenizedText newer) {
    Parts parts = new Parts(older, newer);
    SegmentBuffer out = new SegmentBuffer();
    List<NoteRef> notes = new ArrayList<>();
    int equalTokens = 0;
    int wordsDeleted = 0;
    int wordsInserted = 0;
    for (int k = 0; k < blocks.size(); k++) {
      Block bl = blocks.get(k);
      boolean first = k == 0;
      boolean last = k == blocks.size() - 1;
      if (bl.equal) {
        equalTokens += bl.a1 - bl.a0;
        if (first) {
          gap(out, older.spaceBefore(0), newer.spaceBefore(0));
        }
        equalSpan(out, parts, bl);
        for (int t = 0; t < bl.b1 - bl.b0; t++) {
          if (newer.footnote(bl.b0 + t) != null) {
            notes.add(
                new NoteRef(DiffOp.EQUAL, older.footnote(bl.a0 + t), newer.footnote(bl.b0 + t)));
          }
        }
        if (last) {
          gap(out, older.spaceBefore(older.size()), newer.spaceBefore(newer.size()));
        }
        continue;
      }
      for (int i = bl.a0; i < bl.a1; i++) {
        wordsDeleted += older.isWord(i) ? 1 : 0;
        if (older.footnote(i) != null) {
          notes.add(new NoteRef(DiffOp.DELETE, older.footnote(i), null));
        }
      }
      for (int j = bl.b0; j < bl.b1; j++) {
        wordsInserted += newer.isWord(j) ? 1 : 0;
        if (newer.footnote(j) != null) {
          notes.add(new NoteRef(DiffOp.INSERT, null, newer.footnote(j)));
        }
      }
      if (parts.breakAtLead(bl) || parts.breakAtTrail(bl)) {
        changeAtBreak(out, parts, bl);
      } else {
        change(out, parts, bl);
      }
    }
    int total = older.size() + newer.size();
    double similarity = total == 0 ? 1.0 : 2.0 * equalTokens / total;
    List<Segment> segments = out.segments();
    return new Redline(
        segments, edits(segments), similarity, wordsDeleted, wordsInserted, List.copyOf(notes));
  }

  /**
   * Equal tokens with the newer revision's whitespace between them; at a paragraph break of a split
   * (merge) the older (newer) whitespace there becomes a deletion (insertion) closing the part.
   */
  private static void equalSpan(SegmentBuffer out, Parts parts, Block bl) {
    TokenizedText older = parts.older;
    TokenizedText newer = parts.newer;
    for (int t = 0; t < bl.b1 - bl.b0; t++) {
      int i = bl.a0 + t;
      int j = bl.b0 + t;
      if (t > 0) {
        if (parts.breakBefore(parts.merge ? i : j)) {
          out.add(parts.singleOp(), parts.merge ? newer.spaceBefore(j) : older.spaceBefore(i));
        } else {
          out.add(DiffOp.EQUAL, newer.spaceBefore(j));
        }
      }
      parts.enter(out, parts.merge ? i : j);
      if (newer.footnote(j) != null) {
        out.footnote(DiffOp.EQUAL, newer.token(j), newer.footnote(j));
      } else {
        out.add(DiffOp.EQUAL, newer.token(j));
      }
    }
  }

  /**
   * A changed block with no paragraph break of a split or merge at its edges: equal whitespace
   * outside the change where both sides have some, the rest inside it.
   */
  private static void change(SegmentBuffer out, Parts parts, Block bl) {
    TokenizedText older = parts.older;
    TokenizedText newer = parts.newer;
    String lo = older.spaceBefore(bl.a0);
    String ln = newer.spaceBefore(bl.b0);
    String to = older.spaceBefore(bl.a1);
    String tn = newer.spaceBefore(bl.b1);
    if (bl.a0 == bl.a1) {
      // pure insertion: the old side has one gap to share with the lead or the trail
      if (!lo.isEmpty() && !ln.isEmpty()) {
        out.add(DiffOp.EQUAL, ln);
        span(out, parts, DiffOp.INSERT, newer, bl.b0, bl.b1, "", tn);
      } else if (!lo.isEmpty() && !tn.isEmpty()) {
        span(out, parts, DiffOp.INSERT, newer, bl.b0, bl.b1, ln, "");
        out.add(DiffOp.EQUAL, tn);
      } else {
        out.add(DiffOp.DELETE, lo);
        span(out, parts, DiffOp.INSERT, newer, bl.b0, bl.b1, ln, tn);
      }
    } else if (bl.b0 == bl.b1) {
      if (!ln.isEmpty() && !lo.isEmpty()) {
        out.add(DiffOp.EQUAL, ln);
        span(out, parts, DiffOp.DELETE, older, bl.a0, bl.a1, "", to);
      } else if (!ln.isEmpty() && !to.isEmpty()) {
        span(out, parts, DiffOp.DELETE, older, bl.a0, bl.a1, lo, "");
        out.add(DiffOp.EQUAL, ln);
      } else {
        span(out, parts, DiffOp.DELETE, older, bl.a0, bl.a1, lo, to);
        out.add(DiffOp.INSERT, ln);
      }
    } else {
      replacement(out, parts, bl, false, false);
    }
  }

  /**
   * Words of both sides, deleted first, then inserted: whitespace both sides have at an edge stays
   * equal outside the change, unless a paragraph break of a split or merge is at that edge (its
   * whitespace is then the caller's).
   */
  private static void replacement(
      SegmentBuffer out, Parts parts, Block bl, boolean leadBreak, boolean trailBreak) {
    TokenizedText older = parts.older;
    TokenizedText newer = parts.newer;
    String lo = older.spaceBefore(bl.a0);
    String ln = newer.spaceBefore(bl.b0);
    String to = older.spaceBefore(bl.a1);
    String tn = newer.spaceBefore(bl.b1);
    boolean leadEqual = !leadBreak && !lo.isEmpty() && !ln.isEmpty();
    boolean trailEqual = !trailBreak && !to.isEmpty() && !tn.isEmpty();
    if (leadEqual) {
      out.add(DiffOp.EQUAL, ln);
    }
    boolean plainLead = !leadBreak && !leadEqual;
    boolean plainTrail = !trailBreak && !trailEqual;
    span(out, parts, DiffOp.DELETE, older, bl.a0, bl.a1, plainLead ? lo : "", plainTrail ? to : "");
    span(out, parts, DiffOp.INSERT, newer, bl.b0, bl.b1, plainLead ? ln : "", plainTrail ? tn : "");
    if (trailEqual) {
      out.add(DiffOp.EQUAL, tn);
    }
  }

  /**
   * A changed block with a paragraph break of the several-paragraph side (the newer side of a
   * split, the older side of a merge) at its start or end. The break closes a part: the other
   * side's whitespace there goes, as a change, to the part before it. Words of the single side that
   * sit exactly at the break (words deleted where a paragraph was split, words inserted where two
   * were joined) belong to the following part when the paragraph before the break ends a sentence
   * (they open the next one), else to the part before.
   */
  private static void changeAtBreak(SegmentBuffer out, Parts parts, Block bl) {
    TokenizedText older = parts.older;
    TokenizedText newer = parts.newer;
    boolean merge = parts.merge;
    DiffOp single = parts.singleOp();
    DiffOp severalOp = merge ? DiffOp.DELETE : DiffOp.INSERT;
    TokenizedText one = merge ? newer : older;
    TokenizedText several = parts.several;
    int oneFrom = merge ? bl.b0 : bl.a0;
    int oneTo = merge ? bl.b1 : bl.a1;
    int from = merge ? bl.a0 : bl.b0;
    int to = merge ? bl.a1 : bl.b1;
    String oneLead = one.spaceBefore(oneFrom);
    String oneTrail = one.spaceBefore(oneTo);
    String lead = several.spaceBefore(from);
    String trail = several.spaceBefore(to);
    if (from == to) {
      // only words of the single side, standing at the break
      if (parts.endsSentence(from - 1)) {
        out.add(single, oneLead);
        parts.enter(out, from);
        span(out, parts, single, one, oneFrom, oneTo, "", oneTrail);
      } else {
        span(out, parts, single, one, oneFrom, oneTo, oneLead, oneTrail);
        parts.enter(out, from);
      }
      return;
    }
    boolean leadBreak = parts.breakBefore(from);
    boolean trailBreak = parts.breakBefore(to);
    if (oneFrom == oneTo) {
      // only words of the several side; the single side has one gap here
      if (leadBreak) {
        out.add(single, oneLead);
        parts.enter(out, from);
        span(out, parts, severalOp, several, from, to, "", trailBreak ? "" : trail);
      } else {
        boolean shared = !lead.isEmpty() && !oneLead.isEmpty();
        if (shared) {
          out.add(DiffOp.EQUAL, merge ? oneLead : lead);
        }
        span(out, parts, severalOp, several, from, to, shared ? "" : lead, "");
        if (!shared) {
          out.add(single, oneLead);
        }
      }
      if (trailBreak) {
        parts.enter(out, to);
      }
      return;
    }
    // words of both sides: deleted first, then inserted
    if (leadBreak) {
      out.add(single, oneLead);
      parts.enter(out, from);
    }
    replacement(out, parts, bl, leadBreak, trailBreak);
    if (trailBreak) {
      out.add(single, oneTrail);
      parts.enter(out, to);
    }
  }

  /**
   * Tokens [from, to) of a text with the whitespace between them, footnote references apart; a
   * token of the several-paragraph side of a split or merge moves the output to its part.
   */
  private static void span(
      SegmentBuffer out,
      Parts parts,
      DiffOp op,
      TokenizedText t,
      int from,
      int to,
      String prefix,
      String suffix) {
    out.add(op, prefix);
    for (int k = from; k < to; k++) {
      if (k > from) {
        out.add(op, t.spaceBefore(k));
      }
      if (t == parts.several) {
        parts.enter(out, k);
      }
      if (t.footnote(k) != null) {
        out.footnote(op, t.token(k), t.footnote(k));
      } else {
        out.add(op, t.token(k));
      }
    }
    out.add(op, suffix);
  }

  /** A gap at the very start or end, outside any change. */
  private static void gap(SegmentBuffer out, String oldGap, String newGap) {
    if (!oldGap.isEmpty() && !newGap.isEmpty()) {
      out.add(DiffOp.EQUAL, newGap);
    } else {
      out.add(DiffOp.DELETE, oldGap);
      out.add(DiffOp.INSERT, newGap);
    }
  }

  /** The word edits of segments: changes joined across whitespace, cut where the part changes. */
  private static List<WordEdit> edits(List<Segment> segments) {
    List<WordEdit> out = new ArrayList<>();
    StringBuilder del = new StringBuilder();
    StringBuilder ins = new StringBuilder();
    int part = 0;
    for (Segment s : segments) {
      if (s.part() != part) {
        flush(out, del, ins, part);
        part = s.part();
      }
      if (s.isFootnote()) {
        continue;
      }
      switch (s.op()) {
        case DELETE -> del.append(s.text());
        case INSERT -> ins.append(s.text());
        case EQUAL -> {
          if (!s.isBlank()) {
            flush(out, del, ins, part);
          } else {
            del.append(' ');
            ins.append(' ');
          }
        }
      }
    }
    flush(out, del, ins, part);
    return out;
  }

  private static void flush(List<WordEdit> out, StringBuilder del, StringBuilder ins, int part) {
    String d = collapse(del);
    String i = collapse(ins);
    if (!d.isEmpty()) {
      out.add(new WordEdit(DiffOp.DELETE, d, part));
    }
    if (!i.isEmpty()) {
      out.add(new WordEdit(DiffOp.INSERT, i, part));
    }
    del.setLength(0);
    ins.setLength(0);
  }

  private static String collapse(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TokenizedText.isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Which side of a split (the newer) or merge (the older) has several paragraphs, read from the
   * {@link TokenizedText#PART_SEPARATOR}s between them; for other pairs nothing.
   */
  private static final class Parts {
    private static final Set<String> SENTENCE_END = Set.of(".", ";", ":", "!", "?");
    final TokenizedText older;
    final TokenizedText newer;

    /** The side with several paragraphs, or null. */
    final TokenizedText several;

    final boolean merge;

    Parts(TokenizedText older, TokenizedText newer) {
      this.older = older;
      this.newer = newer;
      this.merge = older.partCount() > 1;
      this.several = merge ? older : newer.partCount() > 1 ? newer : null;
    }

    /** The op of the side with one paragraph: insert for a merge, delete for a split. */
    DiffOp singleOp() {
      return merge ? DiffOp.INSERT : DiffOp.DELETE;
    }

    /** Whether a paragraph break of the several side lies just before its token {@code k}. */
    boolean breakBefore(int k) {
      return several != null
          && k > 0
          && several.spaceBefore(k).indexOf(TokenizedText.PART_SEPARATOR) >= 0;
    }

    boolean breakAtLead(Block bl) {
      return breakBefore(merge ? bl.a0 : bl.b0);
    }

    boolean breakAtTrail(Block bl) {
      return breakBefore(merge ? bl.a1 : bl.b1);
    }

    /** Whether token {@code k} of the several side ends a sentence. */
    boolean endsSentence(int k) {
      return several != null && k >= 0 && SENTENCE_END.contains(several.key(k));
    }

    /**
     * Moves the output to the part of token {@code k} of the several side (past the last: one
     * more).
     */
    void enter(SegmentBuffer out, int k) {
      if (several != null) {
        out.enter(k < several.size() ? several.part(k) : several.partCount() - 1);
      }
    }
  }

  /**
   * Collects segments, joining neighbours of the same kind and part (footnote references stay
   * apart). Paragraph separators never reach a segment: the part says where each stretch belongs.
   */
  private static final class SegmentBuffer {
    private final List<DiffOp> ops = new ArrayList<>();
    private final List<StringBuilder> texts = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();
    private final List<Integer> parts = new ArrayList<>();
    private int part;

    /** Moves on to part {@code p} (never back). */
    void enter(int p) {
      part = Math.max(part, p);
    }

    void add(DiffOp op, String text) {
      if (text.indexOf(TokenizedText.PART_SEPARATOR) >= 0) {
        text = text.replace(String.valueOf(TokenizedText.PART_SEPARATOR), "");
      }
      if (text.isEmpty()) {
        return;
      }
      int last = ops.size() - 1;
      if (last >= 0
          && ops.get(last) == op
          && footnotes.get(last) == null
          && parts.get(last) == part) {
        texts.get(last).append(text);
      } else {
        ops.add(op);
        texts.add(new StringBuilder(text));
        footnotes.add(null);
        parts.add(part);
      }
    }

    void footnote(DiffOp op, String text, String label) {
      ops.add(op);
      texts.add(new StringBuilder(text));
      footnotes.add(label);
      parts.add(part);
    }

    List<Segment> segments() {
      List<Segment> out = new ArrayList<>(ops.size());
      for (int k = 0; k < ops.size(); k++) {
        out.add(new Segment(ops.get(k), texts.get(k).toString(), parts.get(k), footnotes.get(k)));
      }
      return out;
    }
  }
}
