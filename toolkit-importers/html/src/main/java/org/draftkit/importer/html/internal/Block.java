package org.draftkit.importer.html.internal;

import java.util.List;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * A block of text as the page lays it out, before labels and kinds are decided (by the structurer,
 * from the block stream {@link HtmlReader} makes of it).
 *
 * @param runs the inline content
 * @param tag the element that holds the text ("p", "li", "td", "h2" …)
 * @param headingLevel 1–6 inside {@code <h1>}–{@code <h6>}, else 0
 * @param listLabel the label a browser shows for the list item this block starts, or null
 * @param listItem true when this block starts a list item (numbered or bulleted)
 * @param parentBlock the block of the list item this block's list is nested in, or -1
 * @param tableDepth how many tables enclose the block
 * @param line the source line where the text starts, or 0
 */
record Block(
    List<Run> runs,
    String tag,
    int headingLevel,
    ParagraphNumber listLabel,
    boolean listItem,
    int parentBlock,
    int tableDepth,
    int line) {
  Block {
    runs = List.copyOf(runs);
  }
}
