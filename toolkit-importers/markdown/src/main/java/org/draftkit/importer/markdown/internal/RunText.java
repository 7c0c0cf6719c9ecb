package org.draftkit.importer.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;

/** Character-level edits on lists of runs that keep every run's marks. */
public final class RunText {
  private RunText() {}

  /** The visible text. */
  public static String text(List<Run> runs) {
    return Runs.text(runs);
  }

  /** The runs without their first {@code count} characters. */
  public static List<Run> dropPrefix(List<Run> runs, int count) {
    List<Run> out = new ArrayList<>(runs.size());
    int left = count;
    for (Run r : runs) {
      if (left <= 0) {
        out.add(r);
      } else if (r.text().length() <= left) {
        left -= r.text().length();
      } else {
        out.add(r.withText(r.text().substring(left)));
        left = 0;
      }
    }
    return out;
  }

  /** The runs without the characters from {@code start} (inclusive) to {@code end} (exclusive). */
  public static List<Run> cut(List<Run> runs, int start, int end) {
    List<Run> out = new ArrayList<>(runs.size());
    int pos = 0;
    for (Run r : runs) {
      int len = r.text().length();
      int from = Math.max(start - pos, 0);
      int to = Math.min(end - pos, len);
      if (from >= to) {
        out.add(r);
      } else {
        String kept = r.text().substring(0, from) + r.text().substring(to);
        if (!kept.isEmpty()) {
          out.add(r.withText(kept));
        }
      }
      pos += len;
    }
    return out;
  }

  /** The runs with white space removed at both ends, merged where neighbours share a style. */
  public static List<Run> strip(List<Run> runs) {
    List<Run> out = new ArrayList<>(Runs.normalize(runs));
    while (!out.isEmpty()) {
      Run first = out.get(0);
      String t = first.text().stripLeading();
      if (!t.isEmpty() || first.ref() != null) {
        out.set(0, first.withText(t));
        break;
      }
      out.remove(0);
    }
    while (!out.isEmpty()) {
      Run last = out.get(out.size() - 1);
      String t = last.text().stripTrailing();
      if (!t.isEmpty() || last.ref() != null) {
        out.set(out.size() - 1, last.withText(t));
        break;
      }
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** {@code a}, one space, {@code b}. */
  public static List<Run> join(List<Run> a, List<Run> b) {
    List<Run> out = new ArrayList<>(a.size() + b.size() + 1);
    out.addAll(a);
    out.add(Run.plain(" "));
    out.addAll(b);
    return Runs.normalize(out);
  }
}
