package org.draftkit.exporter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.DiffOp;
import org.draftkit.compare.WordEdit;
import org.draftkit.exporter.docx.internal.Layout;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.Run;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.SampleComparisons;
import org.draftkit.testkit.SampleSplits;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class ComparisonDocxExporterTest extends ExporterContract<Comparison> {

  private static final ComparisonDocxExporter EXPORTER = new ComparisonDocxExporter();

  @Override
  protected Exporter<Comparison> exporter() {
    return EXPORTER;
  }

  @Override
  protected Comparison sampleValue() {
    return SampleComparisons.comparison();
  }

  @Test
  void matchesTheGoldenParts() throws Exception {
    Map<String, String> parts =
        DocxParts.parts(DocxParts.bytes(EXPORTER, SampleComparisons.comparison()));
    Golden.assertMatches(
        "comparison/every-status/document.xml", DocxParts.golden(parts.get("word/document.xml")));
    Map<String, String> withNotes =
        DocxParts.parts(DocxParts.bytes(EXPORTER, Samples.comparison()));
    Golden.assertMatches(
        "comparison/draft-rev2/document.xml", DocxParts.golden(withNotes.get("word/document.xml")));
    Golden.assertMatches(
        "comparison/draft-rev2/footnotes.xml",
        DocxParts.golden(withNotes.get("word/footnotes.xml")));
  }

  @Test
  void changesAreAttributedToTheNewerRevisionOnItsDate() throws Exception {
    String xml =
        DocxParts.parts(DocxParts.bytes(EXPORTER, SampleComparisons.comparison()))
            .get("word/document.xml");
    int changes = DocxParts.count(xml, "<w:(ins|del|moveFrom|moveTo) ");
    assertTrue(changes > 0, xml);
    assertEquals(
        changes,
        DocxParts.count(
            xml,
            "<w:(ins|del|moveFrom|moveTo) [^>]*w:author=\"Rev.1\""
                + "[^>]*w:date=\"2025-12-01T00:00:00Z\""),
        "every change by Rev.1 on its date");
  }

  @Test
  void movesAreNamedRangesAtBothEnds() throws Exception {
    Comparison c = SampleComparisons.comparison();
    long moved = c.pairs().stream().filter(p -> p.status() == AlignedPair.Status.MOVED).count();
    assertTrue(moved > 0, "the sample has a move");
    String xml = DocxParts.parts(DocxParts.bytes(EXPORTER, c)).get("word/document.xml");
    for (int k = 1; k <= moved; k++) {
      assertEquals(
          1, DocxParts.count(xml, "<w:moveFromRangeStart [^>]*w:name=\"move" + k + "\""), xml);
      assertEquals(
          1, DocxParts.count(xml, "<w:moveToRangeStart [^>]*w:name=\"move" + k + "\""), xml);
    }
    assertEquals(moved, DocxParts.count(xml, "<w:moveFromRangeEnd "));
    assertEquals(moved, DocxParts.count(xml, "<w:moveToRangeEnd "));
  }

  @Test
  void pandocReadsTheSameInsertionsAndDeletionsAsTheJsonEdits() throws Exception {
    for (Comparison c :
        List.of(SampleComparisons.comparison(), Samples.comparison(), SampleSplits.comparison())) {
      Pandoc.Changes read = Pandoc.changes(DocxParts.bytes(EXPORTER, c));
      List<String> inserted = new ArrayList<>();
      List<String> deleted = new ArrayList<>();
      expectedChanges(c, inserted, deleted);
      assertEquals(multiset(inserted), multiset(read.inserted()), "inserted words");
      assertEquals(multiset(deleted), multiset(read.deleted()), "deleted words");
      assertEquals(Set.of(c.newMetadata().displayName()), Set.copyOf(read.authors()));
    }
  }

  @Test
  void acceptingEverythingGivesTheNewerTextAndRejectingTheOlder() throws Exception {
    // pandoc 2.17, rejecting an inserted paragraph mark, drops the text before it when the
    // paragraph
    // joined on holds a footnote reference (the same file without the reference reads right), so
    // the
    // splits sample is read back here without its one note
    Comparison splits =
        Comparer.defaults()
            .compare(
                withoutNoteReferences(SampleSplits.older()),
                withoutNoteReferences(SampleSplits.newer()));
    for (Comparison c : List.of(SampleComparisons.comparison(), Samples.comparison(), splits)) {
      byte[] docx = DocxParts.bytes(EXPORTER, c);
      assertEquals(
          c.newer().paragraphs().stream().map(DocumentDocxExporterTest::line).toList(),
          Pandoc.paragraphs(docx, "accept"));
      // rejected, the paragraphs keep the newer numbers (renumbering is not tracked): compare the
      // words
      assertEquals(
          c.older().paragraphs().stream()
              .map(p -> unlabelled(DocumentDocxExporterTest.line(p)))
              .toList(),
          Pandoc.paragraphs(docx, "reject").stream()
              .map(ComparisonDocxExporterTest::unlabelled)
              .toList());
    }
  }

  @Test
  void splitAndMergeWriteEachPartInItsOwnWordParagraph() throws Exception {
    byte[] docx = DocxParts.bytes(EXPORTER, SampleSplits.comparison());
    Golden.assertMatches(
        "comparison/splits/document.xml",
        DocxParts.golden(DocxParts.parts(docx).get("word/document.xml")));
    List<String> shown = Pandoc.paragraphs(docx, "all");
    // split: "further" is deleted inside new paragraph 3, whose footnote reference came with it
    assertEquals(
        "3. The Assembly further invites Member States to share good practices on meaningful connectivity.",
        shown.get(2).replaceAll("\\[\\^?\\d\\]|(?<=\\.)1$", ""),
        shown.toString());
    // merge: old 3 keeps its full stop (deleted), old 4 keeps its deleted label and first word
    assertEquals("4. Takes note of the consultations held in Geneva.", shown.get(3));
    assertEquals(
        "4. Expresses and expresses appreciation to the host country for its support.",
        shown.get(4));
    // the split of old 5 gives 5 and an inserted 6; renumbered paragraphs carry no tracked change
    assertEquals(
        "6. Invites regional commissions to contribute to the annual review of progress.",
        shown.get(6));
    assertEquals(
        "7. Requests the Commission on Science and Technology for Development to report annually.",
        shown.get(7));
  }

  @Test
  void footnoteEditsAreTrackedInsideTheirNotes() throws Exception {
    Comparison c =
        Comparer.defaults()
            .compare(
                withNotes("Zero draft", "Resolution 70/1, annex.", "See A/79/100.", null),
                withNotes("Rev.1", "Resolution 70/1, annex II.", null, "Adopted without a vote."));
    assertTrue(
        c.pairs().stream().anyMatch(p -> !p.footnotes().isEmpty()),
        "the pair has footnote changes");
    byte[] docx = DocxParts.bytes(EXPORTER, c);
    Golden.assertMatches(
        "comparison/footnotes/footnotes.xml",
        DocxParts.golden(DocxParts.parts(docx).get("word/footnotes.xml")));
    Pandoc.Changes read = Pandoc.changes(docx);
    List<String> inserted = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    expectedChanges(c, inserted, deleted);
    assertEquals(multiset(inserted), multiset(read.inserted()), "inserted words");
    assertEquals(multiset(deleted), multiset(read.deleted()), "deleted words");
    assertTrue(read.inserted().contains("II"), read.toString());
  }

  /** The document with its footnote references (and so its notes) taken out. */
  private static Document withoutNoteReferences(Document d) {
    Document.Builder b = Document.builder().metadata(d.metadata());
    for (var p : d.paragraphs()) {
      List<Run> runs = p.runs().stream().filter(r -> !r.has(Mark.FOOTNOTE_REFERENCE)).toList();
      b.add(p.number(), p.kind(), runs, p.parent(), null);
    }
    return b.build();
  }

  /** A one-paragraph revision with up to two footnotes referred to from its text. */
  private static Document withNotes(String revision, String first, String second, String third) {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder().revision(revision).date(LocalDate.of(2025, 12, 1)).build());
    List<Run> runs =
        new ArrayList<>(
            List.of(
                Run.plain("Recalling its resolution 70/1,"),
                note("1"),
                Run.plain(" and the report of the Secretary-General")));
    if (second != null) {
      runs.add(note("2"));
    }
    runs.add(
        Run.plain(" on the review of the implementation of the outcomes of the World Summit,"));
    if (third != null) {
      runs.add(note(second != null ? "3" : "2"));
    }
    b.add(null, ParagraphKind.PREAMBULAR, runs, null, null);
    b.footnote(Footnote.of("1", first));
    if (second != null) {
      b.footnote(Footnote.of("2", second));
    }
    if (third != null) {
      b.footnote(Footnote.of(second != null ? "3" : "2", third));
    }
    return b.build();
  }

  private static Run note(String label) {
    return new Run(label, EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, label);
  }

  /**
   * The words a reader of the redline sees as inserted and deleted: the JSON edits (of paragraphs
   * and of their footnotes), plus the labels that belong to inserted, deleted, split and merged
   * paragraphs, and for a move the whole paragraph at both ends (moved away, moved here).
   */
  static void expectedChanges(Comparison c, List<String> inserted, List<String> deleted) {
    for (AlignedPair p : c.pairs()) {
      switch (p.status()) {
        case MOVED -> {
          deleted.addAll(words(Layout.label(p.oldParagraph()) + p.oldParagraph().text()));
          inserted.addAll(words(Layout.label(p.newParagraph()) + p.newParagraph().text()));
          continue;
        }
        case INSERTED -> inserted.addAll(words(Layout.label(p.newParagraph())));
        case DELETED -> deleted.addAll(words(Layout.label(p.oldParagraph())));
        case SPLIT ->
            p.newer().stream().skip(1).forEach(n -> inserted.addAll(words(Layout.label(n))));
        case MERGED ->
            p.older().stream().skip(1).forEach(o -> deleted.addAll(words(Layout.label(o))));
        default -> {}
      }
      for (WordEdit e : p.edits()) {
        (e.op() == DiffOp.INSERT ? inserted : deleted).addAll(words(e.text()));
      }
      for (AlignedPair.FootnoteChange f : p.footnotes()) {
        for (WordEdit e : f.edits()) {
          (e.op() == DiffOp.INSERT ? inserted : deleted).addAll(words(e.text()));
        }
      }
    }
  }

  static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  static Map<String, Integer> multiset(List<String> words) {
    Map<String, Integer> m = new TreeMap<>();
    words.forEach(w -> m.merge(w, 1, Integer::sum));
    return m;
  }

  static String unlabelled(String line) {
    return LeadingLabel.find(line).map(l -> line.substring(l.length())).orElse(line);
  }
}
