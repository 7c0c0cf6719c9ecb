package org.draftkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine against generated revisions with known truth, on several sizes and seeds. */
class ComparerAccuracyTest {
  private final Comparer comparer = Comparer.defaults();

  @ParameterizedTest(name = "n={0} seed={1}")
  @CsvSource({
    "60,1", "60,2", "150,3", "150,4", "400,5", "400,6", "1000,7", "1000,8", "1000,9", "2000,10"
  })
  void meetsTheQualityGoals(int n, long seed) {
    RevisionGenerator.Generated g = RevisionGenerator.generate(n, seed);
    Comparison c = comparer.compare(g.base(), g.revision());
    AlignmentScore s = AlignmentScore.of(c, g.truth());
    String where =
        "n="
            + n
            + " seed="
            + seed
            + ": "
            + s
            + " edits="
            + g.truth().edits()
            + " misses="
            + s.misses();
    System.out.println(where);
    assertTrue(s.pairF1() >= 0.99, where);
    assertTrue(s.moveRecall() >= 0.95, where);
    assertEquals(0, s.renumberedWithEdits(), where);
    assertTrue(s.wordPrecision() >= 0.98, where);
    assertTrue(s.wordRecall() >= 0.98, where);
  }
}
