package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arabic written as a PDF places it: glyphs from left to right in the order they are seen (the
 * reverse of reading order), numbers and symbols left to right inside, shaped presentation forms
 * and tatweel. Needs a TrueType font with Arabic glyphs (DejaVu Sans); skipped without one.
 */
class RightToLeftTest {

  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  private static Document doc;
  private static Document items;

  @BeforeAll
  static void importFixture() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(FONT), "no DejaVu Sans at " + FONT);
    PdfFixture pdf =
        new PdfFixture()
            .page()
            .text(300, 100, FONT, 12, "12 " + seen("المادة"))
            .text(
                120,
                130,
                FONT,
                11,
                seen("يسري هذا الاتفاق على المناطق الواقعة خارج حدود الولاية الوطنية"))
            // "انظر الوثيقة A/RES/77/321 (الفقرة 3)" as seen: the bracketed note on the left
            .text(
                120,
                160,
                FONT,
                11,
                "(3 " + seen("الفقرة") + ") A/RES/77/321 " + seen("الوثيقة") + " " + seen("انظر"))
            // "كلمة السلام" in presentation forms, with tatweel stretching the first word
            .text(
                120,
                190,
                FONT,
                11,
                "\uFEE1\uFE8E\uFEE0\uFEB3\uFEDF\uFE8D \uFE94\uFEE4\u0640\u0640\uFEE0\uFEDB")
            // paragraphs numbered "1 - ", "2 - " at the right
            .text(150, 220, FONT, 11, seen("يسري هذا الاتفاق على المناطق") + " - 1")
            .text(180, 250, FONT, 11, seen("لا يسري هذا الاتفاق على السفن") + " - 2");
    doc =
        new UnPdfImporter()
            .read(new ByteArrayInputStream(pdf.bytes()), ImportContext.of("arabic.pdf"));
    String body = "يسري هذا الاتفاق على المناطق الواقعة خارج حدود الولاية الوطنية وفي";
    PdfFixture lettered =
        new PdfFixture()
            .page()
            // a centred article heading and its title, in regular type: Arabic has no capitals
            .text(285, 100, FONT, 11, "13 " + seen("المادة"))
            .text(270, 125, FONT, 11, seen("نطاق الانطباق"))
            .text(120, 160, FONT, 11, seen(body) + " - 1")
            .text(300, 180, FONT, 11, seen("ما يلي:"))
            // sub-items lettered with the abjad, "(أ) " and "(ب) " at the right
            .text(120, 210, FONT, 11, seen(body) + " (" + seen("أ") + ")")
            .text(300, 230, FONT, 11, seen("السفن الحربية؛"))
            .text(120, 260, FONT, 11, seen(body) + " (" + seen("ب") + ")")
            .text(300, 280, FONT, 11, seen("الطائرات العسكرية."));
    items =
        new UnPdfImporter()
            .read(new ByteArrayInputStream(lettered.bytes()), ImportContext.of("items.pdf"));
  }

  @Test
  void rightToLeftLinesComeOutInReadingOrder() {
    List<String> texts = doc.paragraphs().stream().map(Paragraph::text).toList();
    assertEquals("المادة 12", texts.get(0), String.join("\n", texts));
    assertEquals("يسري هذا الاتفاق على المناطق الواقعة خارج حدود الولاية الوطنية", texts.get(1));
  }

  @Test
  void leftToRightRunsStayAndBracketsFaceTheirText() {
    assertEquals("انظر الوثيقة A/RES/77/321 (الفقرة 3)", doc.paragraphs().get(2).text());
  }

  @Test
  void presentationFormsAndTatweelFoldToLetters() {
    assertEquals("كلمة السلام", doc.paragraphs().get(3).text());
    assertEquals("ar", doc.metadata().language());
  }

  @Test
  void numbersWithADashAreParagraphLabels() {
    List<Paragraph> numbered = doc.paragraphs().stream().filter(p -> p.label() != null).toList();
    assertEquals(List.of("1", "2"), numbered.stream().map(Paragraph::label).toList());
    assertEquals("يسري هذا الاتفاق على المناطق", numbered.get(0).text());
  }

  @Test
  void abjadLettersInBracketsAreSubItemLabels() {
    List<Paragraph> lettered =
        items.paragraphs().stream()
            .filter(p -> p.label() != null && p.label().startsWith("("))
            .toList();
    assertEquals(
        List.of("(أ)", "(ب)"),
        lettered.stream().map(Paragraph::label).toList(),
        items.paragraphs()::toString);
    assertEquals(
        "يسري هذا الاتفاق على المناطق الواقعة خارج حدود الولاية الوطنية وفي السفن الحربية؛",
        lettered.get(0).text());
    assertEquals(2, lettered.get(1).number().value());
    Paragraph one =
        items.paragraphs().stream().filter(p -> "1".equals(p.label())).findFirst().get();
    assertEquals(one.index(), lettered.get(0).parent());
  }

  @Test
  void aCentredArticleHeadingAndItsTitleAreTwoHeadings() {
    List<String> headings =
        items.paragraphs().stream().filter(Paragraph::isHeading).map(Paragraph::text).toList();
    assertEquals(List.of("المادة 13", "نطاق الانطباق"), headings);
  }

  /** Arabic text with no number or Latin word in it as it is seen: the reading order reversed. */
  private static String seen(String reading) {
    return new StringBuilder(reading).reverse().toString();
  }
}
