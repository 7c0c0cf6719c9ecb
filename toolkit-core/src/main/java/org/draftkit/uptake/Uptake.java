package org.draftkit.uptake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.draftkit.compare.Segment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Evidence;
import org.draftkit.model.Metadata;
import org.draftkit.model.Stakeholder;

/**
 * What became of every proposal and stance of a set of submissions in one or more later revisions:
 * one {@link Row} per proposal, numbered as in the revision the submissions were written on, with
 * its fate and the later words that show it.
 *
 * @param base the revision the submissions were written on, or null when only their quotes stand
 *     for it
 * @param baseName the name of that revision as rows and headings show it
 * @param revisions the later revisions, oldest first
 * @param revisionNames their names as {@link Later#revision()} gives them
 * @param stakeholders the proponents, in submission order
 * @param rows one per proposal or stance, by stakeholder then in the order the submission makes
 *     them
 * @param diagnostics how numbers were estimated, proposals that could not be followed, unreadable
 *     inputs
 * @since 0.1
 */
public record Uptake(
    Metadata base,
    String baseName,
    List<Metadata> revisions,
    List<String> revisionNames,
    List<Stakeholder> stakeholders,
    List<Row> rows,
    List<Diagnostic> diagnostics) {

  public Uptake {
    Objects.requireNonNull(baseName, "baseName");
    revisions = List.copyOf(revisions);
    revisionNames = List.copyOf(revisionNames);
    stakeholders = List.copyOf(stakeholders);
    rows = List.copyOf(rows);
    diagnostics = List.copyOf(diagnostics);
    if (revisions.isEmpty() || revisions.size() != revisionNames.size()) {
      throw new IllegalArgumentException(
          "an uptake needs at least one later revision, each with a name");
    }
  }

  /** This uptake with more diagnostics first (for example, submissions that could not be read). */
  public Uptake withDiagnostics(List<Diagnostic> more) {
    List<Diagnostic> all = new ArrayList<>(more);
    all.addAll(diagnostics);
    return new Uptake(base, baseName, revisions, revisionNames, stakeholders, rows, all);
  }

  /** The name of the last later revision, the one {@link Row#fate()} speaks of. */
  public String lastRevision() {
    return revisionNames.get(revisionNames.size() - 1);
  }

  /** The rows of one stakeholder. */
  public List<Row> rows(Stakeholder s) {
    return rows.stream().filter(r -> r.stakeholder().equals(s)).toList();
  }

  /** Each stakeholder's counts, in stakeholder order. */
  public List<Summary> summaries() {
    return stakeholders.stream().map(s -> Summary.of(s, rows(s))).toList();
  }

  /**
   * The rows grouped by the paragraph they address, in the order paragraphs first appear among the
   * rows sorted by paragraph.
   */
  public Map<String, List<Row>> byParagraph() {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Row.PARAGRAPH_ORDER);
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (Row r : sorted) {
      out.computeIfAbsent(r.paragraph(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /**
   * One proposal or stance and what became of it.
   *
   * @param stakeholder who proposed it
   * @param paragraph the paragraph's label as in the revision the submission was written on ("84",
   *     "83 bis" for a new one), or "general"
   * @param order where the paragraph stands in that revision (its index when the base is known,
   *     else a number-derived key), for sorting rows by paragraph
   * @param proposal what was proposed
   * @param fate its fate in the last later revision
   * @param proposed the proposal in the submission's own marks (~~deleted~~, **inserted**), or null
   *     for a stance
   * @param baseText the paragraph as the submission read it (the base's, or what the submission
   *     quotes), or null when unknown
   * @param detail what the proposal asks for in words ("move after 45", "merge with 103"), or null
   * @param later its fate in each later revision, oldest first
   * @param evidence where in the submission it was found
   */
  public record Row(
      Stakeholder stakeholder,
      String paragraph,
      double order,
      ProposalKind proposal,
      Fate fate,
      String proposed,
      String baseText,
      String detail,
      List<Later> later,
      Evidence evidence) {

    /** Rows by paragraph order, then stakeholder. */
    public static final java.util.Comparator<Row> PARAGRAPH_ORDER =
        java.util.Comparator.comparingDouble(Row::order)
            .thenComparing(Row::paragraph)
            .thenComparing(r -> r.stakeholder().name());

    public Row {
      Objects.requireNonNull(stakeholder, "stakeholder");
      Objects.requireNonNull(paragraph, "paragraph");
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(fate, "fate");
      later = List.copyOf(later);
    }
  }

  /**
   * A proposal's fate in one later revision.
   *
   * @param revision the revision's name
   * @param paragraph the paragraph's label there ("85"), "¶" plus its opening words for an
   *     unnumbered one, or null when it is not there
   * @param fate what became of the proposal in it
   * @param basis how the paragraph was found: "text" (by its words) or "number" (only by its
   *     number, estimated where the numbering shifted: its words could not be checked)
   * @param evidence the later revision's words for that paragraph, or null when it is not there
   * @param redline the later words redlined against the proposal (deleted: what the proposal has
   *     and the later text has not; inserted: the reverse), empty when there is nothing to compare
   * @param changes each change the proposal makes, and whether the later text carries it
   */
  public record Later(
      String revision,
      String paragraph,
      Fate fate,
      String basis,
      String evidence,
      List<Segment> redline,
      List<Change> changes) {
    public Later {
      Objects.requireNonNull(revision, "revision");
      Objects.requireNonNull(fate, "fate");
      redline = List.copyOf(redline);
      changes = List.copyOf(changes);
    }

    /** The changes the later text carries. */
    public List<Change> taken() {
      return changes.stream().filter(Change::taken).toList();
    }

    /** The changes it does not carry. */
    public List<Change> left() {
      return changes.stream().filter(c -> !c.taken()).toList();
    }
  }

  /**
   * One change a proposal makes: words it inserts or deletes.
   *
   * @param insert true for inserted words, false for deleted ones
   * @param words the words
   * @param taken whether the later revision carries the change (inserted words there, deleted words
   *     gone)
   */
  public record Change(boolean insert, String words, boolean taken) {
    public Change {
      Objects.requireNonNull(words, "words");
    }

    /** "insert “including the IGF”", "delete “description”". */
    public String describe() {
      return (insert ? "insert “" : "delete “") + words + "”";
    }
  }

  /**
   * One stakeholder's counts.
   *
   * @param stakeholder who
   * @param proposals per fate in the last later revision, the proposals' rows (amend, add, delete,
   *     move, merge)
   * @param stances per fate, the retain/restore rows
   */
  public record Summary(
      Stakeholder stakeholder, Map<Fate, Integer> proposals, Map<Fate, Integer> stances) {
    public Summary {
      proposals = Map.copyOf(proposals);
      stances = Map.copyOf(stances);
    }

    static Summary of(Stakeholder s, List<Row> rows) {
      Map<Fate, Integer> proposals = new EnumMap<>(Fate.class);
      Map<Fate, Integer> stances = new EnumMap<>(Fate.class);
      for (Row r : rows) {
        (r.proposal().isStance() ? stances : proposals).merge(r.fate(), 1, Integer::sum);
      }
      return new Summary(s, proposals, stances);
    }

    /** How many proposals (not stances). */
    public int proposalCount() {
      return proposals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many retain/restore stances. */
    public int stanceCount() {
      return stances.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The proposals with this fate. */
    public int proposals(Fate f) {
      return proposals.getOrDefault(f, 0);
    }

    /** The stances with this fate. */
    public int stances(Fate f) {
      return stances.getOrDefault(f, 0);
    }

    /**
     * "IMSB: 3 of 11 proposals adopted, 2 partly, 4 not adopted, 2 superseded; 40 paragraphs to
     * retain or restore: 38 kept, 2 changed".
     */
    public String text() {
      StringBuilder sb = new StringBuilder(stakeholder.name()).append(": ");
      int n = proposalCount();
      if (n > 0) {
        sb.append(proposals(Fate.ADOPTED))
            .append(" of ")
            .append(n)
            .append(n == 1 ? " proposal" : " proposals")
            .append(" adopted");
        for (Fate f :
            List.of(Fate.PARTLY, Fate.NOT_ADOPTED, Fate.SUPERSEDED, Fate.MOVED, Fate.DELETED)) {
          if (proposals(f) > 0) {
            sb.append(", ").append(proposals(f)).append(' ').append(f.phrase());
          }
        }
      } else {
        sb.append("no proposals");
      }
      int m = stanceCount();
      if (m > 0) {
        List<String> parts = new ArrayList<>();
        for (Fate f : List.of(Fate.KEPT, Fate.CHANGED, Fate.DELETED, Fate.UNKNOWN)) {
          if (stances(f) > 0) {
            parts.add(stances(f) + " " + f.phrase());
          }
        }
        sb.append("; ")
            .append(m)
            .append(m == 1 ? " paragraph" : " paragraphs")
            .append(" to retain or restore: ")
            .append(String.join(", ", parts));
      }
      return sb.toString();
    }
  }
}
