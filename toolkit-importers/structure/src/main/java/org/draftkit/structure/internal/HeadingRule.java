package org.draftkit.structure.internal;

import java.util.List;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.structure.Trim;

/**
 * What reads as a heading line: short (at most {@value #MAX_WORDS} words) and without the
 * punctuation that closes a paragraph or opens a list ({@code . , :} at its end, a {@code ;}
 * anywhere). An unnumbered one must also be emphasised throughout: every run with text bold
 * (footnote markers aside). Stateless.
 */
public final class HeadingRule {
  /** The most words a heading line has. */
  public static final int MAX_WORDS = 20;

  private HeadingRule() {}

  /** Short and open-ended: "Term of office", "Financial matters", not "Decides that:". */
  public static boolean shortLine(String text) {
    String t = text.strip();
    if (t.isEmpty() || words(t) > MAX_WORDS || t.indexOf(';') >= 0) {
      return false;
    }
    return ".,:".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  /** A short line, all bold, with no colon in it: a heading written as a paragraph. */
  public static boolean boldLine(List<Run> runs) {
    String text = Runs.text(runs);
    if (!shortLine(text) || text.indexOf(':') >= 0) {
      return false;
    }
    for (Run r : runs) {
      if (!Trim.isBlank(r.text()) && !r.has(Mark.BOLD) && !r.has(Mark.FOOTNOTE_REFERENCE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A short line emphasised throughout (bold, italic or underlined): never part of a neighbouring
   * paragraph.
   */
  public static boolean emphasisedLine(List<Run> runs) {
    if (!shortLine(Runs.text(runs))) {
      return false;
    }
    Mark common = null;
    for (Mark m : new Mark[] {Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE}) {
      boolean all = true;
      for (Run r : runs) {
        if (!Trim.isBlank(r.text()) && !r.has(m) && !r.has(Mark.FOOTNOTE_REFERENCE)) {
          all = false;
          break;
        }
      }
      if (all) {
        common = m;
        break;
      }
    }
    return common != null;
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
