package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rich text of annotations (/RC) as plain text. */
class RichTextTest {

  @Test
  void acrobatsXhtmlGivesOneLinePerParagraph() {
    String rc =
        "<?xml version=\"1.0\"?><body xmlns=\"http://www.w3.org/1999/xhtml\" "
            + "xmlns:xfa=\"http://www.xfa.org/schema/xfa-data/1.0/\" xfa:APIVersion=\"Acrobat:10.1.3\" xfa:spec=\"2.0.2\" >"
            + "<p dir=\"ltr\"><span style=\"font-size:10.0pt\">US:   delete</span> <b>this</b></p>"
            + "<p dir=\"ltr\">paragraph<br/>and &#x201C;that&#x201D; &amp; more</p><p/></body>";
    assertEquals("US: delete this\nparagraph\nand \u201cthat\u201d & more", RichText.plain(rc));
  }

  @Test
  void markupThatIsNotXmlIsReadByDroppingTags() {
    // &nbsp; is not an XML entity, and the <br> is never closed
    assertEquals(
        "EU:\u00a0retain\nsecond line",
        RichText.plain("<body><p>EU:&nbsp;retain<br>second line</p></body>"));
    assertEquals("a < b", RichText.plain("<p>a &lt; b"));
  }

  @Test
  void noEntityOrDtdIsExpanded() {
    String rc =
        "<?xml version=\"1.0\"?><!DOCTYPE body [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<body><p>note &x;</p></body>";
    assertEquals("note &x;", RichText.plain(rc));
  }

  @Test
  void plainTextStaysAsItIs() {
    assertEquals("just words", RichText.plain("just words"));
    assertEquals("", RichText.plain("<body><p> </p></body>"));
  }
}
