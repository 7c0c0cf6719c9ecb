package org.draftkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunsTest {
  @Test
  void mergesNeighboursOfTheSameStyleAndDropsEmptyRuns() {
    Run ref = new Run("1", EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, "1");
    List<Run> runs =
        List.of(
            Run.plain("a"),
            Run.plain(""),
            Run.plain("b"),
            Run.of("c", Mark.BOLD),
            Run.of("d", Mark.BOLD),
            ref,
            ref,
            Run.plain("e"),
            new Run("", null, null, null, "anchor"));
    assertEquals(
        List.of(
            Run.plain("ab"),
            Run.of("cd", Mark.BOLD),
            ref,
            ref,
            Run.plain("e"),
            new Run("", null, null, null, "anchor")),
        Runs.normalize(runs));
  }

  @Test
  void mergesManyRunsIntoOne() {
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      runs.add(Run.plain("word "));
    }
    List<Run> merged = Runs.normalize(runs);
    assertEquals(1, merged.size());
    assertEquals(500_000, merged.get(0).text().length());
  }
}
