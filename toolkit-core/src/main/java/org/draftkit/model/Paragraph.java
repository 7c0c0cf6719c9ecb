package org.draftkit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A body block: heading, preambular or operative paragraph, sub-item or other text. Sub-items
 * ("(a)", "(i)") are paragraphs of their own whose {@code parent} is the index of the paragraph
 * they belong to.
 *
 * @param index the position in {@link Document#paragraphs()}
 * @param number the label as printed, or null when the paragraph has none
 * @param kind heading, preambular, operative or other
 * @param runs the inline content (the label itself excluded)
 * @param parent the index of the parent paragraph for sub-items, or null
 * @param location where it came from
 * @since 0.1
 */
public record Paragraph(
    int index,
    ParagraphNumber number,
    ParagraphKind kind,
    List<Run> runs,
    Integer parent,
    SourceLocation location) {

  public Paragraph {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
    Objects.requireNonNull(kind, "kind");
    runs = List.copyOf(runs);
    if (parent != null && parent >= index) {
      throw new IllegalArgumentException(
          "parent " + parent + " must come before paragraph " + index);
    }
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  /** Every visible character in reading order, marks ignored (deleted text included). */
  public String text() {
    return Runs.text(runs);
  }

  /** The label, if any. */
  public Optional<ParagraphNumber> numberOpt() {
    return Optional.ofNullable(number);
  }

  /** The label as JSON shows it, or null. */
  public String label() {
    return number == null ? null : number.label();
  }

  public boolean isHeading() {
    return kind == ParagraphKind.HEADING;
  }

  /** True when some run carries the mark. */
  public boolean has(Mark mark) {
    for (Run r : runs) {
      if (r.has(mark)) {
        return true;
      }
    }
    return false;
  }

  /** This paragraph at another position (parent index shifted by the caller). */
  public Paragraph withIndex(int newIndex, Integer newParent) {
    return new Paragraph(newIndex, number, kind, runs, newParent, location);
  }

  /** This paragraph with other runs. */
  public Paragraph withRuns(List<Run> newRuns) {
    return new Paragraph(index, number, kind, newRuns, parent, location);
  }

  /** This paragraph with another label. */
  public Paragraph withNumber(ParagraphNumber newNumber) {
    return new Paragraph(index, newNumber, kind, runs, parent, location);
  }
}
