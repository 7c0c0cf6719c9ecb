package org.draftkit.positions;

import java.util.List;
import java.util.Objects;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Metadata;
import org.draftkit.model.Position;
import org.draftkit.model.Stakeholder;

/**
 * The paragraph × stakeholder table of stances.
 *
 * @param base the base document's metadata, or null when built without a base
 * @param stakeholders the columns, in the order the submissions were given
 * @param rows one per paragraph any stakeholder addresses, in the base's order (or by number)
 * @param diagnostics unreadable submissions, references to paragraphs the base lacks, comments with
 *     no party
 * @since 0.1
 */
public record PositionTable(
    Metadata base, List<Stakeholder> stakeholders, List<Row> rows, List<Diagnostic> diagnostics) {

  public PositionTable {
    stakeholders = List.copyOf(stakeholders);
    rows = List.copyOf(rows);
    diagnostics = List.copyOf(diagnostics);
  }

  /** This table with more diagnostics (for example, submissions that could not be read). */
  public PositionTable withDiagnostics(List<Diagnostic> more) {
    List<Diagnostic> all = new java.util.ArrayList<>(more);
    all.addAll(diagnostics);
    return new PositionTable(base, stakeholders, rows, all);
  }

  /**
   * One paragraph's row.
   *
   * @param paragraph the label ("66", "83 bis", "12(a)"), or "general" for statements on no
   *     paragraph
   * @param baseIndex the paragraph's index in the base, or null
   * @param baseText the paragraph's current text in the base, or null
   * @param positions every stance taken on it, by stakeholder order
   */
  public record Row(
      String paragraph, Integer baseIndex, String baseText, List<Position> positions) {
    public Row {
      Objects.requireNonNull(paragraph, "paragraph");
      positions = List.copyOf(positions);
    }

    /** The positions of one stakeholder. */
    public List<Position> of(Stakeholder s) {
      return positions.stream().filter(p -> p.stakeholder().equals(s)).toList();
    }
  }
}
