package org.draftkit.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.draftkit.amend.Consolidation.Applied;
import org.draftkit.amend.Consolidation.Conflict;
import org.draftkit.amend.Consolidation.Unmatched;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

/**
 * Moving and merging paragraphs: prose and tracked moves applied, attributed, in conflict or stale.
 */
class ConsolidatorMoveTest {

  /** Paragraphs 60–105 of the reconstructed base ("Paragraph 62 on topic k."). */
  private static Document base() {
    return ConsolidatorTest.base();
  }

  private static Submission prose(String who, String... sentences) {
    Document.Builder b =
        Document.builder().metadata(Metadata.builder().source(who.toLowerCase() + ".md").build());
    for (String s : sentences) {
      ConsolidatorTest.para(b, null, Run.plain(s));
    }
    return Submission.of(b.build(), who);
  }

  private static Consolidation consolidate(Consolidator c, Document base, Submission... subs) {
    return c.consolidate(base, List.of(subs));
  }

  private static Consolidation consolidate(Submission... subs) {
    return consolidate(Consolidator.defaults(), base(), subs);
  }

  /** The labels of the text as it reads with every change accepted. */
  private static List<String> order(Consolidation c) {
    List<String> labels = new ArrayList<>();
    for (Paragraph p : c.accepted().paragraphs()) {
      labels.add(p.label());
    }
    return labels;
  }

  private static List<String> around(List<String> labels, String label) {
    int i = labels.indexOf(label);
    return labels.subList(Math.max(0, i - 1), Math.min(labels.size(), i + 2));
  }

  @Test
  void aParagraphMovedInProseLeavesMovedFromTextAndArrivesAsMovedToTextByItsProponent() {
    Consolidation c =
        consolidate(prose("EU", "We propose to move paragraph 62 after paragraph 65."));
    List<String> labels = order(c);
    assertEquals(List.of("65", "62", "66"), around(labels, "62"));
    assertEquals(List.of("61", "63"), labels.subList(1, 3));
    List<Paragraph> twelves =
        c.document().paragraphs().stream().filter(p -> "62".equals(p.label())).toList();
    assertEquals(2, twelves.size(), "the origin and the destination");
    assertTrue(
        twelves.get(0).runs().stream()
            .allMatch(r -> r.has(Mark.MOVE_FROM) && "EU".equals(r.author())));
    assertTrue(
        twelves.get(1).runs().stream()
            .allMatch(r -> r.has(Mark.MOVE_TO) && "EU".equals(r.author())));
    Applied a =
        c.applied().stream()
            .filter(x -> x.op() == Consolidation.Operation.MOVE)
            .findFirst()
            .orElseThrow();
    assertEquals(
        new Applied("EU", "62", Consolidation.Operation.MOVE, "", "", null, "moved after 65"), a);
    List<Moves.Move> moves = Moves.of(c.document());
    assertEquals(1, moves.size());
    assertEquals("EU", moves.get(0).author());
    assertEquals("after 65", Moves.destination(c.document(), moves.get(0)));
    assertTrue(c.unmatched().isEmpty(), c.unmatched().toString());
  }

  @Test
  void everyWayOfWritingAMoveIsApplied() {
    assertEquals(
        List.of("62", "70", "63"),
        around(order(consolidate(prose("A", "Para 70 to become new para 63."))), "70"));
    assertEquals(
        List.of("70", "64", "71"),
        around(
            order(consolidate(prose("A", "Paragraph 64 should become the new paragraph 70."))),
            "64"));
    assertEquals(
        List.of("71", "75", "72"),
        around(order(consolidate(prose("A", "Place OP75 before OP72."))), "75"));
    assertEquals(
        List.of("85", "80", "86"),
        around(
            order(consolidate(prose("A", "Paragraph 80 should be moved to follow paragraph 85."))),
            "80"));
    List<String> both = order(consolidate(prose("A", "Move paragraphs 61 and 62 after 90.")));
    assertEquals(
        List.of("90", "61", "62", "91"), both.subList(both.indexOf("90"), both.indexOf("90") + 4));
  }

  @Test
  void aStaleTargetIsReportedInUnmatched() {
    Consolidation c =
        consolidate(
            prose(
                "US",
                "Move paragraph 200 after paragraph 65.",
                "Move paragraph 62 after paragraph 300."));
    assertEquals(2, c.unmatched().size(), c.unmatched().toString());
    assertEquals(
        new Unmatched(
            "US",
            "200",
            "the base has no paragraph 200 to move",
            "Move paragraph 200 after paragraph 65.",
            List.of()),
        c.unmatched().get(0));
    assertEquals("the base has no paragraph 300 to move 62 after", c.unmatched().get(1).reason());
    assertEquals(order(consolidate()), order(c), "nothing moved");
    assertTrue(c.applied().isEmpty());
  }

  @Test
  void twoProponentsMovingOneParagraphToDifferentPlacesConflict() {
    Submission eu = prose("EU", "Move paragraph 62 after paragraph 65.");
    Submission us = prose("US", "Move paragraph 62 before paragraph 61.");
    Consolidation c = consolidate(eu, us);
    assertEquals(
        List.of(
            new Conflict(
                "62",
                List.of("EU", "US"),
                List.of("move paragraph 62 after 65", "move paragraph 62 before 61"),
                "not applied")),
        withoutIndex(c.conflicts()));
    assertEquals(order(consolidate()), order(c));
    Consolidation preferred =
        consolidate(new Consolidator(ProposalReader.defaults(), "US", Map.of()), base(), eu, us);
    assertEquals(List.of("60", "62", "61"), order(preferred).subList(0, 3));
    assertEquals(
        "applied the proposal of US (preferred)", preferred.conflicts().get(0).resolution());
  }

  @Test
  void theSameMoveProposedTwiceIsAppliedOnceWithBothNamed() {
    Consolidation c =
        consolidate(
            prose("EU", "Move paragraph 62 after paragraph 65."),
            prose("AOSIS", "Paragraph 62 should be placed after paragraph 65."));
    assertTrue(c.conflicts().isEmpty(), c.conflicts().toString());
    assertEquals(
        List.of(
            new Applied(
                "EU",
                "62",
                Consolidation.Operation.MOVE,
                "",
                "",
                null,
                "moved after 65; also proposed by AOSIS")),
        c.applied());
  }

  @Test
  void aMoveAgainstADeletionIsAConflict() {
    Consolidation c =
        consolidate(
            prose("EU", "Move paragraph 62 after paragraph 65."),
            prose("LMDC", "Delete paragraph 62."));
    assertEquals(
        List.of(
            new Conflict(
                "62",
                List.of("EU", "LMDC"),
                List.of("move paragraph 62 after 65", "delete paragraph 62"),
                "not applied")),
        withoutIndex(c.conflicts()));
    assertEquals(order(consolidate()), order(c), "neither applied");
    assertTrue(
        c.document().paragraphs().stream()
            .flatMap(p -> p.runs().stream())
            .noneMatch(r -> r.has(Mark.DELETE) || r.has(Mark.MOVE_FROM)));
    Consolidation lmdc =
        consolidate(
            new Consolidator(ProposalReader.defaults(), "LMDC", Map.of()),
            base(),
            prose("EU", "Move paragraph 62 after paragraph 65."),
            prose("LMDC", "Delete paragraph 62."));
    assertTrue(
        lmdc.applied().stream()
            .anyMatch(a -> a.op() == Consolidation.Operation.DELETE && a.paragraph().equals("62")));
    assertTrue(order(lmdc).indexOf("62") < 0);
  }

  @Test
  void aMovedParagraphCarriesTheEditsOthersMadeToIt() {
    Consolidation c =
        consolidate(
            prose("EU", "Move paragraph 62 after paragraph 65."),
            prose("US", "In paragraph 62, replace “topic” with “subject”."));
    Paragraph moved =
        c.document().paragraphs().stream()
            .filter(p -> "62".equals(p.label()))
            .filter(p -> p.runs().stream().anyMatch(r -> r.has(Mark.MOVE_TO)))
            .findFirst()
            .orElseThrow();
    assertTrue(
        moved.runs().stream()
            .anyMatch(
                r -> r.has(Mark.INSERT) && r.text().equals("subject") && "US".equals(r.author())),
        moved.runs().toString());
    assertTrue(
        moved.runs().stream()
            .anyMatch(
                r -> r.has(Mark.DELETE) && r.text().equals("topic") && "US".equals(r.author())));
    assertEquals(
        "Paragraph 62 on subject k.", c.accepted().paragraphs().get(order(c).indexOf("62")).text());
    assertEquals(1, Moves.of(c.document()).size(), "an edited move is still one move");
  }

  @Test
  void subItemsMoveWithTheirParagraphAndKeepTheirParent() {
    Document.Builder b = Document.builder().metadata(Metadata.builder().build());
    b.add(
        ParagraphNumber.of("1"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Decides:")),
        null,
        null);
    int two =
        b.add(
            ParagraphNumber.of("2"),
            ParagraphKind.OPERATIVE,
            List.of(Run.plain("Requests:")),
            null,
            null);
    b.add(
        ParagraphNumber.of("(a)"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("a report;")),
        two,
        null);
    b.add(
        ParagraphNumber.of("3"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Invites.")),
        null,
        null);
    Consolidation c =
        consolidate(
            Consolidator.defaults(),
            b.build(),
            prose("G77", "Move paragraph 2 after paragraph 3."));
    Document accepted = c.accepted();
    assertEquals(
        List.of("1", "3", "2", "(a)"),
        accepted.paragraphs().stream().map(Paragraph::label).toList());
    assertEquals(2, accepted.paragraphs().get(3).parent());
    assertNull(accepted.paragraphs().get(2).parent());
  }

  @Test
  void aMoveWordTrackedInADraftCopyIsAppliedUnderItsAuthor() {
    Document.Builder b =
        Document.builder().metadata(Metadata.builder().source("copy.docx").build());
    for (Paragraph p : base().paragraphs()) {
      if (p.label().equals("62")) {
        b.add(
            p.number(),
            p.kind(),
            List.of(new Run(p.text(), java.util.EnumSet.of(Mark.MOVE_FROM), "Norway", null, null)),
            null,
            null);
        continue;
      }
      b.add(p.number(), p.kind(), p.runs(), null, null);
      if (p.label().equals("65")) {
        b.add(
            ParagraphNumber.of("66"),
            ParagraphKind.OPERATIVE,
            List.of(
                new Run(
                    "Paragraph 62 on topic k",
                    java.util.EnumSet.of(Mark.MOVE_TO),
                    "Norway",
                    null,
                    null),
                new Run(", as amended", java.util.EnumSet.of(Mark.INSERT), "Norway", null, null),
                new Run(".", java.util.EnumSet.of(Mark.MOVE_TO), "Norway", null, null)),
            null,
            null);
      }
    }
    Consolidation c = consolidate(Submission.of(b.build(), "copy"));
    assertEquals(List.of("65", "62", "66"), around(order(c), "62"));
    assertTrue(
        c.applied()
            .contains(
                new Applied(
                    "Norway", "62", Consolidation.Operation.MOVE, "", "", null, "moved after 65")),
        c.applied().toString());
    assertTrue(
        c.applied().stream()
            .anyMatch(
                a ->
                    a.op() == Consolidation.Operation.AMEND
                        && a.inserted().equals(", as amended")
                        && a.proponent().equals("Norway")),
        c.applied().toString());
    assertEquals(
        "Paragraph 62 on topic k, as amended.",
        c.accepted().paragraphs().get(order(c).indexOf("62")).text());
    assertTrue(c.unmatched().isEmpty(), c.unmatched().toString());
  }

  @Test
  void aMergeWithoutQuotedWordingJoinsTheTextsWithANote() {
    Consolidation c =
        consolidate(prose("IMSB", "We propose to consolidate paragraphs 100 and 103."));
    List<String> labels = order(c);
    assertTrue(labels.indexOf("103") < 0, labels.toString());
    assertEquals(
        "Paragraph 100 on topic w. " + ConsolidatorTest.P103,
        c.accepted().paragraphs().get(labels.indexOf("100")).text());
    assertTrue(
        c.applied().stream()
            .anyMatch(
                a ->
                    a.op() == Consolidation.Operation.MERGE
                        && a.paragraph().equals("100")
                        && a.inserted().equals(ConsolidatorTest.P103)),
        c.applied().toString());
    assertTrue(
        c.applied().stream()
            .anyMatch(
                a ->
                    a.op() == Consolidation.Operation.MERGE
                        && a.paragraph().equals("103")
                        && a.deleted().equals(ConsolidatorTest.P103)),
        c.applied().toString());
    assertTrue(
        c.diagnostics().stream().anyMatch(d -> d.code().equals("consolidate.merge-joined")),
        c.diagnostics().toString());
    assertTrue(c.unmatched().isEmpty(), c.unmatched().toString());
  }

  @Test
  void aMergeOfAParagraphTheBaseLacksIsUnmatched() {
    Consolidation c = consolidate(prose("IMSB", "We propose to merge paragraphs 100 and 300."));
    assertEquals("the base has no paragraph 300 to merge", c.unmatched().get(0).reason());
    assertTrue(c.applied().isEmpty());
  }

  @Test
  void aMergeWhoseSecondParagraphIsAmendedByAnotherIsNotHalfApplied() {
    Consolidation c =
        consolidate(
            prose("IMSB", "We propose to consolidate paragraphs 100 and 103."),
            prose("G77", "In paragraph 103, replace “strengthening” with “reinforcement”."));
    assertEquals(
        List.of(
            new Conflict(
                "103",
                List.of("IMSB"),
                List.of("merge paragraph 103 into 100"),
                "not applied: the paragraph is also amended")),
        withoutIndex(c.conflicts()));
    List<String> labels = order(c);
    assertEquals(
        "Paragraph 100 on topic w.",
        c.accepted().paragraphs().get(labels.indexOf("100")).text(),
        "103's words are not joined onto 100 while 103 stays");
    assertTrue(
        c.accepted().paragraphs().get(labels.indexOf("103")).text().contains("reinforcement"));
  }

  /** The conflicts without where they landed in the result (checked elsewhere). */
  private static List<Consolidation.Conflict> withoutIndex(List<Consolidation.Conflict> conflicts) {
    return conflicts.stream().map(x -> x.at(null)).toList();
  }
}
