package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.junit.jupiter.api.Test;

class OcrLabelsTest {

  /** Pages of lines, each line its words separated by spaces; a "/" starts a new page. */
  private static List<RecognizedPage> pages(String... lines) {
    List<RecognizedPage> pages = new ArrayList<>();
    List<RecognizedPage.Line> current = new ArrayList<>();
    int y = 0;
    for (String l : lines) {
      if (l.equals("/")) {
        pages.add(new RecognizedPage(current, 90));
        current = new ArrayList<>();
        continue;
      }
      List<RecognizedPage.Word> words = new ArrayList<>();
      int x = 100;
      for (String w : l.split(" ")) {
        words.add(new RecognizedPage.Word(w, x, y, 20 * w.length(), 40, 90));
        x += 20 * w.length() + 15;
      }
      current.add(new RecognizedPage.Line(100, y, x - 100, 40, y + 35, 40, words));
      y += 50;
    }
    pages.add(new RecognizedPage(current, 90));
    return pages;
  }

  private static List<String> firstWords(List<RecognizedPage> pages) {
    List<String> out = new ArrayList<>();
    for (RecognizedPage p : pages) {
      for (RecognizedPage.Line l : p.lines()) {
        out.add(l.words().get(0).text());
      }
    }
    return out;
  }

  @Test
  void cyrillicLookAlikesAtALineStartAreTheLatinLabelsPrinted() {
    List<RecognizedPage> read =
        pages("1. Стороны:", "а) принцип;", "b) принцип", "ции;", "с) свобода;", "(е) текст");
    assertEquals(
        List.of("1.", "a)", "b)", "ции;", "c)", "(e)"), firstWords(OcrLabels.repair(read)));
  }

  @Test
  void aLetterReadAsADigitIsTheLabelTheSequenceExpects() {
    List<RecognizedPage> read =
        pages(
            "с) один;",
            "9) два;",
            "е) три;",
            "f) четыре;",
            "5) пять;",
            "h) шесть;",
            "/",
            "1) семь;",
            "j) восемь;",
            "к) девять;",
            "1) десять;",
            "п) одиннадцать;",
            "п) двенадцать.");
    assertEquals(
        List.of("c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)", "k)", "l)", "m)", "n)"),
        firstWords(OcrLabels.repair(read)));
  }

  @Test
  void romanSubItemsFollowTheirOwnSequence() {
    List<RecognizedPage> read =
        pages(
            "2. Текст:",
            "а) один:",
            "1) первое;",
            "и) второе;",
            "ili) третье;",
            "iv) четвёртое;",
            "У) пятое;",
            "b) два:",
            "i) первое;",
            "11) второе;");
    assertEquals(
        List.of("2.", "a)", "i)", "ii)", "iii)", "iv)", "v)", "b)", "i)", "ii)"),
        firstWords(OcrLabels.repair(read)));
  }

  @Test
  void aDigitThatTheSequenceDoesNotExpectIsLeftAsRead() {
    List<RecognizedPage> read = pages("1) один;", "2) два;", "9) девять;", "слово с) внутри");
    assertEquals(List.of("1)", "2)", "9)", "слово"), firstWords(OcrLabels.repair(read)));
  }

  @Test
  void aDocumentNumberingWithCyrillicLettersKeepsThem() {
    List<RecognizedPage> read = pages("а) один;", "б) два;", "в) три;", "г) четыре;");
    assertEquals(List.of("а)", "б)", "в)", "г)"), firstWords(OcrLabels.repair(read)));
  }
}
