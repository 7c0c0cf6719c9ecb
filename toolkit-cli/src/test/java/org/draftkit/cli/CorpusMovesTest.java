package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftkit.Toolkit;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.Consolidator;
import org.draftkit.amend.Moves;
import org.draftkit.amend.Submission;
import org.draftkit.compare.Comparer;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Position;
import org.draftkit.model.Run;
import org.draftkit.positions.PositionReader;
import org.draftkit.positions.PositionTable;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moves and renumbered comment anchors on real files (skipped without the corpus): the Word tracked
 * move in pandoc's test document, and the UNFCCC Art. 6.2 v2 party comments mapped onto the v1
 * numbering.
 */
class CorpusMovesTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final String MOVE = "docx-peers/pandoc/track_changes_move.docx";
  private static final String V1 =
      "un-drafts/unfccc-cma6-article6.2/v1_draft-decision_1st-iteration_2024-11-14.docx";
  private static final String V2 =
      "un-drafts/unfccc-cma6-article6.2/v2_later-draft_2024-11-17to19_party-inputs-as-comments_tracked.docx";

  @TempDir Path dir;

  @Test
  void aRealWordMoveIsAppliedByItsAuthorAndWrittenBackAsAWordMove() throws Exception {
    Document copy = TOOLKIT.read(Corpus.file(MOVE));
    List<Moves.Move> moves = Moves.of(copy);
    assertEquals(1, moves.size(), "the document moves one paragraph");
    Moves.Move move = moves.get(0);
    // the base is the document with the move rejected: the moved-to paragraph left out, nothing
    // marked
    Document.Builder b = Document.builder().metadata(Metadata.builder().title("Base").build());
    List<String> expected = new ArrayList<>();
    for (Paragraph p : copy.paragraphs()) {
      if (p.text().isBlank()) {
        continue;
      }
      if (p.index() != move.to()) {
        b.add(p.number(), p.kind(), List.of(Run.plain(p.text())), null, null);
      }
      if (p.index() != move.from()) {
        expected.add(p.text().strip());
      }
    }
    Consolidation c =
        Consolidator.defaults().consolidate(b.build(), List.of(Submission.of(copy, "Submitter")));
    String author = move.author() == null ? "Submitter" : move.author();
    assertTrue(
        c.applied().stream()
            .anyMatch(
                a ->
                    a.op() == org.draftkit.amend.Consolidation.Operation.MOVE
                        && a.proponent().equals(author)),
        c.applied().toString());
    assertTrue(c.unmatched().isEmpty(), c.unmatched().toString());
    assertEquals(
        expected,
        c.accepted().paragraphs().stream().map(p -> p.text().strip()).toList(),
        "accepted, the consolidation reads as the document with its move accepted");

    Path base = dir.resolve("base.json");
    Files.writeString(base, TOOLKIT.writeString(b.build(), "json"));
    Path out = dir.resolve("consolidated.docx");
    CliRun r =
        CliRun.run(
            TOOLKIT,
            "consolidate",
            base.toString(),
            Corpus.file(MOVE).toString(),
            "--to",
            "docx",
            "-o",
            out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    Moves.Move back = Moves.of(TOOLKIT.read(out)).get(0);
    assertEquals(move.author(), back.author(), "the move keeps its author through our DOCX");
  }

  @Test
  void unfcccCommentsOnV2LandOnV1ParagraphsThatReadTheSame() throws Exception {
    Document v1 = TOOLKIT.read(Corpus.file(V1));
    Document v2 = TOOLKIT.read(Corpus.file(V2));
    Map<String, String> renumbering =
        PositionReader.renumbering(Comparer.defaults().compare(v2, v1));
    PositionTable mapped =
        PositionReader.defaults().build(List.of(Submission.of(v2, null)), v1, renumbering);
    PositionTable raw = PositionReader.defaults().build(List.of(Submission.of(v2, null)), v1);

    Map<String, PositionTable.Row> rows = new HashMap<>();
    mapped.rows().forEach(r -> rows.put(r.paragraph(), r));
    int moved = 0;
    int deleted = 0;
    int checked = 0;
    for (PositionTable.Row row : raw.rows()) {
      String to = renumbering.getOrDefault(row.paragraph(), row.paragraph());
      for (Position p : row.positions()) {
        if (!fromComment(v2, p)) {
          continue;
        }
        checked++;
        PositionTable.Row landed = rows.get(to);
        assertTrue(
            landed != null
                && landed.positions().stream()
                    .anyMatch(
                        q ->
                            q.stakeholder().equals(p.stakeholder())
                                && q.stance() == p.stance()
                                && q.evidence().equals(p.evidence())),
            p + " of v2's " + row.paragraph() + " on v1's " + to);
        moved += to.equals(row.paragraph()) ? 0 : 1;
        if (to.endsWith(PositionReader.DELETED)) {
          deleted++;
        } else if (landed.baseText() != null && anchorText(v2, row.paragraph()) != null) {
          double dice = dice(anchorText(v2, row.paragraph()), landed.baseText());
          assertTrue(dice >= 0.3, "v2's " + row.paragraph() + " and v1's " + to + " share " + dice);
        }
      }
    }
    assertTrue(checked >= 50, "comment positions checked: " + checked);
    assertTrue(moved >= 20, "comment positions that changed number: " + moved);
    assertTrue(deleted >= 1, "comment positions on paragraphs v1 does not have: " + deleted);
    assertTrue(
        mapped.diagnostics().stream()
            .anyMatch(d -> d.code().equals("positions.deleted-paragraph")));
  }

  private static boolean fromComment(Document doc, Position p) {
    return doc.comments().stream().map(Comment::text).anyMatch(t -> t.equals(p.evidence().quote()));
  }

  /** The text of the paragraph {@code label} names in {@code doc} (top-level label or "12(a)"). */
  private static String anchorText(Document doc, String label) {
    for (Paragraph p : doc.paragraphs()) {
      if (p.number() != null && label.equals(doc.fullLabel(p))) {
        return p.text();
      }
    }
    return null;
  }

  private static double dice(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return x.isEmpty() && y.isEmpty() ? 1 : 2.0 * both.size() / (x.size() + y.size());
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
