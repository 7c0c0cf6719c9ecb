package org.draftkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

class BaseMatcherTest {

  private static final String P1 =
      "We commit to protect mangroves, salt marshes and coral reefs as natural defences.";
  private static final String P2 =
      "We urge States to share early warning data with their neighbours.";
  private static final String P3 =
      "We invite development banks to finance adaptation in small island States.";

  private final BaseMatcher matcher = new BaseMatcher(base());

  private static Document base() {
    Document.Builder b = Document.builder();
    b.add(
        null,
        ParagraphKind.HEADING,
        List.of(Run.plain("Draft declaration on coastal resilience")),
        null,
        null);
    b.add(ParagraphNumber.of("1"), ParagraphKind.OPERATIVE, List.of(Run.plain(P1)), null, null);
    b.add(ParagraphNumber.of("2"), ParagraphKind.OPERATIVE, List.of(Run.plain(P2)), null, null);
    b.add(ParagraphNumber.of("3"), ParagraphKind.OPERATIVE, List.of(Run.plain(P3)), null, null);
    return b.build();
  }

  @Test
  void aQuoteIsFoundByItsNumberWhenItsTextAgrees() {
    BaseMatcher.Found f =
        assertInstanceOf(
            BaseMatcher.Found.class,
            matcher.locate(
                "2",
                "We urge States to share early warning data with their neighbours in real time."));
    assertEquals(2, f.index());
    assertEquals("2", f.label());
    assertEquals(null, f.note());
  }

  @Test
  void aQuoteOfAnotherRevisionIsFoundByItsText() {
    BaseMatcher.Found f = assertInstanceOf(BaseMatcher.Found.class, matcher.locate("4", P3));
    assertEquals(3, f.index());
    assertEquals("quoted as 4; its text is paragraph 3 of the base", f.note());
    BaseMatcher.Found renumbered =
        assertInstanceOf(BaseMatcher.Found.class, matcher.locate("1", P2));
    assertEquals(
        "2", renumbered.label(), "the text wins over a number whose paragraph reads otherwise");
  }

  @Test
  void aQuoteLikeNoParagraphIsNotFoundAndSaysWhy() {
    BaseMatcher.NotFound n =
        assertInstanceOf(
            BaseMatcher.NotFound.class,
            matcher.locate("2", "Decides to convene a high-level meeting on oceans in 2030."));
    // only "to" is shared: 2 × 1 / (11 + 11) words
    assertEquals(
        "the quoted text does not read like paragraph 2 of the base (9% of words in common)",
        n.reason());
    BaseMatcher.NotFound none =
        assertInstanceOf(BaseMatcher.NotFound.class, matcher.locate("9", "Nothing alike here."));
    assertEquals("the base has no paragraph 9 and none reads like the quote", none.reason());
  }

  @Test
  void anEmptyQuoteMatchesNothing() {
    assertInstanceOf(BaseMatcher.NotFound.class, matcher.locate("2", ""));
    assertEquals(1, matcher.indexOf("1"));
    assertEquals("¶1", matcher.labelAt(0));
  }
}
