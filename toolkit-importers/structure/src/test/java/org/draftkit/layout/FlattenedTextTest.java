package org.draftkit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

class FlattenedTextTest {

  private static final String TITLE = "Cooperation on Ocean Data";

  /** A resolution as a pdftotext -raw flow: one string per paragraph. */
  private static final List<String> FLOW =
      List.of(
          "United Nations A/RES/81/12 General Assembly Distr.: General 2 February 2027 Eighty-first session "
              + "Agenda item 70 (a) Oceans and the law of the sea: "
              + TITLE,
          "Resolution adopted by the General Assembly on 2 February 2027 [without reference to a Main Committee (A/81/L.5)]",
          "81/12. " + TITLE,
          "The General Assembly, Recalling its resolution 80/9 on the Convention1 and the work of the conference,2 "
              + "Recalling also the report of the Secretary- General, _______________ 1 Treaty Series, vol. 1. "
              + "2 Decisions 79/1 and 80/2. A/RES/81/12 "
              + TITLE
              + " Noting with concern the gaps in ocean data,",
          "1. Welcomes the progress made;3",
          "2. Decides to continue the work of the Division for _______________ 3 A/81/100. "
              + TITLE
              + " A/RES/81/12 Ocean Affairs and to report on the matter. 40th plenary meeting 2 February 2027");

  private static List<List<Run>> runs(List<String> texts) {
    return texts.stream().map(t -> List.of(Run.plain(t))).toList();
  }

  @Test
  void recognisesFlattenedUnText() {
    assertTrue(FlattenedText.looksFlattened(FLOW));
    assertFalse(
        FlattenedText.looksFlattened(List.of("Recalling its resolution,", "1. Decides to act;")));
    assertFalse(FlattenedText.looksFlattened(List.of("A line ______ to fill in by hand")));
  }

  @Test
  void givesTheParagraphsOfThePdf() {
    FlattenedText.Result r = FlattenedText.repair(runs(FLOW), "res.html");
    assertEquals(
        List.of(
            "Oceans and the law of the sea: " + TITLE,
            "Resolution adopted by the General Assembly on 2 February 2027",
            "[without reference to a Main Committee (A/81/L.5)]",
            "81/12. " + TITLE,
            "The General Assembly,",
            "Recalling its resolution 80/9 on the Convention1 and the work of the conference,2",
            "Recalling also the report of the Secretary-General,",
            "Noting with concern the gaps in ocean data,",
            "1. Welcomes the progress made;3",
            "2. Decides to continue the work of the Division for Ocean Affairs and to report on the matter.",
            "40th plenary meeting",
            "2 February 2027"),
        FlattenedText.texts(r));
    assertEquals(
        List.of(
            FlattenedText.Hint.HEADING,
            FlattenedText.Hint.HEADING,
            FlattenedText.Hint.BODY,
            FlattenedText.Hint.HEADING),
        r.pieces().subList(0, 4).stream().map(FlattenedText.Piece::hint).toList());
    assertTrue(
        r.masthead().startsWith("United Nations A/RES/81/12 General Assembly Distr.: General"));
  }

  @Test
  void footnotesLeaveTheTextAndTheirMarkersBecomeReferences() {
    FlattenedText.Result r = FlattenedText.repair(runs(FLOW), "res.html");
    assertEquals(List.of("1", "2", "3"), r.footnotes().stream().map(Footnote::label).toList());
    assertEquals(
        List.of("Treaty Series, vol. 1.", "Decisions 79/1 and 80/2.", "A/81/100."),
        r.footnotes().stream().map(Footnote::text).toList());
    List<Run> recalling = r.pieces().get(5).runs();
    List<String> refs =
        recalling.stream().filter(x -> x.has(Mark.FOOTNOTE_REFERENCE)).map(Run::ref).toList();
    assertEquals(List.of("1", "2"), refs);
    assertTrue(
        r.pieces().get(8).runs().stream()
            .anyMatch(x -> x.has(Mark.FOOTNOTE_REFERENCE) && x.ref().equals("3")));
    assertTrue(
        r.diagnostics().stream().filter(d -> d.code().equals("layout.running-head-removed")).count()
            == 2);
  }

  @Test
  void marksOnRunsSurvive() {
    List<List<Run>> flow =
        List.of(
            List.of(
                Run.plain(
                    "United Nations A/81/L.9 General Assembly Distr.: Limited 1 March 2027 Agenda item 3 Title")),
            List.of(
                Run.of("Recalling", Mark.ITALIC),
                Run.plain(" the text, "),
                Run.of("Noting", Mark.ITALIC),
                Run.plain(" the "),
                Run.of("deleted", Mark.DELETE),
                Run.plain(" words,")));
    FlattenedText.Result r = FlattenedText.repair(flow, "x");
    assertEquals(
        List.of(Run.of("Recalling", Mark.ITALIC), Run.plain(" the text,")),
        r.pieces().get(1).runs());
    assertEquals(
        List.of(
            Run.of("Noting", Mark.ITALIC),
            Run.plain(" the "),
            Run.of("deleted", Mark.DELETE),
            Run.plain(" words,")),
        r.pieces().get(2).runs());
  }

  @Test
  void markersNeedAGlueAndTheRightNumber() {
    assertEquals(3, FlattenedText.marker("Sea1 on", "1", 0, 7));
    assertEquals(11, FlattenedText.marker("conference,2 Recalling", "2", 0, 22));
    assertEquals(-1, FlattenedText.marker("Goal 14: oceans", "14", 0, 15));
    assertEquals(-1, FlattenedText.marker("(A/79/L.55)", "55", 0, 11));
    assertEquals(-1, FlattenedText.marker("resolution 72/249", "2", 0, 17));
  }
}
