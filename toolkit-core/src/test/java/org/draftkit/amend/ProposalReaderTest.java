package org.draftkit.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.draftkit.model.Amendment;
import org.draftkit.model.Amendment.Operation;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

class ProposalReaderTest {

  private static void para(Document.Builder b, String label, Run... runs) {
    b.add(
        label == null ? null : ParagraphNumber.of(label),
        label == null ? ParagraphKind.OTHER : ParagraphKind.OPERATIVE,
        List.of(runs),
        null,
        null);
  }

  private static Document submission() {
    Document.Builder b = Document.builder().metadata(Metadata.builder().source("sb.md").build());
    para(
        b,
        null,
        Run.plain(
            "We suggest two edits to address this absence; either or both could be included."));
    para(b, null, Run.plain("Option A - an additional paragraph:"));
    para(b, "83 bis", Run.plain("We recognise the significant work done."));
    para(b, null, Run.plain("Option B - edit:"));
    para(
        b,
        "84",
        Run.plain("We will leverage existing mechanisms, "),
        Run.of("including the Forum", Mark.BOLD),
        Run.plain(", to support capacity."));
    para(b, null, Run.plain("Some specific language suggestions are below"));
    para(
        b,
        "88",
        Run.plain("We reaffirm the "),
        Run.of("description", Mark.STRIKE),
        Run.of("working definition", Mark.BOLD),
        Run.plain(" of Internet governance."));
    para(
        b,
        null,
        Run.plain(
            "We propose to replace “shall endeavour to” with “should” in paragraph 12, and to delete paragraph 14."));
    para(b, null, Run.plain("Insert after “development” the words “and peace” in para 15."));
    para(
        b,
        null,
        Run.plain("The board suggests consolidating the references in paragraphs 100 and 103."));
    para(b, null, Run.plain("Move paragraph 40 after 45."));
    return b.build();
  }

  private final Proposals proposals =
      ProposalReader.defaults().read(Submission.of(submission(), "SB"));

  private Amendment find(Operation op, String target) {
    return proposals.amendments().stream()
        .filter(a -> a.operation() == op && target.equals(a.target()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(op + " " + target + " in " + proposals.amendments()));
  }

  @Test
  void quotedParagraphsWithMarks() {
    Amendment a88 = find(Operation.AMEND_TEXT, "88");
    assertEquals("We reaffirm the working definition of Internet governance.", a88.proposedText());
    assertEquals("We reaffirm the description of Internet governance.", a88.quotedBaseText());
    assertEquals(
        "We reaffirm the ~~description~~**working definition** of Internet governance.",
        a88.evidence().quote());
    assertEquals("SB", a88.proponent().name());
  }

  @Test
  void optionsFormOneCumulativeGroup() {
    Amendment add = find(Operation.ADD_PARAGRAPH, "83");
    assertEquals("83 bis", add.label());
    assertTrue(add.proposed().stream().allMatch(r -> r.has(Mark.INSERT)));
    Amendment edit = find(Operation.AMEND_TEXT, "84");
    assertEquals("Option A", add.option());
    assertEquals("Option B", edit.option());
    assertEquals(add.optionGroup(), edit.optionGroup());
    OptionGroup group = proposals.optionGroups().get(0);
    assertEquals(List.of("Option A", "Option B"), group.options());
    assertTrue(group.cumulative(), "\"either or both could be included\"");
    assertFalse(find(Operation.AMEND_TEXT, "88").optionGroup() != null);
  }

  @Test
  void instructionsInProse() {
    Amendment replace = find(Operation.AMEND_WORDS, "12");
    assertEquals("should", replace.proposedText());
    assertEquals("shall endeavour to", replace.quotedBaseText());
    assertEquals("14", find(Operation.DELETE_PARAGRAPH, "14").target());
    Amendment insert = find(Operation.AMEND_WORDS, "15");
    assertEquals("development and peace", insert.proposedText());
    assertEquals("103", find(Operation.MERGE_PARAGRAPHS, "100").partner());
    assertEquals("after 45", find(Operation.MOVE_PARAGRAPH, "40").destination());
  }

  @Test
  void exclusiveOptionsWhenTheSubmissionDoesNotSayOtherwise() {
    Document.Builder b = Document.builder();
    para(b, null, Run.plain("Option 1: {No text}"));
    para(b, null, Run.plain("Option 2:"));
    para(b, "7", Run.plain("Requests the secretariat to report."));
    Proposals p = ProposalReader.defaults().read(Submission.of(b.build(), "Party"));
    assertEquals(1, p.optionGroups().size());
    assertFalse(p.optionGroups().get(0).cumulative());
    assertEquals(List.of("Option 1", "Option 2"), p.optionGroups().get(0).options());
  }

  @Test
  void trackedChangesInADraftCopyAreAttributedToTheirAuthors() {
    Document.Builder b = Document.builder();
    for (int i = 1; i <= 16; i++) {
      para(b, Integer.toString(i), Run.plain("Decides " + i + "."));
    }
    b.set(
        3,
        b.paragraphs()
            .get(3)
            .withRuns(
                List.of(
                    Run.plain("Decides "),
                    new Run("to note", java.util.EnumSet.of(Mark.DELETE), "Ana", null, null),
                    new Run("to welcome", java.util.EnumSet.of(Mark.INSERT), "Ana", null, null),
                    new Run(" warmly", java.util.EnumSet.of(Mark.INSERT), "Ben", null, null),
                    Run.plain("."))));
    Proposals p = ProposalReader.defaults().read(Submission.of(b.build(), "copy"));
    assertEquals(2, p.amendments().size());
    Amendment ana = p.amendments().get(0);
    assertEquals("Ana", ana.proponent().name());
    assertEquals("4", ana.target());
    assertEquals("Decides to welcome.", ana.proposedText());
    assertEquals(
        "Decides to note.",
        ana.quotedBaseText(),
        "Ben's insertion is not part of the base Ana quotes");
    assertEquals(
        "Decides to note warmly.",
        p.amendments().get(1).proposedText(),
        "Ana's deletion is base text for Ben");
  }

  /** The moves one sentence of prose proposes, as "target newLabel". */
  private static List<String> moves(String sentence) {
    Document.Builder b = Document.builder().metadata(Metadata.builder().source("m.md").build());
    para(b, null, Run.plain(sentence));
    return ProposalReader.defaults().read(Submission.of(b.build(), "M")).amendments().stream()
        .filter(a -> a.operation() == Operation.MOVE_PARAGRAPH)
        .map(a -> a.target() + " " + a.destination())
        .toList();
  }

  @Test
  void movesInTheWaysStakeholdersWriteThem() {
    assertEquals(List.of("12 after 15"), moves("Move paragraph 12 after paragraph 15."));
    assertEquals(List.of("7 as 3"), moves("Para 7 to become new para 3."));
    assertEquals(List.of("5 before 2"), moves("Place OP5 before OP2."));
    assertEquals(List.of("PP4 before PP2"), moves("We suggest placing PP 4 before PP2."));
    assertEquals(
        List.of("40 after 45"), moves("Paragraph 40 should be moved to follow paragraph 45."));
    assertEquals(
        List.of("83 bis after 85"),
        moves("We would move paragraph 83 bis to immediately after paragraph 85."));
    assertEquals(
        List.of("12 after 15", "13 after 15"),
        moves("Move paragraphs 12 and 13 after paragraph 15."));
  }

  @Test
  void wordsThatOnlyLookLikeMovesAreNot() {
    assertEquals(List.of(), moves("As we move forward, paragraph 12 before the deadline is key."));
    assertEquals(List.of(), moves("We retain paragraph 12 after paragraph 15 was removed."));
    assertEquals(
        List.of(), moves("Paragraph 12 becomes paragraph 13 in Rev.3 because of the renumbering."));
    assertEquals(List.of(), moves("We welcome paragraph 12, placed after consultations."));
  }
}
