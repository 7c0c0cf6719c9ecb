package org.draftkit.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

/**
 * Each place where the four importers' assemblers disagreed, decided once for every format; the
 * test names say the decision.
 */
class StructurerDecisionsTest {

  private static final Structurer STRUCTURER = Structurer.forFormat("test");

  private static Block.Builder text(String t) {
    return Block.of(List.of(Run.plain(t)));
  }

  private static Block.Builder runs(Run... r) {
    return Block.of(List.of(r));
  }

  private static List<Paragraph> structure(Block.Builder... blocks) {
    List<Block> built = new ArrayList<>();
    for (Block.Builder b : blocks) {
      built.add(b.build());
    }
    return STRUCTURER.structure(built, "t").paragraphs();
  }

  private static ParagraphNumber number(String label) {
    return ParagraphNumber.parse(label).orElseThrow();
  }

  private static List<String> labels(List<Paragraph> ps) {
    return ps.stream().map(p -> p.label() == null ? "-" : p.label()).toList();
  }

  private static List<ParagraphKind> kinds(List<Paragraph> ps) {
    return ps.stream().map(Paragraph::kind).toList();
  }

  @Test
  void typedRomanIAfterHIsTheLetterIInEveryFormat() {
    List<Paragraph> ps =
        structure(text("1. Decides:"), text("(g) seven;"), text("(h) eight;"), text("(i) nine;"));
    assertEquals(ParagraphNumber.Scheme.LOWER_LETTER, ps.get(3).number().scheme());
    assertEquals(0, ps.get(3).parent());
  }

  @Test
  void romanIAfterALeadInIsTheRomanNumeral() {
    List<Paragraph> ps =
        structure(
            text("1. Decides:"),
            text("(h) eight:"),
            text("Further decides that:"),
            text("(i) one;"));
    assertEquals(ParagraphNumber.Scheme.LOWER_ROMAN, ps.get(3).number().scheme());
    assertEquals(2, ps.get(3).parent());
  }

  @Test
  void aListLabelIsNeverReinterpreted() {
    ParagraphNumber roman = ParagraphNumber.parse("(i)").orElseThrow();
    List<Paragraph> ps =
        structure(text("1. Decides:"), text("(h) eight;"), text("one;").listItem(roman));
    assertEquals(ParagraphNumber.Scheme.LOWER_ROMAN, ps.get(2).number().scheme());
  }

  @Test
  void aNumberedParagraphInATableIsOperativeAsFromDocx() {
    List<Paragraph> ps = structure(text("3. Requests the Secretary-General;").tableDepth(1));
    assertEquals(ParagraphKind.OPERATIVE, ps.get(0).kind());
  }

  @Test
  void aPreambleNeedsNumberedParagraphsAfterItAndAClosingComma() {
    assertEquals(
        List.of(ParagraphKind.OTHER, ParagraphKind.OTHER),
        kinds(structure(text("Recalling its resolution 70/125,"), text("Welcoming the inputs,"))));
    assertEquals(
        List.of(ParagraphKind.PREAMBULAR, ParagraphKind.OTHER, ParagraphKind.OPERATIVE),
        kinds(
            structure(
                text("Recalling its resolution 70/125,"),
                text("Recalling the meeting."),
                text("1. Decides;"))));
  }

  @Test
  void aPreambleOpensWithAParticipleAnAdjectiveOrAnItalicPhraseInAnyLanguage() {
    List<Paragraph> ps =
        structure(
            runs(Run.of("Rappelant", Mark.ITALIC), Run.plain(" sa résolution 72/249,")),
            text("Deeply concerned by the report,"),
            text("The General Assembly, Recalling its resolution,"),
            text("1. Décide;"));
    assertEquals(
        List.of(
            ParagraphKind.PREAMBULAR,
            ParagraphKind.PREAMBULAR,
            ParagraphKind.PREAMBULAR,
            ParagraphKind.OPERATIVE),
        kinds(ps));
  }

  @Test
  void noPreambleAfterAnOperativeParagraphUnderTheSameHeading() {
    List<Paragraph> ps =
        structure(text("1. Decides;"), text("Recalling its resolution,"), text("2. Requests;"));
    assertEquals(ParagraphKind.OTHER, ps.get(1).kind());
  }

  @Test
  void aShortAllBoldLineIsAHeadingInEveryFormat() {
    List<Paragraph> ps = structure(runs(Run.of("Term of office", Mark.BOLD)), text("1. Decides;"));
    assertEquals(ParagraphKind.HEADING, ps.get(0).kind());
  }

  @Test
  void aBoldLineWithAColonOrSemicolonIsNoHeading() {
    assertEquals(
        ParagraphKind.OTHER, structure(runs(Run.of("Decides that:", Mark.BOLD))).get(0).kind());
    assertEquals(
        ParagraphKind.OTHER,
        structure(runs(Run.of("Establish standards; and", Mark.BOLD))).get(0).kind());
  }

  @Test
  void aSourceHeadingEndingInASemicolonIsAParagraph() {
    List<Paragraph> ps = structure(text("Takes note of the report;").heading(3));
    assertEquals(ParagraphKind.OTHER, ps.get(0).kind());
  }

  @Test
  void aShortSectionLineIsAHeadingWithItsNumber() {
    List<Paragraph> ps = structure(text("IV. Financial matters"), text("1. Decides;"));
    assertEquals(ParagraphKind.HEADING, ps.get(0).kind());
    assertEquals("IV", ps.get(0).label());
  }

  @Test
  void aLeadInHoldsTheLetteredSubItemsButNotANumberedHierarchy() {
    List<Paragraph> ps =
        structure(
            text("Requirements").listItem(number("8.2")),
            text("The works must comply with:"),
            text("(a) the first rule;"),
            text("Quality requirements.").listItem(number("8.2.2")));
    assertEquals(1, ps.get(2).parent());
    assertEquals(0, ps.get(3).parent());
  }

  @Test
  void aSubItemWithoutANumberedParagraphBelongsToTheChapeauBeforeIt() {
    List<Paragraph> ps =
        structure(
            text("Article 5").heading(2),
            text("Each State Party shall ensure that"),
            text("(a) its vessels comply;"),
            text("(b) its nationals comply."));
    assertEquals(1, ps.get(2).parent());
    assertEquals(1, ps.get(3).parent());
  }

  @Test
  void aDotlessNumberIsALabelOnlyWhenItContinuesTheNumberingBeforeAWord() {
    assertEquals(
        List.of("52", "53"),
        labels(structure(text("52. Notes;"), text("53 Recalls its decision;"))));
    assertEquals(List.of("52", "-"), labels(structure(text("52. Notes;"), text("53 858,72"))));
    assertEquals(
        List.of("52", "-"),
        labels(structure(text("52. Notes;"), text("53 Recalls").tableDepth(1))));
  }

  @Test
  void aLabelInsideATrackedChangeIsPartOfTheChange() {
    List<Paragraph> ps =
        structure(runs(Run.of("4. ", Mark.INSERT), Run.plain("Requests the secretariat;")));
    assertNull(ps.get(0).number());
  }

  @Test
  void aNumberedListItemReadsATypedLabelLenientlyABulletStrictly() {
    assertEquals(List.of("4"), labels(structure(text("4 Requests;").listItem(null))));
    assertEquals(List.of("-"), labels(structure(text("4 Requests;").bulletItem())));
  }

  @Test
  void aYearEndingASentenceAtALayoutBoundaryIsNotALabel() {
    List<Paragraph> ps =
        structure(
            text("14. The session was held from 14 to 25 April"),
            text("2025. The Committee adopted its report.").layoutBoundary(true),
            text("15. Decides;").layoutBoundary(true));
    assertEquals(List.of("14", "15"), labels(ps));
    assertTrue(
        ps.get(0).text().endsWith("April 2025. The Committee adopted its report."),
        ps.get(0).text());
  }

  @Test
  void theNextNumberAtALayoutBoundaryIsALabel() {
    List<Paragraph> ps =
        structure(text("14. The session was held in"), text("15. Decides;").layoutBoundary(true));
    assertEquals(List.of("14", "15"), labels(ps));
  }

  @Test
  void anAuthorsBoundaryIsNeverRejoined() {
    List<Paragraph> ps = structure(text("The session was held in"), text("the spring."));
    assertEquals(2, ps.size());
  }

  @Test
  void aLowerCaseContinuationAfterALayoutBoundaryIsRejoined() {
    List<Paragraph> ps =
        structure(text("1. The session was held in"), text("the spring.").layoutBoundary(true));
    assertEquals(1, ps.size());
  }

  @Test
  void aShortEmphasisedLineIsNeverJoinedToItsNeighbours() {
    List<Paragraph> ps =
        structure(
            text("1. The members serve"),
            runs(Run.of("term of office", Mark.ITALIC)).layoutBoundary(true),
            text("for three years.").layoutBoundary(true));
    assertEquals(3, ps.size());
  }

  @Test
  void aBlockContinuedAcrossAPageBreakIsOneParagraph() {
    List<Paragraph> ps =
        structure(
            text("1. We also welcome the work of the"),
            text("Multi-stakeholder Advisory Group.").continuesAcrossPageBreak(true).page(2));
    assertEquals(1, ps.size());
    assertEquals(
        "We also welcome the work of the Multi-stakeholder Advisory Group.", ps.get(0).text());
  }

  @Test
  void pageFurnitureGoesAndFootnoteAreasBecomeFootnotes() {
    List<Block> blocks =
        List.of(
            text("1. Decides;").build(),
            text("A/80/L.41").zone(Block.Zone.RUNNING_HEAD).build(),
            text("1 Resolution 79/323, annex.").zone(Block.Zone.FOOTNOTE_AREA).page(1).build(),
            text("continued note.").zone(Block.Zone.FOOTNOTE_AREA).page(2).build(),
            text("2. Requests;").build());
    Structure s = STRUCTURER.structure(blocks, "t");
    assertEquals(List.of("1", "2"), labels(s.paragraphs()));
    assertEquals(1, s.footnotes().size());
    assertEquals("1", s.footnotes().get(0).label());
    assertEquals("Resolution 79/323, annex. continued note.", s.footnotes().get(0).text());
    assertEquals(
        List.of(0, -1, -1, -1, 1), java.util.Arrays.stream(s.blockToParagraph()).boxed().toList());
  }

  @Test
  void nestedListItemsAreNumberedInTheirOwnScope() {
    List<Paragraph> ps =
        structure(
            text("1. Decides:"),
            text("(a) first:").listItem(null),
            text("(i) inner;").parent(1).listItem(null),
            text("(b) second;").listItem(null));
    assertEquals(1, ps.get(2).parent());
    assertEquals(0, ps.get(3).parent());
    assertEquals(ParagraphKind.OPERATIVE, ps.get(2).kind());
  }

  @Test
  void aTypedLabelIsCutAsAFoundOneAndAMarkerOnItStays() {
    // "3ter.⁴ Notwithstanding": the label is found in the text without its marker, the marker stays
    List<Paragraph> ps =
        structure(
            runs(
                    Run.plain("3ter."),
                    new Run("4", java.util.EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, "4"),
                    Run.plain(" Notwithstanding paragraphs 2 and 3;"))
                .typedLabel(number("3 ter"), 0, 6),
            text("[1. The purpose of this Agreement;").typedLabel(number("1"), 1, 4));
    assertEquals(List.of("3 ter", "1"), labels(ps));
    assertEquals("4 Notwithstanding paragraphs 2 and 3;", ps.get(0).text());
    assertEquals("[The purpose of this Agreement;", ps.get(1).text());
  }

  @Test
  void aFootnoteOpeningWithItsRaisedMarkerTakesItAsItsLabel() {
    List<Block> blocks =
        List.of(
            text("1. Decides;").build(),
            runs(
                    new Run("2", java.util.EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, "2"),
                    Run.plain(" Resolution 79/323, annex."))
                .zone(Block.Zone.FOOTNOTE_AREA)
                .page(1)
                .build());
    Structure s = STRUCTURER.structure(blocks, "t");
    assertEquals("2", s.footnotes().get(0).label());
    assertEquals("Resolution 79/323, annex.", s.footnotes().get(0).text());
    assertTrue(s.footnotes().get(0).runs().stream().noneMatch(r -> r.ref() != null));
  }

  @Test
  void lowerCaseClosingWordsAfterAListItemEndTheItem() {
    List<Paragraph> ps =
        structure(
            text("1. Conditions include:"),
            text("(c) Costs;"),
            text("(d) Other reasonable conditions;"),
            text("et possibilité pouvant être donnée aux chercheurs."),
            text("2. Parties shall cooperate."));
    assertEquals(List.of("1", "(c)", "(d)", "2"), labels(ps));
    assertEquals(
        "Other reasonable conditions; et possibilité pouvant être donnée aux chercheurs.",
        ps.get(2).text());
  }

  @Test
  void anUnmarkedLetterItemIsNoClosingWords() {
    List<Paragraph> ps =
        structure(
            text("1. Decides:"),
            text("(j) Is capable of adapting;"),
            text("j bis In a manner that is capable of adapting;"));
    assertEquals(3, ps.size());
  }

  @Test
  void chineseNumberingReadsAsItsEnglishCounterpart() {
    List<Paragraph> ps =
        structure(
            text("第七条").heading(1),
            text("为实现本协定的目标，缔约方应遵循下列原则和方法："),
            text("（一）污染者付费原则；"),
            text("（二）公平原则；"),
            text("第八条").heading(1),
            text("一、缔约方应确保："),
            text("（一）防止不利影响。缔约方应确保："),
            text("1．识别和分析有关措施；"),
            text("2．酌情把这些措施纳入环境管理计划；"),
            text("二、缔约方应公布。"));
    assertEquals(List.of("-", "-", "(a)", "(b)", "-", "1", "(a)", "(i)", "(ii)", "2"), labels(ps));
    assertEquals(6, ps.get(7).parent(), "\"1．\" belongs to the \"（一）\" before it");
    assertEquals("识别和分析有关措施；", ps.get(7).text());
    assertNull(ps.get(9).parent());
  }

  @Test
  void aChineseArabicNumberOutsideAChineseSubItemStaysArabic() {
    // a Chinese resolution numbers its paragraphs "1." and its sub-items "(a)"
    List<Paragraph> ps = structure(text("1. 决定设立委员会："), text("(a) 审查报告；"), text("2. 又决定继续审议。"));
    assertEquals(List.of("1", "(a)", "2"), labels(ps));
  }

  @Test
  void aChineseParagraphOpeningWithTheCommaGetsBackItsNumeral() {
    Structure s =
        STRUCTURER.structure(
            List.of(
                text("第八条").heading(1).build(),
                text("一、缔约方应合作。").build(),
                text("、缔约方应促进合作。").build(),
                text("第九条").heading(1).build(),
                text("、本部分的目标是：").build()),
            "t");
    assertEquals(List.of("-", "1", "2", "-", "1"), labels(s.paragraphs()));
    assertEquals("缔约方应促进合作。", s.paragraphs().get(2).text());
    assertTrue(
        s.diagnostics().stream().anyMatch(d -> d.code().equals("test.label-restored")),
        s.diagnostics().toString());
  }

  @Test
  void chineseTextJoinedAcrossAPageBreakTakesNoSpace() {
    List<Paragraph> ps =
        structure(
            text("本协定的目标是确保国家管辖范围以外区域").page(1),
            text("海洋生物多样性的养护。").page(2).continuesAcrossPageBreak(true),
            text("The objective of this").page(2),
            text("Agreement.").page(3).continuesAcrossPageBreak(true));
    assertEquals("本协定的目标是确保国家管辖范围以外区域海洋生物多样性的养护。", ps.get(0).text());
    assertEquals("The objective of this Agreement.", ps.get(1).text());
  }
}
