package org.draftkit.importer.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftkit.CorruptDocumentException;
import org.draftkit.LimitExceededException;
import org.draftkit.Limits;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.spi.Detection;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Test;

class HtmlImporterTest {

  private final HtmlImporter importer = new HtmlImporter();

  private Document read(String html) throws Exception {
    return read(html.getBytes(UTF_8));
  }

  private Document read(byte[] bytes) throws Exception {
    return importer.read(new ByteArrayInputStream(bytes), ImportContext.of("t.html"));
  }

  private static List<String> texts(Document d) {
    return d.paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void detectsDoctypeAndHtmlAfterBomWhitespaceAndComments() {
    assertEquals(Detection.CERTAIN, importer.detect("<!DOCTYPE html><p>x".getBytes(UTF_8)));
    assertEquals(
        Detection.CERTAIN, importer.detect("\uFEFF  \n<!-- saved --><HTML><body>".getBytes(UTF_8)));
    assertEquals(
        Detection.CERTAIN,
        importer.detect("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">".getBytes(UTF_8)));
    assertEquals(
        Detection.CERTAIN,
        importer.detect("\uFEFF<!doctype html>".getBytes(StandardCharsets.UTF_16LE)));
  }

  @Test
  void otherHtmlTagsAreLikelyAndPlainTextIsNot() {
    assertEquals(Detection.LIKELY, importer.detect("<p>Recalling</p>".getBytes(UTF_8)));
    assertEquals(
        Detection.LIKELY,
        importer.detect(
            "---\nlayout: x\n---\n<table><tr><td>a<td>b<tr><td>c<td>d".getBytes(UTF_8)));
    assertEquals(
        Detection.NO,
        importer.detect("# Heading\n\nSome *markdown* with a <br> tag.".getBytes(UTF_8)));
    assertEquals(
        Detection.NO,
        importer.detect(
            ("# Compilation\n\n<table><tr><td>66</td><td>a</td></tr>"
                    + "<tr><td>84</td><td>b</td></tr></table>\n\n<div>note</div>")
                .getBytes(UTF_8)),
        "Markdown with HTML inside");
    assertEquals(Detection.NO, importer.detect("{\"paragraphs\": []}".getBytes(UTF_8)));
    assertEquals(Detection.NO, importer.detect("%PDF-1.7\n".getBytes(UTF_8)));
    assertEquals(Detection.NO, importer.detect(new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0}));
  }

  @Test
  void binaryContentIsCorrupt() {
    byte[] bytes = "<html><body><p>text\u0000\u0001\u0002</p>".getBytes(UTF_8);
    CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> read(bytes));
    assertTrue(e.getMessage().startsWith("t.html: "), e.getMessage());
    assertThrows(CorruptDocumentException.class, () -> read(new byte[0]));
  }

  @Test
  void windows1252AndUtf16AreDecoded() throws Exception {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] latin =
        "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 \u201cquoted\u201d \u2013 dash</p>"
            .getBytes(cp1252);
    assertEquals(List.of("Caf\u00e9 \u201cquoted\u201d \u2013 dash"), texts(read(latin)));
    byte[] undeclared = "<p>na\u00efve</p>".getBytes(cp1252);
    assertEquals(List.of("na\u00efve"), texts(read(undeclared)));
    byte[] utf16 =
        "\uFEFF<html><body><p>\u0627\u0644\u062c\u0645\u0639\u064a\u0629</p>"
            .getBytes(StandardCharsets.UTF_16BE);
    assertEquals(List.of("\u0627\u0644\u062c\u0645\u0639\u064a\u0629"), texts(read(utf16)));
  }

  @Test
  void malformedMarkupNeverFails() throws Exception {
    for (String html :
        List.of(
            "<",
            "<<<>>>",
            "<p",
            "</p></div></body>",
            "<table><td>x",
            "<b><i>x</b></i>",
            "<!-- unterminated",
            "<![CDATA[x",
            "<p>&#xFFFFFFF; &#0; &",
            "<svg><p>x</svg>",
            "plain text, no tags")) {
      Document d = read(html);
      assertTrue(d.paragraphs().size() <= 2, html);
    }
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() throws Exception {
    String html = "<div>".repeat(20_000) + "<p>1. Deep paragraph;</p>" + "</div>".repeat(20_000);
    Document d = read(html);
    assertEquals(List.of("Deep paragraph;"), texts(d));
    assertEquals("1", d.paragraphs().get(0).label());
  }

  @Test
  void brIsASpaceAndWhitespaceCollapses() throws Exception {
    assertEquals(List.of("line one line two"), texts(read("<p>line one<br>line\n\t two </p>")));
  }

  @Test
  void aLabelInItsOwnBoxIsSeparatedFromTheText() throws Exception {
    Document d =
        read(
            "<p class=\"para\"><span class=\"num\">12.</span><span class=\"txt\"><i>Decides</i> to act;</span></p>"
                + "<p><span>(b)</span>the second item;</p><p><b>Bold</b>glued</p>");
    assertEquals("12", d.paragraphs().get(0).label());
    assertEquals("Decides to act;", d.paragraphs().get(0).text());
    assertEquals("(b)", d.paragraphs().get(1).label());
    assertEquals("Boldglued", d.paragraphs().get(2).text(), "only labels get the gap");
  }

  @Test
  void preKeepsLineBreaks() throws Exception {
    assertEquals(List.of("a\n  b"), texts(read("<pre>a\n  b\n</pre>")));
  }

  @Test
  void delIsDeleteAndStrikeIsStrike() throws Exception {
    Paragraph p =
        read("<p>a <del>b</del> <s>c</s> <strike>d</strike> <ins>e</ins> <u>f</u></p>")
            .paragraphs()
            .get(0);
    assertEquals("a b c d e f", p.text());
    assertEquals(List.of(Mark.DELETE), marksOf(p, "b"));
    assertEquals(List.of(Mark.STRIKE), marksOf(p, "c"));
    assertEquals(List.of(Mark.STRIKE), marksOf(p, "d"));
    assertEquals(List.of(Mark.INSERT), marksOf(p, "e"));
    assertEquals(List.of(Mark.UNDERLINE), marksOf(p, "f"));
  }

  private static List<Mark> marksOf(Paragraph p, String text) {
    return p.runs().stream()
        .filter(r -> r.text().equals(text))
        .findFirst()
        .orElseThrow()
        .marks()
        .stream()
        .toList();
  }

  @Test
  void footnoteBodiesStayOutOfTheText() throws Exception {
    Document d =
        read(
            "<p>Text<sup><a href=\"#fn1\">1</a></sup> more.</p><ol class=\"footnotes\"><li id=\"fn1\">Note body.</li></ol>");
    assertEquals(List.of("Text1 more."), texts(d));
    assertEquals("Note body.", d.footnote("1").orElseThrow().text());
    assertTrue(d.paragraphs().get(0).has(Mark.FOOTNOTE_REFERENCE));
  }

  @Test
  void aDanglingFootnoteReferenceIsReported() throws Exception {
    Document d = read("<p>Text<a class=\"footnote-ref\" href=\"#nowhere\">7</a>.</p>");
    assertEquals(List.of("Text7."), texts(d));
    assertTrue(d.diagnostics().stream().anyMatch(x -> x.code().equals("html.footnote-missing")));
  }

  @Test
  void droppedChromeIsCountedInWords() throws Exception {
    Document d =
        read(
            "<body><nav>Home About Contact</nav><main><p>1. Decides;</p></main>"
                + "<footer>Copyright the United Nations</footer></body>");
    assertEquals(List.of("Decides;"), texts(d));
    int words =
        d.diagnostics().stream()
            .filter(x -> x.code().startsWith("html."))
            .mapToInt(
                x -> Integer.parseInt(x.message().replaceAll(".*\\((\\d+) words?\\).*", "$1")))
            .sum();
    assertEquals(7, words);
  }

  @Test
  void plainDocumentsKeepTheirTitleHeading() throws Exception {
    String body = "<p>" + "word ".repeat(300) + "</p>";
    Document d = read("<body><h1>The title</h1><div>" + body + "</div></body>");
    assertEquals(ParagraphKind.HEADING, d.paragraphs().get(0).kind());
    assertEquals("The title", d.paragraphs().get(0).text());
  }

  @Test
  void timeLimitIsEnforced() {
    String html = "<p>x</p>".repeat(20_000);
    ImportContext tight =
        new ImportContext(
            "t.html",
            new Limits(
                Limits.defaults().maxInputBytes(),
                Limits.defaults().maxPages(),
                Limits.defaults().maxExpandedBytes(),
                java.time.Duration.ofNanos(1)),
            null);
    assertThrows(
        LimitExceededException.class,
        () -> importer.read(new ByteArrayInputStream(html.getBytes(UTF_8)), tight));
  }

  @Test
  void sizeLimitIsEnforced() {
    ImportContext small =
        new ImportContext("t.html", Limits.defaults().withMaxInputBytes(10), null);
    assertThrows(
        LimitExceededException.class,
        () ->
            importer.read(
                new ByteArrayInputStream("<p>more than ten bytes</p>".getBytes(UTF_8)), small));
  }

  @Test
  void diagnosticsNameTheSource() throws Exception {
    Document d = read("<body><nav>Menu</nav><main><p>x</p></main></body>");
    for (Diagnostic diag : d.diagnostics()) {
      assertEquals("t.html", diag.location().source());
    }
    assertFalse(d.diagnostics().isEmpty());
  }
}
