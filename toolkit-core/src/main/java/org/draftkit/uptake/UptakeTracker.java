package org.draftkit.uptake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.draftkit.ImportException;
import org.draftkit.amend.ProposalReader;
import org.draftkit.amend.Submission;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.internal.BaseMatcher;
import org.draftkit.internal.ParagraphLabels;
import org.draftkit.internal.RevisionNames;
import org.draftkit.model.Amendment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Evidence;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Position;
import org.draftkit.model.Run;
import org.draftkit.model.Stakeholder;
import org.draftkit.positions.PositionReader;

/**
 * Public engine behind {@link org.draftkit.Toolkit#uptake} (embedders). Follows every proposal and
 * stance of a set of submissions into later revisions and says what became of it ({@link Fate}),
 * with the later words as evidence.
 *
 * <p>The submissions were written on one revision (the base). With the base at hand, each proposal
 * is placed in it (a quoted paragraph by its words, since stakeholders quote earlier numbers too)
 * and followed into each later revision through their comparison, so renumbered, moved and deleted
 * paragraphs are followed. Without it, what a submission quotes stands for the base: a quoted
 * paragraph is found in each later revision by its words, and a paragraph only referred to by
 * number ("retain paras 3, 5") by its number, shifted as the quoted paragraphs around it were
 * renumbered; such rows say so ({@link Uptake.Later#basis()} "number").
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class UptakeTracker {

  /** Below this word similarity a later paragraph is not taken to be the one a quote stands for. */
  static final double FOUND = 0.5;

  private final ProposalReader proposals;
  private final PositionReader positions;
  private final Comparer comparer;

  public UptakeTracker(ProposalReader proposals, PositionReader positions, Comparer comparer) {
    this.proposals = Objects.requireNonNull(proposals, "proposals");
    this.positions = Objects.requireNonNull(positions, "positions");
    this.comparer = Objects.requireNonNull(comparer, "comparer");
  }

  /** A tracker with the default mark convention, party names and comparison settings. */
  public static UptakeTracker defaults() {
    return new UptakeTracker(
        ProposalReader.defaults(), PositionReader.defaults(), Comparer.defaults());
  }

  /**
   * The uptake of the submissions that could be read; those that could not are in its diagnostics.
   *
   * @throws ImportException when none could be read
   */
  public Uptake track(SubmissionSet read, Document base, List<Document> later)
      throws ImportException {
    return track(read.requireAny(), base, later).withDiagnostics(read.diagnostics());
  }

  /**
   * What became of each proposal.
   *
   * @param submissions the submissions, in column order
   * @param base the revision they were written on, or null
   * @param later the later revisions, oldest first, at least one
   */
  public Uptake track(List<Submission> submissions, Document base, List<Document> later) {
    if (later.isEmpty()) {
      throw new IllegalArgumentException("uptake needs at least one later revision");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> names = RevisionNames.of(later);
    String baseName = base == null ? "the revision the submissions quote" : RevisionNames.of(base);
    List<Revision> revisions = new ArrayList<>();
    for (int k = 0; k < later.size(); k++) {
      revisions.add(
          new Revision(
              later.get(k),
              names.get(k),
              base == null ? null : comparer.compare(base, later.get(k))));
    }
    Context ctx =
        new Context(
            base,
            base == null ? null : new BaseMatcher(base),
            base == null ? null : new ParagraphLabels(base),
            revisions,
            diagnostics);
    Set<Stakeholder> stakeholders = new LinkedHashSet<>();
    List<Uptake.Row> rows = new ArrayList<>();
    for (Submission s : submissions) {
      stakeholders.add(s.stakeholder());
      List<Proposal> list = proposalsOf(s, ctx);
      Anchors anchors = new Anchors();
      // quoted paragraphs first: they tell how the numbers shifted, for the rows known only by
      // number
      List<Uptake.Row> mine =
          new ArrayList<>(java.util.Collections.nCopies(list.size(), (Uptake.Row) null));
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < list.size(); i++) {
          Proposal p = list.get(i);
          boolean quoted = p.quoted();
          if ((pass == 0) == quoted) {
            mine.set(i, row(p, ctx, anchors));
          }
        }
      }
      for (Uptake.Row r : mine) {
        stakeholders.add(r.stakeholder());
        rows.add(r);
      }
      if (base == null && !anchors.isEmpty() && list.stream().anyMatch(p -> !p.quoted())) {
        diagnostics.add(
            Diagnostic.info(
                "uptake.numbers-estimated",
                s.stakeholder()
                    + ": without the revision the "
                    + "submission was written on, paragraphs it refers to only by number are followed by number, shifted as "
                    + "its quoted paragraphs were renumbered ("
                    + anchors.describe()
                    + "); their words could not be checked",
                null));
      }
    }
    Metadata baseMeta = base == null ? null : base.metadata();
    return new Uptake(
        baseMeta,
        baseName,
        later.stream().map(Document::metadata).toList(),
        names,
        List.copyOf(stakeholders),
        rows,
        diagnostics);
  }

  /** One later revision and, with a base, its comparison with the base. */
  private record Revision(
      Document doc,
      String name,
      Comparison fromBase,
      ParagraphLabels labels,
      Map<Integer, AlignedPair> pairOfBase,
      BaseMatcher matcher) {
    Revision(Document doc, String name, Comparison fromBase) {
      this(doc, name, fromBase, new ParagraphLabels(doc), pairs(fromBase), new BaseMatcher(doc));
    }

    private static Map<Integer, AlignedPair> pairs(Comparison c) {
      Map<Integer, AlignedPair> out = new HashMap<>();
      if (c != null) {
        for (AlignedPair p : c.pairs()) {
          for (Paragraph o : p.older()) {
            out.put(o.index(), p);
          }
        }
      }
      return out;
    }

    /**
     * The label a row shows for a later paragraph: its number as cited ("85", "12(a)"), else a
     * reader's label.
     */
    String label(Paragraph p) {
      return p.number() != null ? doc.fullLabel(p) : labels.label(p.index());
    }
  }

  private record Context(
      Document base,
      BaseMatcher matcher,
      ParagraphLabels baseLabels,
      List<Revision> revisions,
      List<Diagnostic> diagnostics) {}

  /**
   * One thing a submission asks for, placed in the base where possible.
   *
   * @param baseIndex the base paragraph, or null
   * @param baseText the paragraph as the submission read it, or null
   */
  private record Proposal(
      Stakeholder who,
      ProposalKind kind,
      String label,
      Integer baseIndex,
      String baseText,
      Amendment amendment,
      String detail,
      Evidence evidence) {
    /** Found by its words rather than its number (a quoted paragraph, a new one). */
    boolean quoted() {
      return amendment != null
          && (amendment.operation() == Amendment.Operation.AMEND_TEXT
              || amendment.operation() == Amendment.Operation.ADD_PARAGRAPH
              || amendment.operation() == Amendment.Operation.AMEND_WORDS);
    }
  }

  /**
   * The proposals of one submission: what {@code consolidate} reads, and the retain/restore stances
   * {@code positions} reads.
   */
  private List<Proposal> proposalsOf(Submission s, Context ctx) {
    List<Proposal> out = new ArrayList<>();
    Set<String> deleted = new java.util.HashSet<>();
    for (Amendment a : proposals.read(s).amendments()) {
      ProposalKind kind =
          switch (a.operation()) {
            case AMEND_TEXT, AMEND_WORDS -> ProposalKind.AMEND;
            case ADD_PARAGRAPH -> ProposalKind.ADD;
            case DELETE_PARAGRAPH -> ProposalKind.DELETE;
            case MOVE_PARAGRAPH -> ProposalKind.MOVE;
            case MERGE_PARAGRAPHS -> ProposalKind.MERGE;
            case RETAIN -> ProposalKind.RETAIN;
            case RESTORE -> ProposalKind.RESTORE;
          };
      if (a.operation() == Amendment.Operation.AMEND_TEXT
          && a.proposed().stream().noneMatch(r -> r.has(Mark.INSERT) || r.has(Mark.DELETE))) {
        continue; // a paragraph quoted without a change proposes nothing
      }
      String label =
          a.operation() == Amendment.Operation.ADD_PARAGRAPH && a.label() != null
              ? a.label()
              : a.target() == null ? PositionReader.GENERAL : a.target();
      Integer baseIndex = null;
      String baseText = null;
      if (ctx.base() != null && a.operation() == Amendment.Operation.AMEND_TEXT) {
        if (ctx.matcher().locate(a.target(), a.quotedBaseText()) instanceof BaseMatcher.Found f) {
          baseIndex = f.index();
          label = f.label();
          if (f.note() != null) {
            ctx.diagnostics()
                .add(
                    Diagnostic.info(
                        "uptake.found-by-text",
                        s.stakeholder() + ": " + f.note(),
                        a.evidence().location()));
          }
        }
      } else if (ctx.base() != null && a.operation() != Amendment.Operation.ADD_PARAGRAPH) {
        baseIndex = ctx.matcher().indexOf(a.target());
      }
      if (a.operation() == Amendment.Operation.AMEND_TEXT
          || a.operation() == Amendment.Operation.AMEND_WORDS) {
        baseText =
            baseIndex != null && a.operation() == Amendment.Operation.AMEND_TEXT
                ? ctx.base().paragraphs().get(baseIndex).text()
                : a.quotedBaseText();
      } else if (baseIndex != null) {
        baseText = ctx.base().paragraphs().get(baseIndex).text();
      }
      if (a.operation() == Amendment.Operation.DELETE_PARAGRAPH) {
        deleted.add(label);
      }
      String detail =
          switch (a.operation()) {
            case MOVE_PARAGRAPH -> "move " + a.destination();
            case MERGE_PARAGRAPHS -> "merge with " + a.partner();
            case ADD_PARAGRAPH -> "new paragraph after " + a.target();
            default -> a.option() == null ? null : a.option();
          };
      if (a.option() != null && a.operation() != Amendment.Operation.AMEND_TEXT && detail != null) {
        detail = a.option() + ": " + detail;
      }
      out.add(
          new Proposal(a.proponent(), kind, label, baseIndex, baseText, a, detail, a.evidence()));
    }
    List<Diagnostic> ignored = new ArrayList<>();
    for (Position p : positions.read(s, ctx.base(), ignored)) {
      ProposalKind kind =
          switch (p.stance()) {
            case RETAIN -> ProposalKind.RETAIN;
            case RESTORE -> ProposalKind.RESTORE;
            case DELETE -> deleted.contains(p.paragraph()) ? null : ProposalKind.DELETE;
            default -> null;
          };
      if (kind == null || p.paragraph().equals(PositionReader.GENERAL)) {
        continue;
      }
      if (kind == ProposalKind.DELETE
          && p.evidence() != null
          && p.text() == null
          && out.stream()
              .anyMatch(q -> q.kind() == ProposalKind.DELETE && q.label().equals(p.paragraph()))) {
        continue;
      }
      Integer baseIndex = ctx.base() == null ? null : ctx.matcher().indexOf(p.paragraph());
      String baseText = baseIndex == null ? null : ctx.base().paragraphs().get(baseIndex).text();
      out.add(
          new Proposal(
              p.stakeholder(), kind, p.paragraph(), baseIndex, baseText, null, null, p.evidence()));
    }
    return dedupe(out);
  }

  /** One row per stakeholder, paragraph, kind and proposed text. */
  private static List<Proposal> dedupe(List<Proposal> all) {
    Map<String, Proposal> seen = new java.util.LinkedHashMap<>();
    for (Proposal p : all) {
      String key =
          p.who().name()
              + "\u0000"
              + p.label()
              + "\u0000"
              + p.kind()
              + "\u0000"
              + (p.amendment() == null
                  ? ""
                  : ProposalReader.markedText(p.amendment().proposed()) + p.detail());
      seen.putIfAbsent(key, p);
    }
    return List.copyOf(seen.values());
  }

  private Uptake.Row row(Proposal p, Context ctx, Anchors anchors) {
    List<Uptake.Later> later = new ArrayList<>();
    for (Revision rev : ctx.revisions()) {
      later.add(fate(p, rev, ctx, anchors));
    }
    Fate fate = later.get(later.size() - 1).fate();
    String proposed =
        p.amendment() == null || p.amendment().proposed().isEmpty()
            ? null
            : ProposalReader.markedText(p.amendment().proposed());
    return new Uptake.Row(
        p.who(),
        p.label(),
        order(p, ctx),
        p.kind(),
        fate,
        proposed,
        p.baseText(),
        p.detail(),
        later,
        p.evidence());
  }

  private static double order(Proposal p, Context ctx) {
    if (p.baseIndex() != null) {
      return p.baseIndex();
    }
    String head =
        p.label().contains("(") ? p.label().substring(0, p.label().indexOf('(')) : p.label();
    ParagraphNumber n = ParagraphNumber.parse(head).orElse(null);
    if (ctx.base() != null && n != null && n.isInserted()) {
      Integer before = ctx.matcher().indexOf(n.base().label());
      if (before != null) {
        return before + 0.5;
      }
    }
    if (n == null) {
      return Double.MAX_VALUE / 2;
    }
    return ctx.base() != null
        ? 1e6 + n.value()
        : n.value() + n.suffix() / 100.0 + (p.label().contains("(") ? 0.001 : 0);
  }

  // ---------------------------------------------------------------------------------------------
  // fates

  /** Where a proposal's paragraph is in a later revision. */
  private record Place(Paragraph paragraph, String basis, AlignedPair pair) {}

  private Uptake.Later fate(Proposal p, Revision rev, Context ctx, Anchors anchors) {
    return switch (p.kind()) {
      case AMEND -> amend(p, rev, ctx, anchors);
      case ADD -> add(p, rev, ctx);
      case DELETE -> delete(p, rev, ctx, anchors);
      case MOVE -> move(p, rev, ctx, anchors);
      case MERGE -> merge(p, rev, ctx, anchors);
      case RETAIN, RESTORE -> stance(p, rev, ctx, anchors);
    };
  }

  private Uptake.Later amend(Proposal p, Revision rev, Context ctx, Anchors anchors) {
    Place place = place(p, rev, ctx, anchors);
    if (place == null) {
      return gone(rev, p, Fate.DELETED);
    }
    if (place.paragraph() == null) {
      return gone(rev, p, Fate.DELETED);
    }
    String laterText = place.paragraph().text();
    List<Run> runs = p.amendment().proposed();
    if (p.amendment().operation() == Amendment.Operation.AMEND_WORDS && p.baseIndex() != null) {
      runs = inContext(runs, ctx.base().paragraphs().get(p.baseIndex()).text());
    }
    ChangeCheck.Result check = ChangeCheck.check(runs, laterText);
    Fate fate = check.fate();
    if (fate == Fate.NOT_ADOPTED
        && place.pair() != null
        && place.pair().status() == AlignedPair.Status.MOVED) {
      fate = Fate.MOVED;
    }
    return new Uptake.Later(
        rev.name(),
        rev.label(place.paragraph()),
        fate,
        place.basis(),
        laterText,
        Words.redline(p.amendment().proposedText(), laterText),
        check.changes());
  }

  /**
   * An amendment of a few words, spelled out over the whole base paragraph when the words are found
   * in it.
   */
  private static List<Run> inContext(List<Run> runs, String baseText) {
    StringBuilder quoted = new StringBuilder();
    for (Run r : runs) {
      if (!r.has(Mark.INSERT)) {
        quoted.append(r.text());
      }
    }
    int at = baseText.indexOf(quoted.toString());
    if (at < 0 || quoted.length() == 0) {
      return runs;
    }
    List<Run> out = new ArrayList<>();
    if (at > 0) {
      out.add(Run.plain(baseText.substring(0, at)));
    }
    out.addAll(runs);
    if (at + quoted.length() < baseText.length()) {
      out.add(Run.plain(baseText.substring(at + quoted.length())));
    }
    return out;
  }

  private Uptake.Later add(Proposal p, Revision rev, Context ctx) {
    String proposedText = p.amendment().proposedText();
    Paragraph best = bestByText(rev, proposedText, null);
    if (best == null) {
      return new Uptake.Later(
          rev.name(),
          null,
          Fate.NOT_ADOPTED,
          "text",
          null,
          List.of(),
          List.of(new Uptake.Change(true, proposedText.strip(), false)));
    }
    if (ctx.base() != null) {
      // a later paragraph that was already in the base is no uptake of a new one
      for (AlignedPair pair : rev.fromBase().pairs()) {
        if (pair.newer().contains(best)
            && !pair.older().isEmpty()
            && Words.similarity(pair.oldParagraph().text(), proposedText) + 0.05
                >= Words.similarity(best.text(), proposedText)) {
          return new Uptake.Later(
              rev.name(),
              null,
              Fate.NOT_ADOPTED,
              "text",
              null,
              List.of(),
              List.of(new Uptake.Change(true, proposedText.strip(), false)));
        }
      }
    }
    List<Uptake.Change> changes = coverage(proposedText, best.text());
    long taken = changes.stream().filter(Uptake.Change::taken).count();
    Fate fate =
        changes.stream().allMatch(Uptake.Change::taken)
            ? Fate.ADOPTED
            : taken > 0 ? Fate.PARTLY : Fate.NOT_ADOPTED;
    return new Uptake.Later(
        rev.name(),
        rev.label(best),
        fate,
        "text",
        best.text(),
        Words.redline(proposedText, best.text()),
        changes);
  }

  /** The proposed words in stretches that the later text has (taken) or has not. */
  private static List<Uptake.Change> coverage(String proposed, String later) {
    List<String> keys = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> spaces = new ArrayList<>();
    String space = "";
    for (String t : org.draftkit.internal.Tokens.split(proposed)) {
      if (Words.isWord(t)) {
        keys.add(org.draftkit.internal.Tokens.key(t));
        texts.add(t);
        spaces.add(space);
        space = "";
      } else {
        space += t;
      }
    }
    int[] match = Words.align(keys, Words.keys(later));
    List<Uptake.Change> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    Boolean state = null;
    for (int i = 0; i < keys.size(); i++) {
      boolean in = match[i] >= 0;
      if (state != null && (state != in || in && match[i] != match[i - 1] + 1)) {
        out.add(new Uptake.Change(true, run.toString().replaceAll("\\s+", " ").strip(), state));
        run.setLength(0);
      }
      state = in;
      run.append(run.length() == 0 ? "" : spaces.get(i).isEmpty() ? " " : spaces.get(i))
          .append(texts.get(i));
    }
    if (state != null) {
      out.add(new Uptake.Change(true, run.toString().replaceAll("\\s+", " ").strip(), state));
    }
    // a lone word in common ("the") is no uptake
    List<Uptake.Change> merged = new ArrayList<>();
    for (Uptake.Change c : out) {
      boolean taken = c.taken() && (c.words().split(" ").length >= 3 || out.size() == 1);
      merged.add(new Uptake.Change(true, c.words(), taken));
    }
    return merged;
  }

  private Uptake.Later delete(Proposal p, Revision rev, Context ctx, Anchors anchors) {
    Place place = place(p, rev, ctx, anchors);
    if (place == null || place.paragraph() == null) {
      return new Uptake.Later(
          rev.name(),
          null,
          Fate.ADOPTED,
          place == null ? "number" : place.basis(),
          null,
          List.of(),
          List.of());
    }
    Fate fate = Fate.NOT_ADOPTED;
    if (place.pair() != null) {
      fate =
          switch (place.pair().status()) {
            case UNCHANGED -> Fate.NOT_ADOPTED;
            case MOVED -> Fate.MOVED;
            default -> Fate.SUPERSEDED;
          };
    }
    return new Uptake.Later(
        rev.name(),
        rev.label(place.paragraph()),
        fate,
        place.basis(),
        place.paragraph().text(),
        List.of(),
        List.of());
  }

  private Uptake.Later stance(Proposal p, Revision rev, Context ctx, Anchors anchors) {
    Place place = place(p, rev, ctx, anchors);
    if (place == null && namesAnotherRevision(p.label())) {
      return new Uptake.Later(
          rev.name(), null, Fate.UNKNOWN, "other-revision", null, List.of(), List.of());
    }
    if (place == null || place.paragraph() == null) {
      return new Uptake.Later(
          rev.name(),
          null,
          Fate.DELETED,
          place == null ? "number" : place.basis(),
          null,
          List.of(),
          List.of());
    }
    Fate fate = Fate.KEPT;
    List<org.draftkit.compare.Segment> redline = List.of();
    if (p.baseText() != null) {
      redline = Words.redline(p.baseText(), place.paragraph().text());
      fate =
          Words.keys(p.baseText()).equals(Words.keys(place.paragraph().text()))
              ? Fate.KEPT
              : Fate.CHANGED;
    }
    return new Uptake.Later(
        rev.name(),
        rev.label(place.paragraph()),
        fate,
        place.basis(),
        place.paragraph().text(),
        redline,
        List.of());
  }

  private Uptake.Later move(Proposal p, Revision rev, Context ctx, Anchors anchors) {
    Place place = place(p, rev, ctx, anchors);
    if (place == null || place.paragraph() == null) {
      return gone(rev, p, Fate.DELETED);
    }
    String where = p.amendment().destination() == null ? "" : p.amendment().destination();
    String rel = where.startsWith("before ") ? "before" : where.startsWith("as ") ? "as" : "after";
    String dest = where.replaceFirst("^(after|before|as)\\s+", "");
    Paragraph target = null;
    if (ctx.base() != null) {
      Integer di = ctx.matcher().indexOf(dest);
      AlignedPair dp = di == null ? null : rev.pairOfBase().get(di);
      target = dp == null ? null : dp.newParagraph();
    } else {
      target = findLabel(rev.doc(), anchors.estimate(dest, rev));
    }
    Paragraph moved = place.paragraph();
    boolean adopted;
    if (rel.equals("as")) {
      adopted = moved.number() != null && moved.number().label().equals(dest);
    } else if (target == null) {
      adopted = false;
    } else {
      Paragraph neighbour =
          rel.equals("after")
              ? topLevelBefore(rev.doc(), moved.index())
              : topLevelAfter(rev.doc(), moved.index());
      adopted = neighbour != null && neighbour.index() == target.index();
    }
    Fate fate =
        adopted
            ? Fate.ADOPTED
            : place.pair() != null && place.pair().status() == AlignedPair.Status.MOVED
                ? Fate.SUPERSEDED
                : Fate.NOT_ADOPTED;
    return new Uptake.Later(
        rev.name(), rev.label(moved), fate, place.basis(), moved.text(), List.of(), List.of());
  }

  private static Paragraph topLevelBefore(Document doc, int index) {
    for (int i = index - 1; i >= 0; i--) {
      Paragraph q = doc.paragraphs().get(i);
      if (q.parent() == null) {
        return q;
      }
    }
    return null;
  }

  private static Paragraph topLevelAfter(Document doc, int index) {
    for (int i = index + 1; i < doc.paragraphs().size(); i++) {
      Paragraph q = doc.paragraphs().get(i);
      if (q.parent() == null) {
        return q;
      }
    }
    return null;
  }

  private Uptake.Later merge(Proposal p, Revision rev, Context ctx, Anchors anchors) {
    Place first = place(p, rev, ctx, anchors);
    Proposal other =
        new Proposal(
            p.who(),
            p.kind(),
            p.amendment().partner(),
            ctx.base() == null ? null : ctx.matcher().indexOf(p.amendment().partner()),
            null,
            p.amendment(),
            null,
            p.evidence());
    Place second = place(other, rev, ctx, anchors);
    Paragraph a = first == null ? null : first.paragraph();
    Paragraph b = second == null ? null : second.paragraph();
    String basis = first == null ? "number" : first.basis();
    if (a == null && b == null) {
      return gone(rev, p, Fate.DELETED);
    }
    Fate fate;
    if (a != null && b != null && a.index() == b.index()) {
      fate = Fate.ADOPTED;
    } else if (a != null && b != null) {
      fate = Fate.NOT_ADOPTED;
    } else {
      fate = Fate.SUPERSEDED; // one of them is gone, the other stands on its own
    }
    Paragraph shown = a != null ? a : b;
    return new Uptake.Later(
        rev.name(), rev.label(shown), fate, basis, shown.text(), List.of(), List.of());
  }

  private static Uptake.Later gone(Revision rev, Proposal p, Fate fate) {
    return new Uptake.Later(
        rev.name(),
        null,
        fate,
        p.baseIndex() != null || p.quoted() ? "text" : "number",
        null,
        List.of(),
        List.of());
  }

  /**
   * The later paragraph a proposal's paragraph became: through the comparison with the base, else
   * by the quoted words, else by its number (shifted as the quoted paragraphs were). A place with a
   * null paragraph means it was deleted; null means it could not be found at all.
   */
  /**
   * A row label such as "Zero Draft 73": a paragraph of a revision that is neither the base nor a
   * later one.
   */
  private static boolean namesAnotherRevision(String label) {
    return label != null && label.matches("\\p{L}{3,}[^\\d]*\\s\\d.*");
  }

  private Place place(Proposal p, Revision rev, Context ctx, Anchors anchors) {
    if (p.baseIndex() != null) {
      AlignedPair pair = rev.pairOfBase().get(p.baseIndex());
      if (pair != null && pair.newer().isEmpty()) {
        return new Place(null, "text", pair);
      }
      if (pair != null) {
        Paragraph np = pair.newer().get(0);
        if (pair.status() == AlignedPair.Status.MERGED
            || pair.status() == AlignedPair.Status.SPLIT) {
          np =
              pair.newer().stream()
                  .max(
                      java.util.Comparator.comparingDouble(
                          (Paragraph q) ->
                              Words.similarity(
                                  q.text(), ctx.base().paragraphs().get(p.baseIndex()).text())))
                  .orElse(np);
        }
        return new Place(np, "text", pair);
      }
    }
    if (p.amendment() != null && p.quoted() && p.baseText() != null) {
      Paragraph best = bestByText(rev, p.baseText(), p.amendment().proposedText());
      if (best != null) {
        anchors.put(p.label(), best, rev);
        return new Place(best, "text", null);
      }
      if (p.amendment().operation() != Amendment.Operation.AMEND_WORDS) {
        return null;
      }
    }
    if (p.label() == null || p.label().equals(PositionReader.GENERAL)) {
      return null;
    }
    if (ctx.base() != null) {
      return null; // the base has no such paragraph
    }
    String estimated = anchors.estimate(p.label(), rev);
    Paragraph found = findLabel(rev.doc(), estimated);
    return found == null ? null : new Place(found, "number", null);
  }

  private static Paragraph findLabel(Document doc, String label) {
    for (Paragraph q : doc.paragraphs()) {
      if (q.number() != null && doc.fullLabel(q).equals(label)) {
        return q;
      }
    }
    return null;
  }

  /**
   * The later paragraph that reads most like {@code text} (the words as the submission read them),
   * else most like {@code alternative} (the words as proposed), if one reads like it enough. A
   * short quote counts by how much of it the paragraph holds.
   */
  private static Paragraph bestByText(Revision rev, String text, String alternative) {
    for (String t : alternative == null ? List.of(text) : List.of(text, alternative)) {
      if (t == null || Words.keys(t).size() < 3) {
        continue;
      }
      Paragraph best = null;
      double score = 0;
      List<String> quote = Words.keys(t);
      for (Paragraph q : rev.doc().paragraphs()) {
        if (q.kind() == org.draftkit.model.ParagraphKind.HEADING) {
          continue;
        }
        double s =
            Math.max(
                Words.similarity(t, q.text()), 0.95 * Words.coverage(quote, Words.keys(q.text())));
        if (s > score) {
          score = s;
          best = q;
        }
      }
      if (score >= FOUND) {
        return best;
      }
    }
    return null;
  }

  /**
   * How the numbers of quoted paragraphs shifted from the revision a submission quotes to each
   * later one, to estimate where a paragraph cited only by number went.
   */
  private static final class Anchors {
    /** Per later revision name: quoted number → later number. */
    private final Map<String, TreeMap<Double, Double>> shifts = new HashMap<>();

    private final Map<String, String> described = new java.util.LinkedHashMap<>();

    boolean isEmpty() {
      return shifts.isEmpty();
    }

    void put(String label, Paragraph later, Revision rev) {
      Double from = value(label);
      Double to =
          later.number() == null || later.parent() != null ? null : value(later.number().label());
      if (from == null || to == null) {
        return;
      }
      shifts.computeIfAbsent(rev.name(), k -> new TreeMap<>()).put(from, to);
      described.putIfAbsent(label + "→" + rev.name(), label + " → " + later.number().label());
    }

    String describe() {
      return "quoted " + String.join(", ", new LinkedHashSet<>(described.values()));
    }

    /** Where paragraph {@code label} of the quoted revision probably stands in {@code rev}. */
    String estimate(String label, Revision rev) {
      TreeMap<Double, Double> map = shifts.get(rev.name());
      return map == null ? label : estimate(label, map);
    }

    private static String estimate(String label, TreeMap<Double, Double> map) {
      String head = label.contains("(") ? label.substring(0, label.indexOf('(')).strip() : label;
      String tail = label.substring(head.length());
      ParagraphNumber n = ParagraphNumber.parse(head).orElse(null);
      if (n == null || n.scheme() != ParagraphNumber.Scheme.ARABIC || n.isInserted()) {
        return label;
      }
      double v = n.value();
      Map.Entry<Double, Double> below = map.floorEntry(v);
      int shifted;
      if (below != null) {
        shifted = (int) Math.round(v + below.getValue() - below.getKey());
      } else {
        Map.Entry<Double, Double> above = map.ceilingEntry(v);
        double offset = above.getValue() - above.getKey();
        shifted = (int) Math.round(v + offset * v / above.getKey());
      }
      return shifted + tail;
    }

    private static Double value(String label) {
      ParagraphNumber n = ParagraphNumber.parse(label).orElse(null);
      if (n == null || n.scheme() != ParagraphNumber.Scheme.ARABIC || n.isInserted()) {
        return null;
      }
      return (double) n.value();
    }
  }
}
