package org.draftkit.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stretch of paragraph text carrying the same marks.
 *
 * @param text the visible characters, never null (may be empty only for anchors)
 * @param marks the marks, iterated in {@link Mark} declaration order
 * @param author who made a tracked change or comment, or null
 * @param date when, as written by the source (ISO 8601 where known), or null
 * @param ref the footnote label or comment id this run refers to, or null
 * @since 0.1
 */
public record Run(String text, Set<Mark> marks, String author, String date, String ref) {

  public Run {
    Objects.requireNonNull(text, "text");
    marks =
        marks == null || marks.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(Mark.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(marks));
  }

  /** A run of plain text. */
  public static Run plain(String text) {
    return new Run(text, null, null, null, null);
  }

  /** A run with the given marks. */
  public static Run of(String text, Mark... marks) {
    return new Run(text, marks.length == 0 ? null : EnumSet.of(marks[0], marks), null, null, null);
  }

  /** A run with the given marks. */
  public static Run of(String text, Collection<Mark> marks) {
    return new Run(text, marks.isEmpty() ? null : EnumSet.copyOf(marks), null, null, null);
  }

  public boolean has(Mark mark) {
    return marks.contains(mark);
  }

  /** This run with other text and the same marks and attribution. */
  public Run withText(String newText) {
    return new Run(newText, marks, author, date, ref);
  }

  /** This run with one more mark. */
  public Run plus(Mark mark) {
    EnumSet<Mark> m = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
    m.add(mark);
    return new Run(text, m, author, date, ref);
  }

  /** True when both runs carry the same marks and attribution, so they can be merged. */
  public boolean sameStyle(Run other) {
    return marks.equals(other.marks)
        && Objects.equals(author, other.author)
        && Objects.equals(date, other.date)
        && Objects.equals(ref, other.ref);
  }
}
