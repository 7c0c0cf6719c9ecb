package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A UN-style draft written here with PDFBox, then annotated the way Acrobat annotates: a sticky
 * note with its popup, a highlight with a comment, strike-outs with and without text and with
 * replies, a "Replace text" caret grouped with its strike-out, an underline over a line break,
 * free-text boxes (one with a callout), a note holding only rich text, a note on a page without
 * text, and annotations that carry no text at all.
 */
class AnnotationCommentsTest {

  private static final float L1 = 118;
  private static final float L2 = 136;
  private static final float L2B = 148;
  private static final float L3 = 166;
  private static final float L4 = 184;
  private static final String P1 =
      "1.  Decides to hold a high-level meeting on the follow-up in 2026;";
  private static final String P2 = "2.  Requests the Secretary-General to report annually to the";
  private static final String P2B = "General Assembly on the implementation;";
  private static final String P3 =
      "3.  Encourages all stakeholders to continue their work, which shall be voluntary;";
  private static final String P4 = "4.  Decides to remain seized of the matter.";

  private static Document doc;

  static PdfFixture draft() {
    return new PdfFixture()
        .page()
        .text(96, 100, PdfFixture.ITALIC, 10, "The General Assembly,")
        .text(96, L1, P1)
        .text(96, L2, P2)
        .text(72, L2B, P2B)
        .text(96, L3, P3)
        .text(96, L4, P4)
        .page();
  }

  /** x of {@code word} in {@code line} set at {@code x0}. */
  static float at(float x0, String line, String word) {
    return x0 + PdfFixture.width(PdfFixture.ROMAN, 10, line.substring(0, line.indexOf(word)));
  }

  @BeforeAll
  static void importFixture() throws Exception {
    byte[] plain = draft().bytes();
    try (Annotator a = new Annotator(plain)) {
      // A: a sticky note in the right margin beside paragraph 2, with its popup window
      Annotator.Annot sticky =
          a.add(1, "Text", 540, L2 - 10, 558, L2 + 8)
              .author("United States")
              .contents("US: delete this paragraph")
              .created("D:20251117100000+01'00'")
              .modified("D:20251117103000+01'00'")
              .popup();
      // B: a highlight with a comment; only a modification date
      a.markup(
              1,
              "Highlight",
              Annotator.box(at(96, P2, "Secretary-General"), L2, "Secretary-General"))
          .author("EU delegate")
          .contents("EU: prefer \u201cSecretariat\u201d")
          .modified("D:20251118093000Z");
      // C: a strike-out with no text of its own and a reply
      Annotator.Annot strike =
          a.markup(1, "StrikeOut", Annotator.box(at(96, P2, "annually"), L2, "annually"))
              .author("NO");
      a.add(1, "Text", 540, L2 + 20, 558, L2 + 38)
          .author("NO")
          .contents("Norway: keep \u201cannually\u201d")
          .created("D:20251119")
          .inReplyTo(strike, false);
      // D: a strike-out with text and a reply that answers it
      Annotator.Annot voluntary =
          a.markup(1, "StrikeOut", Annotator.box(at(96, P3, "voluntary"), L3, "voluntary"))
              .author("G77")
              .contents("G77: delete")
              .popup();
      a.add(1, "Text", 540, L3 - 10, 558, L3 + 8)
          .author("EU")
          .contents("EU: retain")
          .inReplyTo(voluntary, false);
      // E: Acrobat's "Replace text": a caret holding the new words, grouped with the strike-out of
      // the old
      float shallX = at(96, P3, "shall");
      Annotator.Annot caret =
          a.add(1, "Caret", shallX - 3, L3 - 8, shallX + 3, L3 + 2)
              .author("AOSIS")
              .contents("should")
              .created("D:20251120120000-05'00'");
      a.markup(1, "StrikeOut", Annotator.box(shallX, L3, "shall"))
          .author("AOSIS")
          .contents("should")
          .name("IT", "StrikeOutTextEdit")
          .inReplyTo(caret, true);
      // F: a free-text box below the last paragraph
      a.add(1, "FreeText", 72, 300, 300, 330)
          .author("Canada")
          .contents("Canada: support paragraph 4");
      // G: a free-text callout in the margin whose arrow points into paragraph 1
      a.add(1, "FreeText", 470, 40, 580, 70)
          .author("CH")
          .contents("Switzerland: support")
          .callout(at(96, P1, "meeting") + 5, L1 - 3, 480, 60);
      // H: a note with rich text only
      a.add(1, "Text", 20, L1 - 10, 38, L1 + 8)
          .author("JP")
          .rich(
              "<?xml version=\"1.0\"?>"
                  + "<body xmlns=\"http://www.w3.org/1999/xhtml\"><p dir=\"ltr\">Japan: <span style=\"font-weight:bold\">support"
                  + "</span></p><p>R&amp;D first<br/>then the rest</p></body>");
      // I: an underline over a line break
      a.markup(
              1,
              "Underline",
              Annotator.box(at(96, P2, "to the"), L2, "to the"),
              Annotator.box(72, L2B, "General Assembly"))
          .author("MX")
          .contents("Mexico: fine");
      // L: a highlight on the third "the" of paragraph 2
      a.markup(1, "Highlight", Annotator.box(at(72, P2B, "the"), L2B, "the"))
          .author("PE")
          .contents("Peru: which?");
      // M: a review status set on the sticky note: not a comment
      Annotator.Annot status =
          a.add(1, "Text", 540, L2 - 10, 558, L2 + 8)
              .author("United States")
              .contents("Accepted set by United States")
              .name("StateModel", "Review");
      status.d.setString(org.apache.pdfbox.cos.COSName.getPDFName("State"), "Accepted");
      status.inReplyTo(sticky, false);
      // J: no text at all: a square, a highlight, a popup-less link
      a.add(1, "Square", 90, 95, 200, 104);
      a.markup(1, "Highlight", Annotator.box(96, L4, "4."));
      a.add(1, "Link", 96, L4 - 9, 130, L4 + 2).contents("a link is not a comment");
      // K: a note on the page without text
      a.add(2, "Text", 100, 100, 118, 118)
          .author("LMDC")
          .contents("LMDC: delete whole section")
          .popup();
      doc =
          new UnPdfImporter()
              .read(new ByteArrayInputStream(a.bytes()), ImportContext.of("annotated.pdf"));
    }
  }

  private static Comment comment(String text) {
    List<Comment> found = doc.comments().stream().filter(c -> c.text().equals(text)).toList();
    assertEquals(1, found.size(), () -> text + " in " + doc.comments());
    return found.get(0);
  }

  private static int paragraph(String label) {
    return doc.find(label)
        .orElseThrow(() -> new AssertionError("no paragraph " + label + ": " + texts()))
        .index();
  }

  private static String texts() {
    return doc.paragraphs().stream()
        .map(p -> p.index() + " " + p.label() + " " + p.text())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theBodyIsReadAsBefore() {
    assertEquals(
        List.of("1", "2", "3", "4"),
        doc.paragraphs().stream().filter(p -> p.number() != null).map(Paragraph::label).toList(),
        texts());
    assertEquals(
        "Requests the Secretary-General to report annually to the General Assembly on the implementation;",
        doc.paragraphs().get(paragraph("2")).text());
  }

  @Test
  void everyCommentIsReadOnceAndPopupsAndTextlessMarkupGiveNone() {
    assertEquals(
        List.of(
            "US: delete this paragraph",
            "EU: prefer \u201cSecretariat\u201d",
            "Norway: keep \u201cannually\u201d",
            "G77: delete",
            "EU: retain",
            "should",
            "Canada: support paragraph 4",
            "Switzerland: support",
            "Japan: support\nR&D first\nthen the rest",
            "Mexico: fine",
            "Peru: which?",
            "LMDC: delete whole section"),
        doc.comments().stream().map(Comment::text).toList());
    assertEquals(
        doc.comments().size(), doc.comments().stream().map(Comment::id).distinct().count());
  }

  @Test
  void aStickyNoteIsAnchoredOnTheParagraphBesideItsIcon() {
    Comment c = comment("US: delete this paragraph");
    assertEquals("United States", c.author());
    assertEquals(
        "2025-11-17T10:00:00+01:00", c.date(), "the creation date, not the modification date");
    assertEquals(paragraph("2"), c.paragraph());
    assertNull(c.anchorText());
  }

  @Test
  void aHighlightCommentCarriesTheHighlightedWords() {
    Comment c = comment("EU: prefer \u201cSecretariat\u201d");
    assertEquals("EU delegate", c.author());
    assertEquals("2025-11-18T09:30:00Z", c.date());
    assertEquals(paragraph("2"), c.paragraph());
    assertEquals("Secretary-General", c.anchorText());
  }

  @Test
  void aReplyToATextlessStrikeOutIsAnchoredOnTheStruckWords() {
    Comment c = comment("Norway: keep \u201cannually\u201d");
    assertEquals("NO", c.author());
    assertEquals("2025-11-19T00:00:00Z", c.date());
    assertEquals(paragraph("2"), c.paragraph());
    assertEquals("annually", c.anchorText());
    assertTrue(c.id().matches("p1-\\d+\\.1"), c.id());
    // the strike-out stays a mark on the words, as before
    Paragraph p2 = doc.paragraphs().get(paragraph("2"));
    assertTrue(
        p2.runs().stream().anyMatch(r -> r.has(Mark.STRIKE) && r.text().contains("annually")),
        p2.runs()::toString);
  }

  @Test
  void aStrikeOutWithTextAndItsReplyAreTwoCommentsOfOneThread() {
    Comment parent = comment("G77: delete");
    Comment reply = comment("EU: retain");
    assertEquals(paragraph("3"), parent.paragraph());
    assertEquals(paragraph("3"), reply.paragraph());
    assertEquals("voluntary", parent.anchorText());
    assertEquals("voluntary", reply.anchorText());
    assertEquals(parent.id() + ".1", reply.id());
    assertEquals(
        doc.comments().indexOf(parent) + 1,
        doc.comments().indexOf(reply),
        "a reply follows its parent");
    assertEquals("EU", reply.author());
    assertNull(reply.date());
  }

  @Test
  void aReplaceTextCaretIsOneCommentOnTheStruckWordsAndInsertsNothing() {
    Comment c = comment("should");
    assertEquals("AOSIS", c.author());
    assertEquals("2025-11-20T12:00:00-05:00", c.date());
    assertEquals(paragraph("3"), c.paragraph());
    assertEquals("shall", c.anchorText());
    for (Paragraph p : doc.paragraphs()) {
      for (Run r : p.runs()) {
        assertFalse(r.has(Mark.INSERT), () -> "invented insertion: " + r);
      }
    }
  }

  @Test
  void freeTextIsAnchoredNearbyOrWhereItsCalloutPoints() {
    Comment box = comment("Canada: support paragraph 4");
    assertEquals(paragraph("4"), box.paragraph());
    assertNull(box.anchorText());
    Comment callout = comment("Switzerland: support");
    assertEquals(paragraph("1"), callout.paragraph());
  }

  @Test
  void richTextOnlyIsFlattenedToPlainLines() {
    Comment c = comment("Japan: support\nR&D first\nthen the rest");
    assertEquals("JP", c.author());
    assertEquals(paragraph("1"), c.paragraph());
  }

  @Test
  void anUnderlineOverALineBreakReadsBothLines() {
    Comment c = comment("Mexico: fine");
    assertEquals(paragraph("2"), c.paragraph());
    assertEquals("to the General Assembly", c.anchorText());
  }

  @Test
  void aNoteOnAPageWithoutTextIsKeptUnanchoredWithBothDiagnostics() {
    Comment c = comment("LMDC: delete whole section");
    assertNull(c.paragraph());
    assertNull(c.anchorText());
    assertTrue(c.id().startsWith("p2-"), c.id());
    assertTrue(codes().contains("pdf.no-text-layer"), codes()::toString);
    Diagnostic d =
        doc.diagnostics().stream()
            .filter(x -> x.code().equals("pdf.comment-unanchored"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        d.message().contains("1 comment is") && d.message().contains("no text layer on page 2"),
        d.message());
    Diagnostic read =
        doc.diagnostics().stream()
            .filter(x -> x.code().equals("pdf.comments"))
            .findFirst()
            .orElseThrow();
    assertEquals("read 12 comments from annotations (2 replies)", read.message());
    assertTrue(codes().contains("pdf.review-states"), codes()::toString);
  }

  @Test
  void theMarkedWordsCarryTheirThreadsFirstComment() {
    Paragraph p2 = doc.paragraphs().get(paragraph("2"));
    assertEquals(
        List.of("Secretary-General", "annually", "to the General Assembly", "the"),
        p2.runs().stream()
            .filter(r -> r.has(Mark.COMMENT_ANCHOR))
            .map(Run::text)
            .map(String::strip)
            .toList(),
        p2.runs()::toString);
    Run secretary = anchorRun(p2, "Secretary-General");
    assertEquals(comment("EU: prefer \u201cSecretariat\u201d").id(), secretary.ref());
    Run annually = anchorRun(p2, "annually");
    assertEquals(
        comment("Norway: keep \u201cannually\u201d").id(),
        annually.ref(),
        "the textless strike-out's reply");
    assertTrue(annually.has(Mark.STRIKE));
    // the third "the", not the first
    String before = p2.text().substring(0, p2.text().lastIndexOf("the implementation"));
    StringBuilder seen = new StringBuilder();
    for (Run r : p2.runs()) {
      if (r.has(Mark.COMMENT_ANCHOR) && r.ref().equals(comment("Peru: which?").id())) {
        assertEquals(before, seen.toString());
      }
      seen.append(r.text());
    }
    Paragraph p3 = doc.paragraphs().get(paragraph("3"));
    assertEquals(comment("should").id(), anchorRun(p3, "shall").ref());
    assertEquals(comment("G77: delete").id(), anchorRun(p3, "voluntary").ref());
  }

  private static Run anchorRun(Paragraph p, String text) {
    return p.runs().stream()
        .filter(r -> r.has(Mark.COMMENT_ANCHOR) && r.text().strip().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " not marked in " + p.runs()));
  }

  @Test
  void annotationsWithoutTextChangeNothing() throws Exception {
    byte[] plain = draft().bytes();
    Document before =
        new UnPdfImporter().read(new ByteArrayInputStream(plain), ImportContext.of("d.pdf"));
    try (Annotator a = new Annotator(plain)) {
      a.add(1, "Square", 90, 95, 200, 104).author("someone");
      a.markup(1, "Highlight", Annotator.box(96, L4, "4."));
      a.add(1, "Link", 96, L4 - 9, 130, L4 + 2).contents("a link");
      a.add(1, "Text", 540, L2 - 10, 558, L2 + 8).contents("  \r\n ").popup();
      Document after =
          new UnPdfImporter().read(new ByteArrayInputStream(a.bytes()), ImportContext.of("d.pdf"));
      assertEquals(before, after);
    }
  }

  @Test
  void onARotatedPageOnlyAnnotationsOverWordsAreAnchored() throws Exception {
    try (Annotator a = new Annotator(draft().bytes())) {
      a.rotate(1, 90);
      a.markup(1, "Highlight", Annotator.box(at(96, P3, "voluntary"), L3, "voluntary"))
          .contents("EU: retain");
      a.add(1, "Text", 540, L2 - 10, 558, L2 + 8).contents("US: delete");
      Document d =
          new UnPdfImporter().read(new ByteArrayInputStream(a.bytes()), ImportContext.of("r.pdf"));
      Comment marked = d.comments().get(0);
      assertEquals(d.find("3").orElseThrow().index(), marked.paragraph());
      assertEquals("voluntary", marked.anchorText());
      assertNull(d.comments().get(1).paragraph());
      assertTrue(
          d.diagnostics().stream()
              .anyMatch(
                  x ->
                      x.code().equals("pdf.comment-unanchored")
                          && x.message().contains("rotated page 1")),
          d.diagnostics()::toString);
    }
  }

  @Test
  void libreOfficesAuthorWithADateAndItsZeroDateGiveAuthorAndDate() throws Exception {
    try (Annotator a = new Annotator(draft().bytes())) {
      a.add(1, "Text", 540, L2 - 10, 558, L2 + 8)
          .author("Barbara Ratusznik, 18/11/24, ")
          .contents("Norway: Whole section lacks clarity")
          .modified("D:00000000000000Z");
      a.add(1, "Text", 540, L3 - 10, 558, L3 + 8)
          .author("Smith, J.")
          .contents("EU: retain")
          .modified("D:00000000000000Z");
      Document d =
          new UnPdfImporter().read(new ByteArrayInputStream(a.bytes()), ImportContext.of("lo.pdf"));
      assertEquals("Barbara Ratusznik", d.comments().get(0).author());
      assertEquals("18/11/24", d.comments().get(0).date());
      assertEquals("Smith, J.", d.comments().get(1).author());
      assertNull(d.comments().get(1).date());
    }
  }

  @Test
  void wordsOfAFootnoteAnchorOnTheCitingParagraphAndOfARunningHeadOnNone() throws Exception {
    var r = PdfFixture.ROMAN;
    String cites = "Recalling its resolution 70/125 on the outcomes of the Summit";
    float marker = 96 + PdfFixture.width(r, 10, cites);
    PdfFixture pdf =
        new PdfFixture()
            .page()
            .text(72, 40, PdfFixture.BOLD, 8, "A/80/L.99")
            .text(500, 800, r, 8, "1/2")
            .text(96, 100, PdfFixture.ITALIC, 10, "The General Assembly,")
            .text(96, 118, cites)
            .text(marker, 114, r, 6, "1")
            .text(marker + PdfFixture.width(r, 6, "1"), 118, r, 10, ",")
            .text(96, 136, P1)
            .text(96, 154, P4)
            .text(72, 740, r, 8, "_______________")
            .text(80, 752, r, 6, "1")
            .text(84, 756, r, 8, " Resolution 79/323, annex.")
            .page()
            .text(72, 40, PdfFixture.BOLD, 8, "A/80/L.99")
            .text(500, 800, r, 8, "2/2")
            .text(96, 100, "2.  Requests the Secretary-General to report;");
    try (Annotator a = new Annotator(pdf.bytes())) {
      float resolution = 84 + PdfFixture.width(r, 8, " ");
      a.markup(
              1,
              "Highlight",
              new float[] {
                resolution - 0.5f,
                749,
                resolution + PdfFixture.width(r, 8, "Resolution 79/323") + 0.5f,
                758
              })
          .author("US")
          .contents("US: cite 80/1 instead");
      a.markup(
              1,
              "Highlight",
              new float[] {
                71.5f, 33, 72.5f + PdfFixture.width(PdfFixture.BOLD, 8, "A/80/L.99"), 42
              })
          .author("EU")
          .contents("EU: wrong symbol");
      // a sticky note whose icon covers the page number of page 2: beside the last paragraph there
      a.add(2, "Text", 495, 790, 513, 808).author("CA").contents("Canada: retain");
      Document d =
          new UnPdfImporter().read(new ByteArrayInputStream(a.bytes()), ImportContext.of("fn.pdf"));
      assertEquals(1, d.footnotes().size(), d.footnotes()::toString);
      Comment onNote = d.comments().get(0);
      assertEquals("Resolution 79/323", onNote.anchorText());
      Paragraph citing = d.paragraphs().get(onNote.paragraph());
      assertTrue(
          citing.text().contains("Recalling its resolution 70/125")
              && citing.runs().stream().anyMatch(x -> x.has(Mark.FOOTNOTE_REFERENCE)),
          citing::text);
      assertFalse(
          citing.has(Mark.COMMENT_ANCHOR), "the words are in the note, not in the paragraph");
      Comment onHead = d.comments().get(1);
      assertNull(onHead.paragraph());
      assertNull(onHead.anchorText());
      assertTrue(
          d.diagnostics().stream()
              .anyMatch(
                  x ->
                      x.code().equals("pdf.comment-unanchored")
                          && x.message().contains("1 comment is")
                          && x.message()
                              .contains(
                                  "outside the body paragraphs (masthead,"
                                      + " running heads) on page 1")),
          d.diagnostics()::toString);
      assertEquals(d.find("2").orElseThrow().index(), d.comments().get(2).paragraph());
    }
  }

  @Test
  void readingIsDeterministic() throws Exception {
    byte[] plain = draft().bytes();
    try (Annotator a = new Annotator(plain)) {
      a.add(1, "Text", 540, L2 - 10, 558, L2 + 8).author("US").contents("US: delete");
      a.markup(1, "Highlight", Annotator.box(at(96, P2, "annually"), L2, "annually"))
          .contents("EU: retain");
      byte[] pdf = a.bytes();
      Document one =
          new UnPdfImporter().read(new ByteArrayInputStream(pdf), ImportContext.of("d.pdf"));
      Document two =
          new UnPdfImporter().read(new ByteArrayInputStream(pdf), ImportContext.of("d.pdf"));
      assertEquals(one, two);
      assertEquals(List.of("p1-1", "p1-2"), one.comments().stream().map(Comment::id).toList());
    }
  }

  private static List<String> codes() {
    return doc.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
