package org.draftkit.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.draftkit.model.Stance;
import org.junit.jupiter.api.Test;

class StanceClassifierTest {

  private final StanceClassifier classifier = new StanceClassifier();

  @Test
  void deletingQuotedWordsAmendsTheParagraph() {
    assertEquals(Stance.AMEND, classifier.classifyOrComment("Delete “authorized”"));
    assertEquals(Stance.AMEND, classifier.classifyOrComment("delete the words 'as appropriate'"));
  }

  @Test
  void deletingWithoutQuotedWordsDeletesTheParagraph() {
    assertEquals(Stance.DELETE, classifier.classifyOrComment("Delete whole section"));
    assertEquals(Stance.DELETE, classifier.classifyOrComment("Delete"));
  }
}
