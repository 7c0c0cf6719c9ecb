package org.draftkit.exporter.docx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftkit.amend.Moves;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;

/**
 * Writes the paragraphs of a {@link Document} into a Word document: labels as text, headings as
 * heading styles, marks as run formatting, {@link Mark#INSERT}/{@link Mark#DELETE}/ {@link
 * Mark#MOVE_FROM}/{@link Mark#MOVE_TO} runs as tracked changes with their author and date,
 * footnotes as Word footnotes and comments as Word comments on their paragraph (on the runs marked
 * as their anchor when there are such runs). A paragraph whose every word is inserted (deleted) is
 * a tracked insertion (deletion) with its label and paragraph mark, so accepting (rejecting) the
 * change removes it whole. A paragraph moved whole ({@link Moves}) is a named pair of move ranges:
 * a move-from paragraph where it stood and a move-to paragraph where it stands, label and paragraph
 * mark included, so Word shows and accepts or rejects the move as one.
 */
public final class DocumentBody {

  private final Document doc;
  private final WordDocument word;
  private final Notes notes;
  private final String defaultAuthor;

  /** Paragraph index → the move it is an end of, with the name its two ranges share. */
  private final Map<Integer, String> moveNames = new HashMap<>();

  private final Map<Integer, Revision> moveSides = new HashMap<>();

  private DocumentBody(Document doc, WordDocument word) {
    this.doc = doc;
    this.word = word;
    this.notes = new Notes(word);
    this.defaultAuthor = doc.metadata().author();
  }

  /** Writes every paragraph of {@code doc}, then any footnote no paragraph refers to. */
  public static void write(Document doc, WordDocument word) {
    new DocumentBody(doc, word).write();
  }

  private void write() {
    for (Moves.Move m : Moves.of(doc)) {
      String name = word.nextMoveName();
      moveNames.put(m.from(), name);
      moveNames.put(m.to(), name);
      moveSides.put(m.from(), Revision.MOVE_FROM);
      moveSides.put(m.to(), Revision.MOVE_TO);
    }
    List<Paragraph> paragraphs = doc.paragraphs();
    Map<Integer, List<Comment>> comments = new HashMap<>();
    for (Comment c : doc.comments()) {
      int at =
          c.paragraph() != null && c.paragraph() >= 0 && c.paragraph() < paragraphs.size()
              ? c.paragraph()
              : 0;
      comments.computeIfAbsent(at, k -> new ArrayList<>()).add(c);
    }
    if (paragraphs.isEmpty() && !doc.comments().isEmpty()) {
      WordParagraph wp = word.paragraph(null);
      for (Comment c : doc.comments()) {
        int id = word.comment(c.author(), c.date(), c.text());
        wp.commentStart(id).commentEnd(id);
      }
    }
    for (Paragraph p : paragraphs) {
      paragraph(p, comments.getOrDefault(p.index(), List.of()));
    }
    List<Footnote> unreferenced =
        doc.footnotes().stream().filter(f -> !notes.isReferenced(doc, f.label())).toList();
    if (!unreferenced.isEmpty()) {
      word.paragraph("Heading1").keepNext().text("Notes", Set.of());
      for (Footnote f : unreferenced) {
        WordParagraph wp =
            word.paragraph(WordDocument.STYLE_FOOTNOTE_TEXT)
                .text(f.label() + " ", Set.of(Mark.SUPERSCRIPT));
        for (Run r : f.runs()) {
          wp.text(r.text(), r.marks());
        }
      }
    }
  }

  private void paragraph(Paragraph p, List<Comment> comments) {
    WordParagraph wp = Layout.open(word, p, doc.paragraphs());
    List<Run> runs = p.runs();
    Run first = firstWords(runs);
    Revision side = moveSides.get(p.index());
    Revision whole = side != null ? side : first == null ? Revision.NONE : wholeRevision(runs);
    Change wholeChange =
        whole == Revision.NONE ? null : change(side == null ? first : moved(runs, side));
    int moveRange =
        side == null ? -1 : wp.moveRangeStart(side, moveNames.get(p.index()), wholeChange);

    // comments anchored on the runs marked as their anchor, else on the whole paragraph
    List<int[]> anchors = new ArrayList<>();
    for (Comment c : comments) {
      int from = -1;
      int to = -1;
      for (int i = 0; i < runs.size(); i++) {
        Run r = runs.get(i);
        if (r.has(Mark.COMMENT_ANCHOR) && c.id().equals(r.ref())) {
          from = from < 0 ? i : from;
          to = i;
        }
      }
      anchors.add(new int[] {word.comment(c.author(), c.date(), c.text()), from, to});
    }
    for (int[] a : anchors) {
      if (a[1] < 0) {
        wp.commentStart(a[0]);
      }
    }
    wp.run(Layout.label(p), Set.of(), whole, wholeChange);
    for (int i = 0; i < runs.size(); i++) {
      for (int[] a : anchors) {
        if (a[1] == i) {
          wp.commentStart(a[0]);
        }
      }
      Run r = runs.get(i);
      Revision rev = revisionOf(r);
      Change ch = rev == Revision.NONE ? null : change(r);
      if (r.has(Mark.FOOTNOTE_REFERENCE)) {
        notes.reference(wp, doc, r.ref() != null ? r.ref() : r.text().strip(), rev, ch);
      } else {
        wp.run(r.text(), r.marks(), rev, ch);
      }
      for (int[] a : anchors) {
        if (a[1] >= 0 && a[2] == i) {
          wp.commentEnd(a[0]);
        }
      }
    }
    for (int[] a : anchors) {
      if (a[1] < 0) {
        wp.commentEnd(a[0]);
      }
    }
    if (side != null) {
      wp.moveRangeEnd(side, moveRange);
    }
    wp.mark(whole, wholeChange);
  }

  private Change change(Run r) {
    return Change.of(r.author() != null ? r.author() : defaultAuthor, r.date());
  }

  /** How a run is tracked: a deletion wins over an insertion (text inserted, then deleted). */
  static Revision revisionOf(Run r) {
    if (r.has(Mark.DELETE)) {
      return Revision.DELETE;
    }
    if (r.has(Mark.MOVE_FROM)) {
      return Revision.MOVE_FROM;
    }
    if (r.has(Mark.INSERT)) {
      return Revision.INSERT;
    }
    if (r.has(Mark.MOVE_TO)) {
      return Revision.MOVE_TO;
    }
    return Revision.NONE;
  }

  /** The first run that carries the move mark of {@code side}. */
  private static Run moved(List<Run> runs, Revision side) {
    Mark mark = side == Revision.MOVE_FROM ? Mark.MOVE_FROM : Mark.MOVE_TO;
    return runs.stream().filter(r -> r.has(mark)).findFirst().orElseThrow();
  }

  private static Run firstWords(List<Run> runs) {
    for (Run r : runs) {
      if (!r.text().isBlank()) {
        return r;
      }
    }
    return null;
  }

  /** INSERT (DELETE) when every run with words is inserted (deleted), else NONE. */
  private static Revision wholeRevision(List<Run> runs) {
    Revision whole = null;
    for (Run r : runs) {
      if (r.text().isBlank()) {
        continue;
      }
      Revision rev = revisionOf(r);
      Revision kind =
          rev == Revision.MOVE_TO
              ? Revision.INSERT
              : rev == Revision.MOVE_FROM ? Revision.DELETE : rev;
      if (kind == Revision.NONE || (whole != null && whole != kind)) {
        return Revision.NONE;
      }
      whole = kind;
    }
    return whole == null ? Revision.NONE : whole;
  }
}
