package org.draftkit.importer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Word list labels as the reader sees them (checked against LibreOffice's rendering of the same
 * files), and list semantics on small packages.
 */
class NumberingTest {
  private static final DocxImporter IMPORTER = new DocxImporter();

  private static List<String> labels(String relative) throws Exception {
    Path file = Corpus.file(relative);
    try (InputStream in = Files.newInputStream(file)) {
      Document d = IMPORTER.read(in, ImportContext.of(file.getFileName().toString()));
      return d.paragraphs().stream().map(p -> p.label() == null ? "-" : p.label()).toList();
    }
  }

  @Test
  void restartingAListKeepsItsStartValue() throws Exception {
    // the first list starts at 2; "Bop." is in a new list
    assertEquals(
        List.of("2", "3", "4", "-", "1"), labels("docx-peers/pandoc/lists_restarting.docx"));
    assertEquals(
        List.of("1", "2", "3", "-", "4"), labels("docx-peers/pandoc/lists_continuing.docx"));
  }

  @Test
  void levelTextIsPrintedLiterally() throws Exception {
    // level 2 is "1.%2": Head 2.1 reads "1.1" in Word
    assertEquals(
        List.of("1", "1.1", "1.2", "2", "1.1"),
        labels("docx-peers/pandoc/lists_sublist_reset.docx"));
  }

  @Test
  void complexListsFromPoi() throws Exception {
    assertEquals(
        List.of(
            "-",
            "-",
            "-",
            "-",
            "1",
            "(a)",
            "(i)",
            "1",
            "1.1",
            "1.1.1",
            "NEW-1-FORMAT",
            "(a)",
            "(i)",
            "1",
            "2",
            "3"),
        labels("docx-peers/poi/Numbering.docx"));
  }

  private static List<String> fixtureLabels(String numbering, String body) throws Exception {
    Document d = FeaturesTest.read(DocxFixture.body(body).numbering(numbering));
    return d.paragraphs().stream().map(p -> p.label() == null ? "-" : p.label()).toList();
  }

  private static String item(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\""
        + ilvl
        + "\"/><w:numId w:val=\""
        + numId
        + "\"/></w:numPr></w:pPr>"
        + "<w:r><w:t>"
        + text
        + "</w:t></w:r></w:p>";
  }

  private static final String LEVELS =
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
          + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl>"
          + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%3)\"/></w:lvl>";

  @Test
  void listsSharingADefinitionContinueAndAnOverrideRestarts() throws Exception {
    String numbering =
        "<w:abstractNum w:abstractNumId=\"0\">"
            + LEVELS
            + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>";
    assertEquals(
        List.of("1", "(a)", "(b)", "(i)", "2", "(a)", "3", "10", "11", "12"),
        fixtureLabels(
            numbering,
            item(1, 0, "one")
                + item(1, 1, "a")
                + item(1, 1, "b")
                + item(1, 2, "i")
                + item(1, 0, "two")
                + item(1, 1, "a again")
                + item(2, 0, "three, other num, same list")
                + item(3, 0, "restarted at ten")
                + item(3, 0, "eleven")
                + item(1, 0, "twelve: the list goes on")));
  }

  @Test
  void legalNumberingAndNoRestart() throws Exception {
    String numbering =
        "<w:abstractNum w:abstractNumId=\"0\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:isLgl/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:lvlRestart w:val=\"0\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    assertEquals(
        List.of("I", "1.1", "1", "2", "II", "2.1", "3"),
        fixtureLabels(
            numbering,
            item(1, 0, "Chapter")
                + item(1, 1, "Section")
                + item(1, 2, "para")
                + item(1, 2, "para")
                + item(1, 0, "Chapter")
                + item(1, 1, "Section")
                + item(1, 2, "para runs on")));
  }

  @Test
  void bulletsAreNotNumbers() throws Exception {
    String numbering =
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
            + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    assertEquals(
        List.of("-", "-"), fixtureLabels(numbering, item(1, 0, "dot") + item(1, 0, "dot")));
  }

  @Test
  void aStyleCanSetTheLevelAndInheritTheList() throws Exception {
    String numbering =
        "<w:abstractNum w:abstractNumId=\"0\">"
            + LEVELS
            + "</w:abstractNum>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/></w:num>";
    String styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Para\"><w:name w:val=\"Para\"/>"
            + "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Sub\"><w:name w:val=\"Sub\"/><w:basedOn w:val=\"Para\"/>"
            + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>";
    Document d =
        FeaturesTest.read(
            DocxFixture.body(
                    "<w:p><w:pPr><w:pStyle w:val=\"Para\"/></w:pPr><w:r><w:t>Decides</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:pStyle w:val=\"Sub\"/></w:pPr><w:r><w:t>item</w:t></w:r></w:p>")
                .numbering(numbering)
                .styles(styles));
    assertEquals(List.of("1", "(a)"), d.paragraphs().stream().map(Paragraph::label).toList());
    assertEquals(0, d.paragraphs().get(1).parent());
  }
}
