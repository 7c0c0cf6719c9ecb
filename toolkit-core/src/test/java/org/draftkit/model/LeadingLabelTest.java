package org.draftkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadingLabelTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "66. We recognize the role     | 66     | We recognize the role",
        "83 bis. We recognise          | 83 bis | We recognise",
        "83 bis We recognise           | 83 bis | We recognise",
        "(a) Promoting access          | (a)    | Promoting access",
        "b) second item                | (b)    | second item",
        "(iv) deep item                | (iv)   | deep item",
        "PP3 Recalling                 | PP3    | Recalling",
        "OP 5. Decides                 | OP5    | Decides",
        "IV. Follow-up and review      | IV     | Follow-up and review",
        "A. Digital divides            | A      | Digital divides",
      })
  void findsTheLabelAndTheTextAfterIt(String line, String label, String rest) {
    LeadingLabel l = LeadingLabel.find(line).orElseThrow();
    assertEquals(label, l.number().label());
    assertEquals(rest, line.substring(l.length()));
  }

  @Test
  void aYearStartingASentenceIsNotALabel() {
    assertTrue(LeadingLabel.find("2030 Agenda for Sustainable Development").isEmpty());
    assertTrue(LeadingLabel.find("Recalling its resolution 70/1").isEmpty());
    assertTrue(
        LeadingLabel.find("66.").isEmpty(), "a label with no text after it is not a leading label");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "一、本协定应按《公约》解释  | 1    | 本协定应按《公约》解释",
        "十四、缔约方大会           | 14   | 缔约方大会",
        "（一）污染者付费原则；     | (a)  | 污染者付费原则；",
        "(十一) 在采取行动          | (k)  | 在采取行动",
        "《二 ) 已知的在捕鱼        | (b)  | 已知的在捕鱼",
        "1．识别和分析有关措施      | 1    | 识别和分析有关措施",
        "2. 酌情把这些措施          | 2    | 酌情把这些措施",
        "2.，任何其他相关的科学投入 | 2    | 任何其他相关的科学投入",
        "（一） ”公正和公平分享     | (a)  | 公正和公平分享",
      })
  void readsChineseNumberingAsItsEnglishCounterpart(String line, String label, String rest) {
    LeadingLabel l = LeadingLabel.find(line).orElseThrow();
    assertEquals(label, l.number().label());
    assertEquals(rest, line.substring(l.length()));
  }

  @Test
  void chineseTextWithoutNumberingHasNoLabel() {
    assertTrue(LeadingLabel.find("一般原则和方法").isEmpty());
    assertTrue(LeadingLabel.find("《公约》规定的人类共同继承财产原则").isEmpty());
    assertTrue(LeadingLabel.find("2023年6月19日").isEmpty());
    assertTrue(LeadingLabel.find("1.5 million").isEmpty());
  }

  @Test
  void lenientAcceptsABareNumber() {
    assertEquals("12", LeadingLabel.findLenient("12 Decides to").orElseThrow().number().label());
  }
}
