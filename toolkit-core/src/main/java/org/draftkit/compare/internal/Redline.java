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

/**
 * The word-level redline of two texts: token diff ({@link TokenDiff}), clean-up so that edits read
 * as a person would mark them, then the inline segments and the word edits.
 *
 * <p>Clean-up: a short stretch left equal between two changes is absorbed into them when it is
 * only punctuation (and the changes delete and insert), or when both changes are replacements and
 * the stretch is a single common word or much shorter than either change. So "~~promote~~
 * **advance** the ~~use~~ **adoption**" becomes one replacement instead of two with a lone "the"
 * kept between; an insertion next to a replacement keeps the words between them.
 *
 * @param segments the inline redline
 * @param edits the word edits in reading order
 * @param similarity 2 × equal tokens / all tokens of both sides (1 when both are empty)
 * @param wordsDeleted word tokens deleted
 * @param wordsInserted word tokens inserted
 * @param notes the footnote references, in reading order
 */
public record Redline(List<Segment> segments, List<WordEdit> edits, double similarity, int wordsDeleted,
    int wordsInserted, List<NoteRef> notes) {

  /**
   * A footnote reference of the pair: kept (EQUAL, both labels), inserted (new label only) or
   * deleted (old label only).
   */
  public record NoteRef(DiffOp op, String oldLabel, String newLabel) {}

  private static final Set<String> COMMON = Set.of(
      "a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "by", "at", "as", "with", "its", "their",
      "is", "are", "be", "that", "this", "from", "all", "into", "which", "it", "not", "nor", "but");

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
  private static boolean absorbable(Block eq, Block left, Block right, TokenizedText older, TokenizedText newer) {
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
    boolean replacements = left.a1 > left.a0 && left.b1 > left.b0 && right.a1 > right.a0 && right.b1 > right.b0;
    if (!replacements) {
      return false;
    }
    if (words == 1 && tokens <= 2 && (word.length() == 1 || COMMON.contains(word.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    int eqChars = older.span(eq.a0, eq.a1).length();
    int leftChars = Math.max(older.span(left.a0, left.a1).length(), newer.span(left.b0, left.b1).length());
    int rightChars = Math.max(older.span(right.a0, right.a1).length(), newer.span(right.b0, right.b1).length());
    return words <= 3 && 2 * eqChars <= Math.min(leftChars, rightChars);
  }

  private static Redline build(List<Block> blocks, TokenizedText older, TokenizedText newer) {
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
        span(out, DiffOp.EQUAL, newer, bl.b0, bl.b1, "", "");
        for (int t = 0; t < bl.b1 - bl.b0; t++) {
          if (newer.footnote(bl.b0 + t) != null) {
            notes.add(new NoteRef(DiffOp.EQUAL, older.footnote(bl.a0 + t), newer.footnote(bl.b0 + t)));
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
      String lo = older.spaceBefore(bl.a0);
      String ln = newer.spaceBefore(bl.b0);
      String to = older.spaceBefore(bl.a1);
      String tn = newer.spaceBefore(bl.b1);
      if (bl.a0 == bl.a1) {
        // pure insertion: the old side has one gap to share with the lead or the trail
        if (!lo.isEmpty() && !ln.isEmpty()) {
          out.add(DiffOp.EQUAL, ln);
          span(out, DiffOp.INSERT, newer, bl.b0, bl.b1, "", tn);
        } else if (!lo.isEmpty() && !tn.isEmpty()) {
          span(out, DiffOp.INSERT, newer, bl.b0, bl.b1, ln, "");
          out.add(DiffOp.EQUAL, tn);
        } else {
          out.add(DiffOp.DELETE, lo);
          span(out, DiffOp.INSERT, newer, bl.b0, bl.b1, ln, tn);
        }
      } else if (bl.b0 == bl.b1) {
        if (!ln.isEmpty() && !lo.isEmpty()) {
          out.add(DiffOp.EQUAL, ln);
          span(out, DiffOp.DELETE, older, bl.a0, bl.a1, "", to);
        } else if (!ln.isEmpty() && !to.isEmpty()) {
          span(out, DiffOp.DELETE, older, bl.a0, bl.a1, lo, "");
          out.add(DiffOp.EQUAL, ln);
        } else {
          span(out, DiffOp.DELETE, older, bl.a0, bl.a1, lo, to);
          out.add(DiffOp.INSERT, ln);
        }
      } else {
        boolean leadEqual = !lo.isEmpty() && !ln.isEmpty();
        boolean trailEqual = !to.isEmpty() && !tn.isEmpty();
        if (leadEqual) {
          out.add(DiffOp.EQUAL, ln);
        }
        span(out, DiffOp.DELETE, older, bl.a0, bl.a1, leadEqual ? "" : lo, trailEqual ? "" : to);
        span(out, DiffOp.INSERT, newer, bl.b0, bl.b1, leadEqual ? "" : ln, trailEqual ? "" : tn);
        if (trailEqual) {
          out.add(DiffOp.EQUAL, tn);
        }
      }
    }
    int total = older.size() + newer.size();
    double similarity = total == 0 ? 1.0 : 2.0 * equalTokens / total;
    List<Segment> segments = out.segments();
    return new Redline(segments, edits(segments), similarity, wordsDeleted, wordsInserted, List.copyOf(notes));
  }

  /** Tokens [from, to) of a text with the whitespace between them, footnote references apart. */
  private static void span(SegmentBuffer out, DiffOp op, TokenizedText t, int from, int to, String prefix,
      String suffix) {
    out.add(op, prefix);
    for (int k = from; k < to; k++) {
      if (k > from) {
        out.add(op, t.spaceBefore(k));
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

  private static List<WordEdit> edits(List<Segment> segments) {
    List<WordEdit> out = new ArrayList<>();
    StringBuilder del = new StringBuilder();
    StringBuilder ins = new StringBuilder();
    for (Segment s : segments) {
      if (s.isFootnote()) {
        continue;
      }
      switch (s.op()) {
        case DELETE -> del.append(s.text());
        case INSERT -> ins.append(s.text());
        case EQUAL -> {
          if (!s.isBlank()) {
            flush(out, del, ins);
          } else {
            del.append(' ');
            ins.append(' ');
          }
        }
      }
    }
    flush(out, del, ins);
    return out;
  }

  private static void flush(List<WordEdit> out, StringBuilder del, StringBuilder ins) {
    String d = collapse(del);
    String i = collapse(ins);
    if (!d.isEmpty()) {
      out.add(WordEdit.delete(d));
    }
    if (!i.isEmpty()) {
      out.add(WordEdit.insert(i));
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
   * Collects segments, joining neighbours of the same kind (footnote references stay apart) and
   * numbering the parts of a split or merge.
   */
  private static final class SegmentBuffer {
    private final List<DiffOp> ops = new ArrayList<>();
    private final List<StringBuilder> texts = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();

    void add(DiffOp op, String text) {
      if (text.isEmpty()) {
        return;
      }
      int last = ops.size() - 1;
      if (last >= 0 && ops.get(last) == op && footnotes.get(last) == null) {
        texts.get(last).append(text);
      } else {
        ops.add(op);
        texts.add(new StringBuilder(text));
        footnotes.add(null);
      }
    }

    void footnote(DiffOp op, String text, String label) {
      ops.add(op);
      texts.add(new StringBuilder(text));
      footnotes.add(label);
    }

    List<Segment> segments() {
      List<Segment> out = new ArrayList<>(ops.size());
      int part = 0;
      for (int k = 0; k < ops.size(); k++) {
        String t = texts.get(k).toString();
        if (footnotes.get(k) != null) {
          out.add(new Segment(ops.get(k), t, part, footnotes.get(k)));
          continue;
        }
        int from = 0;
        int sep;
        while ((sep = t.indexOf(TokenizedText.PART_SEPARATOR, from)) >= 0) {
          append(out, ops.get(k), t.substring(from, sep), part);
          part++;
          from = sep + 1;
        }
        append(out, ops.get(k), t.substring(from), part);
      }
      return out;
    }

    private static void append(List<Segment> out, DiffOp op, String text, int part) {
      if (text.isEmpty()) {
        return;
      }
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).op() == op && out.get(last).part() == part && !out.get(last).isFootnote()) {
        out.set(last, new Segment(op, out.get(last).text() + text, part));
      } else {
        out.add(new Segment(op, text, part));
      }
    }
  }
}
