package org.draftkit.compare.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.draftkit.compare.DiffOp;
import org.draftkit.compare.Segment;
import org.draftkit.compare.WordEdit;
import org.draftkit.internal.TokenDiff;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

class RedlineTest {

  private static Redline redline(String a, String b) {
    return Redline.of(TokenizedText.of(a), TokenizedText.of(b));
  }

  private static String marked(Redline r) {
    return r.segments().stream()
        .map(
            s ->
                switch (s.op()) {
                  case EQUAL -> s.text();
                  case DELETE -> "[-" + s.text() + "-]";
                  case INSERT -> "{+" + s.text() + "+}";
                })
        .collect(Collectors.joining());
  }

  @Test
  void tokensAreWordsAndPunctuation() {
    TokenizedText t =
        TokenizedText.of(
            "See A/80/L.41, paras. 3\u20115 and 1,000 capacity-building (a) country's.");
    List<String> tokens = IntStream.range(0, t.size()).mapToObj(t::token).toList();
    assertEquals(
        List.of(
            "See",
            "A",
            "/",
            "80",
            "/",
            "L.41",
            ",",
            "paras",
            ".",
            "3\u20115",
            "and",
            "1,000",
            "capacity-building",
            "(",
            "a",
            ")",
            "country's",
            "."),
        tokens);
    assertEquals("3-5", t.key(9));
    assertEquals(11, t.wordCount());
  }

  @Test
  void replacementIsOneDeleteAndOneInsert() {
    Redline r =
        redline(
            "Member States shall endeavour to promote open standards.",
            "Member States should promote open standards.");
    assertEquals(
        List.of(WordEdit.delete("shall endeavour to"), WordEdit.insert("should")), r.edits());
    assertEquals(
        "Member States [-shall endeavour to-]{+should+} promote open standards.", marked(r));
    assertEquals(3, r.wordsDeleted());
    assertEquals(1, r.wordsInserted());
  }

  @Test
  void insertionKeepsSpacesOutsideTheWords() {
    Redline r = redline("the fox jumps", "the quick fox jumps");
    assertEquals("the {+quick +}fox jumps", marked(r));
    assertEquals(List.of(WordEdit.insert("quick")), r.edits());
    Redline p = redline("the fox jumps", "the fox, jumps");
    assertEquals("the fox{+,+} jumps", marked(p));
  }

  @Test
  void aLoneCommonWordBetweenTwoReplacementsIsAbsorbed() {
    Redline r = redline("to promote the use of standards", "to advance the adoption of standards");
    assertEquals(
        List.of(WordEdit.delete("promote the use"), WordEdit.insert("advance the adoption")),
        r.edits());
  }

  @Test
  void separateEditsFarApartStaySeparate() {
    Redline r =
        redline(
            "Calls upon Member States to strengthen data capacities at all levels in every region.",
            "Calls upon all Member States to strengthen data capacities at all levels in each region.");
    assertEquals(
        List.of(WordEdit.insert("all"), WordEdit.delete("every"), WordEdit.insert("each")),
        r.edits());
  }

  @Test
  void aRareWordAnchorsRatherThanAFrequentOne() {
    Redline r = redline("the rights of the child and the rights of women", "the rights of women");
    assertEquals(
        "the rights of [-the child and the rights of -]women", marked(r).replace("  ", " "));
  }

  @Test
  void identicalTextHasOnlyEqualSegments() {
    Redline r = redline("Same text, same words.", "Same text, same words.");
    assertTrue(r.unchanged());
    assertEquals(List.of(new Segment(DiffOp.EQUAL, "Same text, same words.", 0)), r.segments());
    assertEquals(1.0, r.similarity());
  }

  @Test
  void partsOfASplitAreNumbered() {
    TokenizedText whole = TokenizedText.of("First sentence here. Second sentence there.");
    TokenizedText parts =
        TokenizedText.ofParts(
            List.of(
                List.of(Run.plain("First sentence here.")),
                List.of(Run.plain("Second sentence there."))));
    Redline r = Redline.of(whole, parts);
    assertTrue(r.edits().isEmpty());
    // the space between the sentences is where the paragraph was cut: deleted, at the end of part 0
    assertEquals(
        List.of(
            new Segment(DiffOp.EQUAL, "First sentence here.", 0),
            new Segment(DiffOp.DELETE, " ", 0),
            new Segment(DiffOp.EQUAL, "Second sentence there.", 1)),
        r.segments());
  }

  private static TokenizedText parts(String... texts) {
    return TokenizedText.ofParts(
        java.util.Arrays.stream(texts).map(t -> List.of(Run.plain(t))).toList());
  }

  private static String marked(Redline r, boolean showParts) {
    StringBuilder sb = new StringBuilder();
    int part = 0;
    for (Segment s : r.segments()) {
      if (showParts && s.part() != part) {
        sb.append(" | ");
        part = s.part();
      }
      sb.append(
          switch (s.op()) {
            case EQUAL -> s.text();
            case DELETE -> "[-" + s.text() + "-]";
            case INSERT -> "{+" + s.text() + "+}";
          });
    }
    return sb.toString();
  }

  @Test
  void mergedParagraphsKeepTheirParts() {
    Redline r =
        Redline.of(
            parts("Takes note of the consultations.", "Expresses appreciation to the host."),
            TokenizedText.of(
                "Takes note of the consultations. Expresses appreciation to the host."));
    assertEquals(
        "Takes note of the consultations.{+ +} | Expresses appreciation to the host.",
        marked(r, true));
    assertTrue(r.edits().isEmpty());
  }

  @Test
  void wordsReplacedAcrossAJoinAreCutAtIt() {
    Redline r =
        Redline.of(
            parts(
                "Takes note of the consultations held in Geneva.",
                "Expresses appreciation to the host."),
            TokenizedText.of(
                "Takes note of the consultations held in Geneva and expresses appreciation to the host."));
    assertEquals(
        "Takes note of the consultations held in Geneva[-.-] | [-Expresses-]{+ and expresses+} appreciation"
            + " to the host.",
        marked(r, true));
    assertEquals(
        List.of(
            new WordEdit(DiffOp.DELETE, ".", 0),
            new WordEdit(DiffOp.DELETE, "Expresses", 1),
            new WordEdit(DiffOp.INSERT, "and expresses", 1)),
        r.edits());
  }

  @Test
  void wordsAtABreakOpenTheNextSentenceOrCloseTheLastOne() {
    // deleted where a paragraph was cut after a full stop: they opened the sentence that follows
    Redline split =
        Redline.of(
            TokenizedText.of("Welcomes the report. Also, calls for action."),
            parts("Welcomes the report.", "Calls for action."));
    assertEquals(
        "Welcomes the report.[- -] | [-Also, calls-]{+Calls+} for action.", marked(split, true));
    Redline cut =
        Redline.of(
            TokenizedText.of("Welcomes the report. Calls for action."),
            parts("Welcomes the report.", "Moreover, calls for action."));
    assertEquals(
        "Welcomes the report.[- -] | [-Calls-]{+Moreover, calls+} for action.", marked(cut, true));
    // inserted where two paragraphs were joined, the first without a full stop: they close it
    Redline merge =
        Redline.of(
            parts("Welcomes the report of the Secretary-General", "calls for action."),
            TokenizedText.of("Welcomes the report of the Secretary-General and calls for action."));
    assertEquals(
        "Welcomes the report of the Secretary-General{+ and +} | calls for action.",
        marked(merge, true));
    Redline opens =
        Redline.of(
            parts("Welcomes the report.", "Calls for action."),
            TokenizedText.of("Welcomes the report. Moreover, it calls for action."));
    assertEquals(
        "Welcomes the report.{+ +} | [-Calls-]{+Moreover, it calls+} for action.",
        marked(opens, true));
    Redline opensSentence =
        Redline.of(
            parts("Welcomes the report.", "UNESCO will lead the review."),
            TokenizedText.of("Welcomes the report. Moreover, UNESCO will lead the review."));
    assertEquals(
        "Welcomes the report.{+ +} | {+Moreover, +}UNESCO will lead the review.",
        marked(opensSentence, true));
  }

  @Test
  void renumberedFootnoteReferencesAreEqualAndApart() {
    TokenizedText a =
        TokenizedText.ofRuns(
            List.of(
                Run.plain("by 2030."),
                new Run("1", java.util.Set.of(Mark.FOOTNOTE_REFERENCE), null, null, "1"),
                Run.plain(" We act.")));
    TokenizedText b =
        TokenizedText.ofRuns(
            List.of(
                Run.plain("by 2030."),
                new Run("2", java.util.Set.of(Mark.FOOTNOTE_REFERENCE), null, null, "2"),
                Run.plain(" We act.")));
    assertEquals(
        List.of("by", "2030", ".", "2", "We", "act", "."),
        IntStream.range(0, b.size()).mapToObj(b::token).toList());
    Redline r = Redline.of(a, b);
    assertTrue(r.unchanged());
    assertEquals(new Segment(DiffOp.EQUAL, "2", 0, "2"), r.segments().get(1));
  }

  @Test
  void histogramDiffMatchesOnlyEqualSymbolsInOrder() {
    int[] a = {1, 2, 3, 4, 5, 2, 6};
    int[] b = {1, 3, 4, 7, 5, 2, 6, 2};
    int[] m = TokenDiff.align(a, b);
    assertArrayEquals(new int[] {0, -1, 1, 2, 4, 5, 6}, m);
  }
}
