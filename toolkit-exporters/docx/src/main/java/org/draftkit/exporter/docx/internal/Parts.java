package org.draftkit.exporter.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.compare.DiffOp;
import org.draftkit.compare.Segment;

/**
 * Cuts the redline of a split or merge into one segment list per paragraph of the side that has
 * several, by the text of those paragraphs rather than by {@link Segment#part()}, so that each
 * Word paragraph spells its own text. Whitespace that joins the parts on the single side (the
 * space between two sentences of a merged paragraph) becomes a change of that side: inserted for
 * a merge, deleted for a split.
 */
final class Parts {
  private Parts() {}

  /**
   * @param segments the pair's redline in reading order
   * @param texts the texts of the several paragraphs, in order
   * @param single the op of the side with one paragraph: {@link DiffOp#INSERT} for a merge (several
   *     older paragraphs), {@link DiffOp#DELETE} for a split
   */
  static List<List<Segment>> cut(List<Segment> segments, List<String> texts, DiffOp single) {
    int n = texts.size();
    List<List<Segment>> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(new ArrayList<>());
    }
    int k = 0;
    int pos = 0;
    for (Segment s : segments) {
      if (s.isFootnote()) {
        out.get(k).add(new Segment(s.op(), s.text(), 0, s.footnote()));
        if (s.op() != single) {
          String part = texts.get(k);
          int end = pos;
          while (end < part.length() && end - pos < s.text().length() && !Character.isWhitespace(part.charAt(end))) {
            end++;
          }
          pos = end;
        }
        continue;
      }
      if (s.op() == single) {
        add(out.get(k), single, s.text());
        continue;
      }
      String t = s.text();
      int i = 0;
      while (i < t.length()) {
        String part = texts.get(k);
        int m = 0;
        while (i + m < t.length() && pos + m < part.length() && t.charAt(i + m) == part.charAt(pos + m)) {
          m++;
        }
        if (m > 0) {
          add(out.get(k), s.op(), t.substring(i, i + m));
          i += m;
          pos += m;
          continue;
        }
        if (k < n - 1 && part.substring(Math.min(pos, part.length())).isBlank()) {
          k++;
          pos = 0;
          continue;
        }
        char c = t.charAt(i);
        boolean space = Character.isWhitespace(c);
        if (!space && pos < part.length() && Character.isWhitespace(part.charAt(pos))) {
          pos++;
        } else if (space) {
          add(out.get(k), s.op() == DiffOp.EQUAL ? single : s.op(), String.valueOf(c));
          i++;
        } else {
          add(out.get(k), s.op(), String.valueOf(c));
          i++;
          pos++;
        }
      }
    }
    return out;
  }

  private static void add(List<Segment> list, DiffOp op, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = list.size() - 1;
    if (last >= 0 && list.get(last).op() == op && !list.get(last).isFootnote()) {
      list.set(last, new Segment(op, list.get(last).text() + text, 0));
    } else {
      list.add(new Segment(op, text, 0));
    }
  }
}
