package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.junit.jupiter.api.Test;

/** Roman sub-item labels that OCR read as digits or as l and I, put right by their neighbours. */
class RomanLabelsTest {

  /** One line per text, its first word the label. */
  private static RecognizedPage page(String... openings) {
    List<RecognizedPage.Line> lines = new ArrayList<>();
    int y = 100;
    for (String o : openings) {
      lines.add(
          new RecognizedPage.Line(
              300,
              y,
              1000,
              50,
              y + 40,
              38,
              List.of(
                  new RecognizedPage.Word("text", 420, y, 100, 50, 90),
                  new RecognizedPage.Word(o, 300, y, 60, 50, 90))));
      y += 60;
    }
    return new RecognizedPage(lines, 90);
  }

  private static List<String> openings(RecognizedPage page) {
    List<String> out = new ArrayList<>();
    for (RecognizedPage.Line l : page.lines()) {
      out.add(l.words().get(1).text());
    }
    return out;
  }

  @Test
  void digitsAndLettersReadForRomanNumeralsArePutRight() {
    assertEquals(
        List.of("a)", "b)", "i)", "ii)", "iii)", "iv)", "c)"),
        openings(RomanLabels.repair(page("a)", "b)", "1)", "11)", "111)", "1v)", "c)"))));
    assertEquals(
        List.of("(b)", "(i)", "(ii)", "(iii)"),
        openings(RomanLabels.repair(page("(b)", "(i)", "(ll)", "(I11)"))));
  }

  @Test
  void anArabicListAndLabelsOutOfSequenceStayAsRead() {
    RecognizedPage arabic = page("(b)", "1)", "2)", "3)");
    assertSame(arabic, RomanLabels.repair(arabic));
    RecognizedPage outOfSequence = page("(b)", "11)", "5.");
    assertSame(outOfSequence, RomanLabels.repair(outOfSequence));
    RecognizedPage afterANumber = page("4.", "1)");
    assertSame(afterANumber, RomanLabels.repair(afterANumber));
  }

  @Test
  void romanValues() {
    assertEquals(1, RomanLabels.roman("i"));
    assertEquals(4, RomanLabels.roman("iv"));
    assertEquals(9, RomanLabels.roman("ix"));
    assertEquals(14, RomanLabels.roman("xiv"));
    assertEquals(0, RomanLabels.roman("iiii"));
    assertEquals(0, RomanLabels.roman("b"));
  }
}
