package org.draftkit.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.draftkit.amend.Submission;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Position;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

class PositionReaderTest {

  private final PositionReader reader = PositionReader.defaults();

  private static void para(Document.Builder b, String label, ParagraphKind kind, Run... runs) {
    b.add(label == null ? null : ParagraphNumber.of(label), kind, List.of(runs), null, null);
  }

  private static Document submission() {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .title("Sounding Board (SB) Reflections on Revision 2")
                    .source("sb.md")
                    .build());
    para(
        b,
        null,
        ParagraphKind.OTHER,
        Run.plain("The board notes areas of convergence to retain, in particular:"));
    para(
        b,
        null,
        ParagraphKind.OTHER,
        Run.plain("It is important to strengthen language to para 91 to reflect architecture."));
    para(
        b,
        null,
        ParagraphKind.OTHER,
        Run.plain(
            "Anchoring human rights by restoring the language in the Zero Draft (paragraphs 73 and 89 in particular)."));
    para(b, null, ParagraphKind.HEADING, Run.plain("Key aspects to retain in the next revision"));
    para(
        b,
        null,
        ParagraphKind.OTHER,
        Run.plain("Closing all digital divides (paras 9-12, 16, 18- 27) - another step up."));
    para(
        b,
        null,
        ParagraphKind.OTHER,
        Run.plain("Financial mechanisms (paras 61-65, including suggested edits to para 66)"));
    para(
        b,
        "66",
        ParagraphKind.OPERATIVE,
        Run.plain("We invite the Secretary-General "),
        Run.of("to establish", Mark.STRIKE),
        Run.plain(" a task force."));
    para(b, null, ParagraphKind.OTHER, Run.plain("Option A - an additional paragraph:"));
    para(
        b, "83 bis", ParagraphKind.OPERATIVE, Run.plain("We recognise the significant work done."));
    para(
        b,
        null,
        ParagraphKind.OTHER,
        Run.plain("The board suggests consolidating the references in paragraphs 100 and 103."));
    return b.build();
  }

  private static String cell(PositionTable t, String label) {
    return t.rows().stream()
        .filter(r -> r.paragraph().equals(label))
        .findFirst()
        .map(
            r ->
                r.positions().stream()
                    .map(p -> p.stakeholder() + ":" + p.stance().id())
                    .sorted()
                    .toList()
                    .toString())
        .orElse("-");
  }

  @Test
  void readsEveryKindOfStanceInASubmission() {
    PositionTable t = reader.build(List.of(Submission.of(submission(), null)), null);
    assertEquals("SB", t.stakeholders().get(0).name());
    assertEquals("[SB:amend]", cell(t, "91"));
    assertEquals(
        "[SB:restore]",
        cell(t, "Zero Draft 73"),
        "a paragraph of another revision has a row of its own");
    assertEquals("[SB:restore]", cell(t, "Zero Draft 89"));
    assertEquals("-", cell(t, "73"));
    for (String l : new String[] {"9", "10", "11", "12", "16", "18", "22", "27", "61", "65"}) {
      assertEquals("[SB:retain]", cell(t, l), l);
    }
    assertEquals("-", cell(t, "17"));
    assertEquals(
        "[SB:amend]",
        cell(t, "66"),
        "the quoted paragraph and the prose reference merge into one amend");
    assertEquals("[SB:add]", cell(t, "83 bis"));
    assertEquals("[SB:amend]", cell(t, "100"));
    assertEquals("[SB:amend]", cell(t, "103"));
    Position amend66 =
        t.rows().stream()
            .filter(r -> r.paragraph().equals("66"))
            .findFirst()
            .orElseThrow()
            .positions()
            .get(0);
    assertEquals("We invite the Secretary-General a task force.", amend66.text());
    assertEquals(
        "We invite the Secretary-General ~~to establish~~ a task force.",
        amend66.evidence().quote());
  }

  @Test
  void rowsFollowTheBaseAndNewParagraphsFollowTheirNumber() {
    Document.Builder base =
        Document.builder().metadata(Metadata.builder().revision("Rev2").build());
    for (int i = 1; i <= 110; i++) {
      para(
          base,
          Integer.toString(i),
          ParagraphKind.OPERATIVE,
          Run.plain("Paragraph " + i + " text."));
    }
    PositionTable t = reader.build(List.of(Submission.of(submission(), "SB")), base.build());
    List<String> order = t.rows().stream().map(PositionTable.Row::paragraph).toList();
    assertEquals(-1, order.indexOf("83"), "83 itself is not addressed");
    assertTrue(
        order.indexOf("66") < order.indexOf("83 bis")
            && order.indexOf("83 bis") < order.indexOf("91"),
        order.toString());
    assertEquals("Paragraph 66 text.", t.rows().get(order.indexOf("66")).baseText());
    assertEquals(
        List.of("positions.other-revision"),
        t.diagnostics().stream().map(d -> d.code()).toList(),
        t.diagnostics().toString());
    List<String> sorted = new ArrayList<>(order);
    assertEquals(new TreeSet<>(sorted).size(), order.size(), "one row per paragraph");
  }

  @Test
  void referencesToAnEarlierRevisionAreRenumberedAndQuotesPlacedByTheirText() {
    Document.Builder earlier =
        Document.builder().metadata(Metadata.builder().revision("Rev2").build());
    Document.Builder base =
        Document.builder().metadata(Metadata.builder().revision("Rev3").build());
    for (int i = 1; i <= 110; i++) {
      String text =
          "Paragraph about subject " + i + " with its own distinct wording number " + i + ".";
      para(earlier, Integer.toString(i), ParagraphKind.OPERATIVE, Run.plain(text));
      if (i == 50) {
        para(
            base,
            "50",
            ParagraphKind.OPERATIVE,
            Run.plain("A new paragraph inserted in Rev3 about something else."));
      }
      if (i != 100) { // Rev3 deletes Rev2's 100
        para(
            base,
            Integer.toString(i < 50 ? i : i < 100 ? i + 1 : i),
            ParagraphKind.OPERATIVE,
            Run.plain(text));
      }
    }
    Document.Builder sub = Document.builder().metadata(Metadata.builder().source("sb.md").build());
    para(
        sub,
        null,
        ParagraphKind.OTHER,
        Run.plain("We retain para 91. We would delete paragraph 100."));
    para(
        sub,
        "66",
        ParagraphKind.OPERATIVE,
        Run.plain("Paragraph about subject 66 with its own "),
        Run.of("distinct", Mark.STRIKE),
        Run.plain(" wording number 66."));
    var comparison =
        org.draftkit.compare.Comparer.defaults().compare(earlier.build(), base.build());
    PositionTable t =
        reader.build(
            List.of(Submission.of(sub.build(), "SB")),
            base.build(),
            PositionReader.renumbering(comparison));
    assertEquals("[SB:retain]", cell(t, "92"), "Rev2's 91 is Rev3's 92");
    assertEquals("[SB:amend]", cell(t, "67"), "the quote of Rev2's 66 is Rev3's 67");
    assertEquals("-", cell(t, "91"));
    assertEquals(
        "[SB:delete]",
        cell(t, "100 (deleted)"),
        "Rev2's 100 is not in Rev3: never put on Rev3's 100");
    assertEquals("-", cell(t, "100"));
    assertTrue(
        t.diagnostics().stream().noneMatch(d -> d.code().equals("positions.found-by-text")),
        "renumbered, not found by text: " + t.diagnostics());
    PositionTable unmapped = reader.build(List.of(Submission.of(sub.build(), "SB")), base.build());
    assertEquals(
        "[SB:amend]",
        cell(unmapped, "67"),
        "without the mapping the quote is still placed by its text");
    assertEquals(
        "[SB:retain]",
        cell(unmapped, "92"),
        "without the mapping, the numbering the quotes show (66 is 67)");
    Position retain =
        t.rows().stream()
            .filter(r -> r.paragraph().equals("92"))
            .findFirst()
            .orElseThrow()
            .positions()
            .get(0);
    assertTrue(retain.note() == null, "mapped by the comparison: certain");
    Position guessed =
        unmapped.rows().stream()
            .filter(r -> r.paragraph().equals("92"))
            .findFirst()
            .orElseThrow()
            .positions()
            .get(0);
    assertTrue(guessed.uncertain(), "no quote after 66: the row says the placement is uncertain");
    assertTrue(
        unmapped.diagnostics().stream()
            .anyMatch(d -> d.code().equals("positions.numbering-uncertain")),
        unmapped.diagnostics().toString());
  }

  @Test
  void partyCommentsOnAnAnnotatedDraft() {
    Document.Builder b =
        Document.builder().metadata(Metadata.builder().source("draft.docx").build());
    for (int i = 1; i <= 20; i++) {
      para(b, Integer.toString(i), ParagraphKind.OPERATIVE, Run.plain("Decides " + i + "."));
    }
    b.comment(new Comment("1", "Secretariat", null, "US: Clarifies not decides", 2, null));
    b.comment(
        new Comment(
            "2",
            "Secretariat",
            null,
            "U.S, Canada, Japan: Delete the recalling paras\nEU: As a reminder, recalling paras may be needed",
            4,
            null));
    b.comment(
        new Comment("3", "Secretariat", null, "US proposed to delete paras 14 and 16", 10, null));
    b.comment(new Comment("4", "Secretariat", null, "Missing cross-referencing", 11, null));
    PositionTable t = reader.build(List.of(Submission.of(b.build(), null)), null);
    assertEquals("[US:amend]", cell(t, "3"));
    assertEquals("[Canada:delete, EU:comment, Japan:delete, US:delete]", cell(t, "5"));
    assertEquals("[US:delete]", cell(t, "14"));
    assertEquals("[US:delete]", cell(t, "16"));
    assertEquals(
        List.of("US", "Canada", "Japan", "EU"),
        t.stakeholders().stream().map(Object::toString).toList(),
        "an annotated draft is not a column of its own");
    assertEquals(1, t.diagnostics().size(), "the comment with no party is reported");
  }

  @Test
  void commentsAnchoredOnAnEarlierRevisionFollowTheRenumbering() {
    Document.Builder earlier =
        Document.builder().metadata(Metadata.builder().revision("v1").source("v1.docx").build());
    Document.Builder base =
        Document.builder().metadata(Metadata.builder().revision("v2").symbol("FCCC/v2").build());
    for (int i = 1; i <= 30; i++) {
      String text =
          "Paragraph about subject " + i + " with its own distinct wording number " + i + ".";
      para(earlier, Integer.toString(i), ParagraphKind.OPERATIVE, Run.plain(text));
      if (i == 5) {
        para(
            base,
            "5",
            ParagraphKind.OPERATIVE,
            Run.plain("A new paragraph inserted in v2 about something else entirely."));
      }
      if (i != 20) { // v2 deletes v1's 20
        para(
            base,
            Integer.toString(i < 5 ? i : i < 20 ? i + 1 : i),
            ParagraphKind.OPERATIVE,
            Run.plain(text));
      }
    }
    // the parties commented on v1: paragraph 12 of v1 is index 11, paragraph 20 is index 19
    earlier.comment(new Comment("1", "Secretariat", null, "US: Delete this paragraph", 11, null));
    earlier.comment(new Comment("2", "Secretariat", null, "EU: Support", 19, null));
    earlier.comment(
        new Comment("3", "Secretariat", null, "LMDC proposed to delete para 15", 2, null));
    Document v1 = earlier.build();
    var comparison = org.draftkit.compare.Comparer.defaults().compare(v1, base.build());
    PositionTable t =
        reader.build(
            List.of(Submission.of(v1, null)), base.build(), PositionReader.renumbering(comparison));
    assertEquals("[US:delete]", cell(t, "13"), "v1's 12 is v2's 13");
    assertEquals("-", cell(t, "12"), "never on the paragraph that now has v1's number");
    assertEquals("[EU:retain]", cell(t, "20 (deleted)"), "v1's 20 is not in v2: a row of its own");
    assertEquals("-", cell(t, "20"));
    assertEquals(
        "[LMDC:delete]", cell(t, "16"), "a paragraph named in a comment: v1's 15 is v2's 16");
    assertTrue(
        t.diagnostics().stream()
            .anyMatch(
                d ->
                    d.code().equals("positions.deleted-paragraph")
                        && d.message()
                            .contains("paragraph 20 of the earlier revision is addressed by [EU]")),
        t.diagnostics().toString());
    PositionTable unmapped = reader.build(List.of(Submission.of(v1, null)), base.build());
    assertEquals(
        "[US:delete]",
        cell(unmapped, "12"),
        "without --renumber-from the anchor's own number is kept");
  }
}
