package org.draftkit.importer.docx;

import static org.draftkit.importer.docx.DocxFixture.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.Run;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Test;

/** Word features on small packages written for the purpose. */
class FeaturesTest {
  private static final DocxImporter IMPORTER = new DocxImporter();

  static Document read(DocxFixture f) throws Exception {
    return IMPORTER.read(new ByteArrayInputStream(f.bytes()), ImportContext.of("fixture.docx"));
  }

  static String r(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  static String r(String rPr, String text) {
    return "<w:r><w:rPr>" + rPr + "</w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  static Run run(Paragraph p, String text) {
    return p.runs().stream()
        .filter(x -> x.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + p.runs()));
  }

  @Test
  void trackedChangesAreMarksWithAuthorAndDate() throws Exception {
    Document d =
        read(
            DocxFixture.body(
                "<w:p>"
                    + r("The Parties ")
                    + "<w:del w:id=\"1\" w:author=\"US\" w:date=\"2024-11-18T10:00:00Z\"><w:r><w:delText>shall</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"2\" w:author=\"EU\" w:date=\"2024-11-18T11:00:00Z\"><w:r><w:t>should</w:t></w:r></w:ins>"
                    + r(" act ")
                    + "<w:moveFrom w:id=\"3\" w:author=\"G77\" w:date=\"2024-11-19T09:00:00Z\"><w:r><w:t>now</w:t></w:r></w:moveFrom>"
                    + r(".")
                    + "</w:p>"
                    + "<w:p><w:pPr><w:rPr><w:ins w:id=\"4\" w:author=\"EU\" w:date=\"2024-11-18T11:00:00Z\"/></w:rPr></w:pPr>"
                    + "<w:moveTo w:id=\"5\" w:author=\"G77\" w:date=\"2024-11-19T09:00:00Z\"><w:r><w:t>Now</w:t></w:r></w:moveTo>"
                    + r(" it is.")
                    + "</w:p>"));
    Paragraph p = d.paragraphs().get(0);
    assertEquals("The Parties shallshould act now.", p.text(), "deleted text stays in the text");
    Run del = run(p, "shall");
    assertEquals(List.of(Mark.DELETE), List.copyOf(del.marks()));
    assertEquals("US", del.author());
    assertEquals("2024-11-18T10:00:00Z", del.date());
    Run ins = run(p, "should");
    assertTrue(ins.has(Mark.INSERT));
    assertEquals("EU", ins.author());
    assertTrue(run(p, "now").has(Mark.MOVE_FROM));
    Run moveTo = run(d.paragraphs().get(1), "Now");
    assertTrue(moveTo.has(Mark.MOVE_TO));
    assertEquals("G77", moveTo.author());
    assertTrue(
        d.diagnostics().stream()
            .anyMatch(
                x ->
                    x.code().equals("docx.paragraph-mark-change")
                        && x.message().contains("insert by EU")
                        && x.message().endsWith("paragraphs 1")),
        d.diagnostics().toString());
  }

  @Test
  void strikeDoubleStrikeBoldUnderlineItalic() throws Exception {
    Document d =
        read(
            DocxFixture.body(
                "<w:p>"
                    + r("<w:strike/>", "gone")
                    + r(" ")
                    + r("<w:dstrike/>", "twice")
                    + r("<w:b/>", "new")
                    + r("<w:u w:val=\"single\"/>", "under")
                    + r("<w:u w:val=\"none\"/>", "plain")
                    + r("<w:i/><w:b w:val=\"0\"/>", "lean")
                    + "</w:p>"));
    Paragraph p = d.paragraphs().get(0);
    assertEquals(List.of(Mark.STRIKE), List.copyOf(run(p, "gone").marks()));
    assertEquals(List.of(Mark.STRIKE), List.copyOf(run(p, "twice").marks()));
    assertEquals(List.of(Mark.BOLD), List.copyOf(run(p, "new").marks()));
    assertEquals(List.of(Mark.UNDERLINE), List.copyOf(run(p, "under").marks()));
    assertTrue(run(p, "plain").marks().isEmpty());
    assertEquals(List.of(Mark.ITALIC), List.copyOf(run(p, "lean").marks()));
  }

  @Test
  void formattingFollowsStylesAndToggles() throws Exception {
    String styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Strong\"><w:name w:val=\"Strong para\"/>"
            + "<w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Stronger\"><w:name w:val=\"Stronger\"/>"
            + "<w:basedOn w:val=\"Strong\"/><w:rPr><w:u w:val=\"single\"/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Emph\"><w:name w:val=\"Emph\"/><w:rPr><w:b/><w:i/></w:rPr></w:style>";
    Document d =
        read(
            DocxFixture.body(
                    "<w:p><w:pPr><w:pStyle w:val=\"Stronger\"/></w:pPr>"
                        + r("styled, ")
                        + "<w:r><w:rPr><w:rStyle w:val=\"Emph\"/></w:rPr><w:t>toggled</w:t></w:r>"
                        + r("<w:b w:val=\"false\"/>", " direct")
                        + "</w:p>")
                .styles(styles));
    Paragraph p = d.paragraphs().get(0);
    assertEquals(List.of(Mark.BOLD, Mark.UNDERLINE), List.copyOf(run(p, "styled, ").marks()));
    // the character style's bold toggles the paragraph style's bold off
    assertEquals(List.of(Mark.ITALIC, Mark.UNDERLINE), List.copyOf(run(p, "toggled").marks()));
    assertEquals(List.of(Mark.UNDERLINE), List.copyOf(run(p, " direct").marks()));
  }

  @Test
  void commentsKeepAuthorDateTextAndAnchor() throws Exception {
    String comments =
        "<w:comment w:id=\"7\" w:author=\"Barbara\" w:date=\"2024-11-18T20:52:00Z\" w:initials=\"B\">"
            + "<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>LMDC: Delete</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>whole section</w:t></w:r></w:p></w:comment>"
            + "<w:comment w:id=\"8\" w:author=\"Julieta\" w:date=\"2024-11-17T10:00:00Z\"><w:p><w:r><w:t>US: agree</w:t></w:r></w:p></w:comment>";
    Document d =
        read(
            DocxFixture.body(
                    p("Heading text")
                        + "<w:p>"
                        + r("1. Decides ")
                        + "<w:commentRangeStart w:id=\"7\"/>"
                        + r("that it")
                        + "</w:p><w:p>"
                        + r("continues")
                        + "<w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r>"
                        + r(" here")
                        + "<w:r><w:commentReference w:id=\"8\"/></w:r></w:p>")
                .comments(comments));
    assertEquals(2, d.comments().size());
    Comment c = d.comments().get(0);
    assertEquals("7", c.id());
    assertEquals("Barbara", c.author());
    assertEquals("2024-11-18T20:52:00Z", c.date());
    assertEquals("LMDC: Delete\nwhole section", c.text());
    assertEquals(1, c.paragraph());
    assertEquals("that itcontinues", c.anchorText());
    Run anchored = run(d.paragraphs().get(1), "that it");
    assertTrue(anchored.has(Mark.COMMENT_ANCHOR));
    assertEquals("7", anchored.ref());
    assertTrue(run(d.paragraphs().get(2), "continues").has(Mark.COMMENT_ANCHOR));
    Comment point = d.comments().get(1);
    assertEquals(2, point.paragraph());
    assertNull(point.anchorText());
    assertTrue(
        d.paragraphs().get(2).runs().stream()
            .anyMatch(x -> x.text().isEmpty() && x.has(Mark.COMMENT_ANCHOR) && "8".equals(x.ref())),
        "point anchor");
  }

  @Test
  void footnotesAreNumberedInReferenceOrderWithCustomMarks() throws Exception {
    String notes =
        "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"5\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Resolution 79/1.</w:t></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>See annex.</w:t></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"3\"><w:p><w:r><w:t>Starred note.</w:t></w:r></w:p></w:footnote>";
    Document d =
        read(
            DocxFixture.body(
                    "<w:p>"
                        + r("Recalling its resolution")
                        + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"5\"/></w:r>"
                        + r(" and the annex")
                        + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                        + "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"3\"/><w:t>*</w:t></w:r>"
                        + r(",")
                        + "</w:p>")
                .footnotes(notes));
    Paragraph p = d.paragraphs().get(0);
    assertEquals("Recalling its resolution1 and the annex2*,", p.text());
    Run ref = run(p, "1");
    assertEquals(List.of(Mark.FOOTNOTE_REFERENCE), List.copyOf(ref.marks()));
    assertEquals("1", ref.ref());
    assertEquals("*", run(p, "*").ref());
    assertEquals(List.of("1", "2", "*"), d.footnotes().stream().map(f -> f.label()).toList());
    assertEquals("Resolution 79/1.", d.footnote("1").orElseThrow().text());
    assertEquals("See annex.", d.footnote("2").orElseThrow().text());
  }

  @Test
  void fieldsShowTheirResultNotTheirCode() throws Exception {
    Document d =
        read(
            DocxFixture.body(
                "<w:p>"
                    + r("See page ")
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGEREF _Ref1 \\h </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                    + r("12")
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                    + r(" and ")
                    + "<w:fldSimple w:instr=\" DATE \">"
                    + r("18 November 2024")
                    + "</w:fldSimple>"
                    + "<w:hyperlink r:id=\"x\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + r(" the link")
                    + "</w:hyperlink>"
                    + "<w:sdt><w:sdtContent>"
                    + r(" in a control")
                    + "</w:sdtContent></w:sdt>"
                    + "<w:smartTag w:uri=\"u\" w:element=\"place\">"
                    + r(" Geneva")
                    + "</w:smartTag>"
                    + "</w:p>"));
    assertEquals(
        "See page 12 and 18 November 2024 the link in a control Geneva",
        d.paragraphs().get(0).text());
  }

  @Test
  void hiddenTextIsLeftOutAndCounted() throws Exception {
    Document d =
        read(
            DocxFixture.body(
                "<w:p>" + r("Visible") + r("<w:vanish/>", " secret words") + "</w:p>"));
    assertEquals("Visible", d.paragraphs().get(0).text());
    assertTrue(
        d.diagnostics().stream()
            .anyMatch(
                x ->
                    x.code().equals("docx.hidden-text-excluded")
                        && x.message().startsWith("2 words")));
  }

  @Test
  void aBodyWithoutTextIsReportedNotSilentlyEmpty() throws Exception {
    Document d =
        read(
            DocxFixture.body(
                "<w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p><w:r><w:drawing/></w:r></w:p>"));
    assertTrue(d.paragraphs().isEmpty());
    assertTrue(
        d.diagnostics().stream().anyMatch(x -> x.code().equals("docx.no-text")),
        d.diagnostics().toString());

    Document text = read(DocxFixture.body(p("Some text")));
    assertFalse(text.diagnostics().stream().anyMatch(x -> x.code().equals("docx.no-text")));
  }

  @Test
  void tabsAndBreaksAreSpacesAndNonBreakingHyphensHyphens() throws Exception {
    Document d =
        read(
            DocxFixture.body(
                "<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t>"
                    + "<w:noBreakHyphen/><w:t>D</w:t><w:softHyphen/><w:t>E</w:t></w:r></w:p>"));
    assertEquals("A B C-DE", d.paragraphs().get(0).text());
  }

  @Test
  void tablesGiveOneParagraphPerCellParagraphInReadingOrder() throws Exception {
    String cell = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
    Document d =
        read(
            DocxFixture.body(
                "<w:tbl><w:tr>"
                    + cell.formatted("Party")
                    + cell.formatted("Position")
                    + "</w:tr><w:tr>"
                    + cell.formatted("US")
                    + "<w:tc>"
                    + p("Delete")
                    + p("paragraph 3")
                    + "</w:tc></w:tr></w:tbl>"
                    + p("After")));
    assertEquals(
        List.of("Party", "Position", "US", "Delete", "paragraph 3", "After"),
        d.paragraphs().stream().map(Paragraph::text).toList());
    assertTrue(d.paragraphs().stream().allMatch(x -> x.kind() == ParagraphKind.OTHER));
  }

  @Test
  void aCompilationTablesNumberedRowsAreOperativeParagraphs() throws Exception {
    String row = "<w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>";
    Document d =
        read(
            DocxFixture.body(
                "<w:tbl>"
                    + row.formatted(p("12. Requests the secretariat;"), p("EU: retain"))
                    + row.formatted(p("13. Decides to meet;"), p("US: delete"))
                    + "</w:tbl>"));
    List<Paragraph> ps = d.paragraphs();
    assertEquals("12", ps.get(0).label());
    assertEquals(ParagraphKind.OPERATIVE, ps.get(0).kind());
    assertEquals(ParagraphKind.OTHER, ps.get(1).kind());
    assertEquals("13", ps.get(2).label());
    assertEquals("US: delete", ps.get(3).text());
  }

  @Test
  void typedNumbersBecomeLabelsWithSubItemsUnderThem() throws Exception {
    Document d =
        read(
            DocxFixture.body(
                p("The General Assembly,")
                    + "<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">Recalling </w:t></w:r>"
                    + r("its resolution 70/1,")
                    + "</w:p>"
                    + p("66. Decides that:")
                    + p("(a) the first;")
                    + p("(b) the second;")
                    + p("83 bis. Requests the Secretary-General;")
                    + p("(h) eighth;")
                    + p("(i) ninth letter;")));
    List<Paragraph> ps = d.paragraphs();
    assertEquals(ParagraphKind.OTHER, ps.get(0).kind());
    assertEquals(ParagraphKind.PREAMBULAR, ps.get(1).kind());
    assertEquals("66", ps.get(2).label());
    assertEquals("Decides that:", ps.get(2).text());
    assertEquals(ParagraphKind.OPERATIVE, ps.get(2).kind());
    assertEquals("(a)", ps.get(3).label());
    assertEquals(2, ps.get(3).parent());
    assertEquals(ParagraphKind.OPERATIVE, ps.get(3).kind());
    assertEquals("83 bis", ps.get(5).label());
    assertEquals(5, ps.get(6).parent());
    assertEquals("(i)", ps.get(7).label());
    assertEquals(
        org.draftkit.model.ParagraphNumber.Scheme.LOWER_LETTER,
        ps.get(7).number().scheme(),
        "(i) after (h) is a letter");
  }

  @Test
  void aLabelInsideATrackedChangeStaysText() throws Exception {
    Document d =
        read(
            DocxFixture.body(
                "<w:p><w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>5. New</w:t></w:r></w:ins>"
                    + r(" text")
                    + "</w:p>"));
    assertNull(d.paragraphs().get(0).number());
    assertEquals("5. New text", d.paragraphs().get(0).text());
  }

  @Test
  void headingStylesAndOutlineLevelsMakeHeadings() throws Exception {
    String styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
            + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>";
    Document d =
        read(
            DocxFixture.body(
                    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>"
                        + r("Introduction.")
                        + "</w:p>"
                        + "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>"
                        + r("Scope")
                        + "</w:p>"
                        + p("Ordinary text")
                        + "<w:p>"
                        + r("<w:b/>", "A bold line")
                        + "</w:p>")
                .styles(styles));
    assertEquals(
        List.of(
            ParagraphKind.HEADING,
            ParagraphKind.HEADING,
            ParagraphKind.OTHER,
            ParagraphKind.HEADING),
        d.paragraphs().stream().map(Paragraph::kind).toList());
  }

  @Test
  void textBoxesComeAfterTheirParagraph() throws Exception {
    Document d =
        read(
            DocxFixture.body(
                "<w:p>"
                    + r("Before")
                    + "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                    + p("In the box")
                    + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
                    + r(" after")
                    + "</w:p>"));
    assertEquals(
        List.of("Before after", "In the box"),
        d.paragraphs().stream().map(Paragraph::text).toList());
    assertFalse(d.paragraphs().get(1).isHeading());
  }
}
