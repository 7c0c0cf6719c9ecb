package org.draftkit.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

/** Proposals in the shape of the IMSB reflections applied to a reconstructed base. */
class ConsolidatorTest {

  static final String P66 =
      "We invite the Secretary-General, within existing mandates and resources, to establish a task force"
          + " to examine future financial mechanisms, and to report on its outcomes to the 81st session of the General Assembly.";
  static final String P84 =
      "We encourage international partnerships. We will leverage existing United Nations and"
          + " multi-stakeholder mechanisms, to support artificial intelligence capacity building.";
  static final String P88 =
      "We reaffirm the description of Internet governance in the Tunis Agenda for the Information Society,"
          + " as the development and application by governments of shared principles.";
  static final String P89 =
      "We reaffirm that Internet governance must continue to be global and multistakeholder in nature.";
  static final String P103 =
      "We call for the strengthening of the Secretariat of the Forum, and invite the Secretary-General"
          + " to submit a proposal.";

  static Document base() {
    Document.Builder b = Document.builder().metadata(Metadata.builder().revision("Rev2").build());
    for (int i = 60; i <= 105; i++) {
      String text =
          switch (i) {
            case 66 -> P66;
            case 84 -> P84;
            case 88 -> P88;
            case 89 -> P89;
            case 103 -> P103;
            default -> "Paragraph " + i + " on topic " + (char) ('a' + i % 26) + ".";
          };
      b.add(
          ParagraphNumber.of(Integer.toString(i)),
          ParagraphKind.OPERATIVE,
          List.of(Run.plain(text)),
          null,
          null);
    }
    return b.build();
  }

  static void para(Document.Builder b, String label, Run... runs) {
    b.add(
        label == null ? null : ParagraphNumber.of(label),
        label == null ? ParagraphKind.OTHER : ParagraphKind.OPERATIVE,
        List.of(runs),
        null,
        null);
  }

  static Document submission() {
    Document.Builder b = Document.builder().metadata(Metadata.builder().source("imsb.md").build());
    para(
        b,
        "66",
        Run.plain("We invite the Secretary-General, within existing mandates and resources, "),
        Run.of("to establish consider the establishment of", Mark.STRIKE),
        Run.plain(
            " a task force to examine future financial mechanisms, and to report on its outcomes to the "),
        Run.of("81st session of the General Assembly", Mark.STRIKE),
        Run.plain(
            " 29th session of the Commission on Science and Technology for Development in 2026."));
    para(b, null, Run.plain("We suggest two edits; either or both could be included."));
    para(b, null, Run.plain("Option A - an additional paragraph:"));
    para(
        b,
        "83 bis",
        Run.plain(
            "We recognise the work done on artificial intelligence within the WSIS framework."));
    para(b, null, Run.plain("Option B - edit:"));
    para(
        b,
        "84",
        Run.plain(
            "We encourage international partnerships. We will leverage existing United Nations and"
                + " multi-stakeholder mechanisms, "),
        Run.of("including the Internet Governance Forum and the WSIS Forum", Mark.BOLD),
        Run.plain(", to support artificial intelligence capacity building."));
    para(
        b,
        "88",
        Run.plain("We reaffirm the "),
        Run.of("description", Mark.STRIKE),
        Run.of("working definition", Mark.BOLD),
        Run.plain(" of Internet governance in the Tunis Agenda for the Information Society, "),
        Run.of("with a working definition", Mark.BOLD),
        Run.plain(" as the development and application by governments of shared principles."));
    para(
        b,
        "89",
        Run.plain("We "),
        Run.of("reaffirm", Mark.STRIKE),
        Run.of("recognize", Mark.BOLD),
        Run.plain(" that Internet governance "),
        Run.of("encompasses both technical and public policy issues and", Mark.BOLD),
        Run.plain(" must continue to be global and multistakeholder in nature."));
    para(
        b,
        "103",
        Run.plain("We "),
        Run.of("call for the strengthening of the Secretariat of the Forum, and", Mark.STRIKE),
        Run.plain(" invite the Secretary-General to submit a proposal."));
    return b.build();
  }

  private static String reading(Paragraph p) {
    StringBuilder sb = new StringBuilder();
    for (Run r : p.runs()) {
      if (!r.has(Mark.DELETE)) {
        sb.append(r.text());
      }
    }
    return sb.toString();
  }

  private static Paragraph find(Document d, String label) {
    return d.paragraphs().stream()
        .filter(p -> p.number() != null && p.number().label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  private final Consolidation result =
      Consolidator.defaults().consolidate(base(), List.of(Submission.of(submission(), "IMSB")));

  @Test
  void markedQuotesReadAsTheStakeholderIntended() {
    Document d = result.document();
    assertEquals(
        "We reaffirm the working definition of Internet governance in the Tunis Agenda for the Information Society,"
            + " with a working definition as the development and application by governments of shared principles.",
        reading(find(d, "88")));
    assertEquals(
        "We recognize that Internet governance encompasses both technical and public policy issues and must continue"
            + " to be global and multistakeholder in nature.",
        reading(find(d, "89")));
    assertEquals("We invite the Secretary-General to submit a proposal.", reading(find(d, "103")));
    assertEquals(
        "We encourage international partnerships. We will leverage existing United Nations and multi-stakeholder"
            + " mechanisms, including the Internet Governance Forum and the WSIS Forum, to support artificial intelligence capacity"
            + " building.",
        reading(find(d, "84")));
  }

  @Test
  void changesAreAttributedAndTheBaseTextIsKeptAsDeletions() {
    Paragraph p88 = find(result.document(), "88");
    assertEquals(
        P88.replace("description", "descriptionworking definition")
            .replace("Society, as", "Society, with a working definition as"),
        p88.text(),
        "text keeps deleted words, as tracked changes do");
    for (Run r : p88.runs()) {
      if (r.has(Mark.INSERT) || r.has(Mark.DELETE)) {
        assertEquals("IMSB", r.author());
      }
    }
    assertTrue(
        result.applied().stream()
            .anyMatch(
                a ->
                    a.paragraph().equals("88")
                        && a.deleted().equals("description")
                        && a.inserted().equals("working definition")),
        result.applied().toString());
  }

  @Test
  void cumulativeOptionsAreBothApplied() {
    Document d = result.document();
    List<String> labels = new ArrayList<>();
    d.paragraphs().forEach(p -> labels.add(p.label()));
    assertEquals(labels.indexOf("83") + 1, labels.indexOf("83 bis"));
    Paragraph bis = find(d, "83 bis");
    assertTrue(bis.runs().stream().allMatch(r -> r.has(Mark.INSERT) && "IMSB".equals(r.author())));
    assertTrue(
        result.applied().stream()
            .anyMatch(
                a ->
                    a.paragraph().equals("83 bis")
                        && a.op() == Consolidation.Operation.ADD
                        && "Option A".equals(a.option())));
  }

  @Test
  void aQuoteThatLostItsInsertionMarkIsReportedNotGuessed() {
    List<Consolidation.Conflict> on66 =
        result.conflicts().stream().filter(x -> "66".equals(x.paragraph())).toList();
    assertEquals(2, on66.size(), result.conflicts().toString());
    assertTrue(on66.stream().allMatch(c -> c.kind() == Consolidation.ConflictKind.LATER_REVISION));
    assertTrue(
        on66.get(0).quoted().contains("to establish consider the establishment of"),
        on66.get(0).toString());
    assertTrue(on66.get(0).current().equals("resources, to establish a"), on66.get(0).toString());
    assertTrue(
        on66.get(1)
            .quoted()
            .contains(
                "29th session of the Commission on Science and Technology for Development in 2026"),
        on66.get(1).toString());
    assertTrue(
        on66.get(1).current().endsWith("the 81st session of the General Assembly."),
        on66.get(1).toString());
    assertEquals(P66, find(result.document(), "66").text(), "nothing was applied to 66");
    assertTrue(
        find(result.document(), "66").runs().stream()
            .noneMatch(r -> r.has(Mark.DELETE) || r.has(Mark.INSERT)));
  }

  @Test
  void conflictingProposalsAreListedAndLeftUnappliedUnlessOneIsPreferred() {
    Document.Builder other = Document.builder();
    para(
        other,
        "89",
        Run.plain("We "),
        Run.of("reaffirm", Mark.STRIKE),
        Run.of("underline", Mark.BOLD),
        Run.plain(
            " that Internet governance must continue to be global and multistakeholder in nature."));
    List<Submission> both =
        List.of(Submission.of(submission(), "IMSB"), Submission.of(other.build(), "G77"));
    Consolidation c = Consolidator.defaults().consolidate(base(), both);
    Consolidation.Conflict conflict =
        c.conflicts().stream().filter(x -> x.paragraph().equals("89")).findFirst().orElseThrow();
    assertEquals(List.of("IMSB", "G77"), conflict.proponents());
    assertEquals(
        List.of("~~reaffirm~~ **recognize**", "~~reaffirm~~ **underline**"), conflict.texts());
    assertEquals(
        "We reaffirm that Internet governance encompasses both technical and public policy issues and must continue"
            + " to be global and multistakeholder in nature.",
        reading(find(c.document(), "89")),
        "the non-conflicting insertion still applies");
    Consolidation preferred =
        new Consolidator(ProposalReader.defaults(), "G77", Map.of()).consolidate(base(), both);
    assertTrue(reading(find(preferred.document(), "89")).startsWith("We underline that"));
  }

  @Test
  void aQuoteOfAnEarlierRevisionIsFoundByItsText() {
    Document.Builder s = Document.builder();
    para(
        s,
        "87",
        Run.plain("We "),
        Run.of("reaffirm", Mark.STRIKE),
        Run.of("recognize", Mark.BOLD),
        Run.plain(
            " that Internet governance must continue to be global and multistakeholder in nature."));
    Consolidation c =
        Consolidator.defaults().consolidate(base(), List.of(Submission.of(s.build(), "X")));
    assertTrue(reading(find(c.document(), "89")).startsWith("We recognize that"));
    assertTrue(c.applied().get(0).note().contains("quoted as 87"), c.applied().toString());
  }
}
