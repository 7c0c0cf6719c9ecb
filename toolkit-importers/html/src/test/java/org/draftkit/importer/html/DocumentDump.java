package org.draftkit.importer.html;

import java.util.stream.Collectors;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;

/**
 * A plain, line-oriented rendering of a {@link Document} for golden files: one line per paragraph,
 * run, note and diagnostic.
 */
final class DocumentDump {
  private DocumentDump() {}

  static String of(Document doc) {
    StringBuilder sb = new StringBuilder();
    var m = doc.metadata();
    sb.append("metadata: symbol=")
        .append(m.symbol())
        .append(" | title=")
        .append(m.title())
        .append(" | date=")
        .append(m.date())
        .append(" | language=")
        .append(m.language())
        .append(" | author=")
        .append(m.author())
        .append(" | distribution=")
        .append(m.distribution())
        .append(" | session=")
        .append(m.session())
        .append(" | agenda=")
        .append(m.agendaItem())
        .append('\n');
    for (Paragraph p : doc.paragraphs()) {
      sb.append('#').append(p.index()).append(' ').append(p.kind().id());
      if (p.number() != null) {
        sb.append(" [").append(p.label()).append(']');
      }
      if (p.parent() != null) {
        sb.append(" parent=").append(p.parent());
      }
      sb.append(" line=").append(p.location().line()).append(": ").append(p.text()).append('\n');
      for (Run r : p.runs()) {
        if (!r.marks().isEmpty() || r.ref() != null) {
          sb.append("    ")
              .append(r.marks().stream().map(x -> x.id()).collect(Collectors.joining(",")));
          if (r.author() != null) {
            sb.append(" author=").append(r.author());
          }
          if (r.date() != null) {
            sb.append(" date=").append(r.date());
          }
          if (r.ref() != null) {
            sb.append(" ref=").append(r.ref());
          }
          sb.append(": ").append(r.text()).append('\n');
        }
      }
    }
    for (Footnote f : doc.footnotes()) {
      sb.append("footnote [")
          .append(f.label())
          .append("] line=")
          .append(f.location().line())
          .append(": ")
          .append(f.text().replace("\n", " / "))
          .append('\n');
      for (Run r : f.runs()) {
        if (!r.marks().isEmpty()) {
          sb.append("    ")
              .append(r.marks().stream().map(x -> x.id()).collect(Collectors.joining(",")))
              .append(": ")
              .append(r.text())
              .append('\n');
        }
      }
    }
    for (Diagnostic d : doc.diagnostics()) {
      sb.append("diagnostic ")
          .append(d.severity())
          .append(' ')
          .append(d.code())
          .append(" line=")
          .append(d.location().line())
          .append(": ")
          .append(d.message())
          .append('\n');
    }
    return sb.toString();
  }
}
