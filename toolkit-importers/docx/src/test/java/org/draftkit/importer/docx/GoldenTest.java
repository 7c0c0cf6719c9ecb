package org.draftkit.importer.docx;

import static org.draftkit.importer.docx.DocxFixture.p;

import java.util.stream.Collectors;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * A UN-style draft written as WordprocessingML, imported and rendered as text against a golden
 * file.
 */
class GoldenTest {

  private static final String NUMBERING =
      "<w:abstractNum w:abstractNumId=\"0\">"
          + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
          + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:lvlRestart w:val=\"0\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
          + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%3)\"/></w:lvl>"
          + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

  private static String item(int ilvl, String runs) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\""
        + ilvl
        + "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        + runs
        + "</w:p>";
  }

  private static String bold(String text) {
    return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  @Test
  void unStyleDraft() throws Exception {
    String body =
        p("United Nations")
            + p("FCCC/PA/CMA/2024/L.15")
            + p("Distr.: Limited")
            + p("19 November 2024")
            + p("Original: English")
            + "<w:p>"
            + bold("Draft decision -/CMA.6")
            + "</w:p>"
            + "<w:p>"
            + FeaturesTest.r(
                "<w:i/>",
                "The Conference of the Parties serving as the meeting of the Parties"
                    + " to the Paris Agreement")
            + FeaturesTest.r(",")
            + "</w:p>"
            + "<w:p>"
            + FeaturesTest.r("<w:i/>", "Recalling ")
            + FeaturesTest.r("decision 2/CMA.3 and its annex,")
            + "</w:p>"
            + item(0, bold("Scope"))
            + item(
                1,
                FeaturesTest.r("Decides that a cooperative approach ")
                    + "<w:del w:id=\"1\" w:author=\"US\" w:date=\"2024-11-18T10:00:00Z\"><w:r><w:delText>shall</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"2\" w:author=\"US\" w:date=\"2024-11-18T10:00:00Z\"><w:r><w:t>may</w:t></w:r></w:ins>"
                    + FeaturesTest.r(" involve:"))
            + item(
                2,
                "<w:commentRangeStart w:id=\"0\"/>"
                    + FeaturesTest.r("two Parties")
                    + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
                    + FeaturesTest.r(";"))
            + item(
                2,
                FeaturesTest.r("an authorization")
                    + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                    + FeaturesTest.r(";"))
            + item(0, bold("Reporting"))
            + item(
                1,
                FeaturesTest.r("<w:strike/>", "Requests")
                    + FeaturesTest.r(" ")
                    + FeaturesTest.r("<w:u w:val=\"single\"/>", "Invites")
                    + FeaturesTest.r(" Parties to report."))
            + "<w:tbl><w:tr><w:tc>"
            + p("Party")
            + "</w:tc><w:tc>"
            + p("Position")
            + "</w:tc></w:tr>"
            + "<w:tr><w:tc>"
            + p("LMDC")
            + "</w:tc><w:tc>"
            + p("Delete section")
            + "</w:tc></w:tr></w:tbl>";
    String comments =
        "<w:comment w:id=\"0\" w:author=\"Secretariat\" w:date=\"2024-11-18T20:52:00Z\">"
            + "<w:p><w:r><w:t>Pakistan: A unilateral approach is not supported</w:t></w:r></w:p></w:comment>";
    String footnotes =
        "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> See decision 6/CMA.4, annex II.</w:t></w:r></w:p></w:footnote>";
    Document doc =
        FeaturesTest.read(
            DocxFixture.body(body).numbering(NUMBERING).comments(comments).footnotes(footnotes));
    Golden.assertMatches("docx/un-style-draft.txt", render(doc));
  }

  static String render(Document d) {
    StringBuilder sb = new StringBuilder();
    var m = d.metadata();
    sb.append("symbol=")
        .append(m.symbol())
        .append(" date=")
        .append(m.date())
        .append(" language=")
        .append(m.language())
        .append(" distribution=")
        .append(m.distribution())
        .append(" title=")
        .append(m.title())
        .append('\n');
    for (Paragraph p : d.paragraphs()) {
      sb.append(p.index()).append(' ').append(p.kind().id());
      if (p.number() != null) {
        sb.append(" [").append(p.label()).append(']');
      }
      if (p.parent() != null) {
        sb.append(" ^").append(p.parent());
      }
      sb.append(": ").append(p.text()).append('\n');
      for (Run r : p.runs()) {
        if (!r.marks().isEmpty()) {
          sb.append("    ")
              .append(r.marks().stream().map(Mark::id).collect(Collectors.joining(",")))
              .append(" \"")
              .append(r.text())
              .append('"');
          if (r.author() != null) {
            sb.append(" by ").append(r.author()).append(" at ").append(r.date());
          }
          if (r.ref() != null) {
            sb.append(" ref=").append(r.ref());
          }
          sb.append('\n');
        }
      }
    }
    for (Footnote f : d.footnotes()) {
      sb.append("footnote ").append(f.label()).append(": ").append(f.text()).append('\n');
    }
    for (Comment c : d.comments()) {
      sb.append("comment ")
          .append(c.id())
          .append(" by ")
          .append(c.author())
          .append(" at ")
          .append(c.date())
          .append(" on paragraph ")
          .append(c.paragraph())
          .append(" [")
          .append(c.anchorText())
          .append("]: ")
          .append(c.text())
          .append('\n');
    }
    for (Diagnostic g : d.diagnostics()) {
      sb.append("diagnostic ")
          .append(g.severity())
          .append(' ')
          .append(g.code())
          .append(": ")
          .append(g.message())
          .append('\n');
    }
    return sb.toString();
  }
}
