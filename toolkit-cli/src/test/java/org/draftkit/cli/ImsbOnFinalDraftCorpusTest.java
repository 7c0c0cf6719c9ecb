package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.Toolkit;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.Consolidation.ConflictKind;
import org.draftkit.amend.Consolidation.Operation;
import org.draftkit.amend.Consolidator;
import org.draftkit.amend.Submission;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IMSB's reflections on Rev.2 consolidated onto the final draft A/80/L.41 (skipped without the
 * corpus), every proposal checked by hand against L.41:
 *
 * <pre>
 * IMSB (Rev.2)  L.41  what a drafter does
 * 66            67    conflict ×2: L.41 rewrote the task force (ITU, internal task force, CSTD at its 30th session)
 * 83 bis        —     added after 84 (Rev.2's 83 is L.41's 84, as the quotes 66→67 and 84→85 show)
 * 84 (Opt. B)   85    applied: ", including the Internet Governance Forum and the WSIS Forum," (L.41 reads as quoted there)
 * 88            88    adopted: L.41 already says "working definition"; the second insertion would repeat it
 * 89            91    "reaffirm"→"recognize" adopted; "encompasses both technical and public policy issues and" applied
 * 100           99    conflict: L.41 rewrote the secretariat clause (continued secretariat hosted by DESA)
 * 103           103   not applied: the deletion is the other half of consolidating 100 and 103, which conflicts
 * </pre>
 */
class ImsbOnFinalDraftCorpusTest {

  private static final String L41 =
      "un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt";
  private static final String IMSB = "submissions/imsb-reflections-wsis20-rev2_2025-12-09.md";

  private static Document base;
  private static Consolidation result;

  @BeforeAll
  static void consolidate() throws Exception {
    Toolkit toolkit = Toolkit.builder().discoverPlugins().build();
    base = toolkit.read(Corpus.file(L41));
    Document imsb = toolkit.read(Corpus.file(IMSB));
    result = Consolidator.defaults().consolidate(base, List.of(Submission.of(imsb, null)));
  }

  private static Paragraph out(String label) {
    return result.document().paragraphs().stream()
        .filter(p -> p.number() != null && p.number().label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph " + label));
  }

  private static String baseText(String label) {
    return base.find(label).orElseThrow().text();
  }

  private static boolean untouched(String label) {
    return out(label).runs().stream().noneMatch(r -> r.has(Mark.INSERT) || r.has(Mark.DELETE))
        && out(label).text().equals(baseText(label));
  }

  @Test
  void everyProposalComesOutAsADrafterWouldHaveIt() {
    String applied =
        result.applied().stream()
            .map(a -> a.paragraph() + " " + a.op().label())
            .collect(Collectors.joining(", "));
    assertEquals("83 bis add, 85 amend, 91 amend", applied, result.applied().toString());
    assertEquals(
        ", including the Internet Governance Forum and the WSIS Forum,",
        result.applied().get(1).inserted());
    assertEquals(
        "encompasses both technical and public policy issues and",
        result.applied().get(2).inserted());
    assertEquals(
        List.of("88", "88", "91"),
        result.adopted().stream().map(Consolidation.Adopted::paragraph).toList());
    assertEquals(
        List.of("67", "67", "99", "103"),
        result.conflicts().stream().map(Consolidation.Conflict::paragraph).toList());
    assertTrue(result.conflicts().stream().allMatch(c -> c.kind() == ConflictKind.LATER_REVISION));
  }

  @Test
  void paragraph99IsAConflictWithItsThreeTextsNotABlend() {
    assertTrue(untouched("99"), out("99").text());
    Consolidation.Conflict c =
        result.conflicts().stream()
            .filter(x -> x.paragraph().equals("99"))
            .findFirst()
            .orElseThrow();
    assertTrue(c.proposed().contains("maintaining the current arrangement"), c.proposed());
    assertTrue(
        c.current().contains("with a continued secretariat hosted by the Department"), c.current());
    assertTrue(c.resolution().startsWith("not applied"), c.resolution());
    assertEquals(1, out("99").text().split("stable and sustainable", -1).length - 1, "said once");
  }

  @Test
  void paragraph88IsAlreadyAdoptedAndNotRepeated() {
    assertTrue(untouched("88"), out("88").text());
    assertEquals(1, out("88").text().split("working definition", -1).length - 1);
  }

  @Test
  void theHalvesOfTheMergeStandOrFallTogether() {
    assertTrue(untouched("103"), out("103").text());
    assertTrue(untouched("67"), out("67").text());
  }

  @Test
  void theNewParagraphFollowsWhatWasRev2s83() {
    List<String> order =
        result.document().paragraphs().stream()
            .filter(p -> p.number() != null)
            .map(p -> p.number().label())
            .toList();
    int at = order.indexOf("83 bis");
    assertEquals(List.of("84", "83 bis", "85"), order.subList(at - 1, at + 2));
    assertTrue(
        result.applied().get(0).note().contains("placed after 84"), result.applied().get(0).note());
    assertEquals(Operation.ADD, result.applied().get(0).op());
  }

  @Test
  void markersSitOnTheirParagraphs() {
    int at99 = result.document().paragraphs().indexOf(out("99"));
    assertTrue(
        result.markers().stream()
            .anyMatch(m -> m.index() == at99 && m.kind() == Consolidation.MarkerKind.CONFLICT),
        result.markers().toString());
    assertEquals("Consolidated text: A/80/L.41 with proposals from IMSB", result.title());
  }
}
