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

  @Test
  void lenientAcceptsABareNumber() {
    assertEquals("12", LeadingLabel.findLenient("12 Decides to").orElseThrow().number().label());
  }
}
