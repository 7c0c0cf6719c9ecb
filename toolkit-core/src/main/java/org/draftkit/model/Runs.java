package org.draftkit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Helpers over lists of runs.
 *
 * @since 0.1
 */
public final class Runs {
  private Runs() {}

  /** All visible characters in order, marks ignored. */
  public static String text(List<Run> runs) {
    if (runs.size() == 1) {
      return runs.get(0).text();
    }
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      sb.append(r.text());
    }
    return sb.toString();
  }

  /** Merges neighbouring runs of the same style and drops empty runs that carry no reference. */
  public static List<Run> normalize(List<Run> runs) {
    List<Run> out = new ArrayList<>(runs.size());
    for (Run r : runs) {
      if (r.text().isEmpty() && r.ref() == null) {
        continue;
      }
      if (!out.isEmpty()) {
        Run last = out.get(out.size() - 1);
        if (last.sameStyle(r) && r.ref() == null && last.ref() == null) {
          out.set(out.size() - 1, last.withText(last.text() + r.text()));
          continue;
        }
      }
      out.add(r);
    }
    return out;
  }
}
