package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.draftkit.Toolkit;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.AlignedPair.Status;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.DiffOp;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.compare.WordEdit;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;

/** The real revision series of issue 4 on the shared corpus (skipped when it is absent). */
class CompareCorpusTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final Comparer COMPARER = Comparer.defaults();
  private static final String WSIS = "un-drafts/wsis20/";
  private static final String BBNJ = "un-drafts/bbnj-ga-resolutions/";
  private static final String PARIS = "un-drafts/unfccc-paris-agreement-2015/";

  private static Document read(String relative) throws Exception {
    return TOOLKIT.read(Corpus.file(relative));
  }

  private static boolean operative(Paragraph p) {
    return p.kind() == ParagraphKind.OPERATIVE
        && p.parent() == null
        && p.number() != null
        && p.number().scheme() == org.draftkit.model.ParagraphNumber.Scheme.ARABIC;
  }

  @Test
  void finalDraftAndAdoptedResolutionHaveNoTextEditInTheirOperativeParagraphs() throws Exception {
    Comparison c =
        COMPARER.compare(
            read(WSIS + "A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt"),
            read(WSIS + "A_RES_80_173_wsis20-outcome_adopted_2025-12-17.txt"));
    Set<String> seen = new TreeSet<>();
    for (AlignedPair p : c.pairs()) {
      List<Paragraph> sides = new ArrayList<>(p.older());
      sides.addAll(p.newer());
      if (sides.stream().noneMatch(CompareCorpusTest::operative)) {
        continue;
      }
      assertTrue(
          p.edits().isEmpty(),
          "no text edit in operative paragraph " + sides.get(0).label() + ": " + p.edits());
      // the 12 footnotes these paragraphs cite read the same in both: none is listed as changed
      assertTrue(
          p.footnotes().isEmpty(),
          "no footnote change in " + sides.get(0).label() + ": " + p.footnotes());
      assertTrue(
          p.status() != Status.INSERTED
              && p.status() != Status.DELETED
              && p.status() != Status.MOVED,
          p.status() + " " + sides.get(0).label());
      assertTrue(!p.renumbered(), "renumbered " + sides.get(0).label());
      p.older().stream().filter(CompareCorpusTest::operative).forEach(x -> seen.add(x.label()));
    }
    assertEquals(127, seen.size(), "all 127 operative paragraphs aligned: " + seen);
  }

  @Test
  void paragraphsCutDifferentlyByTheTwoLayoutsKeepEachPartsWordsInPlace() throws Exception {
    Comparison c =
        COMPARER.compare(
            read(WSIS + "A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt"),
            read(WSIS + "A_RES_80_173_wsis20-outcome_adopted_2025-12-17.txt"));
    for (AlignedPair p : c.pairs()) {
      if (p.status() != Status.SPLIT && p.status() != Status.MERGED) {
        continue;
      }
      // the same words, cut into paragraphs at another place: each part spells its own paragraph
      List<Paragraph> several = p.status() == Status.SPLIT ? p.newer() : p.older();
      for (int k = 0; k < several.size(); k++) {
        StringBuilder words = new StringBuilder();
        p.segments(k).stream()
            .filter(s -> s.op() == DiffOp.EQUAL)
            .forEach(s -> words.append(s.text()));
        assertEquals(
            norm(several.get(k).text()), norm(words.toString()), p.status() + " part " + k);
      }
      assertTrue(
          p.segments().stream().allMatch(s -> s.op() == DiffOp.EQUAL || s.isBlank()),
          "only the space at the break changes: " + p.segments());
    }
    // since paragraphs running over page breaks are joined again the two layouts cut none
    // differently
    // (CorpusFormatPairsTest holds that); a split or merge that still comes must keep its words in
    // place
  }

  @Test
  void aPreambularParagraphSplitInTheParisAgreementKeepsEachEditInItsPart() throws Exception {
    Comparison c =
        COMPARER.compare(
            read(PARIS + "v4_2015-12-09_draft-agreement.md"),
            read(PARIS + "v5_2015-12-12_paris-agreement_L.9-Rev.1.md"));
    AlignedPair split =
        c.pairs().stream()
            .filter(
                p ->
                    p.status() == Status.SPLIT
                        && p.oldParagraph()
                            .text()
                            .startsWith("Affirming the importance of education"))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the Affirming … and recognizing … paragraph is split"));
    assertEquals(2, split.newer().size());
    assertTrue(
        split.newer().get(1).text().startsWith("Recognizing the importance of the engagements"));
    // 9 Dec: "… public participation and public access … in this Agreement, and recognizing the
    // importance of
    // engagements …"; 12 Dec: "… public participation, public access … in this Agreement," /
    // "Recognizing the
    // importance of the engagements …"
    assertEquals(
        List.of(
            new WordEdit(DiffOp.DELETE, "and", 0),
            new WordEdit(DiffOp.INSERT, ",", 0),
            new WordEdit(DiffOp.DELETE, "and recognizing", 1),
            new WordEdit(DiffOp.INSERT, "Recognizing", 1),
            new WordEdit(DiffOp.INSERT, "the", 1)),
        split.edits());
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  @Test
  void annualUpdateResolutionAlignsNineOperativeParagraphsToTwelve() throws Exception {
    Comparison c =
        COMPARER.compare(read(BBNJ + "A-RES-79-271.txt"), read(BBNJ + "A-RES-80-107.txt"));
    List<String> inserted = new ArrayList<>();
    List<String> mapping = new ArrayList<>();
    for (AlignedPair p : c.pairs()) {
      if (p.status() == Status.INSERTED && operative(p.newParagraph())) {
        inserted.add(p.newParagraph().label());
      } else if (p.oldParagraph() != null
          && operative(p.oldParagraph())
          && p.newParagraph() != null) {
        mapping.add(p.oldParagraph().label() + "→" + p.newParagraph().label());
      }
    }
    assertEquals(List.of("3", "6", "8"), inserted);
    assertEquals(
        List.of("1→1", "2→2", "3→4", "4→5", "5→7", "6→9", "7→10", "8→11", "9→12"), mapping);
  }

  @Test
  void parisAgreementDraftsHaveALineageThroughThreeRevisions() throws Exception {
    RevisionHistory h =
        COMPARER.compare(
            List.of(
                read(PARIS + "v4_2015-12-09_draft-agreement.md"),
                read(PARIS + "v5_2015-12-12_paris-agreement_L.9-Rev.1.md"),
                read(PARIS + "v6_2016-01-29_paris-agreement_editorial-corrections.md")));
    Comparison editorial = h.comparisons().get(1);
    // the editorial corrections of January 2016 change words, never the structure
    assertEquals(
        0,
        editorial.summary().inserted()
            + editorial.summary().deleted()
            + editorial.summary().moved()
            + editorial.summary().split()
            + editorial.summary().merged(),
        editorial.summary().toString());
    assertTrue(editorial.summary().modified() > 0);
    int v6 = h.revisions().get(2).paragraphs().size();
    long reachV6 = h.lineage().stream().filter(r -> r.indexes().get(2) != null).count();
    assertEquals(v6, reachV6, "every paragraph of v6 has a lineage row");
    assertTrue(
        h.lineage().stream()
            .anyMatch(r -> r.first() == 0 && r.indexes().get(2) != null && r.lastChange() == 2));
  }
}
