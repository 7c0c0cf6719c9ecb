package org.draftkit.compare;

import static org.draftkit.compare.Docs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.compare.AlignedPair.Status;
import org.draftkit.model.Document;
import org.junit.jupiter.api.Test;

class ComparerTest {
  private final Comparer comparer = Comparer.defaults();

  private static final String P1 =
      "Reaffirms the commitment to bridge digital divides between and within countries.";
  private static final String P2 =
      "Calls upon Member States to strengthen data and statistical capacities, as appropriate.";
  private static final String P3 =
      "Requests the Secretary-General to submit a report on the implementation of the present resolution.";
  private static final String P4 =
      "Decides to include in the provisional agenda of its eighty-first session the item entitled \"Oceans\".";
  private static final String P5 =
      "Encourages the Internet Governance Forum to continue its work on artificial intelligence governance.";

  private static String statuses(Comparison c) {
    return c.pairs().stream()
        .map(p -> p.status().id() + (p.renumbered() ? "*" : ""))
        .collect(Collectors.joining(" "));
  }

  @Test
  void identicalRevisionsAreUnchanged() {
    Document d = doc("A", "Recalling its resolution 79/1,", "1. " + P1, "2. " + P2);
    Comparison c = comparer.compare(d, d);
    assertEquals("unchanged unchanged unchanged", statuses(c));
    assertEquals(3, c.summary().unchanged());
    assertEquals(0, c.summary().wordsInserted() + c.summary().wordsDeleted());
    c.pairs().forEach(p -> assertTrue(p.edits().isEmpty()));
  }

  @Test
  void renumberingAloneIsNeverATextEdit() {
    Document older = doc("A", "1. " + P1, "2. " + P2, "3. " + P3, "4. " + P4);
    Document newer = doc("B", "1. " + P5, "2. " + P1, "3. " + P2, "4. " + P3, "5. " + P4);
    Comparison c = comparer.compare(older, newer);
    assertEquals("inserted unchanged* unchanged* unchanged* unchanged*", statuses(c));
    AlignedPair p = c.pairs().get(2);
    assertEquals("2", p.oldParagraph().label());
    assertEquals("3", p.newParagraph().label());
    assertTrue(p.edits().isEmpty());
    assertEquals(1.0, p.similarity());
    assertEquals(4, c.summary().renumbered());
    assertEquals(List.of(WordEdit.insert(P5)), c.pairs().get(0).edits());
  }

  @Test
  void bisParagraphIsInsertedWithoutRenumbering() {
    Document older = doc("A", "1. " + P1, "2. " + P2, "3. " + P3);
    Document newer = doc("B", "1. " + P1, "2. " + P2, "2 bis. " + P5, "3. " + P3);
    Comparison c = comparer.compare(older, newer);
    assertEquals("unchanged unchanged inserted unchanged", statuses(c));
    assertEquals("2 bis", c.pairs().get(2).newParagraph().label());
  }

  @Test
  void wordEditsReadLikeAPersonsMarks() {
    Document older =
        doc("A", "8. Member States shall endeavour to promote the use of open standards.");
    Document newer = doc("B", "9. Member States should promote the use of open standards.");
    AlignedPair p = comparer.compare(older, newer).pairs().get(0);
    assertEquals(Status.MODIFIED, p.status());
    assertTrue(p.renumbered());
    assertEquals(
        List.of(WordEdit.delete("shall endeavour to"), WordEdit.insert("should")), p.edits());
  }

  @Test
  void deletedParagraphSitsWhereItStood() {
    Document older = doc("A", "1. " + P1, "2. " + P2, "3. " + P3);
    Document newer = doc("B", "1. " + P1, "2. " + P3);
    Comparison c = comparer.compare(older, newer);
    assertEquals("unchanged deleted unchanged*", statuses(c));
    assertEquals(List.of(WordEdit.delete(P2)), c.pairs().get(1).edits());
  }

  @Test
  void movedParagraphIsReportedAsAMoveWithItsOwnEdits() {
    String[] filler = new String[12];
    for (int k = 0; k < filler.length; k++) {
      filler[k] =
          "Notes the report number "
              + (k + 10)
              + " on topic "
              + Prose.OBJECTS.get(k)
              + " with interest.";
    }
    String moved = P4;
    String movedEdited = P4.replace("eighty-first", "eighty-second");
    List<String> old = new java.util.ArrayList<>();
    old.add("1. " + moved);
    for (int k = 0; k < filler.length; k++) {
      old.add((k + 2) + ". " + filler[k]);
    }
    List<String> neu = new java.util.ArrayList<>();
    for (int k = 0; k < filler.length; k++) {
      neu.add((k + 1) + ". " + filler[k]);
    }
    neu.add("13. " + movedEdited);
    Comparison c =
        comparer.compare(
            doc("A", old.toArray(String[]::new)), doc("B", neu.toArray(String[]::new)));
    AlignedPair m = c.pairs().get(c.pairs().size() - 1);
    assertEquals(Status.MOVED, m.status());
    assertEquals(
        List.of(WordEdit.delete("eighty-first"), WordEdit.insert("eighty-second")), m.edits());
    assertEquals(1, c.summary().moved());
    assertEquals(12, c.summary().unchanged());
    assertEquals(java.util.Map.of(c.pairs().size() - 1, 0), c.moveOrigins());
  }

  @Test
  void splitAndMergeAreRecognised() {
    Document older = doc("A", "1. " + P1 + " " + P2, "2. " + P3, "3. " + P4, "4. " + P5);
    Document newer = doc("B", "1. " + P1, "2. " + P2, "3. " + P3 + " " + P4, "4. " + P5);
    Comparison c = comparer.compare(older, newer);
    assertEquals("split merged* unchanged", statuses(c));
    AlignedPair split = c.pairs().get(0);
    assertEquals(2, split.newer().size());
    assertTrue(split.edits().isEmpty());
    assertEquals(
        P1, split.segments(0).stream().map(Segment::text).collect(Collectors.joining()).strip());
    assertEquals(
        P2, split.segments(1).stream().map(Segment::text).collect(Collectors.joining()).strip());
    AlignedPair merged = c.pairs().get(1);
    assertEquals(2, merged.older().size());
  }

  @Test
  void editedHeadingAndUnnumberedPreambleAlign() {
    Document older =
        doc(
            "A",
            "# I. Introduction",
            "Recalling its resolution 79/1 of 2024,",
            "Noting with concern the digital divide,",
            "1. " + P1);
    Document newer =
        doc(
            "B",
            "# I. Introduction and scope",
            "Recalling its resolution 79/1 of 2024,",
            "Welcoming the work of the Forum,",
            "Noting with deep concern the digital divide,",
            "1. " + P1);
    Comparison c = comparer.compare(older, newer);
    assertEquals("modified unchanged inserted modified unchanged", statuses(c));
    assertEquals(List.of(WordEdit.insert("and scope")), c.pairs().get(0).edits());
    assertEquals(List.of(WordEdit.insert("deep")), c.pairs().get(3).edits());
  }

  @Test
  void rewrittenParagraphBetweenAlignedNeighboursIsModified() {
    Document older =
        doc(
            "A",
            "1. " + P1,
            "2. Invites all stakeholders to contribute to the review of the Forum.",
            "3. " + P3);
    Document newer =
        doc(
            "B",
            "1. " + P1,
            "2. Invites Governments and other stakeholders to contribute actively to the Forum.",
            "3. " + P3);
    Comparison c = comparer.compare(older, newer);
    assertEquals("unchanged modified unchanged", statuses(c));
  }

  @Test
  void typographicVariantsAreNotEdits() {
    Document older = doc("A", "1. The multi\u2011stakeholder model \u201cworks\u201d well.");
    Document newer = doc("B", "1. The multi-stakeholder  model \"works\" well.");
    AlignedPair p = comparer.compare(older, newer).pairs().get(0);
    assertEquals(Status.UNCHANGED, p.status());
  }

  @Test
  void subItemsAlignAndReletteringIsRenumbering() {
    Document older =
        doc("A", "1. Decides:", "(a) To strengthen data capacities;", "(b) To review the Forum.");
    Document newer =
        doc(
            "B",
            "1. Decides:",
            "(a) To finance the digital divide;",
            "(b) To strengthen data capacities;",
            "(c) To review the Forum.");
    Comparison c = comparer.compare(older, newer);
    assertEquals("unchanged inserted unchanged* unchanged*", statuses(c));
  }

  @Test
  void everyParagraphIsInExactlyOnePair() {
    RevisionGenerator.Generated g = RevisionGenerator.generate(200, 11);
    Comparison c = comparer.compare(g.base(), g.revision());
    boolean[] old = new boolean[g.base().paragraphs().size()];
    boolean[] neu = new boolean[g.revision().paragraphs().size()];
    for (AlignedPair p : c.pairs()) {
      p.older()
          .forEach(
              x -> {
                assertFalse(old[x.index()], "older paragraph " + x.index() + " twice");
                old[x.index()] = true;
              });
      p.newer()
          .forEach(
              x -> {
                assertFalse(neu[x.index()], "newer paragraph " + x.index() + " twice");
                neu[x.index()] = true;
              });
    }
    for (boolean b : old) {
      assertTrue(b);
    }
    for (boolean b : neu) {
      assertTrue(b);
    }
    // newer paragraphs appear in reading order
    int last = -1;
    for (AlignedPair p : c.pairs()) {
      if (!p.newer().isEmpty()) {
        assertTrue(p.newParagraph().index() > last);
        last = p.newer().get(p.newer().size() - 1).index();
      }
    }
  }

  @Test
  void segmentsSpellBothTexts() {
    RevisionGenerator.Generated g = RevisionGenerator.generate(150, 12);
    for (AlignedPair p : comparer.compare(g.base(), g.revision()).pairs()) {
      // footnote references are equal whatever their number: the text of equal ones is the newer
      // label
      String oldText =
          p.segments().stream()
              .filter(s -> s.op() != DiffOp.INSERT && !s.isFootnote())
              .map(Segment::text)
              .collect(Collectors.joining());
      String newText =
          p.segments().stream()
              .filter(s -> s.op() != DiffOp.DELETE)
              .map(Segment::text)
              .collect(Collectors.joining());
      String wantOld =
          p.older().stream()
              .flatMap(x -> x.runs().stream())
              .filter(r -> !r.has(org.draftkit.model.Mark.FOOTNOTE_REFERENCE))
              .map(r -> r.text())
              .collect(Collectors.joining(" "));
      String wantNew = p.newer().stream().map(x -> x.text()).collect(Collectors.joining(" "));
      assertEquals(squash(wantOld), squash(oldText), p.toString());
      assertEquals(squash(wantNew), squash(newText), p.toString());
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static Document noted(String symbol, String[] texts, String[] notes) {
    Document.Builder b = Document.builder();
    int count = 0;
    for (int k = 0; k < texts.length; k++) {
      List<org.draftkit.model.Run> runs = new java.util.ArrayList<>();
      runs.add(org.draftkit.model.Run.plain(texts[k]));
      if (notes[k] != null) {
        String label = String.valueOf(++count);
        runs.add(
            new org.draftkit.model.Run(
                label,
                java.util.Set.of(org.draftkit.model.Mark.FOOTNOTE_REFERENCE),
                null,
                null,
                label));
        b.footnote(org.draftkit.model.Footnote.of(label, notes[k]));
      }
      b.add(
          org.draftkit.model.ParagraphNumber.of(String.valueOf(k + 1)),
          org.draftkit.model.ParagraphKind.OPERATIVE,
          runs,
          null,
          null);
    }
    return b.build();
  }

  @Test
  void renumberedFootnotesAreNotEditsButChangedOnesAre() {
    Document older =
        noted(
            "A", new String[] {P1, P2, P3}, new String[] {null, "Resolution 70/1.", "See A/79/1."});
    Document newer =
        noted(
            "B",
            new String[] {P1, P2, P3},
            new String[] {"Resolution 79/1.", "Resolution 70/1.", "See A/79/1, annex."});
    Comparison c = comparer.compare(older, newer);
    // the body words of the three paragraphs are the same: no paragraph is modified, the footnote
    // changes are reported with the paragraphs that cite them
    assertEquals("unchanged unchanged unchanged", statuses(c));
    assertEquals(0, c.summary().changed());
    AlignedPair first = c.pairs().get(0);
    assertEquals(
        List.of(
            new AlignedPair.FootnoteChange(
                null,
                "1",
                List.of(WordEdit.insert("Resolution 79/1.")),
                first.footnotes().get(0).segments())),
        first.footnotes());
    assertTrue(first.edits().isEmpty());
    assertTrue(c.pairs().get(1).footnotes().isEmpty());
    AlignedPair third = c.pairs().get(2);
    assertEquals("2", third.footnotes().get(0).oldLabel());
    assertEquals("3", third.footnotes().get(0).newLabel());
    assertEquals(List.of(WordEdit.insert(", annex")), third.footnotes().get(0).edits());
  }

  @Test
  void comparingIsDeterministic() {
    RevisionGenerator.Generated g = RevisionGenerator.generate(300, 13);
    assertEquals(
        comparer.compare(g.base(), g.revision()), comparer.compare(g.base(), g.revision()));
  }

  @Test
  void withoutMoveDetectionAMoveIsADeletionAndAnInsertion() {
    RevisionGenerator.Generated g = RevisionGenerator.generate(200, 14);
    Comparison c = Comparer.builder().detectMoves(false).build().compare(g.base(), g.revision());
    assertEquals(0, c.summary().moved());
    assertTrue(c.summary().inserted() > g.truth().edits().get("insert_paragraph"));
  }

  @Test
  void optionsAreValidated() {
    assertThrows(
        IllegalArgumentException.class, () -> Comparer.builder().matchThreshold(0).build());
    assertThrows(
        IllegalArgumentException.class, () -> Comparer.builder().matchThreshold(1.5).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Comparer.builder().matchThreshold(0.4).rewriteThreshold(0.45).build());
    assertThrows(IllegalArgumentException.class, () -> comparer.compare(List.of(doc("A", "1. x"))));
  }

  @Test
  void lineageFollowsParagraphsThroughRevisions() {
    Document r0 = doc("Zero", "1. " + P1, "2. " + P2, "3. " + P3);
    Document r1 = doc("Rev1", "1. " + P5, "2. " + P1, "3. " + P2, "4. " + P3);
    Document r2 =
        doc(
            "Rev2",
            "1. " + P5,
            "2. " + P1,
            "3. " + P2.replace("strengthen", "enhance"),
            "4. " + P4);
    RevisionHistory h = comparer.compare(List.of(r0, r1, r2));
    assertEquals(2, h.comparisons().size());
    RevisionHistory.LineageRow second = h.lineage().get(1);
    assertEquals(java.util.Arrays.asList("2", "3", "3"), second.numbers());
    assertEquals(0, second.first());
    assertEquals(2, second.lastChange());
    RevisionHistory.LineageRow third = h.lineage().get(2);
    assertEquals(java.util.Arrays.asList("3", "4", null), third.numbers());
    assertEquals(java.util.Arrays.asList(Status.UNCHANGED, Status.DELETED), third.steps());
    RevisionHistory.LineageRow fresh = h.lineage().get(3);
    assertEquals(java.util.Arrays.asList(null, "1", "1"), fresh.numbers());
    assertEquals(1, fresh.first());
    assertEquals(5, h.lineage().size());
  }
}
