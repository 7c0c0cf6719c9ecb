package org.draftkit.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;

/**
 * Public for the exporters, which show moves in every rendering. Finds the paragraphs a document
 * shows as moved whole, the way Word tracks a move: the paragraph where it stood, every word marked
 * {@link Mark#MOVE_FROM}, and the paragraph where it now stands, its words marked {@link
 * Mark#MOVE_TO} (tracked insertions and deletions made to the moved text keep their own marks),
 * both by the same author. Exporters use it to show a move as one change with two ends. Stateless
 * and thread-safe.
 *
 * @since 0.2
 */
public final class Moves {
  private Moves() {}

  /**
   * One paragraph moved.
   *
   * @param author who moved it (the run author), or null
   * @param paragraph its label ("12", "¶3" for an unnumbered paragraph)
   * @param from the index of the paragraph where it stood (its words moved away)
   * @param to the index of the paragraph where it now stands
   */
  public record Move(String author, String paragraph, int from, int to) {}

  /** The whole-paragraph moves of {@code doc}, in the order of their origins. */
  public static List<Move> of(Document doc) {
    List<Paragraph> origins = new ArrayList<>();
    List<Paragraph> destinations = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      String fromAuthor = wholly(p, Mark.MOVE_FROM);
      if (fromAuthor != null) {
        origins.add(p);
        continue;
      }
      if (wholly(p, Mark.MOVE_TO) != null) {
        destinations.add(p);
      }
    }
    List<Move> out = new ArrayList<>();
    boolean[] used = new boolean[destinations.size()];
    for (Paragraph o : origins) {
      String author = wholly(o, Mark.MOVE_FROM);
      String text = squash(o.text());
      int pick = -1;
      for (int pass = 0; pass < 2 && pick < 0; pass++) {
        for (int k = 0; k < destinations.size() && pick < 0; k++) {
          Paragraph d = destinations.get(k);
          if (used[k] || !Objects.equals(author, wholly(d, Mark.MOVE_TO))) {
            continue;
          }
          boolean same =
              pass == 0
                  ? squash(baseText(d)).equals(text)
                  : Objects.equals(o.number(), d.number()) && o.number() != null;
          if (same) {
            pick = k;
          }
        }
      }
      if (pick >= 0) {
        used[pick] = true;
        out.add(
            new Move(
                author.isEmpty() ? null : author,
                label(doc, o),
                o.index(),
                destinations.get(pick).index()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Where a move lands, in words: "after 15" (the nearest numbered paragraph before the destination
   * that is not itself moved away), "after ¶2", or "at the start".
   */
  public static String destination(Document doc, Move move) {
    return after(doc, move.to());
  }

  /** Where the moved paragraph stood, in the words of {@link #destination}. */
  public static String origin(Document doc, Move move) {
    return after(doc, move.from());
  }

  private static String after(Document doc, int index) {
    for (int i = index - 1; i >= 0; i--) {
      Paragraph p = doc.paragraphs().get(i);
      if (p.parent() == null
          && wholly(p, Mark.MOVE_FROM) == null
          && wholly(p, Mark.MOVE_TO) == null
          && !p.text().isBlank()) {
        return "after " + label(doc, p);
      }
    }
    return "at the start";
  }

  /**
   * The author of the move mark {@code mark} when every run with words carries it (runs the mover
   * or others inserted or deleted inside moved-to text aside), else null. The empty string stands
   * for a move with no author.
   */
  private static String wholly(Paragraph p, Mark mark) {
    String author = null;
    boolean any = false;
    for (Run r : p.runs()) {
      if (r.text().isBlank()) {
        continue;
      }
      if (mark == Mark.MOVE_TO
          && (r.has(Mark.INSERT) || r.has(Mark.DELETE))
          && !r.has(Mark.MOVE_TO)) {
        continue;
      }
      if (!r.has(mark)) {
        return null;
      }
      String by = r.author() == null ? "" : r.author();
      if (any && !by.equals(author)) {
        return null;
      }
      author = by;
      any = true;
    }
    return any ? author : null;
  }

  /**
   * The moved-to text as it stood before the edits made to it: inserted runs out, deleted runs in.
   */
  private static String baseText(Paragraph p) {
    StringBuilder sb = new StringBuilder();
    for (Run r : p.runs()) {
      if (!r.has(Mark.INSERT) || r.has(Mark.MOVE_TO)) {
        sb.append(r.text());
      }
    }
    return sb.toString();
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String label(Document doc, Paragraph p) {
    return p.number() == null ? "¶" + (p.index() + 1) : doc.fullLabel(p);
  }
}
