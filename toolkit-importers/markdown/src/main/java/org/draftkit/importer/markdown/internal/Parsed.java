package org.draftkit.importer.markdown.internal;

import java.util.List;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Footnote;

/**
 * What a source reader found before structure is worked out: blocks in reading order, footnote
 * bodies and diagnostics.
 *
 * @param blocks the body blocks
 * @param footnotes footnote bodies, by label
 * @param diagnostics what reading reported
 */
public record Parsed(List<Block> blocks, List<Footnote> footnotes, List<Diagnostic> diagnostics) {
  public Parsed {
    blocks = List.copyOf(blocks);
    footnotes = List.copyOf(footnotes);
    diagnostics = List.copyOf(diagnostics);
  }
}
