package org.draftkit.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;

/** Follows each paragraph through consecutive comparisons. */
final class Lineage {
  private Lineage() {}

  /** A row under construction. */
  private static final class Row {
    final Integer[] indexes;
    final String[] numbers;
    final AlignedPair.Status[] steps;
    final int first;
    int lastChange;

    Row(int revisions, int first) {
      indexes = new Integer[revisions];
      numbers = new String[revisions];
      steps = new AlignedPair.Status[revisions - 1];
      this.first = first;
      lastChange = first;
    }

    void at(int revision, Paragraph p) {
      indexes[revision] = p.index();
      numbers[revision] = p.label();
    }

    RevisionHistory.LineageRow build() {
      return new RevisionHistory.LineageRow(
          Arrays.asList(indexes), Arrays.asList(numbers), Arrays.asList(steps), first, lastChange);
    }
  }

  static List<RevisionHistory.LineageRow> of(
      List<Document> revisions, List<Comparison> comparisons) {
    int r = revisions.size();
    List<Row> rows = new ArrayList<>();
    Row[] current = new Row[revisions.get(0).paragraphs().size()];
    for (Paragraph p : revisions.get(0).paragraphs()) {
      Row row = new Row(r, 0);
      row.at(0, p);
      rows.add(row);
      current[p.index()] = row;
    }
    for (int k = 0; k < comparisons.size(); k++) {
      Row[] next = new Row[revisions.get(k + 1).paragraphs().size()];
      Map<Integer, Paragraph> byContent = Units.followedByContent(comparisons.get(k));
      Set<Integer> claimed = new HashSet<>();
      byContent.values().forEach(p -> claimed.add(p.index()));
      for (AlignedPair pair : comparisons.get(k).pairs()) {
        AlignedPair.Status s = pair.status();
        Paragraph old = pair.oldParagraph();
        if (old != null && byContent.containsKey(old.index())) {
          // a unit heading follows its content to the heading it now stands under
          follow(
              current[old.index()],
              k,
              AlignedPair.Status.MODIFIED,
              byContent.get(old.index()),
              next);
          if (pair.newParagraph() != null && !claimed.contains(pair.newParagraph().index())) {
            Row row = new Row(r, k + 1);
            rows.add(row);
            follow(row, k, AlignedPair.Status.INSERTED, pair.newParagraph(), next);
          }
          continue;
        }
        if (pair.newParagraph() != null && claimed.contains(pair.newParagraph().index())) {
          if (old != null) {
            current[old.index()].steps[k] =
                AlignedPair.Status.DELETED; // the heading's content went elsewhere
          }
          continue; // the newer heading continues the older one its content came from
        }
        if (pair.older().isEmpty()) {
          Row row = new Row(r, k + 1);
          rows.add(row);
          follow(row, k, s, pair.newParagraph(), next);
          continue;
        }
        Row row = current[pair.oldParagraph().index()];
        if (pair.newer().isEmpty()) {
          row.steps[k] = s;
          continue;
        }
        follow(row, k, s, pair.newParagraph(), next);
        // the other older paragraphs of a merge end here
        for (int q = 1; q < pair.older().size(); q++) {
          current[pair.older().get(q).index()].steps[k] = s;
        }
        // the other newer paragraphs of a split begin here
        for (int q = 1; q < pair.newer().size(); q++) {
          Row part = new Row(r, k + 1);
          rows.add(part);
          follow(part, k, s, pair.newer().get(q), next);
        }
      }
      current = next;
    }
    return rows.stream().map(Row::build).toList();
  }

  private static void follow(Row row, int k, AlignedPair.Status s, Paragraph p, Row[] next) {
    row.steps[k] = s;
    row.at(k + 1, p);
    next[p.index()] = row;
    if (s != AlignedPair.Status.UNCHANGED) {
      row.lastChange = k + 1;
    }
  }
}
