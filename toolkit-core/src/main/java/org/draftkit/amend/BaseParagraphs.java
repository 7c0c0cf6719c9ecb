package org.draftkit.amend;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.internal.BaseMatcher;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;

/**
 * The base's paragraphs as the consolidation names and groups them: a label to an index ("66",
 * "OP5", "PP3", "¶4"), an index to its label, a paragraph with its sub-items, where a new paragraph
 * goes after its anchor. Immutable.
 */
final class BaseParagraphs {

  private static final Pattern PREFIXED = Pattern.compile("(?i)(OP|PP)\\s*(\\d{1,3})");

  final Document doc;
  final BaseMatcher matcher;

  BaseParagraphs(Document doc) {
    this.doc = doc;
    this.matcher = new BaseMatcher(doc);
  }

  Paragraph at(int index) {
    return doc.paragraphs().get(index);
  }

  String labelAt(int index) {
    return matcher.labelAt(index);
  }

  /**
   * The base paragraph a label names: its own label, else "OP5" as operative "5", else "PP3" as the
   * third preambular paragraph of a base whose preambular paragraphs carry no numbers, else "¶n" as
   * the n-th paragraph.
   */
  Integer resolve(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    Integer idx = matcher.indexOf(label);
    if (idx != null) {
      return idx;
    }
    if (label.startsWith("¶") && label.substring(1).matches("\\d{1,5}")) {
      int n = Integer.parseInt(label.substring(1));
      return n >= 1 && n <= doc.paragraphs().size() ? n - 1 : null;
    }
    Matcher m = PREFIXED.matcher(label.strip());
    if (!m.matches()) {
      return null;
    }
    if (m.group(1).equalsIgnoreCase("OP")) {
      return matcher.indexOf(m.group(2));
    }
    int n = Integer.parseInt(m.group(2));
    int seen = 0;
    for (Paragraph p : doc.paragraphs()) {
      if (p.kind() == ParagraphKind.PREAMBULAR && p.parent() == null) {
        if (p.number() != null) {
          return null; // numbered preambular paragraphs answer by label only
        }
        if (++seen == n) {
          return p.index();
        }
      }
    }
    return null;
  }

  /** The last index of paragraph {@code index}'s sub-items (itself when it has none). */
  int lastOf(int index) {
    int last = index;
    for (int i = index + 1;
        i < doc.paragraphs().size() && isDescendant(doc.paragraphs().get(i), index);
        i++) {
      last = i;
    }
    return last;
  }

  boolean isDescendant(Paragraph p, int ancestor) {
    Integer parent = p.parent();
    while (parent != null) {
      if (parent == ancestor) {
        return true;
      }
      parent = doc.paragraphs().get(parent).parent();
    }
    return false;
  }

  /**
   * The last paragraph a new one goes after: its anchor's sub-items and earlier "bis" paragraphs.
   */
  int placeAfter(int index, ParagraphNumber newNumber) {
    Paragraph anchor = doc.paragraphs().get(index);
    int last = index;
    for (int i = index + 1; i < doc.paragraphs().size(); i++) {
      Paragraph p = doc.paragraphs().get(i);
      boolean descendant = p.parent() != null && isDescendant(p, anchor.index());
      boolean earlierBis =
          p.parent() == null
              && p.number() != null
              && anchor.number() != null
              && p.number().base().equals(anchor.number().base())
              && p.number().compareTo(newNumber) < 0;
      if (!descendant && !earlierBis) {
        break;
      }
      last = i;
    }
    return last;
  }
}
