package org.draftkit.importer.markdown.internal;

import java.util.List;

/**
 * Turns the lines of a plain-text file into blocks: the one seam where knowledge of a text's page
 * layout lives. {@link PlainTextLayout} knows blank lines and paragraph labels; a layout for text
 * extracted from UN documents adds the cleaning of running heads, page numbers, job numbers and
 * footnotes behind the same method, reporting what it removed as diagnostics and returning footnote
 * bodies separately.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface TextLayout {

  /**
   * Groups lines into blocks.
   *
   * @param lines every line of the source, in order
   * @param source the source name, for diagnostics and locations
   * @return the blocks (labels left in their text), footnotes and diagnostics
   */
  Parsed blocks(List<Line> lines, String source);
}
