package org.draftkit.amend;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.amend.Consolidation.Adopted;
import org.draftkit.amend.Consolidation.Applied;
import org.draftkit.amend.Consolidation.Conflict;
import org.draftkit.amend.Consolidation.Unmatched;
import org.draftkit.model.Diagnostic;

/**
 * What one consolidation run reports, as it is decided: changes applied, proposals already adopted,
 * conflicts, proposals not applied, diagnostics. Entries tied to a base paragraph keep its base
 * index until the writer knows where that paragraph lands in the result.
 */
final class Ledger {
  final List<Applied> applied = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Placed<Adopted>> adopted = new ArrayList<>();
  private final List<Placed<Conflict>> conflicts = new ArrayList<>();
  private final List<Placed<Unmatched>> unmatched = new ArrayList<>();

  private record Placed<T>(T entry, Integer baseIndex) {}

  void adopted(Adopted a, Integer baseIndex) {
    adopted.add(new Placed<>(a, baseIndex));
  }

  void conflict(Conflict c, Integer baseIndex) {
    conflicts.add(new Placed<>(c, baseIndex));
  }

  void unmatched(Unmatched u, Integer baseIndex) {
    unmatched.add(new Placed<>(u, baseIndex));
  }

  /** Where base paragraphs landed in the result. */
  interface Placement {
    Integer of(int baseIndex);
  }

  List<Adopted> adopted(Placement where) {
    return adopted.stream()
        .map(
            p ->
                new Adopted(
                    p.entry().proponent(),
                    p.entry().paragraph(),
                    p.entry().proposed(),
                    p.entry().note(),
                    p.baseIndex() == null ? null : where.of(p.baseIndex())))
        .toList();
  }

  List<Conflict> conflicts(Placement where) {
    return conflicts.stream()
        .map(p -> p.entry().at(p.baseIndex() == null ? null : where.of(p.baseIndex())))
        .toList();
  }

  List<Unmatched> unmatched(Placement where) {
    return unmatched.stream()
        .map(p -> p.entry().at(p.baseIndex() == null ? null : where.of(p.baseIndex())))
        .toList();
  }
}
