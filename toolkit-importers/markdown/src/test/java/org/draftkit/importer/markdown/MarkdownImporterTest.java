package org.draftkit.importer.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.Limits;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.spi.Detection;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownImporterTest {
  private final MarkdownImporter importer = new MarkdownImporter();

  private Document read(String markdown) throws Exception {
    return read(markdown.getBytes(UTF_8));
  }

  private Document read(byte[] bytes) throws Exception {
    return importer.read(new ByteArrayInputStream(bytes), ImportContext.of("x.md"));
  }

  private static List<String> labels(Document doc) {
    return doc.paragraphs().stream().map(p -> p.label() == null ? "-" : p.label()).toList();
  }

  private static List<String> texts(Document doc) {
    return doc.paragraphs().stream().map(Paragraph::text).toList();
  }

  private static List<Integer> parents(Document doc) {
    return doc.paragraphs().stream().map(p -> p.parent() == null ? -1 : p.parent()).toList();
  }

  private static List<ParagraphKind> kinds(Document doc) {
    return doc.paragraphs().stream().map(Paragraph::kind).toList();
  }

  private static Set<Mark> marksOf(Paragraph p, String text) {
    for (Run r : p.runs()) {
      if (r.text().equals(text)) {
        return r.marks();
      }
    }
    throw new AssertionError("no run '" + text + "' in " + p.runs());
  }

  @Nested
  class Numbers {
    @Test
    void orderedListItemsKeepTheNumberWrittenInTheSource() throws Exception {
      Document doc = read("5. Five\n\n7. Seven\n\n66) Sixty-six\n");
      assertEquals(List.of("5", "7", "66"), labels(doc));
      assertEquals(List.of("Five", "Seven", "Sixty-six"), texts(doc));
      assertEquals(
          List.of(ParagraphKind.OPERATIVE, ParagraphKind.OPERATIVE, ParagraphKind.OPERATIVE),
          kinds(doc));
    }

    @Test
    void labelsWrittenInTheTextIncludingBoldAndBis() throws Exception {
      Document doc =
          read(
              "83 bis. We recognise.\n\n**66 bis** We recall.\n\n**67.** We note.\n\n9bis. *Decides*;\n");
      assertEquals(List.of("83 bis", "66 bis", "67", "9 bis"), labels(doc));
      assertEquals(List.of("We recognise.", "We recall.", "We note.", "Decides;"), texts(doc));
      assertEquals(
          Set.of(),
          doc.paragraphs().get(1).runs().get(0).marks(),
          "the bold label is gone, not its text");
    }

    @Test
    void quotedParagraphsAreNumberedAsTheyAppear() throws Exception {
      Document doc =
          read(
              "We suggest:\n\n> 66. We invite the Secretary-General\n> to report.\n\n"
                  + "> 83 bis. We recognise.\n\n\u201c89. We reaffirm.\u201d\n");
      assertEquals(List.of("-", "66", "83 bis", "89"), labels(doc));
      assertEquals("We invite the Secretary-General to report.", doc.paragraphs().get(1).text());
      assertEquals(
          "\u201cWe reaffirm.\u201d",
          doc.paragraphs().get(3).text(),
          "the quote mark stays, the label goes");
    }

    @Test
    void aNumberWithoutDotIsALabelOnlyWhenItFollowsThePreviousOne() throws Exception {
      Document doc =
          read("52. Requests.\n\n53 *Recalls* decisions.\n\n2015 was a year of change.\n");
      assertEquals(List.of("52", "53", "-"), labels(doc));
      assertEquals("Recalls decisions.", doc.paragraphs().get(1).text());
      assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("md.label-without-dot")));
    }

    @Test
    void sentencesAreNotTakenForLabels() throws Exception {
      Document doc =
          read("2015 was a year.\n\n1.5 °C above pre-industrial levels.\n\nI think so.\n");
      assertEquals(List.of("-", "-", "-"), labels(doc));
    }

    @Test
    void headingsCarrySectionLabelsAndShortLabelledLinesAreHeadings() throws Exception {
      Document doc =
          read(
              "## I. Introduction\n\nText.\n\nA. Financial mechanisms\n\n"
                  + "B. The Parties shall cooperate in good faith.\n");
      assertEquals(List.of("I", "-", "A", "B"), labels(doc));
      assertEquals(
          List.of(
              "Introduction",
              "Text.",
              "Financial mechanisms",
              "The Parties shall cooperate in good faith."),
          texts(doc));
      assertEquals(
          List.of(
              ParagraphKind.HEADING,
              ParagraphKind.OTHER,
              ParagraphKind.HEADING,
              ParagraphKind.OTHER),
          kinds(doc));
    }
  }

  @Nested
  class SubItems {
    @Test
    void lettersBelongToTheParagraphAndRomansToTheLetter() throws Exception {
      Document doc =
          read(
              "1. *Requests* the Committee to:\n\n(a) Review;\n\n(b) Report on:\n\n"
                  + "(i) needs;\n\n(ii) gaps;\n\n(c) Evaluate;\n\n2. *Decides*.\n");
      assertEquals(List.of("1", "(a)", "(b)", "(i)", "(ii)", "(c)", "2"), labels(doc));
      assertEquals(List.of(-1, 0, 0, 2, 2, 0, -1), parents(doc));
      assertTrue(
          kinds(doc).stream().allMatch(k -> k == ParagraphKind.OPERATIVE), kinds(doc).toString());
    }

    @Test
    void iAfterHIsALetter() throws Exception {
      Document doc = read("1. Lists:\n\n(g) g;\n\n(h) h;\n\n(i) i;\n\n(j) j;\n");
      assertEquals(List.of("1", "(g)", "(h)", "(i)", "(j)"), labels(doc));
      assertEquals(ParagraphNumber.Scheme.LOWER_LETTER, doc.paragraphs().get(3).number().scheme());
      assertEquals(List.of(-1, 0, 0, 0, 0), parents(doc));
    }

    @Test
    void itemsOnConsecutiveLinesAreSeparateParagraphs() throws Exception {
      Document doc =
          read(
              "27. *Decides* that the information includes:\n\n"
                  + "    (a) Quantifiable information;\n    (b) Time frames;\n    (c) Pools and gases.\n");
      assertEquals(List.of("27", "(a)", "(b)", "(c)"), labels(doc));
      assertEquals(List.of("Time frames;"), List.of(doc.paragraphs().get(2).text()));
      assertEquals(List.of(-1, 0, 0, 0), parents(doc));
      assertEquals(
          List.of(1, 3, 4, 5), doc.paragraphs().stream().map(p -> p.location().line()).toList());
    }

    @Test
    void nestedListItemsAndLaterParagraphsBelongToTheirItem() throws Exception {
      Document doc =
          read(
              "1. This Agreement aims, including by:\n\n    1. Holding the increase;\n"
                  + "    2. Increasing the ability.\n\n    **Option 2:** No text\n\n2. It will be implemented.\n");
      assertEquals(List.of("1", "1", "2", "-", "2"), labels(doc));
      assertEquals(List.of(-1, 0, 0, 0, -1), parents(doc));
      assertTrue(
          kinds(doc).stream().allMatch(k -> k == ParagraphKind.OPERATIVE), kinds(doc).toString());
    }

    @Test
    void aListIndentedUnderAnItemThatIntroducesItBelongsToIt() throws Exception {
      Document doc =
          read(
              "7. Each Party shall provide the following:\n\n 1. A national inventory;\n\n"
                  + " 2. Information on progress.\n\n8. Each Party should also provide:\n\n - a bullet;\n\n9. Nine.\n");
      assertEquals(List.of("7", "1", "2", "8", "-", "9"), labels(doc));
      assertEquals(List.of(-1, 0, 0, -1, 3, -1), parents(doc));
    }

    @Test
    void itemsAtTheSameIndentStayTopLevel() throws Exception {
      Document doc = read("1. Parties shall:\n\n2. Others may:\n\n3. Three.\n");
      assertEquals(List.of(-1, -1, -1), parents(doc));
    }

    @Test
    void bulletItemsAreParagraphsWithLabelsWhereTheyHaveThem() throws Exception {
      Document doc = read("Retain:\n\n- paras 3 and 5;\n- (a) the vision;\n\n* the IGF mandate.\n");
      assertEquals(List.of("-", "-", "(a)", "-"), labels(doc));
      assertEquals(
          List.of("Retain:", "paras 3 and 5;", "the vision;", "the IGF mandate."), texts(doc));
      assertEquals(List.of(-1, -1, 0, -1), parents(doc));
    }
  }

  @Nested
  class Marks {
    @Test
    void markdownEmphasisAndStrike() throws Exception {
      Paragraph p =
          read("88. We ~~reaffirm~~**recognize** the *working* definition, ~not~ ~~**both**~~.\n")
              .paragraphs()
              .get(0);
      assertEquals("We reaffirmrecognize the working definition, ~not~ both.", p.text());
      assertEquals(Set.of(Mark.STRIKE), marksOf(p, "reaffirm"));
      assertEquals(Set.of(Mark.BOLD), marksOf(p, "recognize"));
      assertEquals(Set.of(Mark.ITALIC), marksOf(p, "working"));
      assertEquals(Set.of(Mark.BOLD, Mark.STRIKE), marksOf(p, "both"));
    }

    @Test
    void inlineHtmlTagsOpenAndCloseMarks() throws Exception {
      Paragraph p =
          read("1. <del>gone</del> <ins>new</ins> <s>s</s> <strike>st</strike> <u>u</u> <b>b</b> "
                  + "<strong>st<em>ro</em></strong> <span style=\"x\">plain</span> a<br>b <sup>2</sup>\n")
              .paragraphs()
              .get(0);
      assertEquals("gone new s st u b stro plain a b 2", p.text());
      assertEquals(Set.of(Mark.DELETE), marksOf(p, "gone"));
      assertEquals(Set.of(Mark.INSERT), marksOf(p, "new"));
      assertEquals(Set.of(Mark.STRIKE), marksOf(p, "s"));
      assertEquals(Set.of(Mark.STRIKE), marksOf(p, "st"));
      assertEquals(Set.of(Mark.UNDERLINE), marksOf(p, "u"));
      assertEquals(Set.of(Mark.BOLD), marksOf(p, "b"));
      assertEquals(Set.of(Mark.BOLD, Mark.ITALIC), marksOf(p, "ro"));
      assertEquals(Set.of(Mark.SUPERSCRIPT), marksOf(p, "2"));
    }

    @Test
    void anUnclosedTagEndsWithItsParagraph() throws Exception {
      Document doc = read("1. We <del>reaffirm\n\n2. We decide.\n");
      assertTrue(doc.paragraphs().get(0).has(Mark.DELETE));
      assertFalse(doc.paragraphs().get(1).has(Mark.DELETE));
    }

    @Test
    void aSpaceBetweenLinesCarriesOnlyTheMarksBothSidesShare() throws Exception {
      Paragraph p = read("~~struck~~\nplain **bold\nstill bold**\n").paragraphs().get(0);
      assertEquals("struck plain bold still bold", p.text());
      assertEquals(
          List.of(
              Run.of("struck", Mark.STRIKE),
              Run.plain(" plain "),
              Run.of("bold still bold", Mark.BOLD)),
          p.runs());
    }

    @Test
    void linksKeepTheirTextAndCodeSpansTheirCharacters() throws Exception {
      Paragraph p =
          read("See [the consultations](https://example.org/x) and <https://igf.org>, `para 66`.\n\n"
                  + "[ref]: https://example.org/ref\n")
              .paragraphs()
              .get(0);
      assertEquals("See the consultations and https://igf.org, para 66.", p.text());
    }

    @Test
    void hardAndSoftLineBreaksAreSpaces() throws Exception {
      assertEquals(
          "one two three four", read("one  \ntwo\\\nthree\nfour\n").paragraphs().get(0).text());
    }
  }

  @Nested
  class Kinds {
    @Test
    void preambleBeforeNumberedParagraphs() throws Exception {
      Document doc =
          read(
              "*The General Assembly*,\n\n*Recalling* its resolution 70/125,\n\n"
                  + "Noting with concern the gaps;\n\n[*Taking* account of needs,]\n\n**Option 1:** *Recognizing* the role,\n\n"
                  + "Aware of the challenges,\n\n*Being* Parties,[^1]\n\nThis is an introduction.\n\n"
                  + "1. *Decides* to act;\n\nRecalling later,\n\n[^1]: A note.\n");
      assertEquals(
          List.of(
              ParagraphKind.OTHER,
              ParagraphKind.PREAMBULAR,
              ParagraphKind.PREAMBULAR,
              ParagraphKind.PREAMBULAR,
              ParagraphKind.PREAMBULAR,
              ParagraphKind.PREAMBULAR,
              ParagraphKind.PREAMBULAR,
              ParagraphKind.OTHER,
              ParagraphKind.OPERATIVE,
              ParagraphKind.OTHER),
          kinds(doc));
    }

    @Test
    void noPreambleWithoutNumberedParagraphs() throws Exception {
      Document doc = read("*Recalling* its resolution 70/125,\n\nWelcoming the inputs,\n");
      assertEquals(List.of(ParagraphKind.OTHER, ParagraphKind.OTHER), kinds(doc));
    }

    @Test
    void bulletsThatEndInAFullStopAreNotPreambular() throws Exception {
      Document doc =
          read(
              "- Reaffirming multistakeholder cooperation as the guiding principle.\n\n66. We invite.\n");
      assertEquals(List.of(ParagraphKind.OTHER, ParagraphKind.OPERATIVE), kinds(doc));
    }
  }

  @Nested
  class SourceOddities {
    @Test
    void frontMatterGivesMetadataAndIsNotText() throws Exception {
      Document doc =
          read(
              "---\ntitle: \"Paris Agreement\"\ndate: 2015-12-12 10:00\nauthors: [\"ADP\", 'COP']\n"
                  + "redirect_from:\n  - /23-oct-2015/\nlang: en\n---\n\n# Preamble\n\nText.\n");
      assertEquals("Paris Agreement", doc.metadata().title());
      assertEquals(LocalDate.of(2015, 12, 12), doc.metadata().date());
      assertEquals("ADP, COP", doc.metadata().author());
      assertEquals("en", doc.metadata().language());
      assertEquals("x.md", doc.metadata().source());
      assertEquals(List.of("Preamble", "Text."), texts(doc));
      assertEquals(
          10, doc.paragraphs().get(0).location().line(), "lines count from the top of the file");
    }

    @Test
    void aRuleAtTheTopIsNotFrontMatter() throws Exception {
      Document doc = read("---\nJust text.\n---\n\nMore.\n");
      assertEquals("Just text.", doc.metadata().title());
      assertTrue(texts(doc).contains("More."));
      assertEquals("Just text.", doc.paragraphs().get(0).text());
      assertEquals(ParagraphKind.HEADING, doc.paragraphs().get(0).kind(), "a setext heading");
    }

    @Test
    void titleIsTheFirstHeadingAndDateAnEarlyDateLine() throws Exception {
      Document doc =
          read("*9 December 2025*\n\n# Reflections\n\n## Part\n\nText of 10 December 2025.\n");
      assertEquals("Reflections", doc.metadata().title());
      assertEquals(LocalDate.of(2025, 12, 9), doc.metadata().date());
    }

    @Test
    void footnotesInKramdownSyntax() throws Exception {
      Document doc =
          read(
              "## B. DRAFT DECISION[^13]\n\n1. *Decides*[^1] and [^2];\n\n"
                  + "[^1]: The version of 23 October.\n\n[^13]: The Parties noted\n\n    Option 1: NDMC\n    Option 2: NDMCC\n"
                  + "\ncontinued here.\n\nAfter.\n");
      assertEquals(List.of("B", "1", "-"), labels(doc));
      Paragraph p = doc.paragraphs().get(1);
      assertEquals("Decides1 and 2;", p.text());
      assertEquals(
          new Run("1", EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, "1"), p.runs().get(1));
      assertEquals(List.of("1", "13"), doc.footnotes().stream().map(f -> f.label()).toList());
      assertEquals(
          "The Parties noted Option 1: NDMC Option 2: NDMCC continued here.",
          doc.footnotes().get(1).text());
      assertEquals("After.", doc.paragraphs().get(2).text());
      assertTrue(
          doc.diagnostics().stream()
              .anyMatch(
                  d -> d.code().equals("md.footnote-undefined") && d.message().contains("[^2]")));
    }

    @Test
    void kramdownDirectivesAreLeftOutWithADiagnostic() throws Exception {
      Document doc =
          read("* TOC\n{:toc}\n\n## Title\n{:.no_toc}\n\n## Article 1 {: #a1}\n\nText.\n");
      assertEquals(List.of("Title", "Article 1", "Text."), texts(doc));
      assertEquals(
          3,
          doc.diagnostics().stream().filter(d -> d.code().equals("md.kramdown-directive")).count());
    }

    @Test
    void aHeadingMarkerWithANoBreakSpaceIsAHeading() throws Exception {
      Document doc =
          read("##\u00a0B. DRAFT DECISION\n\n###\u00a0IV. [WORKSTREAM 2]\nIssued separately.\n");
      assertEquals(List.of("B", "IV", "-"), labels(doc));
      assertEquals(List.of("DRAFT DECISION", "[WORKSTREAM 2]", "Issued separately."), texts(doc));
      assertEquals(
          List.of(ParagraphKind.HEADING, ParagraphKind.HEADING, ParagraphKind.OTHER), kinds(doc));
    }

    @Test
    void indentedTextIsReadAsMarkdownNotAsCode() throws Exception {
      Document doc = read("Intro.\n\n       **Option 2:** The enhancement of ~~NDCs~~.\n");
      Paragraph p = doc.paragraphs().get(1);
      assertEquals("Option 2: The enhancement of NDCs.", p.text());
      assertTrue(p.has(Mark.BOLD) && p.has(Mark.STRIKE));
      assertEquals(3, p.location().line());
      assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("md.indented-text")));
    }

    @Test
    void htmlBlocksAndFencedCodeBecomeText() throws Exception {
      Document doc =
          read(
              "<!-- -->\n\n<div>First <del>old</del> &amp; new</div>\n<p>Second.</p>\n\n```\ncode line\nmore\n```\n");
      assertEquals(List.of("First old & new", "Second.", "code line more"), texts(doc));
      assertTrue(doc.paragraphs().get(0).has(Mark.DELETE));
    }

    @Test
    void aParagraphBrokenByABlankLineIsJoined() throws Exception {
      Document doc =
          read(
              "84. We encourage partnerships and promote the\n\nparticipation of enterprises.\n\n"
                  + "Next paragraph.\n\nlower case after a full stop stays.\n");
      assertEquals(
          List.of(
              "We encourage partnerships and promote the participation of enterprises.",
              "Next paragraph.",
              "lower case after a full stop stays."),
          texts(doc));
      Diagnostic d =
          doc.diagnostics().stream()
              .filter(x -> x.code().equals("md.paragraph-rejoined"))
              .findFirst()
              .orElseThrow();
      assertEquals(3, d.location().line());
    }
  }

  @Nested
  class Errors {
    @Test
    void emptyAndBlankFiles() {
      ImportException e = assertThrows(CorruptDocumentException.class, () -> read(new byte[0]));
      assertEquals("x.md: empty file", e.getMessage());
      e = assertThrows(CorruptDocumentException.class, () -> read(" \n\t\r\n"));
      assertEquals("x.md: contains no text (only white space)", e.getMessage());
    }

    @Test
    void binaryContent() {
      byte[] bytes = Arrays.copyOf("%PDF-1.7\n".getBytes(UTF_8), 64);
      ImportException e = assertThrows(CorruptDocumentException.class, () -> read(bytes));
      assertTrue(
          e.getMessage().startsWith("x.md: not a text file (binary content"), e.getMessage());
      byte[] controls = new byte[100];
      Arrays.fill(controls, (byte) 3);
      assertThrows(CorruptDocumentException.class, () -> read(controls));
    }

    @Test
    void invalidUtf8NamesTheOffset() {
      byte[] latin1 = "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
      ImportException e = assertThrows(CorruptDocumentException.class, () -> read(latin1));
      assertEquals("x.md: not a UTF-8 text file (invalid byte 0xE9 at offset 3)", e.getMessage());
      byte[] overlong = {'a', (byte) 0xc0, (byte) 0xaf};
      assertThrows(CorruptDocumentException.class, () -> read(overlong));
      byte[] surrogate = {'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80};
      assertThrows(CorruptDocumentException.class, () -> read(surrogate));
      byte[] truncated = {'a', (byte) 0xe2, (byte) 0x80};
      assertThrows(CorruptDocumentException.class, () -> read(truncated));
    }

    @Test
    void byteOrderMarksAreFine() throws Exception {
      byte[] body = "# Title\r\n\r\n1. Text\r\n".getBytes(UTF_8);
      byte[] withBom = new byte[body.length + 3];
      withBom[0] = (byte) 0xef;
      withBom[1] = (byte) 0xbb;
      withBom[2] = (byte) 0xbf;
      System.arraycopy(body, 0, withBom, 3, body.length);
      assertEquals(List.of("Title", "Text"), texts(read(withBom)));
      byte[] utf16 = "\ufeff# Title\n\n1. Text\n".getBytes(StandardCharsets.UTF_16LE);
      assertEquals(List.of("Title", "Text"), texts(read(utf16)));
    }

    @Test
    void inputOverTheLimit() {
      ImportContext small =
          new ImportContext("x.md", Limits.defaults().withMaxInputBytes(10), Map.of());
      ImportException e =
          assertThrows(
              LimitExceededException.class,
              () ->
                  importer.read(
                      new ByteArrayInputStream("# A longer title\n".getBytes(UTF_8)), small));
      assertEquals("x.md: input is larger than the limit of 10 bytes", e.getMessage());
    }

    @Test
    void deepNestingIsReadWithoutOverflow() throws Exception {
      assertFalse(read(">".repeat(100_000) + " quoted\n").paragraphs().isEmpty());
      assertFalse(read("- ".repeat(20_000) + "item\n").paragraphs().isEmpty());
      assertFalse(
          read("*".repeat(50_000) + "x" + "*".repeat(50_000) + "\n").paragraphs().isEmpty());
      assertFalse(
          read("[".repeat(50_000) + "x" + "]".repeat(50_000) + "\n").paragraphs().isEmpty());
      assertFalse(read("<del>".repeat(50_000) + "x\n").paragraphs().isEmpty());
    }
  }

  @Nested
  class Detect {
    private Detection detect(String s) {
      return importer.detect(s.getBytes(UTF_8));
    }

    @Test
    void markdownSyntaxIsLikely() {
      assertEquals(Detection.LIKELY, detect("Intro\n\n# Heading\n"));
      assertEquals(Detection.LIKELY, detect("We ~~reaffirm~~ recognize"));
      assertEquals(Detection.LIKELY, detect("We **recognize** that"));
      assertEquals(Detection.LIKELY, detect("See [the text](https://example.org)."));
      assertEquals(Detection.LIKELY, detect("> quoted\n> again\n"));
      assertEquals(Detection.LIKELY, detect("Retain:\n- para 3\n- para 5\n"));
      assertEquals(Detection.LIKELY, detect("---\ntitle: Paris\n---\n"));
    }

    @Test
    void otherTextIsWeak() {
      assertEquals(
          Detection.WEAK,
          detect("The General Assembly,\n\nRecalling its resolution,\n\n1. Decides.\n"));
      assertEquals(Detection.WEAK, detect("- only one list line\n"));
      assertEquals(Detection.WEAK, detect("<html><body><h1># not markdown</h1></body></html>"));
      assertEquals(Detection.WEAK, detect("{\"paragraphs\": [\"**\"]}"));
    }

    @Test
    void binaryAndEmptyAreNo() {
      assertEquals(Detection.NO, importer.detect(new byte[0]));
      assertEquals(Detection.NO, detect("   \n\n"));
      assertEquals(Detection.NO, importer.detect(new byte[] {'#', ' ', 'a', 0, 'b'}));
      assertEquals(Detection.NO, importer.detect(new byte[] {'a', (byte) 0xff, 'b'}));
    }

    @Test
    void aCharacterCutOffAtTheEndOfTheHeadIsFine() {
      byte[] full = "# Caf\u00e9".getBytes(UTF_8);
      assertEquals(Detection.LIKELY, importer.detect(Arrays.copyOf(full, full.length - 1)));
    }
  }
}
