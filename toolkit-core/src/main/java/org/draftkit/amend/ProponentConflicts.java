package org.draftkit.amend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.draftkit.amend.Consolidation.Applied;
import org.draftkit.amend.Consolidation.Conflict;
import org.draftkit.amend.Consolidation.Operation;
import org.draftkit.model.Paragraph;

/**
 * Settles the edits several proponents make to one paragraph: the same change proposed twice is
 * applied once; changes that touch the same words are a conflict, left unapplied unless one of the
 * proponents is preferred. Immutable.
 */
final class ProponentConflicts {

  private final String prefer;

  ProponentConflicts(String prefer) {
    this.prefer = prefer;
  }

  /**
   * The edits to apply to paragraph {@code p}, in text order; what is applied and what conflicts go
   * to the ledger.
   */
  List<Edit> resolve(Paragraph p, String label, List<Edit> all, Ledger ledger) {
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
          ledger.conflict(
              new Conflict(
                  label,
                  List.of(a, b),
                  List.of(e.describe(p.text()), o.describe(p.text())),
                  resolution),
              p.index());
        }
      }
    }
    List<Edit> accepted = new ArrayList<>();
    for (Edit e : all) {
      if (!dropped.contains(e)) {
        accepted.add(e);
        ledger.applied.add(
            new Applied(
                e.source().proponent().name(),
                label,
                e.op(),
                p.text().substring(e.from(), e.to()).strip(),
                e.insert().strip(),
                e.source().option(),
                e.op() == Operation.MERGE
                    ? "joined paragraph "
                        + e.source().partner()
                        + " on (no merged wording was quoted)"
                    : e.note()));
      }
    }
    accepted.sort(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::to));
    return accepted;
  }
}
