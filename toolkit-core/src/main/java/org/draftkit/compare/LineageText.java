package org.draftkit.compare;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.internal.ParagraphLabels;
import org.draftkit.internal.RevisionNames;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;

/**
 * Public for the exporters, so that every rendering of a history says the same. The words every
 * rendering of a {@link RevisionHistory} uses for its lineage: revision names from the documents'
 * metadata, each paragraph named as readers name it ("Article 4, paragraph 2", "PP3", "12 (b)")
 * with its opening words, what happened to it in which revision, and what is still bracketed or
 * optional in it. One place for these rules, so HTML, Markdown, DOCX and JSON say the same.
 * Immutable; build one per history.
 *
 * @since 0.1
 */
public final class LineageText {
  private final RevisionHistory history;
  private final List<String> names;
  private final List<ParagraphLabels> labels = new ArrayList<>();

  public LineageText(RevisionHistory history) {
    this.history = history;
    this.names = RevisionNames.of(history.revisions());
    for (Document d : history.revisions()) {
      labels.add(new ParagraphLabels(d));
    }
  }

  /** The revisions' names, oldest first. */
  public List<String> names() {
    return names;
  }

  /** The paragraph of a row in revision {@code k}, or null where it does not exist. */
  public Paragraph paragraph(RevisionHistory.LineageRow row, int k) {
    Integer i = row.indexes().get(k);
    return i == null ? null : history.revisions().get(k).paragraphs().get(i);
  }

  /**
   * The row's label in revision {@code k} ("Article 4, paragraph 2"), or null where it does not
   * exist.
   */
  public String label(RevisionHistory.LineageRow row, int k) {
    Integer i = row.indexes().get(k);
    return i == null ? null : labels.get(k).label(i);
  }

  /** The row's label in the last revision it exists in, with its opening words there. */
  public String describe(RevisionHistory.LineageRow row) {
    int k = row.last();
    return labels.get(k).describe(row.indexes().get(k));
  }

  /**
   * One cell of the lineage table: the label in revision {@code k} and what happened to it coming
   * from the revision before ("Article 4, paragraph 2 (modified)", "— (deleted)", "—").
   */
  public String cell(RevisionHistory.LineageRow row, int k) {
    AlignedPair.Status step = k == 0 ? null : row.steps().get(k - 1);
    String label = label(row, k);
    if (label == null) {
      return step != null && row.indexes().get(k - 1) != null ? "— (" + step.id() + ")" : "—";
    }
    boolean renumbered =
        k > 0
            && row.indexes().get(k - 1) != null
            && !java.util.Objects.equals(label(row, k - 1), label);
    String what =
        step == null || step == AlignedPair.Status.UNCHANGED
            ? (renumbered ? "renumbered" : null)
            : step == AlignedPair.Status.INSERTED ? "new" : step.id();
    return what == null ? label : label + " (" + what + ")";
  }

  /**
   * The row's history in words: "new in Paris Agreement; modified in A, B; moved in C", or
   * "unchanged" (a row in the first revision never changed).
   */
  public String history(RevisionHistory.LineageRow row) {
    List<String> parts = new ArrayList<>();
    if (row.first() > 0) {
      parts.add("new in " + names.get(row.first()));
    }
    java.util.Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
    for (int k = row.first() + 1; k < names.size(); k++) {
      AlignedPair.Status s = row.steps().get(k - 1);
      if (s == null || s == AlignedPair.Status.UNCHANGED || s == AlignedPair.Status.INSERTED) {
        continue;
      }
      byKind.computeIfAbsent(s.id(), x -> new ArrayList<>()).add(names.get(k));
    }
    byKind.forEach((kind, in) -> parts.add(kind + " in " + String.join(", ", in)));
    return parts.isEmpty() ? "unchanged" : String.join("; ", parts);
  }

  /** The bracket status of the row in revision {@code k}, or null where it does not exist. */
  public Brackets brackets(RevisionHistory.LineageRow row, int k) {
    Paragraph p = paragraph(row, k);
    return p == null ? null : Brackets.of(history.revisions().get(k), p);
  }

  /** True when the row has brackets or options in some revision. */
  public boolean negotiated(RevisionHistory.LineageRow row) {
    for (int k = 0; k < names.size(); k++) {
      Brackets b = brackets(row, k);
      if (b != null && !b.agreed()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The bracket cell for revision {@code k}: the status there and what happened to it coming from
   * the revision before ("1 bracket (narrowed)", "agreed (resolved)", "— (dropped)").
   */
  public String bracketCell(RevisionHistory.LineageRow row, int k) {
    Brackets now = brackets(row, k);
    String event = k == 0 ? null : Brackets.event(brackets(row, k - 1), now);
    String s = now == null ? "—" : now.describe();
    return event == null ? s : s + " (" + event + ")";
  }
}
