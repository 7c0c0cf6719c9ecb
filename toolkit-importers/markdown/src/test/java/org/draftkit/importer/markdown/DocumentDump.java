package org.draftkit.importer.markdown;

import java.util.stream.Collectors;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;

/** A readable, stable text form of a document, for golden files and for looking at output. */
final class DocumentDump {
  private DocumentDump() {}

  static String dump(Document doc) {
    StringBuilder sb = new StringBuilder();
    var m = doc.metadata();
    sb.append("title: ").append(m.title()).append('\n');
    sb.append("date: ").append(m.date()).append('\n');
    sb.append("author: ").append(m.author()).append('\n');
    sb.append("source: ").append(m.source()).append('\n');
    for (Paragraph p : doc.paragraphs()) {
      sb.append('\n').append('#').append(p.index()).append(' ').append(p.kind().id());
      if (p.number() != null) {
        sb.append(" [").append(p.label()).append(']');
      }
      if (p.parent() != null) {
        sb.append(" parent=").append(p.parent());
      }
      sb.append(" line ").append(p.location().line()).append('\n');
      sb.append("  ").append(p.text()).append('\n');
      if (p.runs().stream().anyMatch(r -> !r.marks().isEmpty())) {
        sb.append("  runs:");
        for (Run r : p.runs()) {
          sb.append(" «");
          if (!r.marks().isEmpty()) {
            sb.append(r.marks().stream().map(Mark::id).collect(Collectors.joining("+")))
                .append(": ");
          }
          sb.append(r.text()).append('»');
        }
        sb.append('\n');
      }
    }
    for (Footnote f : doc.footnotes()) {
      sb.append("\nfootnote [")
          .append(f.label())
          .append("] line ")
          .append(f.location().line())
          .append(": ")
          .append(f.text())
          .append('\n');
    }
    for (Diagnostic d : doc.diagnostics()) {
      sb.append("\ndiagnostic ")
          .append(d.severity())
          .append(' ')
          .append(d.code())
          .append(" line ")
          .append(d.location().line())
          .append(": ")
          .append(d.message())
          .append('\n');
    }
    return sb.toString();
  }
}
