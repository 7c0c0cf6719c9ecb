package org.draftkit.align;

import java.util.List;

/**
 * Language versions of one text matched paragraph by paragraph: one row per structural place
 * (article, paragraph, sub-item), one cell per language, and the mismatches found.
 *
 * @param languages the versions' names, in the order given (one column each)
 * @param directions "ltr" or "rtl" per version, for display
 * @param rows the matched places, in document order
 * @param mismatches what differs between the versions
 * @since 0.1
 */
public record Alignment(
    List<String> languages, List<String> directions, List<Row> rows, List<Mismatch> mismatches) {
  public Alignment {
    languages = List.copyOf(languages);
    directions = List.copyOf(directions);
    rows = List.copyOf(rows);
    mismatches = List.copyOf(mismatches);
  }

  /**
   * One place in the text.
   *
   * @param key the structural place ("art 5 / 2 / (c)"; "art 5 / ¶1" for an unnumbered paragraph)
   * @param heading whether the place is a heading
   * @param cells one per language, null where the version has nothing there
   */
  public record Row(String key, boolean heading, List<Cell> cells) {
    public Row {
      cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }
  }

  /**
   * One language's paragraph at a place.
   *
   * @param index the paragraph's index in its document
   * @param label its label as printed, or null
   * @param text its text
   * @param footnotes how many footnote references it carries
   */
  public record Cell(int index, String label, String text, int footnotes) {}

  /**
   * A difference between versions.
   *
   * @param kind what differs
   * @param key the place
   * @param languages the versions concerned (those lacking it, or those differing)
   * @param message one line saying what
   */
  public record Mismatch(Kind kind, String key, List<String> languages, String message) {
    public Mismatch {
      languages = List.copyOf(languages);
    }
  }

  /** Kinds of mismatch. */
  public enum Kind {
    /** A paragraph or sub-item present in some versions and not in others. */
    MISSING,
    /** The same place numbered differently. */
    NUMBERING,
    /** A footnote reference present in some versions and not in others. */
    FOOTNOTE;

    /** The id used in JSON and CSV. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
