package org.draftkit.amend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftkit.amend.Consolidation.Applied;
import org.draftkit.amend.Consolidation.Conflict;
import org.draftkit.amend.Consolidation.Operation;
import org.draftkit.model.Amendment;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;

/**
 * Writes the consolidated document from what was decided: each base paragraph with its accepted
 * edits as attributed insert/delete runs (or wholly deleted), new paragraphs after their anchors,
 * and moved paragraphs both where they stood (moved-from text) and at their destination (moved-to
 * text carrying the edits made to them), paragraphs moved before or after them travelling along.
 */
final class ConsolidatedWriter {

  private final BaseParagraphs base;
  private final ConsolidationPlan plan;
  private final MovePlan moves;
  private final Ledger ledger;
  private final ProponentConflicts conflicts;
  private final String prefer;
  private final Document.Builder out;
  private final Map<Integer, Integer> origin = new HashMap<>();
  private final Map<Integer, Integer> placed = new HashMap<>();
  private final Map<Integer, List<MovePlan.Request>> before = new HashMap<>();
  private final Map<Integer, List<MovePlan.Request>> after = new HashMap<>();
  private final List<List<Run>> rendered = new ArrayList<>();

  ConsolidatedWriter(BaseParagraphs base, ConsolidationPlan plan, String prefer, Ledger ledger) {
    this.base = base;
    this.plan = plan;
    this.moves = plan.moves();
    this.ledger = ledger;
    this.conflicts = new ProponentConflicts(prefer);
    this.prefer = prefer;
    this.out = Document.builder().metadata(base.doc.metadata());
  }

  /**
   * The consolidated document; afterwards {@link #placement} tells where each base paragraph
   * landed.
   */
  Document write() {
    Set<Integer> keepDeletions = moves.decide(plan.deletions(), prefer, ledger);
    plan.withdrawBrokenMerges(keepDeletions);
    for (Paragraph p : base.doc.paragraphs()) {
      rendered.add(render(p, keepDeletions));
      MovePlan.Request m = moves.of(p.index());
      if (m != null) {
        ledger.applied.add(
            new Applied(
                m.source().proponent().name(),
                base.labelAt(p.index()),
                Operation.MOVE,
                "",
                "",
                m.source().option(),
                join("moved " + m.where(), m.note(), m.also())));
      }
    }
    List<Integer> sources = new ArrayList<>(moves.accepted().keySet());
    sources.sort(Comparator.naturalOrder());
    for (int src : sources) {
      MovePlan.Request m = moves.of(src);
      (m.before() ? before : after)
          .computeIfAbsent(
              m.before() ? m.anchor() : base.lastOf(m.anchor()), k -> new ArrayList<>())
          .add(m);
    }
    for (Paragraph p : base.doc.paragraphs()) {
      MovePlan.Request carrier = moves.movedWith(p.index(), null);
      if (carrier == null) {
        slot(p.index(), false);
      } else {
        Amendment mover = carrier.source();
        List<Run> runs =
            p.runs().stream().map(r -> attribute(r.plus(Mark.MOVE_FROM), mover)).toList();
        Integer parent = p.parent() == null ? null : origin.get(p.parent());
        origin.put(p.index(), out.add(p.number(), p.kind(), runs, parent, p.location()));
      }
    }
    for (Comment c : base.doc.comments()) {
      Integer at =
          c.paragraph() == null
              ? null
              : placed.getOrDefault(c.paragraph(), origin.get(c.paragraph()));
      out.comment(new Comment(c.id(), c.author(), c.date(), c.text(), at, c.anchorText()));
    }
    for (Diagnostic d : base.doc.diagnostics()) {
      out.diagnostic(d);
    }
    base.doc.footnotes().forEach(out::footnote);
    return out.build();
  }

  /** Where base paragraphs landed: at their destination when moved, else where they stood. */
  Ledger.Placement placement() {
    return index -> placed.getOrDefault(index, origin.get(index));
  }

  /** A base paragraph's runs with its accepted edits, or wholly deleted. */
  private List<Run> render(Paragraph p, Set<Integer> keepDeletions) {
    String label = base.labelAt(p.index());
    List<Edit> accepted = conflicts.resolve(p, label, plan.edits(p.index()), ledger);
    List<Amendment> by =
        keepDeletions.contains(p.index())
            ? plan.deletions().getOrDefault(p.index(), List.of())
            : List.of();
    if (!by.isEmpty() && accepted.isEmpty()) {
      Amendment deletion = by.get(0);
      List<String> others = by.stream().skip(1).map(o -> o.proponent().name()).toList();
      boolean merged = deletion.operation() == Amendment.Operation.MERGE_PARAGRAPHS;
      String note =
          merged
              ? "merged into paragraph "
                  + base.labelAt(base.resolve(deletion.target()))
                  + " (no merged wording was quoted: texts joined)"
              : plan.note(p.index());
      ledger.applied.add(
          new Applied(
              deletion.proponent().name(),
              label,
              merged ? Operation.MERGE : Operation.DELETE,
              p.text().strip(),
              "",
              deletion.option(),
              join(
                  note,
                  null,
                  others.isEmpty() ? null : "also proposed by " + String.join(", ", others))));
      return p.runs().stream().map(r -> attribute(r.plus(Mark.DELETE), deletion)).toList();
    }
    if (!by.isEmpty()) {
      ledger.conflict(
          new Conflict(
              label,
              by.stream().map(o -> o.proponent().name()).toList(),
              by.stream()
                  .map(
                      o ->
                          o.operation() == Amendment.Operation.MERGE_PARAGRAPHS
                              ? "merge paragraph " + label + " into " + o.target()
                              : "delete paragraph " + label)
                  .toList(),
              "not applied: the paragraph is also amended"),
          p.index());
    }
    return apply(p, accepted);
  }

  /** The paragraph's runs with the accepted edits as attributed insert/delete runs. */
  private List<Run> apply(Paragraph p, List<Edit> accepted) {
    if (accepted.isEmpty()) {
      return p.runs();
    }
    List<Run> runs = p.runs();
    List<Run> result = new ArrayList<>();
    int cursor = 0;
    for (Edit e : accepted) {
      if (e.from() < cursor) {
        continue; // overlapping edits of one proponent keep the first
      }
      result.addAll(slice(runs, cursor, e.from()));
      for (Run deleted : slice(runs, e.from(), e.to())) {
        result.add(attribute(deleted.plus(Mark.DELETE), e.source()));
      }
      if (!e.insert().isEmpty()) {
        result.add(
            attribute(new Run(e.insert(), EnumSet.of(Mark.INSERT), null, null, null), e.source()));
      }
      cursor = e.to();
    }
    result.addAll(slice(runs, cursor, p.text().length()));
    return Runs.normalize(result);
  }

  /**
   * Paragraph {@code index} in its place (or at its destination), with what goes before and after
   * it.
   */
  private void slot(int index, boolean moved) {
    for (MovePlan.Request m : before.getOrDefault(index, List.of())) {
      destination(m);
    }
    Paragraph p = base.at(index);
    List<Run> runs = rendered.get(index);
    Integer parent = p.parent() == null ? null : placed.get(p.parent());
    if (moved) {
      MovePlan.Request carrier = moves.movedWith(index, null);
      Amendment mover = carrier.source();
      runs =
          runs.stream()
              .map(
                  r ->
                      r.has(Mark.INSERT) || r.has(Mark.DELETE)
                          ? r
                          : attribute(r.plus(Mark.MOVE_TO), mover))
              .toList();
      if (index == carrier.from()) {
        Integer anchorParent = base.at(carrier.anchor()).parent();
        parent = anchorParent == null ? null : placed.get(anchorParent);
      }
    }
    int idx = out.add(p.number(), p.kind(), runs, parent, p.location());
    placed.put(index, idx);
    if (!moved) {
      origin.put(index, idx);
    }
    for (Amendment a : plan.additionsAfter(index)) {
      List<Run> addRuns =
          a.proposed().stream()
              .filter(r -> !r.has(Mark.DELETE))
              .map(r -> attribute(new Run(r.text(), EnumSet.of(Mark.INSERT), null, null, null), a))
              .toList();
      out.add(
          ParagraphNumber.of(a.label()),
          p.parent() == null ? p.kind() : base.at(p.parent()).kind(),
          addRuns,
          null,
          a.evidence().location());
    }
    for (MovePlan.Request m : after.getOrDefault(index, List.of())) {
      destination(m);
    }
  }

  /** The moved paragraph and its sub-items at their destination. */
  private void destination(MovePlan.Request m) {
    for (int k = m.from(); k <= base.lastOf(m.from()); k++) {
      slot(k, true);
    }
  }

  /** The parts of the runs between two character offsets of the paragraph text. */
  private static List<Run> slice(List<Run> runs, int from, int to) {
    List<Run> result = new ArrayList<>();
    int start = 0;
    for (Run r : runs) {
      int end = start + r.text().length();
      int a = Math.max(from, start);
      int b = Math.min(to, end);
      if (a < b) {
        result.add(r.withText(r.text().substring(a - start, b - start)));
      }
      start = end;
    }
    return result;
  }

  static Run attribute(Run r, Amendment a) {
    return new Run(r.text(), r.marks(), a.proponent().name(), null, r.ref());
  }

  /** The non-empty parts joined with "; ", or null when there are none. */
  static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        sb.append(sb.length() == 0 ? "" : "; ").append(p);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }
}
