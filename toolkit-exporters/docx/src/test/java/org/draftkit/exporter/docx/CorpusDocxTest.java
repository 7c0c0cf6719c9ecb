package org.draftkit.exporter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.draftkit.Toolkit;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The exporters on real documents of the corpus (skipped when it is absent), read back by pandoc
 * and by draftkit.
 */
class CorpusDocxTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final String UNFCCC =
      "un-drafts/unfccc-cma6-article6.2/v2_later-draft_2024-11-17to19_party-inputs-as-comments_tracked.docx";

  @Test
  void unfcccDraftKeepsItsCommentsAndEachAuthorsTrackedChanges() throws Exception {
    Document doc = TOOLKIT.read(Corpus.file(UNFCCC));
    byte[] docx = DocxParts.bytes(new DocumentDocxExporter(), doc);

    // pandoc sees every comment and every tracked change under its own author
    Pandoc.Changes changes = Pandoc.changes(docx);
    Set<String> authors = new TreeSet<>();
    for (Paragraph p : doc.paragraphs()) {
      for (Run r : p.runs()) {
        if ((r.has(Mark.INSERT) || r.has(Mark.DELETE)) && !r.text().isBlank()) {
          authors.add(r.author());
        }
      }
    }
    assertTrue(authors.size() >= 2, "the draft has changes by several authors: " + authors);
    assertEquals(authors, new TreeSet<>(changes.authors()));
    String comments = DocxParts.parts(docx).get("word/comments.xml");
    assertEquals(doc.comments().size(), DocxParts.count(comments, "<w:comment "));

    // and draftkit reads back the same paragraphs, comments and marks
    Document back =
        TOOLKIT.read(new ByteArrayInputStream(docx), "roundtrip.docx", "docx", Map.of());
    assertEquals(texts(doc), texts(back));
    assertEquals(anchored(doc), anchored(back), "every comment on its paragraph");
    assertEquals(marked(doc), marked(back));
  }

  @Test
  void realRedlinesReadLikeTheirJsonEdits() throws Exception {
    List<String[]> pairs =
        List.of(
            new String[] {
              "un-drafts/bbnj-ga-resolutions/A-RES-79-271.pdf",
              "un-drafts/bbnj-ga-resolutions/A-RES-80-107.pdf"
            },
            new String[] {
              "un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt",
              "un-drafts/wsis20/A_RES_80_173_wsis20-outcome_adopted_2025-12-17.txt"
            });
    for (String[] pair : pairs) {
      Comparison c =
          Comparer.defaults()
              .compare(TOOLKIT.read(Corpus.file(pair[0])), TOOLKIT.read(Corpus.file(pair[1])));
      byte[] docx = DocxParts.bytes(new ComparisonDocxExporter(), c);
      Pandoc.Changes read = Pandoc.changes(docx);
      List<String> inserted = new ArrayList<>();
      List<String> deleted = new ArrayList<>();
      ComparisonDocxExporterTest.expectedChanges(c, inserted, deleted);
      assertEquals(
          ComparisonDocxExporterTest.multiset(inserted),
          ComparisonDocxExporterTest.multiset(read.inserted()),
          pair[1] + ": inserted words");
      assertEquals(
          ComparisonDocxExporterTest.multiset(deleted),
          ComparisonDocxExporterTest.multiset(read.deleted()),
          pair[1] + ": deleted words");
      assertEquals(
          c.newer().paragraphs().stream().map(DocumentDocxExporterTest::line).toList(),
          Pandoc.paragraphs(docx, "accept"),
          pair[1] + ": accepting every change gives the newer text");
    }
  }

  private static List<String> texts(Document d) {
    return d.paragraphs().stream()
        .map(p -> Objects.toString(p.label(), "") + "|" + p.text().strip())
        .toList();
  }

  /**
   * Each comment with its author and the paragraph it is anchored on, sorted (ids are renumbered).
   */
  private static List<String> anchored(Document d) {
    return d.comments().stream()
        .map(c -> c.paragraph() + "|" + c.author() + "|" + c.text())
        .sorted()
        .toList();
  }

  /** Each tracked run's mark, author and words, in order. */
  private static List<String> marked(Document d) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : d.paragraphs()) {
      for (Run r : p.runs()) {
        if ((r.has(Mark.INSERT) || r.has(Mark.DELETE)) && !r.text().isBlank()) {
          out.add((r.has(Mark.DELETE) ? "del " : "ins ") + r.author() + ": " + r.text().strip());
        }
      }
    }
    return out;
  }
}
