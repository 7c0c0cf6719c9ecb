package org.draftkit.amend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftkit.amend.Consolidation.Adopted;
import org.draftkit.amend.Consolidation.Applied;
import org.draftkit.amend.Consolidation.Conflict;
import org.draftkit.amend.Consolidation.ConflictKind;
import org.draftkit.amend.Consolidation.Operation;
import org.draftkit.amend.Consolidation.Unmatched;
import org.draftkit.amend.QuoteAlignment.Outcome;
import org.draftkit.amend.QuoteAlignment.Region;
import org.draftkit.internal.BaseMatcher;
import org.draftkit.internal.SubmissionNumbering;
import org.draftkit.internal.Tokens;
import org.draftkit.model.Amendment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphNumber;

/**
 * Decides, proposal by proposal, what the consolidation does to the base: which words change
 * (three-way, through {@link QuoteAlignment}), which paragraphs are added, deleted, merged or
 * moved, with labels the submissions write in their own numbering mapped onto the base's (through
 * {@link SubmissionNumbering}). The halves of a merge proposed by quoting both paragraphs stand or
 * fall together. The writer then renders what was decided.
 */
final class ConsolidationPlan {

  /** At or above this similarity, a proposed new paragraph is taken to be in the base already. */
  static final double SAME_PARAGRAPH = 0.85;

  /** At or above this similarity, the base has a paragraph like a proposed new one: a conflict. */
  static final double LIKE_PARAGRAPH = 0.6;

  private final BaseParagraphs base;
  private final Ledger ledger;
  private final Map<String, SubmissionNumbering> numberings;
  private final Map<Integer, List<Edit>> edits = new LinkedHashMap<>();
  private final Map<Integer, List<Amendment>> deletions = new HashMap<>();
  private final Map<Integer, List<Amendment>> additions = new HashMap<>();
  private final Map<Integer, String> notes = new HashMap<>();
  private final MovePlan moves;

  /** A quoted proposal read three-way against its paragraph, before its edits are committed. */
  private record Reading(Amendment source, int index, QuoteAlignment.Result result, String note) {}

  ConsolidationPlan(
      BaseParagraphs base, Map<String, SubmissionNumbering> numberings, Ledger ledger) {
    this.base = base;
    this.numberings = numberings;
    this.ledger = ledger;
    this.moves = new MovePlan(base);
  }

  MovePlan moves() {
    return moves;
  }

  Map<Integer, List<Amendment>> deletions() {
    return deletions;
  }

  List<Edit> edits(int index) {
    return edits.getOrDefault(index, List.of());
  }

  String note(int index) {
    return notes.get(index);
  }

  /** The new paragraphs that follow base paragraph {@code index}, in label order. */
  List<Amendment> additionsAfter(int index) {
    List<Amendment> adds = new ArrayList<>(additions.getOrDefault(index, List.of()));
    adds.sort(Comparator.comparing(a -> ParagraphNumber.of(a.label())));
    return adds;
  }

  /** Decides every amendment, in order. */
  void decide(List<Amendment> amendments) {
    List<Reading> readings = new ArrayList<>();
    for (Amendment a : amendments) {
      switch (a.operation()) {
        case AMEND_TEXT -> read(a).ifPresent(readings::add);
        case AMEND_WORDS -> readWords(a).ifPresent(readings::add);
        case ADD_PARAGRAPH -> add(a);
        case DELETE_PARAGRAPH -> delete(a);
        case MERGE_PARAGRAPHS -> merge(a, amendments);
        case MOVE_PARAGRAPH -> move(a);
        case RETAIN, RESTORE -> {}
      }
    }
    commit(readings, linkedHalves(amendments));
  }

  private SubmissionNumbering numbering(Amendment a) {
    return numberings.getOrDefault(a.proponent().name(), SubmissionNumbering.identity());
  }

  private java.util.Optional<Reading> read(Amendment a) {
    String hint = a.target() == null ? null : numbering(a).map(a.target()).label();
    BaseMatcher.Result where = base.matcher.locate(hint, a.quotedBaseText());
    if (where instanceof BaseMatcher.Found found) {
      String note =
          a.target() == null || java.util.Objects.equals(found.index(), indexOrNull(a.target()))
              ? null
              : "quoted as "
                  + a.target()
                  + "; its text is paragraph "
                  + found.label()
                  + " of the base";
      Paragraph p = base.at(found.index());
      return java.util.Optional.of(
          new Reading(a, found.index(), QuoteAlignment.align(a.proposed(), p.text(), false), note));
    }
    ledger.unmatched(
        new Unmatched(
            a.proponent().name(),
            a.target(),
            ((BaseMatcher.NotFound) where).reason(),
            a.evidence().quote(),
            List.of()),
        null);
    return java.util.Optional.empty();
  }

  private Integer indexOrNull(String label) {
    return label == null ? null : base.matcher.indexOf(label);
  }

  private java.util.Optional<Reading> readWords(Amendment a) {
    List<String> fragment = words(a.quotedBaseText());
    SubmissionNumbering.Mapping mapped = a.target() == null ? null : numbering(a).map(a.target());
    String target = mapped == null || !mapped.certain() ? null : mapped.label();
    List<Integer> hits = new ArrayList<>();
    for (Paragraph p : base.doc.paragraphs()) {
      if ((target == null || target.equals(base.labelAt(p.index())))
          && contains(words(p.text()), fragment)) {
        hits.add(p.index());
      }
    }
    if (hits.size() != 1) {
      String scope = target == null ? "the base" : "paragraph " + target;
      ledger.unmatched(
          new Unmatched(
              a.proponent().name(),
              a.target(),
              hits.isEmpty()
                  ? "the words “" + a.quotedBaseText().strip() + "” are not in " + scope
                  : "the words “"
                      + a.quotedBaseText().strip()
                      + "” occur in "
                      + hits.size()
                      + " paragraphs; name one",
              a.evidence().quote(),
              List.of()),
          target == null ? null : base.resolve(target));
      return java.util.Optional.empty();
    }
    int at = hits.get(0);
    return java.util.Optional.of(
        new Reading(
            a,
            at,
            QuoteAlignment.align(a.proposed(), base.at(at).text(), true),
            mapped != null && !mapped.certain() ? "found by its words; " + mapped.note() : null));
  }

  /**
   * The amendments that are halves of one merge proposed by quoting both paragraphs (one
   * proponent's quotes of the two paragraphs it asks to consolidate), by group.
   */
  private Map<Amendment, String> linkedHalves(List<Amendment> amendments) {
    Map<Amendment, String> group = new HashMap<>();
    for (Amendment m : amendments) {
      if (m.operation() != Amendment.Operation.MERGE_PARAGRAPHS) {
        continue;
      }
      for (Amendment o : amendments) {
        if (o.proponent().equals(m.proponent())
            && o.operation() == Amendment.Operation.AMEND_TEXT
            && (m.target().equals(o.target()) || m.partner().equals(o.target()))) {
          group.put(o, "consolidating paragraphs " + m.target() + " and " + m.partner());
        }
      }
    }
    return group;
  }

  /**
   * Records what each reading applies, finds adopted and conflicts; linked halves stand or fall
   * together.
   */
  private void commit(List<Reading> readings, Map<Amendment, String> linked) {
    Map<String, Boolean> groupConflicts = new HashMap<>();
    for (Reading r : readings) {
      String g = linked.get(r.source());
      if (g != null
          && r.result().regions().stream().anyMatch(x -> x.outcome() == Outcome.CONFLICT)) {
        groupConflicts.put(g, true);
      }
    }
    for (Reading r : readings) {
      Amendment a = r.source();
      String label = base.labelAt(r.index());
      String group = linked.get(a);
      boolean withheld = group != null && groupConflicts.containsKey(group);
      List<Edit> found = new ArrayList<>();
      for (Region region : r.result().regions()) {
        switch (region.outcome()) {
          case APPLY -> {
            if (withheld) {
              ledger.conflict(
                  new Conflict(
                      label,
                      List.of(a.proponent().name()),
                      List.of(region.proposed()),
                      "not applied: it is part of "
                          + group
                          + ", and another part conflicts with the later revision",
                      ConflictKind.LATER_REVISION,
                      region.quoted(),
                      region.proposed(),
                      region.current(),
                      null),
                  r.index());
            } else {
              found.add(
                  new Edit(
                      region.from(), region.to(), region.insert(), a, Operation.AMEND, r.note()));
            }
          }
          case ADOPTED ->
              ledger.adopted(
                  new Adopted(a.proponent().name(), label, region.proposed(), region.note(), null),
                  r.index());
          case CONFLICT ->
              ledger.conflict(
                  new Conflict(
                      label,
                      List.of(a.proponent().name()),
                      List.of(region.proposed()),
                      "not applied: "
                          + region.note()
                          + (r.note() == null ? "" : " (" + r.note() + ")"),
                      ConflictKind.LATER_REVISION,
                      region.quoted(),
                      region.proposed(),
                      region.current(),
                      null),
                  r.index());
        }
      }
      if (!r.result().stale().isEmpty()) {
        ledger.unmatched(
            new Unmatched(
                a.proponent().name(),
                label,
                "the quote is of an earlier text than the base's paragraph "
                    + label
                    + (found.isEmpty()
                        ? "; nothing was applied"
                        : "; changes were applied only where the base still reads as quoted"),
                a.evidence().quote(),
                r.result().stale()),
            r.index());
      }
      if (r.note() != null) {
        notes.put(r.index(), r.note());
      }
      edits.computeIfAbsent(r.index(), k -> new ArrayList<>()).addAll(found);
    }
  }

  /**
   * A new paragraph goes after the base paragraph that reads as its anchor did in the proponent's
   * revision (their "83" mapped through the numbering their quotes show), unless the base already
   * has it (adopted) or has a paragraph like it (a conflict).
   */
  private void add(Amendment a) {
    String text = a.proposedText().strip();
    int like = text.isEmpty() ? -1 : base.matcher.mostLike(text);
    double score = like < 0 ? 0 : base.matcher.similarity(like, text);
    if (score >= SAME_PARAGRAPH) {
      ledger.adopted(
          new Adopted(
              a.proponent().name(),
              a.label(),
              text,
              "the base already has it as paragraph " + base.labelAt(like),
              null),
          like);
      return;
    }
    if (score >= LIKE_PARAGRAPH) {
      ledger.conflict(
          new Conflict(
              a.label(),
              List.of(a.proponent().name()),
              List.of(text),
              "not applied: the later revision has a paragraph like it, " + base.labelAt(like),
              ConflictKind.LATER_REVISION,
              "",
              text,
              base.at(like).text().strip(),
              null),
          like);
      return;
    }
    SubmissionNumbering.Mapping anchor = numbering(a).map(a.target());
    Integer after = base.resolve(anchor.label());
    if (after == null) {
      ledger.unmatched(
          new Unmatched(
              a.proponent().name(),
              a.label(),
              "the base has no paragraph " + anchor.label() + " to place " + a.label() + " after",
              a.evidence().quote(),
              List.of()),
          null);
      return;
    }
    String note =
        anchor.note() == null ? null : "placed after " + base.labelAt(after) + ": " + anchor.note();
    if (!anchor.certain()) {
      ledger.diagnostics.add(
          Diagnostic.warning(
              "consolidate.placement-uncertain",
              a.proponent() + "'s new paragraph " + a.label() + " was " + note,
              a.evidence().location()));
    }
    if (base.matcher.indexOf(a.label()) != null) {
      ledger.diagnostics.add(
          Diagnostic.warning(
              "consolidate.label-taken",
              "the base already has a paragraph "
                  + a.label()
                  + "; "
                  + a.proponent()
                  + "'s new paragraph follows it",
              null));
    }
    additions
        .computeIfAbsent(
            base.placeAfter(after, ParagraphNumber.of(a.label())), k -> new ArrayList<>())
        .add(a);
    ledger.applied.add(
        new Applied(a.proponent().name(), a.label(), Operation.ADD, "", text, a.option(), note));
  }

  /**
   * The base index a prose label names, mapped through the proponent's numbering; null (reported)
   * when uncertain or absent.
   */
  private Integer mapped(Amendment a, String label, String what) {
    SubmissionNumbering.Mapping m = numbering(a).map(label);
    if (!m.certain()) {
      ledger.unmatched(
          new Unmatched(
              a.proponent().name(),
              label,
              "not applied: "
                  + what
                  + " names paragraph "
                  + label
                  + " in "
                  + a.proponent()
                  + "'s numbering, which could not be mapped onto the base with certainty ("
                  + m.note()
                  + ")",
              a.evidence().quote(),
              List.of()),
          null);
      return null;
    }
    Integer idx = base.resolve(m.label());
    if (idx != null && m.note() != null) {
      notes.putIfAbsent(idx, m.note());
    }
    return idx;
  }

  private void delete(Amendment a) {
    SubmissionNumbering.Mapping m = numbering(a).map(a.target());
    if (!m.certain()) {
      mapped(a, a.target(), "the deletion");
      return;
    }
    Integer idx = base.resolve(m.label());
    if (idx == null) {
      ledger.unmatched(
          new Unmatched(
              a.proponent().name(),
              a.target(),
              "the base has no paragraph " + m.label(),
              a.evidence().quote(),
              List.of()),
          null);
      return;
    }
    if (m.note() != null) {
      notes.putIfAbsent(idx, m.note());
    }
    List<Amendment> by = deletions.computeIfAbsent(idx, k -> new ArrayList<>());
    if (by.stream().noneMatch(o -> o.proponent().equals(a.proponent()))) {
      by.add(a);
    }
  }

  private void merge(Amendment a, List<Amendment> all) {
    boolean quoted =
        all.stream()
            .anyMatch(
                o ->
                    o.proponent().equals(a.proponent())
                        && o.operation() == Amendment.Operation.AMEND_TEXT
                        && (a.target().equals(o.target()) || a.partner().equals(o.target())));
    if (quoted) {
      ledger.diagnostics.add(
          Diagnostic.info(
              "consolidate.merge-by-quotes",
              a.proponent()
                  + " asks to consolidate paragraphs "
                  + a.target()
                  + " and "
                  + a.partner()
                  + " and quotes the edits that do it: the quoted edits stand or fall together",
              null));
      return;
    }
    if (!numbering(a).map(a.target()).certain() || !numbering(a).map(a.partner()).certain()) {
      mapped(a, numbering(a).map(a.target()).certain() ? a.partner() : a.target(), "the merge");
      return;
    }
    Integer first = base.resolve(numbering(a).map(a.target()).label());
    Integer second = base.resolve(numbering(a).map(a.partner()).label());
    if (first == null || second == null) {
      ledger.unmatched(
          new Unmatched(
              a.proponent().name(),
              a.target(),
              "the base has no paragraph "
                  + (first == null ? a.target() : a.partner())
                  + " to merge",
              a.evidence().quote(),
              List.of()),
          null);
      return;
    }
    if (first.equals(second)) {
      return;
    }
    String into = base.at(first).text();
    String joined = base.at(second).text().strip();
    int end = into.stripTrailing().length();
    edits
        .computeIfAbsent(first, k -> new ArrayList<>())
        .add(new Edit(end, end, (end == 0 ? "" : " ") + joined, a, Operation.MERGE, null));
    deletions.computeIfAbsent(second, k -> new ArrayList<>()).add(a);
    ledger.diagnostics.add(
        Diagnostic.info(
            "consolidate.merge-joined",
            a.proponent()
                + " asks to consolidate paragraphs "
                + base.labelAt(first)
                + " and "
                + base.labelAt(second)
                + " without quoting the merged wording: the text of "
                + base.labelAt(second)
                + " was appended to "
                + base.labelAt(first)
                + " and "
                + base.labelAt(second)
                + " deleted as written; review the joined wording",
            null));
  }

  /**
   * A merge joins the second paragraph's text onto the first only when the second is deleted too:
   * when its deletion does not stand (it is amended, or moved by another proponent), the joined
   * text is taken back so that no words appear twice.
   */
  void withdrawBrokenMerges(Set<Integer> keepDeletions) {
    for (Map.Entry<Integer, List<Amendment>> e : deletions.entrySet()) {
      boolean stands =
          keepDeletions.contains(e.getKey()) && edits.getOrDefault(e.getKey(), List.of()).isEmpty();
      if (stands) {
        continue;
      }
      for (Amendment a : e.getValue()) {
        if (a.operation() == Amendment.Operation.MERGE_PARAGRAPHS) {
          Integer into = base.resolve(numbering(a).map(a.target()).label());
          if (into != null && edits.containsKey(into)) {
            edits.get(into).removeIf(x -> x.source() == a && x.op() == Operation.MERGE);
          }
        }
      }
    }
  }

  /**
   * Records a move: {@code target} is the paragraph (found by its quoted text when the proposal
   * quotes it, as a tracked move does), {@code destination} where it goes: "after 15", "before 2",
   * or "as 3" (to take the place of paragraph 3).
   */
  private void move(Amendment a) {
    String spec = a.destination() == null ? "" : a.destination().strip();
    int space = spec.indexOf(' ');
    String relation = space < 0 ? "" : spec.substring(0, space);
    String anchorLabel = space < 0 ? spec : spec.substring(space + 1).strip();
    Integer from;
    String note = null;
    if (a.quotedBaseText().isBlank()) {
      if (a.target() != null && !numbering(a).map(a.target()).certain()) {
        mapped(a, a.target(), "the move");
        return;
      }
      from = a.target() == null ? null : base.resolve(numbering(a).map(a.target()).label());
    } else {
      BaseMatcher.Result where = base.matcher.locate(a.target(), a.quotedBaseText());
      from = where instanceof BaseMatcher.Found f ? f.index() : null;
      note = where instanceof BaseMatcher.Found f && a.target() != null ? f.note() : null;
    }
    if (from == null) {
      ledger.unmatched(
          new Unmatched(
              a.proponent().name(),
              a.target(),
              a.target() == null
                  ? "the moved paragraph reads like no paragraph of the base"
                  : "the base has no paragraph " + a.target() + " to move",
              a.evidence().quote(),
              List.of()),
          null);
      return;
    }
    SubmissionNumbering.Mapping anchorMapping =
        anchorLabel.startsWith("¶")
            ? new SubmissionNumbering.Mapping(anchorLabel, true, null)
            : numbering(a).map(anchorLabel);
    if (!anchorMapping.certain()) {
      mapped(a, anchorLabel, "the move's destination");
      return;
    }
    Integer anchor = base.resolve(anchorMapping.label());
    if (anchor == null) {
      ledger.unmatched(
          new Unmatched(
              a.proponent().name(),
              base.labelAt(from),
              "the base has no paragraph "
                  + anchorLabel
                  + " to move "
                  + base.labelAt(from)
                  + " "
                  + (relation.equals("as") ? "to" : relation),
              a.evidence().quote(),
              List.of()),
          from);
      return;
    }
    int last = base.lastOf(from);
    if (anchor >= from && anchor <= last) {
      ledger.unmatched(
          new Unmatched(
              a.proponent().name(),
              base.labelAt(from),
              "paragraph "
                  + base.labelAt(from)
                  + " cannot move relative to itself or its own sub-items",
              a.evidence().quote(),
              List.of()),
          from);
      return;
    }
    boolean before = relation.equals("before") || (relation.equals("as") && anchor < from);
    String where =
        (before ? "before " : "after ")
            + base.labelAt(anchor)
            + (relation.equals("as") ? " (to become paragraph " + anchorLabel + ")" : "");
    if (before ? anchor == last + 1 : base.lastOf(anchor) == from - 1) {
      ledger.diagnostics.add(
          Diagnostic.info(
              "consolidate.move-in-place",
              a.proponent()
                  + " asks to move paragraph "
                  + base.labelAt(from)
                  + " "
                  + where
                  + ", where it already stands: nothing to move",
              null));
      return;
    }
    moves.request(new MovePlan.Request(a, from, anchor, before, where, note, null));
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String t : Tokens.split(text)) {
      if (!Tokens.isSeparator(t)) {
        out.add(Tokens.key(t));
      }
    }
    return out;
  }

  private static boolean contains(List<String> hay, List<String> needle) {
    if (needle.isEmpty()) {
      return false;
    }
    outer:
    for (int i = 0; i + needle.size() <= hay.size(); i++) {
      for (int j = 0; j < needle.size(); j++) {
        if (!hay.get(i + j).equals(needle.get(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
