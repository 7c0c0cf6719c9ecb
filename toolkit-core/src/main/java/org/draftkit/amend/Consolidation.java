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
 * The base text with proposals applied: every change attributed (runs marked {@link
 * org.draftkit.model.Mark#INSERT}/{@link org.draftkit.model.Mark#DELETE} with the proponent as
 * author), and what could not be applied.
 *
 * <p>Proposals are read three-way, as version control merges: the words a proposal quotes (the
 * revision its proponent had), the words it proposes, and the base as it reads now. Where the base
 * still reads as quoted, the change is applied; where it already reads as proposed, the proposal is
 * {@linkplain Adopted adopted}; where the base changed the same words (or the words beside them)
 * otherwise, it is a {@linkplain Conflict conflict} with the later revision, reported with the
 * three texts and never spliced.
 *
 * @param document the consolidated text
 * @param applied the changes made, in base order
 * @param adopted proposals the base already reads as proposed ("already in the text")
 * @param conflicts proposals that touch the same words as another proponent's, or that the base
 *     rewrote since the revision they quote
 * @param unmatched proposals whose target or quoted base text was not found, or quoted stale text
 * @param diagnostics other notes (option choices, renumbered new paragraphs)
 * @since 0.1
 */
public record Consolidation(
    Document document,
    List<Applied> applied,
    List<Adopted> adopted,
    List<Conflict> conflicts,
    List<Unmatched> unmatched,
    List<Diagnostic> diagnostics) {

  public Consolidation {
    applied = List.copyOf(applied);
    adopted = List.copyOf(adopted);
    conflicts = List.copyOf(conflicts);
    unmatched = List.copyOf(unmatched);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A consolidation in which no proposal was found already adopted. */
  public Consolidation(
      Document document,
      List<Applied> applied,
      List<Conflict> conflicts,
      List<Unmatched> unmatched,
      List<Diagnostic> diagnostics) {
    this(document, applied, List.of(), conflicts, unmatched, diagnostics);
  }

  /**
   * The title a reader sees: "Consolidated text: A/80/L.41 with proposals from IMSB, G77", from the
   * base's metadata (its symbol, else its title or file name) and the proponents named in the
   * result, in order of first appearance.
   */
  public String title() {
    java.util.LinkedHashSet<String> who = new java.util.LinkedHashSet<>();
    applied.forEach(a -> who.add(a.proponent()));
    adopted.forEach(a -> who.add(a.proponent()));
    conflicts.forEach(c -> who.addAll(c.proponents()));
    unmatched.forEach(u -> who.add(u.proponent()));
    var m = document.metadata();
    String base = m.symbol() != null && !m.symbol().isBlank() ? m.symbol() : m.displayName();
    return "Consolidated text"
        + (base == null || base.isBlank() ? "" : ": " + base)
        + (who.isEmpty() ? "" : " with proposals from " + String.join(", ", who));
  }

  /** What a marker on a paragraph of the consolidated text tells. */
  public enum MarkerKind {
    /**
     * A proposal left unapplied: it conflicts with another's, or the later revision rewrote its
     * words.
     */
    CONFLICT,
    /** A proposal quoting an earlier text than the base's. */
    STALE_QUOTE,
    /** A proposal the base already reads as proposed. */
    ADOPTED
  }

  /**
   * A note to show on a paragraph of the consolidated text, where a reader meets it (a Word
   * comment, a marker in HTML).
   *
   * @param index the paragraph's index in {@link #document()}
   * @param kind what it tells
   * @param proponent whose proposal it concerns (the first, for a conflict between proponents)
   * @param text the note in words
   */
  public record Marker(int index, MarkerKind kind, String proponent, String text) {}

  /**
   * The markers on the consolidated text's paragraphs, in document order (then conflicts, stale
   * quotes, adopted).
   */
  public List<Marker> markers() {
    List<Marker> out = new ArrayList<>();
    for (Conflict c : conflicts) {
      if (c.index() == null) {
        continue;
      }
      String text =
          c.kind() == ConflictKind.LATER_REVISION
              ? "Conflict with the later revision ("
                  + String.join(", ", c.proponents())
                  + "): quoted “"
                  + c.quoted()
                  + "”; proposed “"
                  + c.proposed()
                  + "”; the text now reads “"
                  + c.current()
                  + "”. "
                  + capital(c.resolution())
                  + "."
              : "Conflict between "
                  + String.join(" and ", c.proponents())
                  + ": "
                  + String.join(" / ", c.texts())
                  + ". "
                  + capital(c.resolution())
                  + ".";
      out.add(
          new Marker(
              c.index(),
              MarkerKind.CONFLICT,
              c.proponents().isEmpty() ? null : c.proponents().get(0),
              text));
    }
    for (Unmatched u : unmatched) {
      if (u.index() != null) {
        out.add(
            new Marker(
                u.index(),
                MarkerKind.STALE_QUOTE,
                u.proponent(),
                "Stale quote ("
                    + u.proponent()
                    + "): "
                    + u.reason()
                    + (u.differences().isEmpty()
                        ? "."
                        : ": " + String.join("; ", u.differences()) + ".")));
      }
    }
    for (Adopted a : adopted) {
      if (a.index() != null) {
        out.add(
            new Marker(
                a.index(),
                MarkerKind.ADOPTED,
                a.proponent(),
                "Already in the text ("
                    + a.proponent()
                    + "): “"
                    + a.proposed()
                    + "”"
                    + (a.note() == null ? "" : " — " + a.note())
                    + "."));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Marker::index));
    return out;
  }

  private static String capital(String s) {
    return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
    return new Consolidation(document, applied, adopted, conflicts, unmatched, all);
  }

  /**
   * The consolidated text as it would read with every applied change accepted: inserted words kept
   * without their marks, deleted words, moved-away text and emptied paragraphs gone, comments on
   * the paragraphs they annotate (on the parent of an emptied sub-item, or on none).
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
        EnumSet<Mark> marks =
            r.marks().isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(r.marks());
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
      Integer at =
          c.paragraph() == null || c.paragraph() < 0 || c.paragraph() >= newIndex.size()
              ? null
              : newIndex.get(c.paragraph());
      b.comment(new Comment(c.id(), c.author(), c.date(), c.text(), at, c.anchorText()));
    }
    return b.build();
  }

  /** What an applied change did. */
  public enum Operation {
    /** Words changed inside a paragraph. */
    AMEND,
    /** A new paragraph added. */
    ADD,
    /** A paragraph deleted. */
    DELETE,
    /** A paragraph moved. */
    MOVE,
    /** Two paragraphs merged. */
    MERGE;

    /** The name used in outputs: "amend", "add", "delete", "move", "merge". */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One change made.
   *
   * @param proponent who proposed it
   * @param paragraph the base paragraph label it changed (or the new paragraph's label)
   * @param op what it did
   * @param deleted the words removed, or ""
   * @param inserted the words added, or ""
   * @param option the option it belongs to ("Option B"), or null
   * @param note how it was matched or placed, when that is worth saying ("quoted as 66; found as
   *     67")
   */
  public record Applied(
      String proponent,
      String paragraph,
      Operation op,
      String deleted,
      String inserted,
      String option,
      String note) {}

  /**
   * A proposal the base already reads as proposed: nothing to apply.
   *
   * @param proponent who proposed it
   * @param paragraph the base paragraph label
   * @param proposed the words as proposed (and as the base now reads them)
   * @param note how it was recognised ("the later revision made the same change")
   * @param index the paragraph's index in the consolidated document, or null
   */
  public record Adopted(
      String proponent, String paragraph, String proposed, String note, Integer index) {}

  /** Who a conflict is with. */
  public enum ConflictKind {
    /** Two proponents change the same words differently. */
    PROPONENTS,
    /** The base rewrote the words a proposal changes, since the revision the proposal quotes. */
    LATER_REVISION
  }

  /**
   * Proposals that change the same words as another proponent's, or words the later revision
   * rewrote. Nothing is applied there (unless a proponent is preferred in a conflict between
   * proponents).
   *
   * @param paragraph the base paragraph label
   * @param proponents who, in order
   * @param texts each proponent's change ("~~old~~ **new**")
   * @param resolution what was done: "not applied" or "applied the proposal of X (preferred)"
   * @param kind between proponents, or with the later revision
   * @param quoted for a conflict with the later revision, the words as the proposal quotes them,
   *     else null
   * @param proposed for a conflict with the later revision, the words as proposed, else null
   * @param current for a conflict with the later revision, the words as the base reads now, else
   *     null
   * @param index the paragraph's index in the consolidated document, or null
   */
  public record Conflict(
      String paragraph,
      List<String> proponents,
      List<String> texts,
      String resolution,
      ConflictKind kind,
      String quoted,
      String proposed,
      String current,
      Integer index) {
    public Conflict {
      proponents = List.copyOf(proponents);
      texts = List.copyOf(texts);
      kind = kind == null ? ConflictKind.PROPONENTS : kind;
    }

    /** A conflict between proponents. */
    public Conflict(
        String paragraph, List<String> proponents, List<String> texts, String resolution) {
      this(
          paragraph,
          proponents,
          texts,
          resolution,
          ConflictKind.PROPONENTS,
          null,
          null,
          null,
          null);
    }

    /** This conflict at {@code index} of the consolidated document. */
    public Conflict at(Integer index) {
      return new Conflict(
          paragraph, proponents, texts, resolution, kind, quoted, proposed, current, index);
    }
  }

  /**
   * A proposal, or part of one, that could not be applied as written.
   *
   * @param proponent who proposed it
   * @param paragraph the label it targets, or null
   * @param reason why, in one sentence
   * @param quote the proposal as quoted
   * @param differences where the quoted base text differs from the base ("quote has: …", "base has:
   *     …")
   * @param index the index of the paragraph it concerns in the consolidated document, or null
   */
  public record Unmatched(
      String proponent,
      String paragraph,
      String reason,
      String quote,
      List<String> differences,
      Integer index) {
    public Unmatched {
      differences = List.copyOf(differences);
    }

    /** An unmatched proposal placed on no paragraph. */
    public Unmatched(
        String proponent, String paragraph, String reason, String quote, List<String> differences) {
      this(proponent, paragraph, reason, quote, differences, null);
    }

    /** This entry at {@code index} of the consolidated document. */
    public Unmatched at(Integer index) {
      return new Unmatched(proponent, paragraph, reason, quote, differences, index);
    }
  }
}
