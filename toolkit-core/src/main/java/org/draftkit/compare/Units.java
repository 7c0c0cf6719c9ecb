package org.draftkit.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;

/**
 * Articles, sections, rules and chapters followed by their content: when most of what stood under
 * an older heading ("Article 3 (mitigation)") now stands under another newer heading ("Article 4")
 * than the one the heading itself was aligned with, the heading went with its content.
 */
final class Units {
  private static final Pattern UNIT =
      Pattern.compile("(?i)^(article|section|rule|chapter|part|regulation)\\b");

  private Units() {}

  /**
   * Older unit heading index → the newer heading its content went under, where that differs from
   * its own pair.
   */
  static Map<Integer, Paragraph> followedByContent(Comparison c) {
    Map<Integer, Paragraph> newOf = new HashMap<>();
    Map<Integer, Integer> partner = new HashMap<>();
    for (AlignedPair p : c.pairs()) {
      if (p.newParagraph() != null) {
        for (Paragraph o : p.older()) {
          newOf.put(o.index(), p.newParagraph());
        }
      }
      if (p.older().size() == 1 && p.newer().size() == 1) {
        partner.put(p.oldParagraph().index(), p.newParagraph().index());
      }
    }
    int[] newUnit = unitOf(c.newer());
    Map<Integer, Paragraph> out = new HashMap<>();
    Map<Integer, Integer> taken = new HashMap<>();
    List<Paragraph> olds = c.older().paragraphs();
    for (int i = 0; i < olds.size(); i++) {
      Paragraph h = olds.get(i);
      if (!isUnit(h)) {
        continue;
      }
      Map<Integer, Integer> votes = new HashMap<>();
      int body = 0;
      for (int j = i + 1; j < olds.size() && !isUnit(olds.get(j)); j++) {
        Paragraph n = newOf.get(j);
        if (n == null || olds.get(j).text().isBlank()) {
          continue;
        }
        body++;
        if (newUnit[n.index()] >= 0) {
          votes.merge(newUnit[n.index()], 1, Integer::sum);
        }
      }
      Map.Entry<Integer, Integer> best =
          votes.entrySet().stream()
              .max(
                  Map.Entry.<Integer, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
              .orElse(null);
      if (best == null || 2 * best.getValue() <= body || best.getKey().equals(partner.get(i))) {
        continue;
      }
      if (taken.putIfAbsent(best.getKey(), i) != null) {
        continue; // two older units went to one: the first keeps it
      }
      out.put(i, c.newer().paragraphs().get(best.getKey()));
    }
    return out;
  }

  /** For each paragraph, the index of the unit heading it stands under, or -1. */
  private static int[] unitOf(Document d) {
    int[] out = new int[d.paragraphs().size()];
    int current = -1;
    for (Paragraph p : d.paragraphs()) {
      if (isUnit(p)) {
        current = p.index();
      } else if (p.kind() == ParagraphKind.HEADING && current >= 0 && !isUnit(p)) {
        // a sub-heading inside a unit stays in it
      }
      out[p.index()] = current;
    }
    return out;
  }

  static boolean isUnit(Paragraph p) {
    return p.kind() == ParagraphKind.HEADING && UNIT.matcher(p.text().strip()).find();
  }
}
