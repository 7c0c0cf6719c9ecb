package org.draftkit.exporter.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.Segment;
import org.draftkit.compare.Summary;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;

/**
 * Writes a {@link Comparison} as a Word redline with real tracked changes, all attributed to the
 * newer revision: accepting every change gives the newer text, rejecting every change the older.
 *
 * <ul>
 *   <li>unchanged and modified paragraphs: equal words plain, deleted words in {@code w:del},
 *       inserted words in {@code w:ins}; the label is the newer one, untracked (renumbering is not
 *       a text edit);
 *   <li>inserted (deleted) paragraphs: label, words and paragraph mark inside one insertion
 *       (deletion);
 *   <li>moved paragraphs: the older text inside {@code w:moveFrom} where it stood, the newer text
 *       inside {@code w:moveTo} where it now is (its own word insertions as {@code w:ins}), both
 *       within named move ranges;
 *   <li>split paragraphs: one Word paragraph per newer paragraph, each holding the segments of its
 *       part ({@link Segment#part()}), with inserted paragraph marks between them and the new
 *       parts' labels inserted; merged paragraphs: one Word paragraph per older paragraph, each
 *       with the segments of its part, deleted paragraph marks between them and the merged parts'
 *       labels deleted. The whitespace the engine puts at the end of a part (older space deleted at
 *       a split, newer space inserted at a merge) makes accept-all and reject-all spell the
 *       sentences as each revision does.
 * </ul>
 *
 * Formatting and footnote references of the source paragraphs are laid back over the words.
 */
public final class RedlineBody {

  private final Comparison comparison;
  private final WordDocument word;
  private final Change change;
  private final Notes notes;

  private RedlineBody(Comparison comparison, WordDocument word, Change change) {
    this.comparison = comparison;
    this.word = word;
    this.change = change;
    this.notes = new Notes(word);
  }

  /** Writes the redline of {@code comparison}. */
  public static void write(Comparison comparison, WordDocument word) {
    new RedlineBody(comparison, word, changeOf(comparison)).write();
  }

  /** Writes the redline of {@code comparison}, every change attributed to {@code change}. */
  public static void write(Comparison comparison, WordDocument word, Change change) {
    new RedlineBody(comparison, word, change).write();
  }

  /** The attribution of every change of a comparison: the newer revision's name and date. */
  public static Change changeOf(Comparison comparison) {
    return Change.of(comparison.newMetadata().displayName(), comparison.newMetadata().date());
  }

  /**
   * Writes the redline of {@code comparison} as the whole document: headed by a bold {@link
   * Summary#NO_DIFFERENCES} when the revisions read the same.
   */
  public static void writeAlone(Comparison comparison, WordDocument word) {
    if (comparison.summary().noDifferences()) {
      word.paragraph(null).text(Summary.NO_DIFFERENCES, Set.of(Mark.BOLD));
    }
    write(comparison, word);
  }

  private void write() {
    List<AlignedPair> pairs = comparison.pairs();
    Map<Integer, Integer> origins = comparison.moveOrigins();
    Map<Integer, String> names = new TreeMap<>();
    Map<Integer, List<Integer>> movedAway = new TreeMap<>();
    for (Map.Entry<Integer, Integer> o : origins.entrySet()) {
      names.put(o.getKey(), word.nextMoveName());
      movedAway.computeIfAbsent(o.getValue(), k -> new ArrayList<>()).add(o.getKey());
    }
    for (int i = 0; i <= pairs.size(); i++) {
      for (int moved : movedAway.getOrDefault(i, List.of())) {
        moveOrigin(pairs.get(moved), names.get(moved));
      }
      if (i < pairs.size()) {
        pair(pairs.get(i), names.get(i));
      }
    }
  }

  private void pair(AlignedPair p, String moveName) {
    Document older = comparison.older();
    Document newer = comparison.newer();
    switch (p.status()) {
      case UNCHANGED, MODIFIED -> {
        Paragraph n = p.newParagraph();
        WordParagraph wp = Layout.open(word, n, newer.paragraphs());
        wp.text(Layout.label(n), Set.of());
        segments(
            wp,
            p.segments(),
            new RunOverlay(p.oldParagraph().runs()),
            new RunOverlay(n.runs()),
            Revision.NONE,
            true,
            true,
            p.footnotes());
      }
      case INSERTED -> {
        Paragraph n = p.newParagraph();
        WordParagraph wp = Layout.open(word, n, newer.paragraphs());
        wp.run(Layout.label(n), Set.of(), Revision.INSERT, change);
        segments(
            wp,
            p.segments(),
            RunOverlay.none(),
            new RunOverlay(n.runs()),
            Revision.INSERT,
            true,
            true,
            p.footnotes());
        wp.mark(Revision.INSERT, change);
      }
      case DELETED -> {
        Paragraph o = p.oldParagraph();
        WordParagraph wp = Layout.open(word, o, older.paragraphs());
        wp.run(Layout.label(o), Set.of(), Revision.DELETE, change);
        segments(
            wp,
            p.segments(),
            new RunOverlay(o.runs()),
            RunOverlay.none(),
            Revision.DELETE,
            true,
            true,
            p.footnotes());
        wp.mark(Revision.DELETE, change);
      }
      case MOVED -> {
        Paragraph n = p.newParagraph();
        WordParagraph wp = Layout.open(word, n, newer.paragraphs());
        int range = wp.moveRangeStart(Revision.MOVE_TO, moveName, change);
        wp.run(Layout.label(n), Set.of(), Revision.MOVE_TO, change);
        segments(
            wp,
            p.segments(),
            new RunOverlay(p.oldParagraph().runs()),
            new RunOverlay(n.runs()),
            Revision.MOVE_TO,
            false,
            true,
            p.footnotes());
        wp.moveRangeEnd(Revision.MOVE_TO, range);
        wp.mark(Revision.MOVE_TO, change);
      }
      case SPLIT -> {
        RunOverlay old = new RunOverlay(p.oldParagraph().runs());
        for (int k = 0; k < p.newer().size(); k++) {
          Paragraph n = p.newer().get(k);
          WordParagraph wp = Layout.open(word, n, newer.paragraphs());
          wp.run(Layout.label(n), Set.of(), k == 0 ? Revision.NONE : Revision.INSERT, change);
          segments(
              wp,
              p.segments(k),
              old,
              new RunOverlay(n.runs()),
              Revision.NONE,
              true,
              true,
              p.footnotes());
          if (k < p.newer().size() - 1) {
            wp.mark(Revision.INSERT, change);
          }
        }
      }
      case MERGED -> {
        Paragraph n = p.newParagraph();
        RunOverlay neu = new RunOverlay(n.runs());
        for (int k = 0; k < p.older().size(); k++) {
          Paragraph o = p.older().get(k);
          WordParagraph wp = Layout.open(word, n, newer.paragraphs());
          if (k == 0) {
            wp.text(Layout.label(n), Set.of());
          } else {
            wp.run(Layout.label(o), Set.of(), Revision.DELETE, change);
          }
          segments(
              wp,
              p.segments(k),
              new RunOverlay(o.runs()),
              neu,
              Revision.NONE,
              true,
              true,
              p.footnotes());
          if (k < p.older().size() - 1) {
            wp.mark(Revision.DELETE, change);
          }
        }
      }
    }
  }

  /** The older paragraph of a moved pair where it stood, inside a move-from range. */
  private void moveOrigin(AlignedPair p, String moveName) {
    Paragraph o = p.oldParagraph();
    WordParagraph wp = Layout.open(word, o, comparison.older().paragraphs());
    int range = wp.moveRangeStart(Revision.MOVE_FROM, moveName, change);
    wp.run(Layout.label(o), Set.of(), Revision.MOVE_FROM, change);
    segments(
        wp,
        p.segments(),
        new RunOverlay(o.runs()),
        new RunOverlay(p.newParagraph().runs()),
        Revision.MOVE_FROM,
        true,
        false,
        p.footnotes());
    wp.moveRangeEnd(Revision.MOVE_FROM, range);
    wp.mark(Revision.MOVE_FROM, change);
  }

  /**
   * Writes segments: equal text tracked as {@code equal}, deleted text (when {@code withDeleted})
   * as a deletion (a move-from when equal text is moved away), inserted text (when {@code
   * withInserted}) as an insertion. Equal and inserted text take the newer runs' formatting,
   * deleted text the older runs'.
   */
  private void segments(
      WordParagraph wp,
      List<Segment> segments,
      RunOverlay older,
      RunOverlay newer,
      Revision equal,
      boolean withDeleted,
      boolean withInserted,
      List<AlignedPair.FootnoteChange> changes) {
    for (Segment s : segments) {
      if (s.isFootnote()) {
        footnote(wp, s, older, newer, equal, withDeleted, withInserted, changes);
        continue;
      }
      switch (s.op()) {
        case EQUAL -> {
          if (equal == Revision.MOVE_FROM) {
            newer.skip(s.text());
            write(wp, older.take(s.text()), comparison.older(), equal);
          } else {
            older.skip(s.text());
            write(wp, newer.take(s.text()), comparison.newer(), equal);
          }
        }
        case DELETE -> {
          List<RunOverlay.Piece> pieces = older.take(s.text());
          if (withDeleted) {
            write(
                wp,
                pieces,
                comparison.older(),
                equal == Revision.MOVE_FROM ? Revision.MOVE_FROM : Revision.DELETE);
          }
        }
        case INSERT -> {
          List<RunOverlay.Piece> pieces = newer.take(s.text());
          if (withInserted) {
            write(wp, pieces, comparison.newer(), Revision.INSERT);
          }
        }
      }
    }
  }

  /**
   * A footnote reference of the redline and its note: a note whose text changed is written with its
   * own tracked changes (at a move's origin the older note is written as it was).
   */
  private void footnote(
      WordParagraph wp,
      Segment s,
      RunOverlay older,
      RunOverlay newer,
      Revision equal,
      boolean withDeleted,
      boolean withInserted,
      List<AlignedPair.FootnoteChange> changes) {
    Revision rev;
    Document source;
    String label = s.footnote();
    switch (s.op()) {
      case EQUAL -> {
        Run oldRun = older.skipFootnote();
        newer.skipFootnote();
        rev = equal;
        if (equal == Revision.MOVE_FROM) {
          source = comparison.older();
          label = oldRun != null && oldRun.ref() != null ? oldRun.ref() : label;
        } else {
          source = comparison.newer();
        }
      }
      case DELETE -> {
        older.skipFootnote();
        if (!withDeleted) {
          return;
        }
        rev = equal == Revision.MOVE_FROM ? Revision.MOVE_FROM : Revision.DELETE;
        source = comparison.older();
      }
      default -> {
        newer.skipFootnote();
        if (!withInserted) {
          return;
        }
        rev = Revision.INSERT;
        source = comparison.newer();
      }
    }
    AlignedPair.FootnoteChange change = rev == Revision.MOVE_FROM ? null : changeOf(s, changes);
    if (change == null) {
      notes.reference(wp, source, label, rev, rev == Revision.NONE ? null : this.change);
      return;
    }
    Footnote oldNote =
        change.oldLabel() == null
            ? null
            : comparison.older().footnote(change.oldLabel()).orElse(null);
    Footnote newNote =
        change.newLabel() == null
            ? null
            : comparison.newer().footnote(change.newLabel()).orElse(null);
    RunOverlay oldRuns = oldNote == null ? RunOverlay.none() : new RunOverlay(oldNote.runs());
    RunOverlay newRuns = newNote == null ? RunOverlay.none() : new RunOverlay(newNote.runs());
    String custom = label.matches("\\d{1,4}") ? null : label;
    int id =
        word.footnote(
            custom,
            body ->
                segments(
                    body,
                    change.segments(),
                    oldRuns,
                    newRuns,
                    Revision.NONE,
                    true,
                    true,
                    List.of()));
    wp.footnoteReference(id, custom, rev, rev == Revision.NONE ? null : this.change);
  }

  /** The change of the note a reference segment points to, if its text changed. */
  private static AlignedPair.FootnoteChange changeOf(
      Segment s, List<AlignedPair.FootnoteChange> changes) {
    for (AlignedPair.FootnoteChange c : changes) {
      boolean match =
          switch (s.op()) {
            case EQUAL -> c.oldLabel() != null && s.footnote().equals(c.newLabel());
            case DELETE -> c.newLabel() == null && s.footnote().equals(c.oldLabel());
            case INSERT -> c.oldLabel() == null && s.footnote().equals(c.newLabel());
          };
      if (match) {
        return c;
      }
    }
    return null;
  }

  private void write(
      WordParagraph wp, List<RunOverlay.Piece> pieces, Document source, Revision revision) {
    Change ch = revision == Revision.NONE ? null : change;
    for (RunOverlay.Piece piece : pieces) {
      if (piece.run() != null && piece.run().has(Mark.FOOTNOTE_REFERENCE)) {
        if (piece.startsRun()) {
          String label = piece.run().ref() != null ? piece.run().ref() : piece.run().text().strip();
          notes.reference(wp, source, label, revision, ch);
        }
        continue;
      }
      wp.run(piece.text(), piece.run() == null ? Set.of() : piece.run().marks(), revision, ch);
    }
  }
}
