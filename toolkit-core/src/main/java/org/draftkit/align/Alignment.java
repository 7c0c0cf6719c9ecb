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

  /**
   * How each version compares with the first, section by section (articles and annexes, in the
   * order of the rows): the sections it has, and those where it has a paragraph or sub-item the
   * first has not, lacks one the first has, or numbers one otherwise (headings aside). The first
   * version's entry differs nowhere.
   */
  public List<Agreement> agreement() {
    List<Agreement> out = new java.util.ArrayList<>();
    for (int i = 0; i < languages.size(); i++) {
      java.util.Set<String> has = new java.util.LinkedHashSet<>();
      java.util.Set<String> differing = new java.util.LinkedHashSet<>();
      for (Row row : rows) {
        String section = section(row.key());
        if (section == null || row.cells().get(i) == null) {
          continue;
        }
        has.add(section);
      }
      for (Row row : rows) {
        String section = section(row.key());
        if (section != null
            && !row.heading()
            && (row.cells().get(0) == null) != (row.cells().get(i) == null)) {
          differing.add(section);
        }
      }
      for (Mismatch m : mismatches) {
        String section = section(m.key());
        if (section != null
            && m.kind() == Kind.NUMBERING
            && m.languages().contains(languages.get(i))) {
          differing.add(section);
        }
      }
      List<String> ordered = new java.util.ArrayList<>();
      for (Row row : rows) {
        String section = section(row.key());
        if (section != null && differing.contains(section) && !ordered.contains(section)) {
          ordered.add(section);
        }
      }
      out.add(new Agreement(languages.get(i), List.copyOf(has), ordered));
    }
    return out;
  }

  /** The article or annex of a place ("art 5", "annex 2"), or null (front matter). */
  private static String section(String key) {
    String first = key.split(" / ")[0];
    return first.startsWith("art ") || first.startsWith("annex ") ? first : null;
  }

  /**
   * One version against the first.
   *
   * @param language the version's name
   * @param sections the articles and annexes it has ("art 5", "annex 2")
   * @param differing those whose paragraphs, sub-items or numbers differ from the first version's
   */
  public record Agreement(String language, List<String> sections, List<String> differing) {
    public Agreement {
      sections = List.copyOf(sections);
      differing = List.copyOf(differing);
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
