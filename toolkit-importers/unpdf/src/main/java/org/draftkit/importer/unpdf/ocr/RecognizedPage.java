package org.draftkit.importer.unpdf.ocr;

import java.util.List;

/**
 * The text of one page image, line by line, in image pixels.
 *
 * @param lines the lines in reading order
 * @param meanConfidence the engine's mean word confidence, 0 to 100 (0 when no word was read)
 * @since 0.1
 */
public record RecognizedPage(List<Line> lines, double meanConfidence) {
  public RecognizedPage {
    lines = List.copyOf(lines);
  }

  /** How many words were read. */
  public int words() {
    return lines.stream().mapToInt(l -> l.words().size()).sum();
  }

  /**
   * One line of text: its box and its words.
   *
   * @param left left edge
   * @param top top edge
   * @param width width
   * @param height height (ascenders to descenders)
   * @param baseline the baseline's y at the line's left edge
   * @param size the text size (the engine's estimate of the font size), or 0 when unknown
   * @param words the words in reading order, each with its own box
   */
  public record Line(
      int left, int top, int width, int height, float baseline, float size, List<Word> words) {
    public Line {
      words = List.copyOf(words);
    }
  }

  /**
   * One word (in logical order, as read: an Arabic word's first letter is its rightmost).
   *
   * @param text the characters
   * @param left left edge
   * @param top top edge
   * @param width width
   * @param height height
   * @param confidence 0 to 100
   */
  public record Word(String text, int left, int top, int width, int height, double confidence) {}
}
