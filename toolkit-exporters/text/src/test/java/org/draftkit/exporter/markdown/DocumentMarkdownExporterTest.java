package org.draftkit.exporter.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.draftkit.exporter.text.SampleDocument;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.spi.ExportContext;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.api.Test;

class DocumentMarkdownExporterTest {
  private static String md(Document doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocumentMarkdownExporter().write(doc, out, ExportContext.defaults());
    return out.toString(UTF_8);
  }

  private static String md(Run... runs) throws Exception {
    Document.Builder b = Document.builder();
    b.add(null, ParagraphKind.OTHER, List.of(runs), null, null);
    return md(b.build());
  }

  @Test
  void writesTheSubmissionConvention() throws Exception {
    Golden.assertMatches("md/sample.md", md(SampleDocument.create()));
  }

  @Test
  void numberedParagraphsAndSubItems() throws Exception {
    String md = md(SampleDocument.create());
    assertTrue(
        md.contains(
            "\n66. We invite the Secretary-General, ~~to establish consider the establishment of~~ a task force"),
        md);
    assertTrue(md.contains("\n83 bis. We recognise"), md);
    assertTrue(md.contains("\n    (a) multilateral financial institutions; <u>and</u>\n"), md);
    assertTrue(md.contains("\n# I. Financial mechanisms\n"), md);
    assertTrue(md.contains("\n## A. Task force \\#1\n"), md);
  }

  @Test
  void marksFollowTheStakeholderConvention() throws Exception {
    assertEquals(
        "a ~~b~~ **c** **d** *e* <u>f</u> ~~g~~\n",
        md(
            Run.plain("a "),
            Run.of("b", Mark.STRIKE),
            Run.plain(" "),
            Run.of("c", Mark.INSERT),
            Run.plain(" "),
            Run.of("d", Mark.BOLD),
            Run.plain(" "),
            Run.of("e", Mark.ITALIC),
            Run.plain(" "),
            Run.of("f", Mark.UNDERLINE),
            Run.plain(" "),
            Run.of("g", Mark.DELETE)));
  }

  @Test
  void whiteSpaceStaysOutsideDelimiters() throws Exception {
    assertEquals("a **b** c\n", md(Run.plain("a"), Run.of(" b ", Mark.BOLD), Run.plain("c")));
    assertEquals("a b\n", md(Run.plain("a"), Run.of(" ", Mark.STRIKE), Run.plain("b")));
  }

  @Test
  void nestedAndOverlappingMarksNest() throws Exception {
    assertEquals(
        "**a *b* c**\n",
        md(Run.of("a ", Mark.BOLD), Run.of("b", Mark.BOLD, Mark.ITALIC), Run.of(" c", Mark.BOLD)));
    assertEquals(
        "~~**a**~~ **b**\n", md(Run.of("a ", Mark.STRIKE, Mark.BOLD), Run.of("b", Mark.BOLD)));
  }

  @Test
  void punctuationInsideAWordFallsBackToHtml() throws Exception {
    // CommonMark would not read ** after a letter and before a quote as an opening delimiter
    assertEquals(
        "a<strong>\"b\"</strong>c\n",
        md(Run.plain("a"), Run.of("\"b\"", Mark.BOLD), Run.plain("c")));
    // adjacent spans of * and ** would run together
    assertEquals("*a*<strong>b</strong>\n", md(Run.of("a", Mark.ITALIC), Run.of("b", Mark.BOLD)));
  }

  @Test
  void escapesMarkdownInPlainText() throws Exception {
    assertEquals(
        "1\\. not a list, \\*stars\\*, \\_under\\_, \\[link\\](x), \\<b\\>, \\&amp;, \\~\\~x\\~\\~, \\`c\\`, back\\\\slash\n",
        md(
            Run.plain(
                "1. not a list, *stars*, _under_, [link](x), <b>, &amp;, ~~x~~, `c`, back\\slash")));
    assertEquals("\\# not a heading\n", md(Run.plain("# not a heading")));
    assertEquals("\\- not an item\n", md(Run.plain("- not an item")));
    assertEquals("\\> not a quote\n", md(Run.plain("> not a quote")));
  }

  @Test
  void lineBreaksAreHardBreaksAndEscapedAtLineStart() throws Exception {
    assertEquals("first\\\n\\- second\n", md(Run.plain("first\n- second")));
  }

  @Test
  void footnoteReferencesAndDefinitions() throws Exception {
    String md = md(SampleDocument.create());
    assertTrue(md.contains("Information Society,[^1]\n"), md);
    assertTrue(md.contains("\n[^1]: Resolution *79/323*, annex.\n"), md);
    assertTrue(md.contains("[1\\].[^\\*]\n"), md);
    assertTrue(md.contains("\n[^\\*]: A note marked with an asterisk.\n"), md);
  }

  @Test
  void metadataIsFrontMatter() throws Exception {
    String md = md(SampleDocument.create());
    assertTrue(
        md.startsWith(
            """
        ---
        title: "Outcome document of the high-level meeting on WSIS+20"
        symbol: "A/80/L.41"
        revision: "Rev.2"
        date: "2025-12-16"
        language: "en"
        distribution: "Limited"
        session: "Eightieth session"
        agenda_item: "Agenda item 13"
        ---
        """),
        md);
    assertFalse(md(Run.plain("x")).startsWith("---"), "no metadata, no front matter");
  }

  @Test
  void subItemsOfAWideLabelStayInsideTheListItem() throws Exception {
    Document.Builder b = Document.builder();
    int p =
        b.add(
            ParagraphNumber.of("100"),
            ParagraphKind.OPERATIVE,
            List.of(Run.plain("Decides:")),
            null,
            null);
    b.add(
        ParagraphNumber.of("(a)"), ParagraphKind.OPERATIVE, List.of(Run.plain("first;")), p, null);
    assertEquals("100. Decides:\n\n     (a) first;\n", md(b.build()));
  }
}
