package org.draftkit.exporter.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.draftkit.exporter.markdown.internal.MarkdownInline;
import org.draftkit.model.Position;
import org.draftkit.model.Stakeholder;
import org.draftkit.positions.PositionTable;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link PositionTable} as Markdown: a matrix (paragraph × stakeholder, stances in the
 * cells, counts per paragraph), then each paragraph's positions with the proposed text and the
 * evidence. Thread-safe and deterministic.
 *
 * @since 0.1
 */
public final class PositionTableMarkdownExporter implements Exporter<PositionTable> {

  @Override
  public FormatInfo format() {
    return DocumentMarkdownExporter.FORMAT;
  }

  @Override
  public Class<PositionTable> resultType() {
    return PositionTable.class;
  }

  @Override
  public void write(PositionTable table, OutputStream out, ExportContext context)
      throws IOException {
    StringBuilder sb = new StringBuilder("# Positions");
    if (table.base() != null) {
      sb.append(" on ").append(esc(table.base().displayName()));
    }
    sb.append("\n\n")
        .append(plural(table.rows().size(), "paragraph"))
        .append(", ")
        .append(plural(table.stakeholders().size(), "stakeholder"))
        .append(".\n\n| Paragraph |");
    for (Stakeholder s : table.stakeholders()) {
      sb.append(' ').append(cell(s.name())).append(" |");
    }
    sb.append(" Retain | Amend | Delete |\n|---|");
    sb.append("---|".repeat(table.stakeholders().size())).append("---:|---:|---:|\n");
    for (PositionTable.Row r : table.rows()) {
      sb.append("| ").append(cell(r.paragraph())).append(" |");
      for (Stakeholder s : table.stakeholders()) {
        sb.append(' ')
            .append(
                r.of(s).stream()
                    .map(p -> p.stance().id())
                    .distinct()
                    .collect(Collectors.joining(", ")))
            .append(" |");
      }
      sb.append(' ')
          .append(count(r, "retain"))
          .append(" | ")
          .append(count(r, "amend"))
          .append(" | ")
          .append(count(r, "delete"))
          .append(" |\n");
    }
    for (PositionTable.Row r : table.rows()) {
      sb.append("\n## ").append(esc(r.paragraph())).append("\n\n");
      if (r.baseText() != null) {
        sb.append("> ").append(esc(r.baseText().strip())).append("\n\n");
      }
      for (Position p : r.positions()) {
        sb.append("- **").append(esc(p.stakeholder().name())).append("** ").append(p.stance().id());
        if (p.text() != null && !p.text().isBlank()) {
          sb.append(": ").append(esc(p.text().strip()));
        }
        if (p.evidence() != null && !p.evidence().quote().isBlank()) {
          // evidence is quoted as written, in the ~~deleted~~ **inserted** convention it may use
          sb.append("\n  - evidence: “")
              .append(p.evidence().quote().strip().replace('\n', ' '))
              .append('”');
          String at = p.evidence().location().describe();
          if (!at.isEmpty()) {
            sb.append(" (").append(esc(at)).append(')');
          }
        }
        sb.append('\n');
      }
    }
    if (!table.diagnostics().isEmpty()) {
      sb.append("\n## Notes\n\n");
      table.diagnostics().forEach(d -> sb.append("- ").append(esc(d.message())).append('\n'));
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static long count(PositionTable.Row r, String stance) {
    return r.positions().stream()
        .filter(p -> p.stance().id().equals(stance))
        .map(Position::stakeholder)
        .distinct()
        .count();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String cell(String s) {
    return esc(s).replace("|", "\\|");
  }

  private static String esc(String s) {
    return MarkdownInline.escape(s.replace('\n', ' '), false);
  }
}
