package org.draftkit.exporter.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.Moves;
import org.draftkit.exporter.markdown.internal.MarkdownInline;
import org.draftkit.model.Document;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Consolidation} as Markdown: the consolidated text in the stakeholders' convention
 * ({@code ~~deleted~~ **inserted**}; a moved paragraph struck where it stood and in bold where it
 * now stands, each end saying where the other is), then the changes with their proponents, the
 * conflicts and what could not be applied. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class ConsolidationMarkdownExporter implements Exporter<Consolidation> {

  @Override
  public FormatInfo format() {
    return DocumentMarkdownExporter.FORMAT;
  }

  @Override
  public Class<Consolidation> resultType() {
    return Consolidation.class;
  }

  @Override
  public void write(Consolidation value, OutputStream out, ExportContext context)
      throws IOException {
    Document doc = value.document();
    Map<Integer, String> moved = new HashMap<>();
    for (Moves.Move m : Moves.of(doc)) {
      String by = m.author() == null ? "" : " by " + m.author();
      moved.put(m.from(), "*" + esc("[moved to " + Moves.destination(doc, m) + by + "]") + "*");
      moved.put(m.to(), "*" + esc("[moved here from " + Moves.origin(doc, m) + by + "]") + "*");
    }
    StringBuilder sb = new StringBuilder(DocumentMarkdownExporter.render(doc, moved));
    sb.append("\n---\n\n## Changes applied (").append(value.applied().size()).append(")\n\n");
    for (Consolidation.Applied a : value.applied()) {
      sb.append("- ")
          .append(esc(a.paragraph()))
          .append(" — ")
          .append(esc(a.proponent()))
          .append(", ")
          .append(a.op().label());
      if (a.option() != null) {
        sb.append(" (").append(esc(a.option())).append(')');
      }
      sb.append(a.deleted().isEmpty() && a.inserted().isEmpty() ? "" : ": ");
      if (!a.deleted().isEmpty()) {
        sb.append("~~").append(esc(a.deleted())).append("~~");
      }
      if (!a.inserted().isEmpty()) {
        sb.append(a.deleted().isEmpty() ? "" : " ")
            .append("**")
            .append(esc(a.inserted()))
            .append("**");
      }
      if (a.note() != null) {
        sb.append(" — ").append(esc(a.note()));
      }
      sb.append('\n');
    }
    if (!value.conflicts().isEmpty()) {
      sb.append("\n## Conflicts (").append(value.conflicts().size()).append(")\n\n");
      for (Consolidation.Conflict c : value.conflicts()) {
        sb.append("- ").append(esc(c.paragraph())).append(": ");
        for (int i = 0; i < c.proponents().size(); i++) {
          sb.append(i == 0 ? "" : " / ")
              .append(esc(c.proponents().get(i)))
              .append(' ')
              .append(c.texts().get(i));
        }
        sb.append(" — ").append(esc(c.resolution())).append('\n');
      }
    }
    if (!value.unmatched().isEmpty()) {
      sb.append("\n## Not applied as written (").append(value.unmatched().size()).append(")\n\n");
      for (Consolidation.Unmatched u : value.unmatched()) {
        sb.append("- ")
            .append(u.paragraph() == null ? "?" : esc(u.paragraph()))
            .append(" — ")
            .append(esc(u.proponent()))
            .append(": ")
            .append(esc(u.reason()))
            .append('\n');
        for (String d : u.differences()) {
          sb.append("  - ").append(esc(d)).append('\n');
        }
      }
    }
    if (!value.diagnostics().isEmpty()) {
      sb.append("\n## Notes\n\n");
      value.diagnostics().forEach(d -> sb.append("- ").append(esc(d.message())).append('\n'));
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String esc(String s) {
    return MarkdownInline.escape(s, false);
  }
}
