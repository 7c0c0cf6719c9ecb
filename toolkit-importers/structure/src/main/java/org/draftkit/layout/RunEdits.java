package org.draftkit.layout;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;

/** Character-range edits on run lists that keep every run's marks. */
final class RunEdits {
  private RunEdits() {}

  /** The runs covering characters {@code [start, end)} of their text. */
  static List<Run> slice(List<Run> runs, int start, int end) {
    List<Run> out = new ArrayList<>();
    int pos = 0;
    for (Run r : runs) {
      int len = r.text().length();
      int from = Math.max(start, pos);
      int to = Math.min(end, pos + len);
      if (from < to) {
        out.add(
            from == pos && to == pos + len
                ? r
                : r.withText(r.text().substring(from - pos, to - pos)));
      } else if (len == 0 && pos >= start && pos < end) {
        out.add(r);
      }
      pos += len;
    }
    return Runs.normalize(out);
  }

  /** The runs without characters {@code [start, end)}. */
  static List<Run> cut(List<Run> runs, int start, int end) {
    int length = Runs.text(runs).length();
    List<Run> out = new ArrayList<>(slice(runs, 0, start));
    out.addAll(slice(runs, end, length));
    return Runs.normalize(out);
  }

  /** The runs with characters {@code [start, end)} replaced by {@code with}. */
  static List<Run> replace(List<Run> runs, int start, int end, Run with) {
    int length = Runs.text(runs).length();
    List<Run> out = new ArrayList<>(slice(runs, 0, start));
    out.add(with);
    out.addAll(slice(runs, end, length));
    return Runs.normalize(out);
  }

  /** The runs with leading and trailing whitespace removed. */
  static List<Run> strip(List<Run> runs) {
    String text = Runs.text(runs);
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return slice(runs, start, end);
  }
}
