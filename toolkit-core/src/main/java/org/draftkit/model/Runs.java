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

  /**
   * Merges neighbouring runs of the same style and drops empty runs that carry no reference. Linear
   * in the total text length, however many runs merge.
   */
  public static List<Run> normalize(List<Run> runs) {
    List<Run> out = new ArrayList<>(runs.size());
    Run open = null;
    StringBuilder text = null;
    for (Run r : runs) {
      if (r.text().isEmpty() && r.ref() == null) {
        continue;
      }
      if (open != null && open.ref() == null && r.ref() == null && open.sameStyle(r)) {
        if (text == null) {
          text = new StringBuilder(open.text());
        }
        text.append(r.text());
        continue;
      }
      if (open != null) {
        out.add(text == null ? open : open.withText(text.toString()));
      }
      open = r;
      text = null;
    }
    if (open != null) {
      out.add(text == null ? open : open.withText(text.toString()));
    }
    return out;
  }
}
