package org.draftkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.draftkit.model.ParagraphNumber.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParagraphNumberTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "66.        | 66        | ARABIC",
        "66         | 66        | ARABIC",
        "83 bis     | 83 bis    | ARABIC",
        "83 bis.    | 83 bis    | ARABIC",
        "83bis      | 83 bis    | ARABIC",
        "12 TER     | 12 ter    | ARABIC",
        "4.1        | 4.1       | ARABIC",
        "(a)        | (a)       | LOWER_LETTER",
        "a)         | (a)       | LOWER_LETTER",
        "(iv)       | (iv)      | LOWER_ROMAN",
        "(i)        | (i)       | LOWER_ROMAN",
        "(aa)       | (aa)      | LOWER_LETTER",
        "PP3        | PP3       | PREAMBULAR",
        "pp 3       | PP3       | PREAMBULAR",
        "OP 5.      | OP5       | OPERATIVE",
        "I.         | I         | UPPER_ROMAN",
        "IV         | IV        | UPPER_ROMAN",
        "A.         | A         | UPPER_LETTER",
      })
  void parsesAndNormalises(String printed, String label, Scheme scheme) {
    ParagraphNumber n = ParagraphNumber.parse(printed).orElseThrow();
    assertEquals(label, n.label());
    assertEquals(scheme, n.scheme());
  }

  @Test
  void rejectsNonLabels() {
    for (String s : new String[] {"", "  ", "Recalling", "(A1)", "1a", "12345", "66 bisx"}) {
      assertEquals(Optional.empty(), ParagraphNumber.parse(s), s);
    }
  }

  @Test
  void insertedParagraphsSortBetweenTheirNeighbours() {
    List<ParagraphNumber> sorted = new ArrayList<>();
    for (String s : new String[] {"67", "66 ter", "66", "66 bis", "9", "100"}) {
      sorted.add(ParagraphNumber.of(s));
    }
    Collections.sort(sorted);
    assertEquals(
        List.of("9", "66", "66 bis", "66 ter", "67", "100"),
        sorted.stream().map(ParagraphNumber::label).toList());
  }

  @Test
  void romanAndLetterValues() {
    assertEquals(4, ParagraphNumber.of("(iv)").value());
    assertEquals(9, ParagraphNumber.letter("i").orElseThrow().value());
    assertEquals(27, ParagraphNumber.of("(aa)").value());
    assertEquals(14, ParagraphNumber.of("XIV").value());
    assertTrue(ParagraphNumber.of("(iv)").compareTo(ParagraphNumber.of("(v)")) < 0);
  }

  @Test
  void arabicLettersItemsByTheirAbjadPlaceAndKeepTheirLetter() {
    ParagraphNumber jim = ParagraphNumber.parse("(ج)").orElseThrow();
    assertEquals(Scheme.LOWER_LETTER, jim.scheme());
    assertEquals(3, jim.value());
    assertEquals("(ج)", jim.label());
    // "(هـ)" is printed with a tatweel; a lost opening bracket or a bare alef changes nothing
    assertEquals("(ه)", ParagraphNumber.of("(هـ)").label());
    assertEquals(5, ParagraphNumber.of("(هـ)").value());
    assertEquals(ParagraphNumber.of("(ب)"), ParagraphNumber.of("ب)"));
    assertEquals("(أ)", ParagraphNumber.of("(ا)").label());
    assertEquals(10, ParagraphNumber.of("(ي)").value());
    assertTrue(ParagraphNumber.of("(ط)").compareTo(ParagraphNumber.of("(ي)")) < 0);
    // a letter the abjad does not use (ta marbuta) is no item
    assertEquals(Optional.empty(), ParagraphNumber.parse("(ة)"));
  }

  @Test
  void baseAndSuffix() {
    ParagraphNumber bis = ParagraphNumber.of("83 bis");
    assertTrue(bis.isInserted());
    assertEquals("83", bis.base().label());
    assertEquals("83 ter", bis.withSuffix(3).label());
    assertEquals(ParagraphNumber.of("83"), bis.base());
  }

  @Test
  void unparseableLabelsAreKeptAsOther() {
    ParagraphNumber n = ParagraphNumber.of("Article 4");
    assertEquals(Scheme.OTHER, n.scheme());
    assertEquals("Article 4", n.label());
  }

  @ParameterizedTest
  @CsvSource({
    "七, 7",
    "十, 10",
    "十四, 14",
    "二十, 20",
    "二十七, 27",
    "七十六, 76",
    "一百, 100",
    "一百零二, 102",
    "一〇二, 102",
    "二三十, 0",
    "条, 0"
  })
  void readsChineseNumerals(String numeral, int value) {
    assertEquals(value, ParagraphNumber.hanValue(numeral));
  }

  @Test
  void chineseLabelsParseAsTheirEnglishCounterparts() {
    assertEquals("3", ParagraphNumber.parse("三、").orElseThrow().label());
    assertEquals("(n)", ParagraphNumber.parse("（十四）").orElseThrow().label());
    assertEquals("(iv)", ParagraphNumber.lowerRoman(4).label());
    assertTrue(ParagraphNumber.parse("三").isEmpty());
  }
}
