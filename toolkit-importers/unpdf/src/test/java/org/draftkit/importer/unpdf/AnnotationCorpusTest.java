package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Annotated PDFs of the pdf-peers corpus (PDFBox's and Tika's test files); skipped when absent. */
class AnnotationCorpusTest {

  private static Document read(String relative) throws Exception {
    Path p = Corpus.file(relative);
    try (InputStream in = Files.newInputStream(p)) {
      return new UnPdfImporter().read(in, ImportContext.of(p.getFileName().toString()));
    }
  }

  private static List<String> codes(Document d) {
    return d.diagnostics().stream().map(Diagnostic::code).toList();
  }

  /**
   * Lotus Symphony / Acrobat 10: one sticky note with its popup (text in /Contents and /RC), five
   * empty typewriter boxes, and a page with no content stream at all.
   */
  @Test
  void tikaPopupAnnotationGivesTheOneNoteOnceUnanchored() throws Exception {
    Document d = read("pdf-peers/tika/testPopupAnnotation.pdf");
    assertEquals(1, d.comments().size(), d.comments()::toString);
    Comment c = d.comments().get(0);
    assertEquals("this is the note", c.text());
    assertEquals("igalsh", c.author());
    assertEquals("2012-08-16T10:20:38+03:00", c.date());
    assertEquals("p1-1", c.id());
    assertNull(c.paragraph());
    assertNull(c.anchorText());
    assertTrue(d.paragraphs().isEmpty());
    assertTrue(
        codes(d)
            .containsAll(List.of("pdf.no-text-layer", "pdf.comments", "pdf.comment-unanchored")),
        codes(d)::toString);
  }

  /**
   * Acrobat Pro 11: eighteen squares with popups and no text: no comments, and the text as before.
   */
  @Test
  void pdfboxAnnotationTypesHasShapesButNoComments() throws Exception {
    Document d = read("pdf-peers/pdfbox/AnnotationTypes.pdf");
    assertTrue(d.comments().isEmpty(), d.comments()::toString);
    assertFalse(codes(d).contains("pdf.comments"));
    assertFalse(codes(d).contains("pdf.comment-unanchored"));
  }

  /**
   * pdf.js's test files (Word 2013 and LibreOffice): one text markup with a comment over the words
   * "Lorem ipsum dolor sit amet", which carry the comment as Word would.
   */
  @ParameterizedTest
  @CsvSource({
    "annotation-highlight.pdf, Highlight content, 2015-12-30T15:22:31+01:00",
    "annotation-strikeout.pdf, StrikeOut content, 2015-12-29T15:05:01+01:00",
    "annotation-strikeout-without-appearance.pdf, StrikeOut content, 2019-04-07T19:05:19+02:00",
    "annotation-underline.pdf, Underline content, 2015-12-28T00:27:04+01:00"
  })
  void pdfjsTextMarkupCommentsMarkTheirWords(String file, String text, String date)
      throws Exception {
    Document d = read("pdf-peers/pdfjs/" + file);
    assertEquals(1, d.comments().size(), d.comments()::toString);
    Comment c = d.comments().get(0);
    assertEquals(text, c.text());
    assertEquals("Tim van der Meij", c.author());
    assertEquals(date, c.date());
    assertEquals("Lorem ipsum dolor sit amet", c.anchorText());
    Paragraph p = d.paragraphs().get(c.paragraph());
    List<String> marked =
        p.runs().stream()
            .filter(r -> r.has(Mark.COMMENT_ANCHOR) && c.id().equals(r.ref()))
            .map(Run::text)
            .toList();
    assertEquals(List.of("Lorem ipsum dolor sit amet"), marked, p.runs()::toString);
  }

  /**
   * Quartz: one free-text box over a page of text, anchored on the paragraph it covers or is
   * nearest.
   */
  @Test
  void tikaAnnotationsFreeTextIsAnchored() throws Exception {
    Document d = read("pdf-peers/tika/testAnnotations.pdf");
    assertEquals(1, d.comments().size(), d.comments()::toString);
    Comment c = d.comments().get(0);
    assertEquals("Here is a comment", c.text());
    assertEquals("Michael McCandless", c.author());
    assertEquals("2011-09-17T12:59:07Z", c.date());
    assertEquals(1, d.paragraphs().size());
    assertEquals(0, c.paragraph());
    assertNull(c.anchorText());
  }
}
