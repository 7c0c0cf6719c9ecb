package org.draftkit.amend;

import org.draftkit.amend.Consolidation.Operation;
import org.draftkit.model.Amendment;

/**
 * One change to one base paragraph, in character offsets of the paragraph's text: the words {@code
 * from..to} replaced by {@code insert}.
 *
 * @param op how it is reported ({@link Operation#AMEND}, or {@link Operation#MERGE} for a paragraph
 *     joined on)
 * @param note how it was found, when worth saying, or null
 */
record Edit(int from, int to, String insert, Amendment source, Operation op, String note) {

  /** True when the two edits touch the same words (or insert different words at one place). */
  boolean overlaps(Edit o) {
    if (from == to && o.from == o.to) {
      return from == o.from && !insert.equals(o.insert);
    }
    if (from == to) {
      return from > o.from && from < o.to;
    }
    if (o.from == o.to) {
      return o.from > from && o.from < to;
    }
    return from < o.to && o.from < to;
  }

  boolean sameAs(Edit o) {
    return from == o.from && to == o.to && insert.equals(o.insert);
  }

  /** The change in the stakeholders' convention: "~~old~~ **new**". */
  String describe(String text) {
    String del = text.substring(from, to).strip();
    return (del.isEmpty() ? "" : "~~" + del + "~~")
        + (insert.isBlank() ? "" : (del.isEmpty() ? "" : " ") + "**" + insert.strip() + "**");
  }
}
