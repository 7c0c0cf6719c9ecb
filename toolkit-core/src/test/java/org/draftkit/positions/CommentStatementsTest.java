package org.draftkit.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentStatementsTest {

  private final PartyNames names = PartyNames.defaults();
  private final CommentStatements statements = new CommentStatements(names);
  private final StanceClassifier stances = new StanceClassifier();

  private String render(String comment) {
    return statements.split(comment).stream()
        .map(
            s ->
                s.parties().stream().map(names::shortName).collect(Collectors.joining("+"))
                    + "="
                    + s.text())
        .collect(Collectors.joining(" | "));
  }

  @Test
  void partyCodesBeforeAColon() {
    assertEquals("US=Clarifies not decides", render("US: Clarifies not decides"));
    assertEquals(
        "LMDC=Delete whole section in its entirety – will not accept",
        render("LMDC: Delete whole section in its entirety – will not accept"));
    assertEquals(
        "Norway=Whole section lacks clarity", render("Norway: Whole section lacks clarity"));
  }

  @Test
  void severalPartiesAndSeveralStatements() {
    assertEquals(
        "US+Canada+Japan=Delete the recalling paras | EU=As a reminder, recalling paras may sometimes be needed",
        render(
            "U.S, Canada, Japan: Delete the recalling paras\nEU: As a reminder, recalling paras may sometimes be needed"));
    assertEquals(
        "UK+CfRN=“shall” | US=“should”", render("16 November – ICUK, CFRN – “shall”US – “should”"));
  }

  @Test
  void gluedCodesAndDatePrefixes() {
    assertEquals("US=Replace it with OR", render("USReplace it with OR"));
    assertEquals(
        "US=not “check”, but “review”", render("17 November – ICUS: not “check”, but “review”"));
    assertEquals(
        "AGN=Not happy with this new insertion | EU=Presented the rationale",
        render("AGNNot happy with this new insertionEUPresented the rationale"));
    assertEquals(
        "Pakistan=Inconsistency is not acceptable",
        render("Pakistan Inconsistency is not acceptable"));
  }

  @Test
  void commentsWithoutPartiesGiveNoStatements() {
    assertEquals(
        List.of(),
        statements.split("Missing mandatory cross-referencing to underlying documentation"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Delete whole section in its entirety – will not accept | DELETE",
        "Clarifies not decides                                   | AMEND",
        "Proposed language: that are internationally transferred | AMEND",
        "A unilateral approach is not supported                  | COMMENT",
        "ok                                                      | RETAIN",
        "supports the format                                     | RETAIN",
        "restoring the language in the Zero Draft                | RESTORE",
        "Strong support for the permanent mandate                | RETAIN",
        "Make this a stand-alone paragraph                       | ADD",
        "Replace it with OR                                      | AMEND",
        "against additional reporting                            | DELETE",
        "Further work required                                   | COMMENT",
      })
  void stances(String statement, Stance expected) {
    assertEquals(expected, stances.classifyOrComment(statement));
  }
}
