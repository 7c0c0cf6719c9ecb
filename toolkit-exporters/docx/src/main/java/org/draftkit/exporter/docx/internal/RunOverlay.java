package org.draftkit.exporter.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * The runs of one paragraph laid over its text, so that a stretch of text found again elsewhere (a
 * redline segment) gets back the formatting and footnote references it had. A cursor walks the text
 * in order; a stretch that is not found where expected comes back plain and the cursor
 * resynchronises on the next stretch it finds.
 */
final class RunOverlay {

  /** A piece of a stretch with the run it came from (null when the stretch was not found). */
  record Piece(String text, Run run, boolean startsRun) {}

  private final String text;
  private final List<Run> runs;
  private final int[] starts;
  private int cursor;

  RunOverlay(List<Run> runs) {
    this.runs = runs;
    this.starts = new int[runs.size() + 1];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      starts[i] = sb.length();
      sb.append(runs.get(i).text());
    }
    starts[runs.size()] = sb.length();
    this.text = sb.toString();
  }

  /** An overlay of nothing: every stretch comes back plain. */
  static RunOverlay none() {
    return new RunOverlay(List.of());
  }

  /**
   * The next stretch, cut where the runs change, or one plain piece when it is not found at the
   * cursor.
   */
  List<Piece> take(String stretch) {
    int at = find(stretch);
    if (at < 0) {
      return List.of(new Piece(stretch, null, false));
    }
    int end = at + stretch.length();
    cursor = end;
    List<Piece> out = new ArrayList<>();
    int r = runAt(at);
    int pos = at;
    while (pos < end && r < runs.size()) {
      int runEnd = Math.min(starts[r + 1], end);
      if (runEnd > pos) {
        out.add(new Piece(text.substring(pos, runEnd), runs.get(r), pos == starts[r]));
      }
      pos = runEnd;
      r++;
    }
    return out;
  }

  /** Moves the cursor past a stretch that is not written (text of the other side). */
  void skip(String stretch) {
    int at = find(stretch);
    if (at >= 0) {
      cursor = at + stretch.length();
    }
  }

  /**
   * Moves the cursor past the footnote reference marker (and returns its run, or null when there is
   * none) at (or just after) the cursor, whatever its text (a renumbered note prints another number
   * on each side).
   */
  Run skipFootnote() {
    int r = runAt(cursor);
    for (int k = r; k < runs.size() && starts[k] - cursor <= 2; k++) {
      if (runs.get(k).has(Mark.FOOTNOTE_REFERENCE)) {
        cursor = starts[k + 1];
        return runs.get(k);
      }
    }
    return null;
  }

  private int find(String stretch) {
    if (text.startsWith(stretch, cursor)) {
      return cursor;
    }
    int at = text.indexOf(stretch, cursor);
    // resynchronise only on a stretch long enough not to be found by chance
    return at >= 0 && (stretch.strip().length() >= 8 || at - cursor <= 2) ? at : -1;
  }

  private int runAt(int pos) {
    for (int r = 0; r < runs.size(); r++) {
      if (pos < starts[r + 1]) {
        return r;
      }
    }
    return runs.size();
  }
}
