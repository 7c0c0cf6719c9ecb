package org.draftkit.model;

import java.util.List;
import java.util.Objects;

/**
 * A footnote or endnote body. Paragraph runs marked {@link Mark#FOOTNOTE_REFERENCE} refer to it by
 * label.
 *
 * @param label the marker as printed ("1", "*")
 * @param runs the note's text
 * @param location where the note body was found
 * @since 0.1
 */
public record Footnote(String label, List<Run> runs, SourceLocation location) {
  public Footnote {
    Objects.requireNonNull(label, "label");
    runs = List.copyOf(runs);
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public static Footnote of(String label, String text) {
    return new Footnote(label, List.of(Run.plain(text)), null);
  }

  /** The note's visible text. */
  public String text() {
    return Runs.text(runs);
  }
}
