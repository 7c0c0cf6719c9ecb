package org.draftkit.importer.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a plain-text source.
 *
 * @param number the 1-based line number
 * @param text the line without its line end
 */
public record Line(int number, String text) {
  public Line {
    Objects.requireNonNull(text, "text");
  }

  /** Whether the line holds nothing but white space. */
  public boolean isBlank() {
    return text.isBlank();
  }

  /** Splits text (line ends already {@code \n}) into numbered lines. */
  public static List<Line> split(String text) {
    String[] parts = text.split("\n", -1);
    int count = parts.length;
    if (count > 0 && parts[count - 1].isEmpty()) {
      count--;
    }
    List<Line> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(new Line(i + 1, parts[i]));
    }
    return lines;
  }
}
