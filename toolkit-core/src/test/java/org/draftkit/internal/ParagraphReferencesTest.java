package org.draftkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphReferencesTest {

  private final ParagraphReferences refs = new ParagraphReferences();

  @Test
  void rangesWithStraySpacesExpand() {
    assertEquals(
        List.of(
            "9", "10", "11", "12", "16", "18", "19", "20", "21", "22", "23", "24", "25", "26",
            "27"),
        refs.labels(
            "Closing all digital divides (paras 9-12, 16, 18- 27) - “closing all” in Rev2"));
  }

  @Test
  void enDashesToAndAnd() {
    assertEquals(
        List.of(
            "24", "104", "105", "106", "111", "113", "120", "121", "122", "123", "124", "125",
            "126"),
        refs.labels(
            "WSIS-GDC-SDG coherence (paras 24, 104–106, 111, 113, 120-126), avoiding duplication"));
    assertEquals(List.of("61", "62", "63", "64", "65"), refs.labels("paragraphs 61 to 65"));
    assertEquals(
        List.of("100", "103"),
        refs.labels("references to the IGF Secretariat in paragraphs 100 and 103."));
    assertEquals(
        List.of("3", "5", "105", "119"), refs.labels("The WSIS vision (paras 3, 5, 105 and 119)"));
  }

  @Test
  void singleForms() {
    assertEquals(List.of("66"), refs.labels("suggested edits to para 66)"));
    assertEquals(List.of("84"), refs.labels("the language added in paragraph 84, particularly"));
    assertEquals(List.of("83 bis"), refs.labels("a new 83 bis would"));
    assertEquals(List.of("PP3"), refs.labels("we support PP3 as drafted"));
    assertEquals(List.of("5"), refs.labels("OP 5 should be deleted"));
    assertEquals(List.of("5", "PP2"), refs.labels("OP5 and PP2 should go"));
    assertEquals(List.of("PP3", "PP4"), refs.labels("PP 3 and 4"));
    assertEquals(List.of("12(a)"), refs.labels("delete (a) of paragraph 12"));
    assertEquals(List.of("12(a)", "13(b)"), refs.labels("paragraphs 12(a) and 13 (b)"));
    assertEquals(
        List.of("73", "89"),
        refs.labels(
            "restoring the language in the Zero Draft (paragraphs 73 and 89 in particular)"));
  }

  @Test
  void yearsAndOtherNumbersAreNotReferences() {
    assertEquals(
        List.of(), refs.labels("whose 29th session in April 2026 will include 12 members"));
  }

  @Test
  void implausibleRangesKeepTheirEnds() {
    assertEquals(List.of("12", "2000"), refs.labels("paras 12-2000"));
  }
}
