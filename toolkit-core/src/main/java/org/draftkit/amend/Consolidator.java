package org.draftkit.amend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.ImportException;
import org.draftkit.amend.Consolidation.Applied;
import org.draftkit.amend.Consolidation.Conflict;
import org.draftkit.amend.Consolidation.Unmatched;
import org.draftkit.internal.TokenDiff;
import org.draftkit.internal.Tokens;
import org.draftkit.model.Amendment;
import org.draftkit.model.Amendment.Operation;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;

/**
 * Applies the proposals of one or many stakeholders to a base text. Each proposal is matched to
 * its base paragraph by number and, above all, by text (stakeholders quote earlier revisions);
 * the quoted base text is checked word by word, and differences are reported rather than guessed
 * over. Proposals touching the same words are conflicts, left unapplied unless a proponent is
 * preferred. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Consolidator {

  private static final Pattern PREFIXED = Pattern.compile("(?i)(OP|PP)\\s*(\\d{1,3})");

  private final ProposalReader reader;
  private final String prefer;
  private final Map<String, String> optionChoices;

  /**
   * @param reader how proposals are read from submissions
   * @param prefer the proponent whose proposal wins a conflict, or null to leave conflicts unapplied
   * @param optionChoices for exclusive option groups: group id or option-group index ("1") → option
   *     name ("Option B"); groups not named use their first option
   */
  public Consolidator(ProposalReader reader, String prefer, Map<String, String> optionChoices) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.prefer = prefer;
    this.optionChoices = Map.copyOf(optionChoices);
  }

  /** A consolidator with the default mark convention, no preference and first options. */
  public static Consolidator defaults() {
    return new Consolidator(ProposalReader.defaults(), null, Map.of());
  }

  /**
   * Applies the proposals of the submissions that could be read; those that could not are listed in
   * the result's diagnostics.
   *
   * @throws ImportException when none could be read
   */
  public Consolidation consolidate(Document base, SubmissionSet read) throws ImportException {
    return consolidate(base, read.requireAny()).withDiagnostics(read.diagnostics());
  }

  /** Applies every proposal of every submission to the base. */
  public Consolidation consolidate(Document base, List<Submission> submissions) {
    List<Amendment> amendments = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Unmatched> unmatched = new ArrayList<>();
    for (Submission s : submissions) {
      Proposals p = reader.read(s);
      diagnostics.addAll(p.diagnostics());
      amendments.addAll(selectOptions(p, diagnostics));
    }
    return new Run_(base, amendments, diagnostics, unmatched).run();
  }

  /** Keeps every option of a cumulative group and the chosen (or first) option of an exclusive one. */
  private List<Amendment> selectOptions(Proposals p, List<Diagnostic> diagnostics) {
    Map<String, String> chosen = new HashMap<>();
    int n = 0;
    for (OptionGroup g : p.optionGroups()) {
      n++;
      if (g.cumulative()) {
        continue;
      }
      String pick = optionChoices.getOrDefault(g.id(), optionChoices.get(Integer.toString(n)));
      if (pick == null || !g.options().contains(pick)) {
        pick = g.options().get(0);
      }
      chosen.put(g.id(), pick);
      diagnostics.add(Diagnostic.info("consolidate.option-chosen", "options " + String.join(" / ", g.options())
          + " of " + g.id() + " are alternatives: applied " + pick
          + (optionChoices.containsKey(g.id()) ? " (chosen)" : " (the first; choose another with --option " + g.id() + "=NAME)"), null));
    }
    return p.amendments().stream()
        .filter(a -> a.optionGroup() == null || !chosen.containsKey(a.optionGroup()) || chosen.get(a.optionGroup()).equals(a.option()))
        .toList();
  }

  /**
   * One proposed change to one base paragraph, in character offsets of the paragraph's text;
   * {@code op} is how it is reported ("amend", or "merge" for a paragraph joined on).
   */
  private record Edit(int from, int to, String insert, Amendment source, String op) {
    Edit(int from, int to, String insert, Amendment source) {
      this(from, to, insert, source, "amend");
    }

    boolean overlaps(Edit o) {
      if (from == to && o.from == o.to) {
        return from == o.from && !insert.equals(o.insert);
      }
      if (from == to) {
        return from > o.from && from < o.to;
      }
      if (o.from == o.to) {
        return o.from > from && o.from < to;
      }
      return from < o.to && o.from < to;
    }

    boolean sameAs(Edit o) {
      return from == o.from && to == o.to && insert.equals(o.insert);
    }
  }

  /** The state of one consolidation run. */
  private final class Run_ {
    private final Document base;
    private final List<Amendment> amendments;
    private final List<Diagnostic> diagnostics;
    private final List<Unmatched> unmatched;
    private final List<Applied> applied = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Map<Integer, List<Edit>> edits = new LinkedHashMap<>();
    private final Map<Integer, List<Amendment>> deletions = new HashMap<>();
    private final Map<Integer, List<MoveRequest>> moveRequests = new HashMap<>();
    private final Map<Integer, List<Amendment>> additions = new HashMap<>();
    private final Map<Integer, String> notes = new HashMap<>();
    private final BaseMatcher matcher;

    Run_(Document base, List<Amendment> amendments, List<Diagnostic> diagnostics, List<Unmatched> unmatched) {
      this.base = base;
      this.amendments = amendments;
      this.diagnostics = diagnostics;
      this.unmatched = unmatched;
      this.matcher = new BaseMatcher(base);
    }

    Consolidation run() {
      for (Amendment a : amendments) {
        switch (a.operation()) {
          case AMEND_TEXT -> amendText(a);
          case AMEND_WORDS -> amendWords(a);
          case ADD_PARAGRAPH -> addParagraph(a);
          case DELETE_PARAGRAPH -> deleteParagraph(a);
          case MERGE_PARAGRAPHS -> merge(a);
          case MOVE_PARAGRAPH -> move(a);
          case RETAIN, RESTORE -> { }
        }
      }
      return new Consolidation(build(), applied, conflicts, unmatched, diagnostics);
    }

    private void amendText(Amendment a) {
      BaseMatcher.Result where = matcher.locate(a.target(), a.quotedBaseText());
      if (where instanceof BaseMatcher.Found found) {
        align(a, found.index(), found.note(), false);
      } else {
        unmatched.add(new Unmatched(a.proponent().name(), a.target(), ((BaseMatcher.NotFound) where).reason(),
            a.evidence().quote(), List.of()));
      }
    }

    private void amendWords(Amendment a) {
      List<String> fragment = words(a.quotedBaseText());
      List<Integer> hits = new ArrayList<>();
      for (Paragraph p : base.paragraphs()) {
        if ((a.target() == null || a.target().equals(labelAt(p.index()))) && contains(words(p.text()), fragment)) {
          hits.add(p.index());
        }
      }
      if (hits.size() != 1) {
        unmatched.add(new Unmatched(a.proponent().name(), a.target(), hits.isEmpty()
            ? "the words “" + a.quotedBaseText().strip() + "” are not in " + (a.target() == null ? "the base" : "paragraph " + a.target())
            : "the words “" + a.quotedBaseText().strip() + "” occur in " + hits.size() + " paragraphs; name one",
            a.evidence().quote(), List.of()));
        return;
      }
      align(a, hits.get(0), null, true);
    }

    /** Maps the quote's marked words onto the base paragraph and records the edits. */
    private void align(Amendment a, int target, String note, boolean fragment) {
      Paragraph p = base.paragraphs().get(target);
      String baseText = p.text();
      // base word tokens with their character offsets
      List<String> bTok = Tokens.split(baseText);
      List<int[]> bSpan = new ArrayList<>();
      List<String> bWords = new ArrayList<>();
      int off = 0;
      for (String t : bTok) {
        if (!Tokens.isSeparator(t)) {
          bWords.add(Tokens.key(t));
          bSpan.add(new int[] {off, off + t.length()});
        }
        off += t.length();
      }
      // quote tokens tagged keep / delete / insert
      List<QToken> q = new ArrayList<>();
      for (Run r : a.proposed()) {
        int tag = r.has(Mark.DELETE) ? DEL : r.has(Mark.INSERT) ? INS : KEEP;
        for (String t : Tokens.split(r.text())) {
          q.add(new QToken(t, tag));
        }
      }
      List<Integer> qbIndex = new ArrayList<>();
      List<String> qbWords = new ArrayList<>();
      for (int i = 0; i < q.size(); i++) {
        if (q.get(i).tag != INS && !Tokens.isSeparator(q.get(i).text)) {
          qbIndex.add(i);
          qbWords.add(Tokens.key(q.get(i).text));
        }
      }
      int[] match = matchWords(qbWords, bWords);
      int[] baseOf = new int[q.size()];
      java.util.Arrays.fill(baseOf, -1);
      for (int k = 0; k < qbIndex.size(); k++) {
        baseOf[qbIndex.get(k)] = match[k];
      }
      absorbPunctuation(q, baseOf);
      // differences between the quoted base and the base
      List<String> differences = new ArrayList<>();
      StringBuilder quoteOnly = new StringBuilder();
      StringBuilder struckMissing = new StringBuilder();
      for (int k = 0; k < qbIndex.size(); k++) {
        QToken t = q.get(qbIndex.get(k));
        if (match[k] < 0 && t.tag == KEEP) {
          quoteOnly.append(quoteOnly.length() > 0 ? " " : "").append(t.text);
        } else if (quoteOnly.length() > 0) {
          differences.add("quote has, base lacks: “" + quoteOnly + "”");
          quoteOnly.setLength(0);
        }
        if (match[k] < 0 && t.tag == DEL) {
          struckMissing.append(struckMissing.length() > 0 ? " " : "").append(t.text);
        } else if (struckMissing.length() > 0) {
          differences.add("struck words not in the base: “" + struckMissing + "”");
          struckMissing.setLength(0);
        }
      }
      if (quoteOnly.length() > 0) {
        differences.add("quote has, base lacks: “" + quoteOnly + "”");
      }
      if (struckMissing.length() > 0) {
        differences.add("struck words not in the base: “" + struckMissing + "”");
      }
      if (!fragment) {
        Set<Integer> matched = new HashSet<>();
        for (int m : match) {
          if (m >= 0) {
            matched.add(m);
          }
        }
        StringBuilder baseOnly = new StringBuilder();
        for (int j = 0; j < bWords.size(); j++) {
          if (!matched.contains(j)) {
            baseOnly.append(baseOnly.length() > 0 ? " " : "").append(baseText, bSpan.get(j)[0], bSpan.get(j)[1]);
          } else if (baseOnly.length() > 0) {
            differences.add("base has, quote lacks: “" + baseOnly + "”");
            baseOnly.setLength(0);
          }
        }
        if (baseOnly.length() > 0) {
          differences.add("base has, quote lacks: “" + baseOnly + "”");
        }
      }
      // edits: groups of changed tokens between kept words; insertions anchor after the last matched word
      List<Edit> found = new ArrayList<>();
      int withheld = 0;
      int lastBase = -1;
      int i = 0;
      while (i < q.size()) {
        QToken t = q.get(i);
        if (t.tag == KEEP || Tokens.isSeparator(t.text)) {
          if (t.tag == KEEP && baseOf[i] >= 0) {
            lastBase = baseOf[i];
          }
          i++;
          continue;
        }
        int start = i;
        int end = i;
        for (int j = i; j < q.size() && (q.get(j).tag != KEEP || Tokens.isSeparator(q.get(j).text)); j++) {
          if (!Tokens.isSeparator(q.get(j).text)) {
            end = j;
          }
        }
        Edit e = group(a, q, baseOf, start, end, lastBase, baseText, bSpan);
        if (e == null || anomalousNeighbour(q, baseOf, start, -1) || anomalousNeighbour(q, baseOf, end, 1)) {
          withheld++;
        } else {
          found.add(e);
        }
        for (int j = start; j <= end; j++) {
          if (q.get(j).tag == DEL && baseOf[j] >= 0) {
            lastBase = baseOf[j];
          }
        }
        i = end + 1;
      }
      if (withheld > 0) {
        differences.add(withheld + " marked change(s) sit next to words that differ from the base and were not applied");
      }
      if (found.isEmpty() && differences.isEmpty()) {
        return; // a quote that changes nothing
      }
      if (!differences.isEmpty()) {
        unmatched.add(new Unmatched(a.proponent().name(), labelAt(target), found.isEmpty()
            ? "the quoted base text differs from the base and no marked change could be placed"
            : "the quoted base text differs from the base; the marked changes that could be placed were applied",
            a.evidence().quote(), differences));
      }
      if (note != null) {
        notes.put(target, note);
      }
      edits.computeIfAbsent(target, k -> new ArrayList<>()).addAll(found);
    }

    /**
     * The edit made by the changed tokens {@code start..end} of the quote, or null when it cannot be
     * placed safely (struck words the base lacks, deleted words not contiguous in the base).
     */
    private Edit group(Amendment a, List<QToken> q, int[] baseOf, int start, int end, int lastBase, String text,
        List<int[]> span) {
      int delFrom = -1;
      int delTo = -1;
      StringBuilder ins = new StringBuilder();
      for (int j = start; j <= end; j++) {
        QToken t = q.get(j);
        if (t.tag == DEL && !Tokens.isSeparator(t.text)) {
          if (baseOf[j] < 0 || (delTo >= 0 && baseOf[j] != delTo + 1)) {
            return null;
          }
          delFrom = delFrom < 0 ? baseOf[j] : delFrom;
          delTo = baseOf[j];
        } else if (t.tag == INS) {
          ins.append(t.text);
        } else if (ins.length() > 0 && Tokens.isSeparator(t.text)) {
          ins.append(t.text);
        }
      }
      String insert = ins.toString().strip();
      if (delFrom >= 0) {
        int from = span.get(delFrom)[0];
        int to = span.get(delTo)[1];
        if (insert.isEmpty()) {
          // a pure deletion takes the space before it ("a ~~b~~ c" → "a c"), or after it at the start
          while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
            from--;
          }
          if (from == 0) {
            while (to < text.length() && Character.isWhitespace(text.charAt(to))) {
              to++;
            }
          }
        }
        return new Edit(from, to, insert, a);
      }
      if (insert.isEmpty()) {
        return null;
      }
      if (lastBase < 0) {
        return new Edit(0, 0, insert + " ", a);
      }
      boolean spaceBefore = start > 0 && Tokens.isSpace(q.get(start - 1).text);
      return new Edit(span.get(lastBase)[1], span.get(lastBase)[1], (spaceBefore ? " " : "") + insert, a);
    }

    private void addParagraph(Amendment a) {
      Integer after = matcher.indexOf(a.target());
      if (after == null) {
        unmatched.add(new Unmatched(a.proponent().name(), a.newLabel(), "the base has no paragraph " + a.target()
            + " to place " + a.newLabel() + " after", a.evidence().quote(), List.of()));
        return;
      }
      if (matcher.indexOf(a.newLabel()) != null) {
        diagnostics.add(Diagnostic.warning("consolidate.label-taken", "the base already has a paragraph " + a.newLabel()
            + "; " + a.proponent() + "'s new paragraph follows it", null));
      }
      additions.computeIfAbsent(placeAfter(after, ParagraphNumber.of(a.newLabel())), k -> new ArrayList<>()).add(a);
      applied.add(new Applied(a.proponent().name(), a.newLabel(), "add", "", a.proposedText().strip(), a.option(), null));
    }

    /** The last paragraph a new one goes after: its base number's sub-items and earlier "bis" paragraphs. */
    private int placeAfter(int index, ParagraphNumber newNumber) {
      Paragraph anchor = base.paragraphs().get(index);
      int last = index;
      for (int i = index + 1; i < base.paragraphs().size(); i++) {
        Paragraph p = base.paragraphs().get(i);
        boolean descendant = p.parent() != null && isDescendant(p, anchor.index());
        boolean earlierBis = p.parent() == null && p.number() != null && anchor.number() != null
            && p.number().base().equals(anchor.number().base()) && p.number().compareTo(newNumber) < 0;
        if (!descendant && !earlierBis) {
          break;
        }
        last = i;
      }
      return last;
    }

    private boolean isDescendant(Paragraph p, int ancestor) {
      Integer parent = p.parent();
      while (parent != null) {
        if (parent == ancestor) {
          return true;
        }
        parent = base.paragraphs().get(parent).parent();
      }
      return false;
    }

    private void deleteParagraph(Amendment a) {
      Integer idx = matcher.indexOf(a.target());
      if (idx == null) {
        unmatched.add(new Unmatched(a.proponent().name(), a.target(), "the base has no paragraph " + a.target(),
            a.evidence().quote(), List.of()));
        return;
      }
      List<Amendment> by = deletions.computeIfAbsent(idx, k -> new ArrayList<>());
      if (by.stream().noneMatch(o -> o.proponent().equals(a.proponent()))) {
        by.add(a);
      }
    }

    private void merge(Amendment a) {
      boolean quoted = amendments.stream().anyMatch(o -> o.proponent().equals(a.proponent())
          && o.operation() == Operation.AMEND_TEXT && (a.target().equals(o.target()) || a.newLabel().equals(o.target())));
      if (quoted) {
        diagnostics.add(Diagnostic.info("consolidate.merge-by-quotes", a.proponent() + " asks to consolidate paragraphs "
            + a.target() + " and " + a.newLabel() + " and quotes the edits that do it: the quoted edits were applied", null));
        return;
      }
      Integer first = resolve(a.target());
      Integer second = resolve(a.newLabel());
      if (first == null || second == null) {
        unmatched.add(new Unmatched(a.proponent().name(), a.target(), "the base has no paragraph "
            + (first == null ? a.target() : a.newLabel()) + " to merge", a.evidence().quote(), List.of()));
        return;
      }
      if (first.equals(second)) {
        return;
      }
      String into = base.paragraphs().get(first).text();
      String joined = base.paragraphs().get(second).text().strip();
      int end = into.stripTrailing().length();
      edits.computeIfAbsent(first, k -> new ArrayList<>()).add(new Edit(end, end, (end == 0 ? "" : " ") + joined, a, "merge"));
      List<Amendment> by = deletions.computeIfAbsent(second, k -> new ArrayList<>());
      by.add(a);
      diagnostics.add(Diagnostic.info("consolidate.merge-joined", a.proponent() + " asks to consolidate paragraphs "
          + labelAt(first) + " and " + labelAt(second) + " without quoting the merged wording: the text of " + labelAt(second)
          + " was appended to " + labelAt(first) + " and " + labelAt(second) + " deleted as written; review the joined wording",
          null));
    }

    /**
     * Records a move: {@code target} is the paragraph (found by its quoted text when the proposal
     * quotes it, as a tracked move does), {@code newLabel} where it goes: "after 15", "before 2",
     * or "as 3" (to take the place of paragraph 3).
     */
    private void move(Amendment a) {
      String spec = a.newLabel() == null ? "" : a.newLabel().strip();
      int space = spec.indexOf(' ');
      String relation = space < 0 ? "" : spec.substring(0, space);
      String anchorLabel = space < 0 ? spec : spec.substring(space + 1).strip();
      Integer from;
      String note = null;
      if (a.quotedBaseText().isBlank()) {
        from = resolve(a.target());
      } else {
        BaseMatcher.Result where = matcher.locate(a.target(), a.quotedBaseText());
        from = where instanceof BaseMatcher.Found f ? f.index() : null;
        note = where instanceof BaseMatcher.Found f && a.target() != null ? f.note() : null;
      }
      if (from == null) {
        unmatched.add(new Unmatched(a.proponent().name(), a.target(), a.target() == null
            ? "the moved paragraph reads like no paragraph of the base"
            : "the base has no paragraph " + a.target() + " to move", a.evidence().quote(), List.of()));
        return;
      }
      Integer anchor = resolve(anchorLabel);
      if (anchor == null) {
        unmatched.add(new Unmatched(a.proponent().name(), labelAt(from), "the base has no paragraph " + anchorLabel
            + " to move " + labelAt(from) + " " + (relation.equals("as") ? "to" : relation), a.evidence().quote(), List.of()));
        return;
      }
      int last = lastOf(from);
      if (anchor >= from && anchor <= last) {
        unmatched.add(new Unmatched(a.proponent().name(), labelAt(from), "paragraph " + labelAt(from)
            + " cannot move relative to itself or its own sub-items", a.evidence().quote(), List.of()));
        return;
      }
      boolean before = relation.equals("before") || (relation.equals("as") && anchor < from);
      String where = (before ? "before " : "after ") + labelAt(anchor)
          + (relation.equals("as") ? " (to become paragraph " + anchorLabel + ")" : "");
      if (before ? anchor == last + 1 : lastOf(anchor) == from - 1) {
        diagnostics.add(Diagnostic.info("consolidate.move-in-place", a.proponent() + " asks to move paragraph "
            + labelAt(from) + " " + where + ", where it already stands: nothing to move", null));
        return;
      }
      moveRequests.computeIfAbsent(from, k -> new ArrayList<>())
          .add(new MoveRequest(a, from, anchor, before, where, note));
    }

    /**
     * The base paragraph a label names: its own label, else "OP5" as operative "5", else "PP3" as
     * the third preambular paragraph of a base whose preambular paragraphs carry no numbers.
     */
    private Integer resolve(String label) {
      if (label == null || label.isBlank()) {
        return null;
      }
      Integer idx = matcher.indexOf(label);
      if (idx != null) {
        return idx;
      }
      Matcher m = PREFIXED.matcher(label.strip());
      if (label.startsWith("¶") && label.substring(1).matches("\\d{1,5}")) {
        int n = Integer.parseInt(label.substring(1));
        return n >= 1 && n <= base.paragraphs().size() ? n - 1 : null;
      }
      if (!m.matches()) {
        return null;
      }
      if (m.group(1).equalsIgnoreCase("OP")) {
        return matcher.indexOf(m.group(2));
      }
      int n = Integer.parseInt(m.group(2));
      int seen = 0;
      for (Paragraph p : base.paragraphs()) {
        if (p.kind() == ParagraphKind.PREAMBULAR && p.parent() == null) {
          if (p.number() != null) {
            return null; // numbered preambular paragraphs answer by label only
          }
          if (++seen == n) {
            return p.index();
          }
        }
      }
      return null;
    }

    /** The last index of paragraph {@code index}'s sub-items (itself when it has none). */
    private int lastOf(int index) {
      int last = index;
      for (int i = index + 1; i < base.paragraphs().size() && isDescendant(base.paragraphs().get(i), index); i++) {
        last = i;
      }
      return last;
    }

    /** Resolves conflicts and renders the consolidated document. */
    private Document build() {
      Document.Builder out = Document.builder().metadata(base.metadata().toBuilder()
          .revision("consolidated" + (base.metadata().revision() == null ? "" : " (" + base.metadata().revision() + ")")).build());
      Set<Integer> keepDeletions = resolveMoves();
      withdrawBrokenMerges(keepDeletions);
      int n = base.paragraphs().size();
      List<List<Run>> rendered = new ArrayList<>(n);
      for (Paragraph p : base.paragraphs()) {
        rendered.add(render(p, keepDeletions));
        MoveRequest m = moves.get(p.index());
        if (m != null) {
          applied.add(new Applied(m.source().proponent().name(), labelAt(p.index()), "move", "", "", m.source().option(),
              join("moved " + m.where(), m.note(), m.also())));
        }
      }
      new Emitter(out, rendered).emitAll();
      for (Diagnostic d : base.diagnostics()) {
        out.diagnostic(d);
      }
      base.footnotes().forEach(out::footnote);
      return out.build();
    }

    /**
     * A merge joins the second paragraph's text onto the first only when the second is deleted
     * too: when its deletion does not stand (it is amended, or moved by another proponent), the
     * joined text is taken back so that no words appear twice; the conflict says why.
     */
    private void withdrawBrokenMerges(Set<Integer> keepDeletions) {
      for (Map.Entry<Integer, List<Amendment>> e : deletions.entrySet()) {
        boolean stands = keepDeletions.contains(e.getKey()) && edits.getOrDefault(e.getKey(), List.of()).isEmpty();
        if (stands) {
          continue;
        }
        for (Amendment a : e.getValue()) {
          if (a.operation() == Operation.MERGE_PARAGRAPHS) {
            Integer into = resolve(a.target());
            if (into != null && edits.containsKey(into)) {
              edits.get(into).removeIf(x -> x.source() == a && x.op().equals("merge"));
            }
          }
        }
      }
    }

    /** A base paragraph's runs with its accepted edits, or wholly deleted. */
    private List<Run> render(Paragraph p, Set<Integer> keepDeletions) {
      List<Edit> accepted = resolve(p, edits.getOrDefault(p.index(), List.of()));
      List<Amendment> by = keepDeletions.contains(p.index()) ? deletions.getOrDefault(p.index(), List.of()) : List.of();
      if (!by.isEmpty() && accepted.isEmpty()) {
        Amendment deletion = by.get(0);
        List<String> others = by.stream().skip(1).map(o -> o.proponent().name()).toList();
        String note = deletion.operation() == Operation.MERGE_PARAGRAPHS
            ? "merged into paragraph " + labelAt(resolve(deletion.target())) + " (no merged wording was quoted: texts joined)"
            : null;
        applied.add(new Applied(deletion.proponent().name(), labelAt(p.index()),
            deletion.operation() == Operation.MERGE_PARAGRAPHS ? "merge" : "delete", p.text().strip(), "", deletion.option(),
            join(note, null, others.isEmpty() ? null : "also proposed by " + String.join(", ", others))));
        return p.runs().stream().map(r -> attribute(r.plus(Mark.DELETE), deletion)).toList();
      }
      if (!by.isEmpty()) {
        conflicts.add(new Conflict(labelAt(p.index()), by.stream().map(o -> o.proponent().name()).toList(),
            by.stream().map(o -> o.operation() == Operation.MERGE_PARAGRAPHS ? "merge paragraph " + labelAt(p.index())
                + " into " + o.target() : "delete paragraph " + labelAt(p.index())).toList(),
            "not applied: the paragraph is also amended"));
      }
      return apply(p, p.runs(), accepted);
    }

    /** Accepted moves by the base index of the paragraph moved. */
    private final Map<Integer, MoveRequest> moves = new HashMap<>();

    /**
     * Decides which moves are applied: one destination per paragraph, agreed by every proponent
     * who moves it and opposed by none who deletes it, else a conflict (settled by --prefer).
     * Returns the paragraphs whose deletions still stand.
     */
    private Set<Integer> resolveMoves() {
      Set<Integer> keep = new HashSet<>(deletions.keySet());
      List<Integer> sources = new ArrayList<>(moveRequests.keySet());
      sources.sort(Comparator.naturalOrder());
      for (int src : sources) {
        List<MoveRequest> reqs = new ArrayList<>();
        for (MoveRequest r : moveRequests.get(src)) {
          if (reqs.stream().noneMatch(o -> o.source().proponent().equals(r.source().proponent()))) {
            reqs.add(r);
          }
        }
        List<Amendment> dels = deletions.getOrDefault(src, List.of());
        MoveRequest first = reqs.get(0);
        boolean agree = reqs.stream().allMatch(r -> r.anchor() == first.anchor() && r.before() == first.before());
        if (agree && dels.isEmpty()) {
          List<String> others = reqs.stream().skip(1).map(r -> r.source().proponent().name()).toList();
          moves.put(src, others.isEmpty() ? first : first.alsoBy(others));
          continue;
        }
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (MoveRequest r : reqs) {
          names.add(r.source().proponent().name());
          texts.add("move paragraph " + labelAt(src) + " " + r.where());
        }
        for (Amendment d : dels) {
          names.add(d.proponent().name());
          texts.add(d.operation() == Operation.MERGE_PARAGRAPHS ? "merge paragraph " + labelAt(src) + " into "
              + d.target() : "delete paragraph " + labelAt(src));
        }
        MoveRequest preferredMove = prefer == null ? null
            : reqs.stream().filter(r -> r.source().proponent().name().equals(prefer)).findFirst().orElse(null);
        boolean preferredDelete = prefer != null && dels.stream().anyMatch(d -> d.proponent().name().equals(prefer));
        String resolution;
        if (preferredMove != null) {
          moves.put(src, preferredMove);
          keep.remove(src);
          resolution = "applied the proposal of " + prefer + " (preferred)";
        } else if (preferredDelete) {
          resolution = "applied the proposal of " + prefer + " (preferred)";
        } else {
          keep.remove(src);
          resolution = "not applied";
        }
        conflicts.add(new Conflict(labelAt(src), names, texts, resolution));
      }
      // a paragraph moving with its parent, or moves that chase each other in a circle, are not applied
      for (int src : sources) {
        MoveRequest m = moves.get(src);
        if (m == null) {
          continue;
        }
        MoveRequest outer = movedWith(src, m);
        if (outer != null) {
          moves.remove(src);
          unmatched.add(new Unmatched(m.source().proponent().name(), labelAt(src), "paragraph " + labelAt(src)
              + " moves with paragraph " + labelAt(outer.from()) + ", which is also moved", m.source().evidence().quote(), List.of()));
          continue;
        }
        int at = m.anchor();
        for (int step = 0; step <= moves.size(); step++) {
          MoveRequest carrier = movedWith(at, null);
          if (carrier == null) {
            break;
          }
          if (carrier == m) {
            moves.remove(src);
            unmatched.add(new Unmatched(m.source().proponent().name(), labelAt(src), "moving paragraph " + labelAt(src)
                + " " + m.where() + " goes round in a circle with the other moves", m.source().evidence().quote(), List.of()));
            break;
          }
          at = carrier.anchor();
        }
      }
      return keep;
    }

    /** The accepted move (other than {@code except}) whose paragraph or sub-items include {@code index}, or null. */
    private MoveRequest movedWith(int index, MoveRequest except) {
      for (MoveRequest m : moves.values()) {
        if (m != except && index >= m.from() && index <= lastOf(m.from())) {
          return m;
        }
      }
      return null;
    }

    /**
     * Writes the consolidated paragraphs in order: a moved paragraph (with its sub-items) stays
     * where it stood as moved-from text and appears at its destination as moved-to text carrying
     * the edits made to it; paragraphs moved before or after it travel with it.
     */
    private final class Emitter {
      private final Document.Builder out;
      private final List<List<Run>> rendered;
      private final Map<Integer, Integer> origin = new HashMap<>();
      private final Map<Integer, Integer> placed = new HashMap<>();
      private final Map<Integer, List<MoveRequest>> before = new HashMap<>();
      private final Map<Integer, List<MoveRequest>> after = new HashMap<>();

      Emitter(Document.Builder out, List<List<Run>> rendered) {
        this.out = out;
        this.rendered = rendered;
        List<Integer> sources = new ArrayList<>(moves.keySet());
        sources.sort(Comparator.naturalOrder());
        for (int src : sources) {
          MoveRequest m = moves.get(src);
          (m.before() ? before : after).computeIfAbsent(m.before() ? m.anchor() : lastOf(m.anchor()),
              k -> new ArrayList<>()).add(m);
        }
      }

      void emitAll() {
        for (Paragraph p : base.paragraphs()) {
          MoveRequest carrier = movedWith(p.index(), null);
          if (carrier == null) {
            slot(p.index(), false);
          } else {
            Amendment mover = carrier.source();
            List<Run> runs = p.runs().stream().map(r -> attribute(r.plus(Mark.MOVE_FROM), mover)).toList();
            Integer parent = p.parent() == null ? null : origin.get(p.parent());
            origin.put(p.index(), out.add(p.number(), p.kind(), runs, parent, p.location()));
          }
        }
        for (Comment c : base.comments()) {
          Integer at = c.paragraph() == null ? null : placed.getOrDefault(c.paragraph(), origin.get(c.paragraph()));
          out.comment(new Comment(c.id(), c.author(), c.date(), c.text(), at, c.anchorText()));
        }
      }

      /** Paragraph {@code index} in its place (or at its destination), with what goes before and after it. */
      private void slot(int index, boolean moved) {
        for (MoveRequest m : before.getOrDefault(index, List.of())) {
          destination(m);
        }
        Paragraph p = base.paragraphs().get(index);
        List<Run> runs = rendered.get(index);
        Integer parent = p.parent() == null ? null : placed.get(p.parent());
        if (moved) {
          MoveRequest carrier = movedWith(index, null);
          Amendment mover = carrier.source();
          runs = runs.stream().map(r -> r.has(Mark.INSERT) || r.has(Mark.DELETE) ? r : attribute(r.plus(Mark.MOVE_TO), mover))
              .toList();
          if (index == carrier.from()) {
            Integer anchorParent = base.paragraphs().get(carrier.anchor()).parent();
            parent = anchorParent == null ? null : placed.get(anchorParent);
          }
        }
        int idx = out.add(p.number(), p.kind(), runs, parent, p.location());
        placed.put(index, idx);
        if (!moved) {
          origin.put(index, idx);
        }
        for (Amendment a : sortedAdds(index)) {
          List<Run> addRuns = a.proposed().stream().filter(r -> !r.has(Mark.DELETE))
              .map(r -> attribute(new Run(r.text(), EnumSet.of(Mark.INSERT), null, null, null), a)).toList();
          out.add(ParagraphNumber.of(a.newLabel()), p.kind(), addRuns, null, a.evidence().location());
        }
        for (MoveRequest m : after.getOrDefault(index, List.of())) {
          destination(m);
        }
      }

      /** The moved paragraph and its sub-items at their destination. */
      private void destination(MoveRequest m) {
        for (int k = m.from(); k <= lastOf(m.from()); k++) {
          slot(k, true);
        }
      }
    }

    private List<Amendment> sortedAdds(int after) {
      List<Amendment> adds = new ArrayList<>(additions.getOrDefault(after, List.of()));
      adds.sort(Comparator.comparing(a -> ParagraphNumber.of(a.newLabel())));
      return adds;
    }

    /** Keeps the edits that conflict with no other proponent's; records the conflicts. */
    private List<Edit> resolve(Paragraph p, List<Edit> all) {
      List<Edit> accepted = new ArrayList<>();
      Set<Edit> dropped = new HashSet<>();
      for (int i = 0; i < all.size(); i++) {
        Edit e = all.get(i);
        for (int j = i + 1; j < all.size(); j++) {
          Edit o = all.get(j);
          if (e.source().proponent().equals(o.source().proponent())) {
            continue;
          }
          if (e.sameAs(o)) {
            dropped.add(o); // the same change proposed twice: apply once
            continue;
          }
          if (e.overlaps(o)) {
            String label = labelAt(p.index());
            String a = e.source().proponent().name();
            String b = o.source().proponent().name();
            String resolution;
            if (prefer != null && (prefer.equals(a) || prefer.equals(b))) {
              dropped.add(prefer.equals(a) ? o : e);
              resolution = "applied the proposal of " + prefer + " (preferred)";
            } else {
              dropped.add(e);
              dropped.add(o);
              resolution = "not applied";
            }
            conflicts.add(new Conflict(label, List.of(a, b), List.of(describe(p.text(), e), describe(p.text(), o)), resolution));
          }
        }
      }
      for (Edit e : all) {
        if (!dropped.contains(e)) {
          accepted.add(e);
          applied.add(new Applied(e.source().proponent().name(), labelAt(p.index()), e.op(),
              p.text().substring(e.from(), e.to()).strip(), e.insert().strip(), e.source().option(),
              e.op().equals("merge") ? "joined paragraph " + e.source().newLabel() + " on (no merged wording was quoted)"
                  : notes.get(p.index())));
        }
      }
      accepted.sort(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::to));
      return accepted;
    }

    /** The paragraph's runs with the accepted edits as attributed insert/delete runs. */
    private List<Run> apply(Paragraph p, List<Run> runs, List<Edit> accepted) {
      if (accepted.isEmpty()) {
        return runs;
      }
      List<Run> out = new ArrayList<>();
      int cursor = 0;
      for (Edit e : accepted) {
        if (e.from() < cursor) {
          continue; // defensive: overlapping edits of one proponent keep the first
        }
        out.addAll(slice(runs, cursor, e.from()));
        for (Run deleted : slice(runs, e.from(), e.to())) {
          out.add(attribute(deleted.plus(Mark.DELETE), e.source()));
        }
        if (!e.insert().isEmpty()) {
          out.add(attribute(new Run(e.insert(), EnumSet.of(Mark.INSERT), null, null, null), e.source()));
        }
        cursor = e.to();
      }
      out.addAll(slice(runs, cursor, p.text().length()));
      return Runs.normalize(out);
    }

    /** The parts of the runs between two character offsets of the paragraph text. */
    private List<Run> slice(List<Run> runs, int from, int to) {
      List<Run> out = new ArrayList<>();
      int start = 0;
      for (Run r : runs) {
        int end = start + r.text().length();
        int a = Math.max(from, start);
        int b = Math.min(to, end);
        if (a < b) {
          out.add(r.withText(r.text().substring(a - start, b - start)));
        }
        start = end;
      }
      return out;
    }

    private Run attribute(Run r, Amendment a) {
      return new Run(r.text(), r.marks(), a.proponent().name(), null, r.ref());
    }

    private String labelAt(int index) {
      return matcher.labelAt(index);
    }
  }

  private static final int KEEP = 0;
  private static final int DEL = 1;
  private static final int INS = 2;

  private record QToken(String text, int tag) {}

  /**
   * A proposal to move the paragraph at {@code from} (with its sub-items) before or after the one
   * at {@code anchor}; {@code where} says so in words ("after 15"), {@code note} how it was found,
   * {@code also} who else proposed the same move.
   */
  private record MoveRequest(Amendment source, int from, int anchor, boolean before, String where, String note,
      String also) {
    MoveRequest(Amendment source, int from, int anchor, boolean before, String where, String note) {
      this(source, from, anchor, before, where, note, null);
    }

    MoveRequest alsoBy(List<String> others) {
      return new MoveRequest(source, from, anchor, before, where, note, "also proposed by " + String.join(", ", others));
    }
  }

  /** The non-empty parts joined with "; ", or null when there are none. */
  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        sb.append(sb.length() == 0 ? "" : "; ").append(p);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /**
   * Punctuation the quote keeps but the base lacks, right beside an insertion, belongs to the
   * insertion (stakeholders bold the words and forget the comma).
   */
  private static void absorbPunctuation(List<QToken> q, int[] baseOf) {
    for (int i = 0; i < q.size(); i++) {
      QToken t = q.get(i);
      if (t.tag != KEEP || baseOf[i] >= 0 || Tokens.isSeparator(t.text) || Character.isLetterOrDigit(t.text.charAt(0))) {
        continue;
      }
      if (neighbourIsInsert(q, i, -1) || neighbourIsInsert(q, i, 1)) {
        q.set(i, new QToken(t.text, INS));
      }
    }
  }

  /** The histogram alignment the compare engine uses, over word keys. */
  private static int[] matchWords(List<String> a, List<String> b) {
    Map<String, Integer> ids = new HashMap<>();
    int[] x = new int[a.size()];
    int[] y = new int[b.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = ids.computeIfAbsent(a.get(i), k -> ids.size());
    }
    for (int j = 0; j < y.length; j++) {
      y[j] = ids.computeIfAbsent(b.get(j), k -> ids.size());
    }
    return TokenDiff.align(x, y);
  }

  /** True when the nearest word beside a change (in direction {@code step}) is one the base lacks. */
  private static boolean anomalousNeighbour(List<QToken> q, int[] baseOf, int from, int step) {
    for (int j = from + step; j >= 0 && j < q.size(); j += step) {
      QToken t = q.get(j);
      if (!Tokens.isSeparator(t.text)) {
        return t.tag == KEEP && baseOf[j] < 0;
      }
    }
    return false;
  }

  private static boolean neighbourIsInsert(List<QToken> q, int i, int step) {
    for (int j = i + step; j >= 0 && j < q.size(); j += step) {
      if (!Tokens.isSeparator(q.get(j).text)) {
        return q.get(j).tag == INS;
      }
    }
    return false;
  }

  private static String describe(String text, Edit e) {
    String del = text.substring(e.from(), e.to()).strip();
    return (del.isEmpty() ? "" : "~~" + del + "~~") + (e.insert().isBlank() ? "" : (del.isEmpty() ? "" : " ") + "**" + e.insert().strip() + "**");
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
