package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.draftkit.Toolkit;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.Consolidator;
import org.draftkit.amend.Submission;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Position;
import org.draftkit.positions.PositionReader;
import org.draftkit.positions.PositionTable;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;

/** The real cases of issues 5 and 6 on the shared corpus (skipped when it is absent). */
class CorpusAcceptanceTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final String IMSB = "submissions/imsb-reflections-wsis20-rev2_2025-12-09.md";
  private static final String L41 =
      "un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt";
  private static final String V2 =
      "un-drafts/unfccc-cma6-article6.2/v2_later-draft_2024-11-17to19_party-inputs-as-comments_tracked.docx";

  /** Every stance the IMSB reflections state, as a reader tabulated them by hand. */
  private static Set<String> imsbByHand() {
    Set<String> s = new TreeSet<>();
    for (int p : new int[] {3, 5, 105, 119, 100, 98, 24, 104, 106, 111, 113, 25, 26, 91, 84}) {
      s.add(p + ":retain");
    }
    for (int p = 120; p <= 126; p++) {
      s.add(p + ":retain");
    }
    for (int p : new int[] {9, 10, 11, 12, 16}) {
      s.add(p + ":retain");
    }
    for (int p = 18; p <= 27; p++) {
      s.add(p + ":retain");
    }
    for (int p = 61; p <= 65; p++) {
      s.add(p + ":retain");
    }
    for (String p : new String[] {"66", "84", "88", "89", "100", "103", "91"}) {
      s.add(p + ":amend");
    }
    s.add("83 bis:add");
    s.add("73:restore");
    s.add("89:restore");
    return s;
  }

  @Test
  void imsbPositionsAgreeWithAReadersTable() throws Exception {
    Document imsb = TOOLKIT.read(Corpus.file(IMSB));
    PositionTable t = PositionReader.defaults().build(List.of(Submission.of(imsb, null)), null);
    assertEquals(List.of("IMSB"), t.stakeholders().stream().map(Object::toString).toList());
    Set<String> found = new TreeSet<>();
    for (PositionTable.Row r : t.rows()) {
      for (Position p : r.positions()) {
        found.add(r.paragraph() + ":" + p.stance().id());
      }
    }
    Set<String> truth = imsbByHand();
    Set<String> hit = new HashSet<>(found);
    hit.retainAll(truth);
    double precision = (double) hit.size() / found.size();
    double recall = (double) hit.size() / truth.size();
    Set<String> missed = new TreeSet<>(truth);
    missed.removeAll(found);
    Set<String> extra = new TreeSet<>(found);
    extra.removeAll(truth);
    assertTrue(
        precision >= 0.9 && recall >= 0.9,
        "precision "
            + precision
            + ", recall "
            + recall
            + "; missed "
            + missed
            + "; extra "
            + extra);
  }

  @Test
  void unfcccCommentsGivePartyPositions() throws Exception {
    Document v2 = TOOLKIT.read(Corpus.file(V2));
    assertEquals(95, v2.comments().size());
    PositionTable t = PositionReader.defaults().build(List.of(Submission.of(v2, null)), null);
    Map<String, Set<String>> stancesByParty =
        t.rows().stream()
            .flatMap(r -> r.positions().stream())
            .collect(
                Collectors.groupingBy(
                    p -> p.stakeholder().name(),
                    Collectors.mapping(p -> p.stance().id(), Collectors.toSet())));
    assertTrue(stancesByParty.size() >= 8, stancesByParty.keySet().toString());
    for (String party :
        new String[] {"US", "LMDC", "Norway", "Canada", "Pakistan", "AOSIS", "EU", "AILAC"}) {
      assertTrue(stancesByParty.containsKey(party), party + " in " + stancesByParty.keySet());
    }
    assertTrue(stancesByParty.get("LMDC").contains("delete"), "LMDC: Delete whole section");
    assertTrue(stancesByParty.get("US").contains("amend"), "US: Proposed language: …");
  }

  @Test
  void imsbQuotesOfRev2AreFoundInTheFinalDraftByTheirText() throws Exception {
    Document base = TOOLKIT.read(Corpus.file(L41));
    Document imsb = TOOLKIT.read(Corpus.file(IMSB));
    Consolidation c = Consolidator.defaults().consolidate(base, List.of(Submission.of(imsb, null)));
    // Rev2's 84 is the final draft's 85: the IMSB insertion lands there, attributed
    Consolidation.Applied a85 =
        c.applied().stream().filter(a -> a.paragraph().equals("85")).findFirst().orElseThrow();
    assertEquals("IMSB", a85.proponent());
    assertTrue(
        a85.inserted().contains("including the Internet Governance Forum and the WSIS Forum"),
        a85.toString());
    assertTrue(a85.note().contains("quoted as 84"), a85.toString());
    Paragraph p85 =
        c.document().paragraphs().stream()
            .filter(p -> "85".equals(p.label()))
            .findFirst()
            .orElseThrow();
    assertTrue(p85.runs().stream().anyMatch(r -> r.has(Mark.INSERT) && "IMSB".equals(r.author())));
    // the new paragraph follows what was Rev.2's 83: the final draft's 84 (its 84 is the final
    // draft's 85)
    List<String> labels = c.document().paragraphs().stream().map(Paragraph::label).toList();
    assertEquals(labels.indexOf("84") + 1, labels.indexOf("83 bis"), labels.toString());
    // 66 was rewritten in the final draft (as 67): its changes are conflicts with the later
    // revision, not forced in
    assertTrue(
        c.conflicts().stream()
            .anyMatch(
                x ->
                    x.paragraph().equals("67")
                        && x.kind() == Consolidation.ConflictKind.LATER_REVISION
                        && x.quoted().contains("consider the establishment of")),
        c.conflicts().toString());
  }

  @Test
  void theCommandLineRunsOnTheRealFiles() {
    Path imsb = Corpus.file(IMSB);
    Path l41 = Corpus.file(L41);
    CliRun r = CliRun.run(TOOLKIT, "consolidate", l41.toString(), imsb.toString(), "--to", "md");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("## Changes applied"), r.out());
    CliRun p =
        CliRun.run(TOOLKIT, "positions", imsb.toString(), "--base", l41.toString(), "--to", "json");
    assertEquals(0, p.exitCode(), p::toString);
    assertTrue(p.out().contains("\"baseText\""), "rows carry the base's current text");
  }
}
