package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.structure.Block;
import org.junit.jupiter.api.Test;

/** The thin "1" that Tesseract's Arabic model loses from the paragraph numbers 10 to 19. */
class LeadingOneTest {

  private static final Line ARABIC = line("يقصد بعبارة الطرف دولة");
  private static final Line LATIN = line("The Party means a State");

  @Test
  void aNumberThatWouldGoBackwardsGetsItsOne() {
    assertEquals("10", fixed("9", "0", ARABIC));
    assertEquals("11", fixed("10", "1", ARABIC));
    assertEquals("12", fixed("11", "2", ARABIC));
    // "9" itself was lost with its line: "0" after "8" is 10
    assertEquals("10", fixed("8", "0", ARABIC));
  }

  @Test
  void numbersThatMayBeRightStay() {
    assertEquals("9", fixed("8", "9", ARABIC)); // the successor
    assertEquals("1", fixed("12", "1", ARABIC)); // 11 is no successor of 12
    assertEquals("2", fixed("8", "2", ARABIC)); // 12 is too far from 8
    assertEquals("0", fixed("9", "0", LATIN)); // left-to-right text keeps its digits
  }

  private static String fixed(String previous, String read, Line first) {
    Block k =
        Block.of(List.of(Run.plain(read + " - text")))
            .typedLabel(ParagraphNumber.of(read), 0, read.length() + 3)
            .build();
    return BlockStream.withLeadingOne(k, ParagraphNumber.of(previous), first).typedLabel().label();
  }

  private static Line line(String text) {
    return new Line(
        1, List.of(new Span(text, false, false, 0, false, 100, 500)), 100, 500, 700, 12, text);
  }
}
