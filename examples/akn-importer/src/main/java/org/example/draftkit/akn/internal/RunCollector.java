package org.example.draftkit.akn.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * Collects the runs of one paragraph from XML text nodes: layout whitespace (spaces, tabs, line
 * breaks of the XML file) collapses to single spaces, and the paragraph is trimmed at both ends.
 * Non-breaking spaces are text and are kept.
 */
final class RunCollector {

  private final List<Run> runs = new ArrayList<>();
  private boolean endsWithSpace = true;
  private boolean pendingSeparator;

  /** Adds text with marks. */
  void text(String raw, Set<Mark> marks) {
    String t = raw.replaceAll("[ \\t\\r\\n]+", " ");
    if (pendingSeparator && !t.isBlank()) {
      if (!endsWithSpace) {
        t = " " + t;
      }
      pendingSeparator = false;
    }
    if (endsWithSpace && t.startsWith(" ")) {
      t = t.substring(1);
    }
    if (t.isEmpty()) {
      return;
    }
    runs.add(Run.of(t, marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks)));
    endsWithSpace = t.endsWith(" ");
  }

  /** Separates what follows (another {@code <p>}) from what came before by one space. */
  void separate() {
    if (!runs.isEmpty()) {
      pendingSeparator = true;
    }
  }

  /** Adds a footnote reference: the marker as printed, marked and pointing at the note's label. */
  void reference(String label) {
    runs.add(new Run(label, EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, label));
    endsWithSpace = false;
  }

  boolean isEmpty() {
    return runs.isEmpty();
  }

  /** The runs, the trailing space of the last one removed. */
  List<Run> runs() {
    List<Run> out = new ArrayList<>(runs);
    while (!out.isEmpty()) {
      Run last = out.get(out.size() - 1);
      String t = last.text().stripTrailing();
      if (t.length() == last.text().length() || last.ref() != null) {
        break;
      }
      out.remove(out.size() - 1);
      if (!t.isEmpty()) {
        out.add(last.withText(t));
        break;
      }
    }
    return out;
  }
}
