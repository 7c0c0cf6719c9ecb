package org.draftkit.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.draftkit.ImportException;
import org.draftkit.amend.ProposalReader;
import org.draftkit.amend.Submission;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.Comparison;
import org.draftkit.internal.BaseMatcher;
import org.draftkit.internal.ParagraphReferences;
import org.draftkit.internal.SubmissionNumbering;
import org.draftkit.model.Amendment;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Evidence;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Position;
import org.draftkit.model.Stakeholder;
import org.draftkit.model.Stance;

/**
 * Public engine behind {@link org.draftkit.Toolkit#positions} (embedders, testkit). Builds a {@link
 * PositionTable} from submissions: quoted paragraphs with proposal marks (amend), new "bis"
 * paragraphs (add), prose stances with paragraph references ("retain paras 9-12"), and Word
 * comments with party codes on an annotated draft ("US: Clarifies not decides"). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class PositionReader {

  /** The row for statements that name no paragraph. */
  public static final String GENERAL = "general";

  /**
   * The suffix of the row of a paragraph the base deleted ("12 (deleted)"), under {@link
   * #renumbering}.
   */
  public static final String DELETED = " (deleted)";

  private final ParagraphReferences references = new ParagraphReferences();
  private final StanceClassifier stances = new StanceClassifier();
  private final PartyNames parties;
  private final CommentStatements commentStatements;
  private final ProposalReader proposals;

  public PositionReader(PartyNames parties, ProposalReader proposals) {
    this.parties = parties;
    this.commentStatements = new CommentStatements(parties);
    this.proposals = proposals;
  }

  /** A reader with the built-in party list and the default mark convention. */
  public static PositionReader defaults() {
    return new PositionReader(PartyNames.defaults(), ProposalReader.defaults());
  }

  /**
   * Builds the table.
   *
   * @param submissions the inputs, in column order
   * @param base the base revision the rows follow, or null
   */
  public PositionTable build(List<Submission> submissions, Document base) {
    return build(submissions, base, Map.of());
  }

  /**
   * Builds the table, mapping the paragraph numbers the submissions use to the base's.
   *
   * @param submissions the inputs, in column order
   * @param base the base revision the rows follow, or null
   * @param renumbered the submissions' paragraph labels → the base's (from a comparison of the
   *     revision they quote with the base: {@link #renumbering}); labels not in it are kept. A
   *     quoted paragraph is placed by its text in the base whatever its number.
   */
  public PositionTable build(
      List<Submission> submissions, Document base, Map<String, String> renumbered) {
    return table(submissions, base, renumbered);
  }

  /**
   * As {@link #build(List, Document, Map)} for the submissions that could be read; those that could
   * not are listed in the table's diagnostics.
   *
   * @throws ImportException when none could be read
   */
  public PositionTable build(SubmissionSet read, Document base, Map<String, String> renumbered)
      throws ImportException {
    return build(read, base, renumbered, Map.of());
  }

  /**
   * As {@link #build(SubmissionSet, Document, Map)}, with other revisions the submissions name
   * ("restore the language of the Zero Draft (paragraphs 73 and 89)"): revision name → its labels
   * mapped to the base's ({@link #renumbering} of a comparison of that revision with the base).
   * References to a revision not given here get rows of their own ("Zero Draft 73"), never the base
   * paragraphs that happen to carry the same numbers.
   *
   * @throws ImportException when no submission could be read
   */
  public PositionTable build(
      SubmissionSet read,
      Document base,
      Map<String, String> renumbered,
      Map<String, Map<String, String>> revisions)
      throws ImportException {
    return table(read.requireAny(), base, renumbered, revisions)
        .withDiagnostics(read.diagnostics());
  }

  private PositionTable table(
      List<Submission> submissions, Document base, Map<String, String> renumbered) {
    return table(submissions, base, renumbered, Map.of());
  }

  private PositionTable table(
      List<Submission> submissions,
      Document base,
      Map<String, String> renumbered,
      Map<String, Map<String, String>> revisions) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Position> all = new ArrayList<>();
    Map<String, Map<String, String>> named = new java.util.TreeMap<>();
    revisions.forEach((name, map) -> named.put(RevisionNames.key(name), Map.copyOf(map)));
    Base context =
        new Base(base, base == null ? null : new BaseMatcher(base), Map.copyOf(renumbered), named);
    for (Submission s : submissions) {
      all.addAll(read(s, context, diagnostics));
    }
    Set<Stakeholder> stakeholders = new LinkedHashSet<>();
    submissions.forEach(s -> stakeholders.add(s.stakeholder()));
    all.forEach(p -> stakeholders.add(p.stakeholder()));
    // submissions that only carried others' comments are not columns
    Set<Stakeholder> used = new LinkedHashSet<>();
    all.forEach(p -> used.add(p.stakeholder()));
    List<Stakeholder> columns =
        stakeholders.stream()
            .filter(
                s ->
                    used.contains(s)
                        || submissions.stream()
                            .anyMatch(
                                x -> x.stakeholder().equals(s) && !isAnnotatedDraft(x.document())))
            .toList();
    return new PositionTable(
        base == null ? null : base.metadata(),
        columns,
        rows(dedupe(all), base, diagnostics),
        diagnostics);
  }

  /** The base, its matcher and the renumbering of one build. */
  private record Base(
      Document doc,
      BaseMatcher matcher,
      Map<String, String> renumbered,
      Map<String, Map<String, String>> revisions) {
    String map(String label) {
      return renumbered.getOrDefault(label, label);
    }
  }

  /**
   * How one submission's labels land on the base: an explicit renumbering first, else what its
   * quotes show.
   */
  private record Numbers(Base base, SubmissionNumbering inferred) {
    SubmissionNumbering.Mapping map(String label, String context) {
      if (base.renumbered().containsKey(label) || base.doc() == null) {
        return new SubmissionNumbering.Mapping(base.map(label), true, null);
      }
      return inferred.map(label, context);
    }
  }

  /**
   * The labels of an older revision mapped to a newer one's, from their comparison: for every
   * paragraph that is in both (unchanged, modified, moved; the first part of a split, the merged
   * paragraph of a merge), older label → newer label; a paragraph the newer revision deleted maps
   * to "N (deleted)", so that references to it get a row of their own (and a diagnostic) rather
   * than landing on the paragraph that now carries its number.
   */
  public static Map<String, String> renumbering(Comparison comparison) {
    Map<String, String> map = new LinkedHashMap<>();
    for (AlignedPair pair : comparison.pairs()) {
      if (pair.newer().isEmpty()) {
        // gone from the base: keep the reference visible, never on whatever paragraph now has its
        // number
        for (Paragraph older : pair.older()) {
          if (older.number() != null) {
            map.putIfAbsent(
                comparison.older().fullLabel(older), comparison.older().fullLabel(older) + DELETED);
          }
        }
        continue;
      }
      if (pair.older().isEmpty()) {
        continue;
      }
      Paragraph target = pair.newer().get(0);
      if (target.number() == null) {
        continue;
      }
      String to = comparison.newer().fullLabel(target);
      for (Paragraph older : pair.older()) {
        if (older.number() != null) {
          map.putIfAbsent(comparison.older().fullLabel(older), to);
        }
      }
    }
    return map;
  }

  /** The positions one submission takes. */
  public List<Position> read(Submission submission, Document base, List<Diagnostic> diagnostics) {
    return read(
        submission,
        new Base(base, base == null ? null : new BaseMatcher(base), Map.of(), Map.of()),
        diagnostics);
  }

  private List<Position> read(Submission submission, Base base, List<Diagnostic> diagnostics) {
    Document doc = submission.document();
    List<Position> out = new ArrayList<>();
    List<Amendment> amendments = proposals.read(submission).amendments();
    if (isAnnotatedDraft(doc)) {
      Numbers identity = new Numbers(base, SubmissionNumbering.identity());
      readComments(doc, base, out, diagnostics);
      if (out.isEmpty()) {
        amendments.forEach(a -> fromAmendment(a, base, identity, diagnostics).ifPresent(out::add));
      }
      return out;
    }
    Numbers numbers =
        new Numbers(
            base,
            base.doc() == null || !base.renumbered().isEmpty()
                ? SubmissionNumbering.identity()
                : SubmissionNumbering.infer(amendments, base.doc(), base.matcher())
                    .through(base.revisions()));
    for (Amendment a : amendments) {
      fromAmendment(a, base, numbers, diagnostics).ifPresent(out::add);
    }
    String context = null;
    List<String> uncertain = new ArrayList<>();
    Map<String, Set<String>> otherRevisions = new LinkedHashMap<>();
    for (Paragraph p : doc.paragraphs()) {
      String text = p.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (p.number() != null && p.kind() != ParagraphKind.HEADING) {
        // a quoted proposal ends the list a lead-in ("…the following areas:") introduced
        context = context != null && context.endsWith(":") ? null : context;
        continue;
      }
      Stance previous = null;
      int previousSentence = -1;
      List<ParagraphReferences.Reference> refs = references.find(text);
      for (int r = 0; r < refs.size(); r++) {
        ParagraphReferences.Reference ref = refs.get(r);
        int sentence = sentenceStart(text, ref.start());
        Stance stance =
            stanceFor(text, ref, sentence == previousSentence ? previous : null, context);
        previous = stance;
        previousSentence = sentence;
        String quote = sentenceAround(text, ref.start(), ref.end());
        int from = Math.max(sentence, r > 0 ? refs.get(r - 1).end() : 0);
        String revision = RevisionNames.named(text, from, ref.start(), ref.end());
        for (String label : ref.labels()) {
          Evidence evidence = new Evidence(doc.metadata().source(), p.location(), quote);
          if (revision != null) {
            Map<String, String> map = base.revisions().get(RevisionNames.key(revision));
            String mapped = map == null ? null : map.get(label);
            if (mapped == null) {
              otherRevisions.computeIfAbsent(revision, k -> new LinkedHashSet<>()).add(label);
            }
            out.add(
                new Position(
                    submission.stakeholder(),
                    mapped != null ? mapped : revision + " " + label,
                    stance,
                    null,
                    evidence,
                    mapped != null
                        ? "the " + revision + "'s paragraph " + label
                        : "numbered as in the " + revision));
            continue;
          }
          SubmissionNumbering.Mapping m = numbers.map(label, quote);
          if (!m.certain()) {
            uncertain.add(label + "→" + m.label());
          }
          out.add(
              new Position(submission.stakeholder(), m.label(), stance, null, evidence, m.note()));
        }
      }
      if (p.kind() == ParagraphKind.HEADING || text.endsWith(":")) {
        context = text;
      }
    }
    if (!uncertain.isEmpty()) {
      diagnostics.add(
          Diagnostic.warning(
              "positions.numbering-uncertain",
              submission.stakeholder()
                  + " numbers paragraphs"
                  + " as the revision it quotes, which is not the base's numbering everywhere; these references could not be"
                  + " mapped with certainty and are marked in their rows (their number → the base's, as placed): "
                  + String.join(", ", uncertain),
              null));
    }
    otherRevisions.forEach(
        (name, labels) ->
            diagnostics.add(
                Diagnostic.warning(
                    "positions.other-revision",
                    submission.stakeholder()
                        + " refers to paragraph(s) "
                        + String.join(", ", labels)
                        + " of the "
                        + name
                        + ": they have rows of their own (\""
                        + name
                        + " "
                        + labels.iterator().next()
                        + "\"), not the base paragraphs"
                        + " with those numbers; give that revision (--revision \""
                        + name
                        + "\"=FILE) to map them onto the base",
                    null)));
    readComments(doc, base, out, diagnostics);
    return out;
  }

  /**
   * The stance an amendment takes; none for a quoted paragraph that changes nothing in the base.
   * With a base, a quoted paragraph is placed by its text (stakeholders quote earlier revisions).
   */
  private static Optional<Position> fromAmendment(
      Amendment a, Base base, Numbers numbers, List<Diagnostic> diagnostics) {
    if (a.target() == null) {
      return Optional.empty();
    }
    SubmissionNumbering.Mapping mapping = numbers.map(a.target(), null);
    String label = mapping.label();
    String note = mapping.note();
    Paragraph inBase = null;
    if (base.doc() != null && a.operation() == Amendment.Operation.AMEND_TEXT) {
      BaseMatcher.Result where = base.matcher().locate(label, a.quotedBaseText());
      if (where instanceof BaseMatcher.Found found) {
        label = found.label();
        note = found.note();
        inBase = base.doc().paragraphs().get(found.index());
        if (found.note() != null) {
          diagnostics.add(
              Diagnostic.info(
                  "positions.found-by-text",
                  a.proponent() + ": " + found.note(),
                  a.evidence().location()));
        }
      }
    } else if (base.doc() != null && base.matcher().indexOf(label) != null) {
      inBase = base.doc().paragraphs().get(base.matcher().indexOf(label));
    }
    String text = a.proposedText().replaceAll("\\s+", " ").strip();
    Stance stance =
        switch (a.operation()) {
          case ADD_PARAGRAPH -> Stance.ADD;
          case DELETE_PARAGRAPH -> Stance.DELETE;
          case RETAIN -> Stance.RETAIN;
          case RESTORE -> Stance.RESTORE;
          case AMEND_TEXT -> {
            boolean marked =
                a.proposed().stream().anyMatch(r -> r.has(Mark.INSERT) || r.has(Mark.DELETE));
            if (!marked && inBase != null && normalise(inBase.text()).equals(text)) {
              yield null;
            }
            yield base.doc() != null && inBase == null && !marked ? Stance.ADD : Stance.AMEND;
          }
          default -> Stance.AMEND;
        };
    if (stance == null) {
      return Optional.empty();
    }
    if (a.operation() == Amendment.Operation.ADD_PARAGRAPH) {
      ParagraphNumber n = ParagraphNumber.of(a.label());
      SubmissionNumbering.Mapping anchor =
          n.isInserted() ? numbers.map(n.base().label(), null) : null;
      label =
          anchor != null
              ? ParagraphNumber.of(anchor.label()).withSuffix(n.suffix()).label()
              : a.label();
      note =
          anchor == null || anchor.note() == null
              ? null
              : "new paragraph after " + anchor.label() + ": " + anchor.note();
    }
    return Optional.of(
        new Position(
            a.proponent(),
            label,
            stance,
            stance == Stance.AMEND || stance == Stance.ADD ? text : null,
            a.evidence(),
            note));
  }

  /**
   * A draft carrying comments or tracked changes over many numbered paragraphs, rather than a
   * letter quoting a few.
   */
  static boolean isAnnotatedDraft(Document doc) {
    long numbered =
        doc.paragraphs().stream()
            .filter(p -> p.number() != null && p.kind() != ParagraphKind.HEADING)
            .count();
    boolean tracked =
        doc.paragraphs().stream().anyMatch(p -> p.has(Mark.INSERT) || p.has(Mark.DELETE));
    return numbered >= 15 && (!doc.comments().isEmpty() || tracked);
  }

  /**
   * Positions from party comments on an annotated draft, on the paragraph each comment is anchored
   * to (or the paragraphs it names), mapped through the renumbering like any reference: the
   * annotated draft is often the earlier revision the renumbering starts from.
   */
  private void readComments(
      Document doc, Base base, List<Position> out, List<Diagnostic> diagnostics) {
    int withoutParty = 0;
    for (Comment c : doc.comments()) {
      List<CommentStatements.Statement> statements = commentStatements.split(c.text());
      if (statements.isEmpty()) {
        withoutParty++;
        continue;
      }
      String anchor = c.paragraph() == null ? GENERAL : anchorLabel(doc, c.paragraph());
      anchor = anchor.equals(GENERAL) ? anchor : base.map(anchor);
      for (CommentStatements.Statement st : statements) {
        List<String> labels = references.labels(st.text()).stream().map(base::map).toList();
        Stance stance = stances.classifyOrComment(st.text());
        String text = stance == Stance.AMEND || stance == Stance.ADD ? st.text() : null;
        Evidence evidence =
            new Evidence(
                doc.metadata().source(),
                c.paragraph() == null ? null : doc.paragraphs().get(c.paragraph()).location(),
                c.text());
        for (String party : st.parties()) {
          Stakeholder who = new Stakeholder(parties.shortName(party));
          for (String label : labels.isEmpty() ? List.of(anchor) : labels) {
            out.add(new Position(who, label, stance, text, evidence));
          }
        }
      }
    }
    if (withoutParty > 0) {
      diagnostics.add(
          Diagnostic.info(
              "positions.comment-without-party",
              withoutParty
                  + " comment(s) in "
                  + doc.metadata().source()
                  + " name no party and carry no position",
              null));
    }
  }

  /**
   * The stance of the words around one reference: its own clause first, then the stance of the
   * reference before it in the same sentence ("we welcome paras 3 to 4 and 6–7"), then the heading
   * or lead-in it stands under.
   */
  private Stance stanceFor(
      String text, ParagraphReferences.Reference ref, Stance sameSentence, String context) {
    List<ParagraphReferences.Reference> all = references.find(text);
    int idx = all.indexOf(ref);
    int from = Math.max(sentenceStart(text, ref.start()), idx > 0 ? all.get(idx - 1).end() : 0);
    int limit =
        Math.min(
            sentenceEnd(text, ref.end()),
            idx + 1 < all.size() ? all.get(idx + 1).start() : text.length());
    // the words before the reference say most ("we support paragraph 1"); the rest of its clause
    // counts only when they say nothing ("(paras 25, 26) is particularly important")
    Optional<Stance> own =
        stances
            .classify(text.substring(from, ref.start()))
            .or(() -> stances.classify(clauseAfter(text, ref.end(), limit)));
    if (own.isPresent()) {
      return own.get();
    }
    if (sameSentence != null && sameSentence != Stance.COMMENT) {
      return sameSentence;
    }
    if (context != null) {
      Optional<Stance> ctx = stances.classify(context);
      if (ctx.isPresent()) {
        return ctx.get();
      }
    }
    return Stance.COMMENT;
  }

  /** The words after a reference up to the end of its clause (a comma, semicolon or bracket). */
  private static String clauseAfter(String text, int from, int limit) {
    int i = from;
    while (i < limit
        && (text.charAt(i) == ')'
            || text.charAt(i) == ']'
            || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    int end = i;
    while (end < limit && ",;()[]".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(i, end);
  }

  private static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == ';')
          && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == ';')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static String sentenceAround(String text, int start, int end) {
    return text.substring(sentenceStart(text, start), sentenceEnd(text, end)).strip();
  }

  /** The label of the paragraph at {@code index}, or of the nearest numbered one before it. */
  private static String anchorLabel(Document doc, int index) {
    for (int i = Math.min(index, doc.paragraphs().size() - 1); i >= 0; i--) {
      Paragraph p = doc.paragraphs().get(i);
      if (p.number() != null) {
        return doc.fullLabel(p);
      }
    }
    return GENERAL;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /**
   * One proposal on one paragraph is one position, however often the submission mentions it: the
   * same stance on the same paragraph once (the one carrying proposed text, else the first), and a
   * mere comment dropped where the same stakeholder takes a stance on that paragraph.
   */
  private static List<Position> dedupe(List<Position> all) {
    Map<String, Position> seen = new LinkedHashMap<>();
    Set<String> withStance = new java.util.HashSet<>();
    for (Position p : all) {
      if (p.stance() != Stance.COMMENT) {
        withStance.add(p.stakeholder().name() + "\u0000" + p.paragraph());
      }
    }
    for (Position p : all) {
      if (p.stance() == Stance.COMMENT
          && withStance.contains(p.stakeholder().name() + "\u0000" + p.paragraph())) {
        continue;
      }
      String key = p.stakeholder().name() + "\u0000" + p.paragraph() + "\u0000" + p.stance();
      Position prev = seen.get(key);
      if (prev == null) {
        seen.put(key, p);
      } else if (prev.text() == null && p.text() != null) {
        seen.put(
            key,
            new Position(
                p.stakeholder(),
                p.paragraph(),
                p.stance(),
                p.text(),
                p.evidence(),
                p.note() != null ? p.note() : prev.note()));
      }
    }
    return List.copyOf(seen.values());
  }

  private List<PositionTable.Row> rows(
      List<Position> positions, Document base, List<Diagnostic> diagnostics) {
    Map<String, List<Position>> byLabel = new HashMap<>();
    for (Position p : positions) {
      byLabel.computeIfAbsent(p.paragraph(), k -> new ArrayList<>()).add(p);
    }
    Map<String, Paragraph> baseByLabel = new HashMap<>();
    Map<String, Integer> baseOrder = new HashMap<>();
    if (base != null) {
      for (Paragraph p : base.paragraphs()) {
        if (p.number() != null) {
          String label = base.fullLabel(p);
          baseByLabel.putIfAbsent(label, p);
          baseOrder.putIfAbsent(label, p.index());
        }
      }
    }
    TreeMap<SortKey, String> ordered = new TreeMap<>();
    for (String label : byLabel.keySet()) {
      ordered.put(sortKey(label, baseOrder), label);
      if (base != null && !baseOrder.containsKey(label) && label.endsWith(DELETED)) {
        diagnostics.add(
            Diagnostic.warning(
                "positions.deleted-paragraph",
                "paragraph "
                    + label.substring(0, label.length() - DELETED.length())
                    + " of the earlier revision is addressed by "
                    + byLabel.get(label).stream()
                        .map(p -> p.stakeholder().name())
                        .distinct()
                        .sorted()
                        .toList()
                    + " but the base "
                    + base.metadata().displayName()
                    + " deleted it: its positions are on the row \""
                    + label
                    + "\"",
                null));
      } else if (base != null
          && !baseOrder.containsKey(label)
          && !label.equals(GENERAL)
          && !isNewParagraph(label, byLabel.get(label))
          && !ofAnotherRevision(byLabel.get(label))) {
        diagnostics.add(
            Diagnostic.warning(
                "positions.unknown-paragraph",
                "paragraph "
                    + label
                    + " is referenced by "
                    + byLabel.get(label).stream()
                        .map(p -> p.stakeholder().name())
                        .distinct()
                        .sorted()
                        .toList()
                    + " but the base "
                    + base.metadata().displayName()
                    + " has no such paragraph",
                null));
      }
    }
    List<PositionTable.Row> rows = new ArrayList<>();
    for (String label : ordered.values()) {
      Paragraph p = baseByLabel.get(label);
      rows.add(
          new PositionTable.Row(
              label,
              p == null ? null : p.index(),
              p == null ? null : p.text(),
              byLabel.get(label)));
    }
    return rows;
  }

  /** Rows of references to another revision, told about once per submission already. */
  private static boolean ofAnotherRevision(List<Position> positions) {
    return positions.stream()
        .allMatch(p -> p.note() != null && p.note().startsWith("numbered as in the "));
  }

  private static boolean isNewParagraph(String label, List<Position> positions) {
    return positions.stream().allMatch(p -> p.stance() == Stance.ADD);
  }

  /**
   * Base order when the base has the label; a "bis" right after its base number; then by number;
   * "general" last.
   */
  private record SortKey(int group, int baseIndex, ParagraphNumber number, String label)
      implements Comparable<SortKey> {
    @Override
    public int compareTo(SortKey o) {
      return Comparator.comparingInt(SortKey::group)
          .thenComparingInt(SortKey::baseIndex)
          .thenComparing(SortKey::number, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(SortKey::label)
          .compare(this, o);
    }
  }

  private static SortKey sortKey(String label, Map<String, Integer> baseOrder) {
    if (label.equals(GENERAL)) {
      return new SortKey(2, 0, null, label);
    }
    String head = label.contains("(") ? label.substring(0, label.indexOf('(')) : label;
    ParagraphNumber n = ParagraphNumber.parse(head).orElse(null);
    Integer idx = baseOrder.get(label);
    if (idx == null && n != null) {
      idx = baseOrder.get(n.base().label());
    }
    if (idx == null && !baseOrder.isEmpty()) {
      return new SortKey(1, 0, n, label);
    }
    return new SortKey(0, idx == null ? 0 : idx, n, label);
  }
}
