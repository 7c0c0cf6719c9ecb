package org.draftkit.exporter.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import org.draftkit.ExportException;
import org.draftkit.amend.Consolidation;
import org.draftkit.exporter.docx.internal.DocumentBody;
import org.draftkit.exporter.docx.internal.Export;
import org.draftkit.exporter.docx.internal.WordDocument;
import org.draftkit.exporter.docx.internal.WordParagraph;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Consolidation} as the consolidated text with Word tracked changes whose author is
 * the proponent of each change, so that a delegation can accept or reject every stakeholder's edit
 * one by one; new paragraphs are tracked insertions whole. An appendix after a page break lists, as
 * plain text, the changes applied, the conflicts left unapplied and the proposals that could not be
 * placed.
 *
 * <p>Thread-safe and deterministic, like {@link DocumentDocxExporter}.
 *
 * @since 0.1
 */
public final class ConsolidationDocxExporter implements Exporter<Consolidation> {

  @Override
  public FormatInfo format() {
    return DocumentDocxExporter.FORMAT;
  }

  @Override
  public Class<Consolidation> resultType() {
    return Consolidation.class;
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public void write(Consolidation value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    // each conflict, stale quote and adopted proposal as a Word comment on its paragraph
    Document.Builder marked = value.document().toBuilder();
    int n = 0;
    for (Consolidation.Marker m : value.markers()) {
      marked.comment(
          new Comment(
              "draftkit-" + (++n),
              m.proponent() == null ? "draftkit" : "draftkit · " + m.proponent(),
              null,
              m.text(),
              m.index(),
              null));
    }
    Document document = marked.build();
    Export.write(
        false,
        word -> {
          DocumentBody.write(document, word);
          appendix(value, word);
        },
        out,
        context);
  }

  private static void appendix(Consolidation c, WordDocument word) {
    word.pageBreak();
    // the body is the consolidated text alone (rejecting every change gives the base); the title
    // heads the appendix
    word.paragraph("Heading1")
        .keepNext()
        .text("Appendix to " + c.title() + ": proposals and how they were applied", Set.of());
    word.paragraph("Heading2")
        .keepNext()
        .text("Changes applied (" + c.applied().size() + ")", Set.of());
    if (c.applied().isEmpty()) {
      word.paragraph(null).text("None.", Set.of());
    }
    for (Consolidation.Applied a : c.applied()) {
      StringBuilder sb = new StringBuilder();
      sb.append(a.proponent())
          .append(" — paragraph ")
          .append(a.paragraph())
          .append(": ")
          .append(a.op().label());
      if (a.option() != null) {
        sb.append(" (").append(a.option()).append(')');
      }
      if (a.deleted() != null && !a.deleted().isBlank()) {
        sb.append("; deleted “").append(a.deleted().strip()).append('”');
      }
      if (a.inserted() != null && !a.inserted().isBlank()) {
        sb.append("; inserted “").append(a.inserted().strip()).append('”');
      }
      if (a.note() != null && !a.note().isBlank()) {
        sb.append(". ").append(a.note().strip());
      }
      word.paragraph("Small").text(sb.toString(), Set.of());
    }
    word.paragraph("Heading2")
        .keepNext()
        .text("Conflicts (" + c.conflicts().size() + ")", Set.of());
    if (c.conflicts().isEmpty()) {
      word.paragraph(null).text("None.", Set.of());
    }
    for (Consolidation.Conflict k : c.conflicts()) {
      word.paragraph(null)
          .keepNext()
          .text(
              "Paragraph "
                  + k.paragraph()
                  + ": "
                  + String.join(", ", k.proponents())
                  + " — "
                  + k.resolution(),
              Set.of());
      for (int i = 0; i < k.texts().size(); i++) {
        String who = i < k.proponents().size() ? k.proponents().get(i) : "?";
        word.paragraph("Small").indent(567, 0).text(who + ": " + k.texts().get(i), Set.of());
      }
    }
    word.paragraph("Heading2")
        .keepNext()
        .text("Proposals not applied (" + c.unmatched().size() + ")", Set.of());
    if (c.unmatched().isEmpty()) {
      word.paragraph(null).text("None.", Set.of());
    }
    for (Consolidation.Unmatched u : c.unmatched()) {
      WordParagraph head = word.paragraph(null).keepNext();
      head.text(
          u.proponent()
              + (u.paragraph() != null ? " — paragraph " + u.paragraph() : "")
              + ": "
              + u.reason(),
          Set.of());
      if (u.quote() != null && !u.quote().isBlank()) {
        word.paragraph("Small").indent(567, 0).text("Quoted: " + u.quote().strip(), Set.of());
      }
      for (String d : u.differences()) {
        word.paragraph("Small").indent(567, 0).text(d, Set.of());
      }
    }
  }
}
