package org.draftkit.amend;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;

/**
 * The base text with proposals applied: every change attributed (runs marked
 * {@link org.draftkit.model.Mark#INSERT}/{@link org.draftkit.model.Mark#DELETE} with the proponent as
 * author), and what could not be applied.
 *
 * @param document the consolidated text
 * @param applied the changes made, in base order
 * @param conflicts proposals that touch the same words
 * @param unmatched proposals whose target or quoted base text was not found, or quoted stale text
 * @param diagnostics other notes (option choices, renumbered new paragraphs)
 * @since 0.1
 */
public record Consolidation(Document document, List<Applied> applied, List<Conflict> conflicts,
    List<Unmatched> unmatched, List<Diagnostic> diagnostics) {

  public Consolidation {
    applied = List.copyOf(applied);
    conflicts = List.copyOf(conflicts);
    unmatched = List.copyOf(unmatched);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * This consolidation with more diagnostics before its own (for example, submissions that could
   * not be read).
   */
  public Consolidation withDiagnostics(List<Diagnostic> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Diagnostic> all = new ArrayList<>(more);
    all.addAll(diagnostics);
    return new Consolidation(document, applied, conflicts, unmatched, all);
  }

  /**
   * The consolidated text as it would read with every applied change accepted: inserted words
   * kept without their marks, deleted words, moved-away text and emptied paragraphs gone, comments
   * on the paragraphs they annotate (on the parent of an emptied sub-item, or on none).
   */
  public Document accepted() {
    Document.Builder b = Document.builder().metadata(document.metadata());
    document.footnotes().forEach(b::footnote);
    document.diagnostics().forEach(b::diagnostic);
    List<Integer> newIndex = new ArrayList<>();
    for (Paragraph p : document.paragraphs()) {
      List<Run> runs = new ArrayList<>();
      for (Run r : p.runs()) {
        if (r.has(Mark.DELETE) || r.has(Mark.MOVE_FROM)) {
          continue;
        }
        EnumSet<Mark> marks = r.marks().isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(r.marks());
        marks.remove(Mark.INSERT);
        marks.remove(Mark.MOVE_TO);
        runs.add(new Run(r.text(), marks, null, null, r.ref()));
      }
      Integer parent = p.parent() == null ? null : newIndex.get(p.parent());
      if (!p.text().isBlank() && runs.stream().allMatch(r -> r.text().isBlank())) {
        newIndex.add(parent); // an emptied paragraph's sub-items move up to its parent
        continue;
      }
      newIndex.add(b.add(p.number(), p.kind(), runs, parent, p.location()));
    }
    for (Comment c : document.comments()) {
      Integer at = c.paragraph() == null || c.paragraph() < 0 || c.paragraph() >= newIndex.size() ? null
          : newIndex.get(c.paragraph());
      b.comment(new Comment(c.id(), c.author(), c.date(), c.text(), at, c.anchorText()));
    }
    return b.build();
  }

  /**
   * One change made.
   *
   * @param proponent who proposed it
   * @param paragraph the base paragraph label it changed (or the new paragraph's label)
   * @param op "amend", "add", "delete", "move" or "merge"
   * @param deleted the words removed, or ""
   * @param inserted the words added, or ""
   * @param option the option it belongs to ("Option B"), or null
   * @param note how it was matched, when that is worth saying ("quoted as 66; found as 67")
   */
  public record Applied(String proponent, String paragraph, String op, String deleted, String inserted,
      String option, String note) {}

  /**
   * Proposals that change the same words.
   *
   * @param paragraph the base paragraph label
   * @param proponents who, in order
   * @param texts each proponent's change ("~~old~~ **new**")
   * @param resolution what was done: "not applied" or "applied the proposal of X (--prefer)"
   */
  public record Conflict(String paragraph, List<String> proponents, List<String> texts, String resolution) {
    public Conflict {
      proponents = List.copyOf(proponents);
      texts = List.copyOf(texts);
    }
  }

  /**
   * A proposal, or part of one, that could not be applied as written.
   *
   * @param proponent who proposed it
   * @param paragraph the label it targets, or null
   * @param reason why, in one sentence
   * @param quote the proposal as quoted
   * @param differences where the quoted base text differs from the base ("quote has: …", "base has: …")
   */
  public record Unmatched(String proponent, String paragraph, String reason, String quote, List<String> differences) {
    public Unmatched {
      differences = List.copyOf(differences);
    }
  }
}
