package org.draftkit.importer.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.SourceLocation;
import org.draftkit.structure.Structure;
import org.draftkit.structure.Structurer;

/**
 * Hands a Markdown or text source's blocks to the {@link Structurer} as its block stream and builds
 * the document: every block boundary of these formats may be the layout's (a stray blank line), so
 * each block carries the layout-boundary hint. Immutable and thread-safe.
 */
public final class Structuring {

  private final Structurer structurer;

  /**
   * Structuring for one format.
   *
   * @param codePrefix the prefix of the diagnostic codes ("md", "txt")
   */
  public Structuring(String codePrefix) {
    this.structurer = Structurer.forFormat(codePrefix);
  }

  /**
   * Builds the document.
   *
   * @param input the blocks in reading order; a block's parent comes before it
   * @param footnotes footnote bodies
   * @param diagnostics what reading the source already reported
   * @param metadata what is known of the document (front matter); the title defaults to the first
   *     heading, the date to an early paragraph that is only a date
   * @param source the source name for locations
   */
  public Document document(
      List<Block> input,
      List<Footnote> footnotes,
      List<Diagnostic> diagnostics,
      Metadata metadata,
      String source) {
    List<org.draftkit.structure.Block> blocks = new ArrayList<>(input.size());
    for (Block b : input) {
      org.draftkit.structure.Block.Builder s =
          org.draftkit.structure.Block.of(b.runs())
              .parent(b.parent())
              .layoutBoundary(true)
              .at(SourceLocation.line(source, b.line()));
      switch (b.role()) {
        case HEADING -> s.heading(1);
        case ORDERED_ITEM -> s.listItem(b.label());
        case BULLET_ITEM -> s.bulletItem().label(b.label());
        case CONTINUATION ->
            s.role(org.draftkit.structure.Block.Role.CONTINUATION).label(b.label());
        case PARAGRAPH -> s.label(b.label());
      }
      blocks.add(s.build());
    }
    Structure structure = structurer.structure(blocks, source);
    Metadata.Builder given = metadata.toBuilder();
    if (metadata.source() == null) {
      given.source(source);
    }
    Document.Builder doc = Document.builder().metadata(structure.complete(given.build()));
    for (Paragraph p : structure.paragraphs()) {
      doc.add(p, p.parent());
    }
    footnotes.forEach(doc::footnote);
    structure.footnotes().forEach(doc::footnote);
    diagnostics.forEach(doc::diagnostic);
    structure.diagnostics().forEach(doc::diagnostic);
    return doc.build();
  }
}
