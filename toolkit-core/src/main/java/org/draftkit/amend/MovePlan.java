package org.draftkit.amend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftkit.amend.Consolidation.Conflict;
import org.draftkit.amend.Consolidation.Unmatched;
import org.draftkit.model.Amendment;
import org.draftkit.model.Amendment.Operation;

/**
 * The moves of one consolidation: the requests as proposed, then the moves decided — one
 * destination per paragraph, agreed by every proponent who moves it and opposed by none who deletes
 * it, else a conflict (settled by a preferred proponent); a paragraph moving with a moved parent,
 * or moves chasing each other in a circle, are not applied.
 */
final class MovePlan {

  /**
   * A proposal to move the paragraph at {@code from} (with its sub-items) before or after the one
   * at {@code anchor}; {@code where} says so in words ("after 15"), {@code note} how it was found,
   * {@code also} who else proposed the same move.
   */
  record Request(
      Amendment source,
      int from,
      int anchor,
      boolean before,
      String where,
      String note,
      String also) {
    Request alsoBy(List<String> others) {
      return new Request(
          source,
          from,
          anchor,
          before,
          where,
          note,
          "also proposed by " + String.join(", ", others));
    }
  }

  private final BaseParagraphs base;
  private final Map<Integer, List<Request>> requests = new HashMap<>();

  /** Accepted moves by the base index of the paragraph moved. */
  private final Map<Integer, Request> moves = new HashMap<>();

  MovePlan(BaseParagraphs base) {
    this.base = base;
  }

  void request(Request r) {
    requests.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
  }

  /** The accepted move of the paragraph at {@code index}, or null. */
  Request of(int index) {
    return moves.get(index);
  }

  /** The accepted moves, by the paragraph moved. */
  Map<Integer, Request> accepted() {
    return moves;
  }

  /**
   * Decides which moves are applied, against the deletions proposed. Returns the paragraphs whose
   * deletions still stand.
   */
  Set<Integer> decide(Map<Integer, List<Amendment>> deletions, String prefer, Ledger ledger) {
    Set<Integer> keep = new HashSet<>(deletions.keySet());
    List<Integer> sources = new ArrayList<>(requests.keySet());
    sources.sort(Comparator.naturalOrder());
    for (int src : sources) {
      List<Request> reqs = new ArrayList<>();
      for (Request r : requests.get(src)) {
        if (reqs.stream().noneMatch(o -> o.source().proponent().equals(r.source().proponent()))) {
          reqs.add(r);
        }
      }
      List<Amendment> dels = deletions.getOrDefault(src, List.of());
      Request first = reqs.get(0);
      boolean agree =
          reqs.stream().allMatch(r -> r.anchor() == first.anchor() && r.before() == first.before());
      if (agree && dels.isEmpty()) {
        List<String> others =
            reqs.stream().skip(1).map(r -> r.source().proponent().name()).toList();
        moves.put(src, others.isEmpty() ? first : first.alsoBy(others));
        continue;
      }
      List<String> names = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Request r : reqs) {
        names.add(r.source().proponent().name());
        texts.add("move paragraph " + base.labelAt(src) + " " + r.where());
      }
      for (Amendment d : dels) {
        names.add(d.proponent().name());
        texts.add(
            d.operation() == Operation.MERGE_PARAGRAPHS
                ? "merge paragraph " + base.labelAt(src) + " into " + d.target()
                : "delete paragraph " + base.labelAt(src));
      }
      Request preferredMove =
          prefer == null
              ? null
              : reqs.stream()
                  .filter(r -> r.source().proponent().name().equals(prefer))
                  .findFirst()
                  .orElse(null);
      boolean preferredDelete =
          prefer != null && dels.stream().anyMatch(d -> d.proponent().name().equals(prefer));
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
      ledger.conflict(new Conflict(base.labelAt(src), names, texts, resolution), src);
    }
    for (int src : sources) {
      Request m = moves.get(src);
      if (m == null) {
        continue;
      }
      Request outer = movedWith(src, m);
      if (outer != null) {
        moves.remove(src);
        ledger.unmatched(
            new Unmatched(
                m.source().proponent().name(),
                base.labelAt(src),
                "paragraph "
                    + base.labelAt(src)
                    + " moves with paragraph "
                    + base.labelAt(outer.from())
                    + ", which is also moved",
                m.source().evidence().quote(),
                List.of()),
            src);
        continue;
      }
      int at = m.anchor();
      for (int step = 0; step <= moves.size(); step++) {
        Request carrier = movedWith(at, null);
        if (carrier == null) {
          break;
        }
        if (carrier == m) {
          moves.remove(src);
          ledger.unmatched(
              new Unmatched(
                  m.source().proponent().name(),
                  base.labelAt(src),
                  "moving paragraph "
                      + base.labelAt(src)
                      + " "
                      + m.where()
                      + " goes round in a circle with the other moves",
                  m.source().evidence().quote(),
                  List.of()),
              src);
          break;
        }
        at = carrier.anchor();
      }
    }
    return keep;
  }

  /**
   * The accepted move (other than {@code except}) whose paragraph or sub-items include {@code
   * index}, or null.
   */
  Request movedWith(int index, Request except) {
    for (Request m : moves.values()) {
      if (m != except && index >= m.from() && index <= base.lastOf(m.from())) {
        return m;
      }
    }
    return null;
  }
}
