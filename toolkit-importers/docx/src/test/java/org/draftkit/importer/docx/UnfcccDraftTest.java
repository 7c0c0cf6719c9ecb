package org.draftkit.importer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UNFCCC Article 6.2 draft (v2): party positions as 95 Word comments, tracked changes, UN
 * numbering.
 */
class UnfcccDraftTest {
  private static final String V2 =
      "un-drafts/unfccc-cma6-article6.2/"
          + "v2_later-draft_2024-11-17to19_party-inputs-as-comments_tracked.docx";
  private static Document doc;

  @BeforeAll
  static void read() throws Exception {
    Path file = Corpus.file(V2);
    try (InputStream in = Files.newInputStream(file)) {
      doc = new DocxImporter().read(in, ImportContext.of(file.getFileName().toString()));
    }
  }

  @Test
  void all95CommentsComeOutWithAuthorsAndAnchors() {
    assertEquals(95, doc.comments().size());
    Set<String> anchoredIds = new HashSet<>();
    for (Paragraph p : doc.paragraphs()) {
      for (Run r : p.runs()) {
        if (r.has(Mark.COMMENT_ANCHOR)) {
          anchoredIds.add(r.ref());
        }
      }
    }
    for (Comment c : doc.comments()) {
      assertNotNull(c.author(), "comment " + c.id() + " has an author");
      assertNotNull(c.date(), "comment " + c.id() + " has a date");
      assertFalse(c.text().isBlank(), "comment " + c.id() + " has text");
      assertNotNull(c.paragraph(), "comment " + c.id() + " is anchored");
      assertTrue(c.paragraph() >= 0 && c.paragraph() < doc.paragraphs().size());
    }
    // every comment's id is on some run: the text it covers, or an empty run where it sits
    for (Comment c : doc.comments()) {
      assertTrue(anchoredIds.contains(c.id()), "comment " + c.id() + " marks a run");
    }
  }

  @Test
  void partyPositionsAnchorOnTheParagraphTheyConcern() {
    Comment us =
        doc.comments().stream()
            .filter(c -> c.text().equals("US: Clarifies not decides"))
            .findFirst()
            .orElseThrow();
    Paragraph p = doc.paragraphs().get(us.paragraph());
    assertEquals("1", p.label());
    assertTrue(p.text().startsWith("Decides that a cooperative approach"), p.text());
    assertEquals("Decides", us.anchorText());
    Comment lmdc =
        doc.comments().stream()
            .filter(c -> c.text().startsWith("LMDC: Delete whole section"))
            .findFirst()
            .orElseThrow();
    Paragraph heading = doc.paragraphs().get(lmdc.paragraph());
    assertEquals(ParagraphKind.HEADING, heading.kind());
    assertEquals("I", heading.label());
  }

  @Test
  void operativeParagraphsAreNumberedOneToSeventyOneWithoutGaps() {
    List<Integer> numbers = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      if (p.kind() == ParagraphKind.OPERATIVE && p.parent() == null) {
        assertEquals(ParagraphNumber.Scheme.ARABIC, p.number().scheme(), p.toString());
        numbers.add(p.number().value());
      }
    }
    assertEquals(71, numbers.size(), numbers.toString());
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals(i + 1, numbers.get(i));
    }
  }

  @Test
  void subItemsHangUnderTheirOperativeParagraph() {
    Paragraph p14 = doc.find("14").orElseThrow();
    List<Paragraph> items = doc.children(p14.index());
    assertEquals(15, items.size());
    assertEquals("(a)", items.get(0).label());
    assertEquals("(o)", items.get(14).label());
    assertTrue(items.stream().allMatch(i -> i.kind() == ParagraphKind.OPERATIVE));
    // paragraph 21's items continue the letters of paragraph 20's list, as Word shows them
    Paragraph p21 = doc.find("21").orElseThrow();
    assertEquals(
        List.of("(c)", "(d)"), doc.children(p21.index()).stream().map(Paragraph::label).toList());
  }

  @Test
  void chaptersRunOnAcrossRestartedSubLists() {
    List<String> chapters =
        doc.paragraphs().stream()
            .filter(
                p ->
                    p.kind() == ParagraphKind.HEADING
                        && p.number() != null
                        && p.number().scheme() == ParagraphNumber.Scheme.UPPER_ROMAN)
            .map(Paragraph::label)
            .toList();
    assertEquals(
        List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"),
        chapters);
  }

  @Test
  void preambleAndHeadings() {
    assertEquals(ParagraphKind.PREAMBULAR, doc.paragraphs().get(3).kind());
    assertTrue(doc.paragraphs().get(3).text().startsWith("Recalling decision 2/CMA.3"));
    assertTrue(doc.paragraphs().get(3).runs().get(0).has(Mark.ITALIC));
    assertEquals(ParagraphKind.HEADING, doc.paragraphs().get(0).kind());
  }

  @Test
  void trackedChangesKeepAuthorAndDate() {
    long inserts = 0;
    long deletes = 0;
    for (Paragraph p : doc.paragraphs()) {
      for (Run r : p.runs()) {
        if (r.has(Mark.INSERT) || r.has(Mark.DELETE)) {
          assertNotNull(r.author(), "tracked change without author: " + r);
          assertNotNull(r.date(), "tracked change without date: " + r);
          inserts += r.has(Mark.INSERT) ? 1 : 0;
          deletes += r.has(Mark.DELETE) ? 1 : 0;
        }
      }
    }
    assertTrue(inserts > 0 && deletes > 0, inserts + " insertions, " + deletes + " deletions");
  }

  @Test
  void metadataFromDocumentProperties() {
    assertTrue(doc.metadata().title().startsWith("Guidance on cooperative approaches"));
    assertEquals("Aisulu Aldasheva", doc.metadata().author());
    assertEquals("2024-11-19", doc.metadata().date().toString());
  }

  @Test
  void footnotesAreLinkedFromTheBody() {
    assertTrue(doc.footnote("1").isPresent());
    Paragraph withRef =
        doc.paragraphs().stream()
            .filter(
                p ->
                    p.runs().stream()
                        .anyMatch(r -> r.has(Mark.FOOTNOTE_REFERENCE) && "1".equals(r.ref())))
            .findFirst()
            .orElseThrow();
    assertEquals("(a)", withRef.label());
    assertEquals(
        "See decision 6/CMA.4, annex II, paras. 2(a) and 3.",
        doc.footnote("1").orElseThrow().text());
  }
}
