package org.draftkit.testkit;

import java.time.LocalDate;
import java.util.List;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.Consolidator;
import org.draftkit.amend.Submission;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.positions.PositionReader;
import org.draftkit.positions.PositionTable;

/**
 * Small, fixed example values for exporter tests: a UN-style draft, a stakeholder submission, their
 * consolidation and position table. The same every time, so golden files stay stable.
 *
 * @since 0.1
 */
public final class Samples {
  private Samples() {}

  /**
   * A short draft resolution: heading, preambular paragraph, operative paragraphs, a sub-item, a
   * footnote.
   */
  public static Document draft() {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .symbol("A/80/L.99")
                    .title("Digital cooperation")
                    .revision("Rev.1")
                    .date(LocalDate.of(2025, 12, 16))
                    .language("en")
                    .source("draft.md")
                    .build());
    b.add(
        ParagraphNumber.of("I"),
        ParagraphKind.HEADING,
        List.of(Run.plain("Introduction")),
        null,
        null);
    b.add(
        null,
        ParagraphKind.PREAMBULAR,
        List.of(
            Run.of("Recalling", Mark.ITALIC),
            Run.plain(" its resolution 70/1,"),
            new Run("1", java.util.EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, "1")),
        null,
        null);
    b.add(
        ParagraphNumber.of("1"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Decides to convene a high-level meeting in 2026;")),
        null,
        null);
    int two =
        b.add(
            ParagraphNumber.of("2"),
            ParagraphKind.OPERATIVE,
            List.of(Run.plain("Invites Member States to shall endeavour to report on:")),
            null,
            null);
    b.add(
        ParagraphNumber.of("(a)"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("progress in closing digital divides;")),
        two,
        null);
    b.add(
        ParagraphNumber.of("3"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Requests the Secretary-General to report at its eighty-first session.")),
        null,
        null);
    b.footnote(Footnote.of("1", "Resolution 70/1, annex."));
    b.comment(new Comment("c1", "Secretariat", null, "US: support", 2, "Decides"));
    return b.build();
  }

  /**
   * A submission on {@link #draft()}: a marked edit of paragraph 3, a new "1 bis" and prose
   * stances.
   */
  public static Document submission() {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .title("Comments of the Example Group (EG) on Rev.1")
                    .source("eg.md")
                    .build());
    b.add(
        null,
        ParagraphKind.OTHER,
        List.of(Run.plain("We retain paras 1 and 2, and propose to delete paragraph 2(a).")),
        null,
        null);
    b.add(
        ParagraphNumber.of("1 bis"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Welcomes the contributions of all stakeholders;")),
        null,
        null);
    b.add(
        ParagraphNumber.of("3"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain("Requests the Secretary-General to report "),
            Run.of("at its eighty-first session", Mark.STRIKE),
            Run.of("annually", Mark.BOLD),
            Run.plain(".")),
        null,
        null);
    return b.build();
  }

  /**
   * The next revision of {@link #draft()}: a paragraph inserted (renumbering), one edited, one
   * moved.
   */
  public static Document revision() {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .symbol("A/80/L.99/Rev.2")
                    .title("Digital cooperation")
                    .revision("Rev.2")
                    .date(LocalDate.of(2025, 12, 18))
                    .language("en")
                    .source("rev2.md")
                    .build());
    b.add(
        ParagraphNumber.of("I"),
        ParagraphKind.HEADING,
        List.of(Run.plain("Introduction")),
        null,
        null);
    b.add(
        null,
        ParagraphKind.PREAMBULAR,
        List.of(
            Run.of("Recalling", Mark.ITALIC),
            Run.plain(" its resolution 70/1,"),
            new Run("1", java.util.EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, "1")),
        null,
        null);
    b.add(
        ParagraphNumber.of("1"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Welcomes the contributions of all stakeholders;")),
        null,
        null);
    b.add(
        ParagraphNumber.of("2"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Decides to convene a high-level meeting in 2026;")),
        null,
        null);
    b.add(
        ParagraphNumber.of("3"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Requests the Secretary-General to report annually.")),
        null,
        null);
    int four =
        b.add(
            ParagraphNumber.of("4"),
            ParagraphKind.OPERATIVE,
            List.of(Run.plain("Invites Member States to report on:")),
            null,
            null);
    b.add(
        ParagraphNumber.of("(a)"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("progress in closing digital divides;")),
        four,
        null);
    b.footnote(Footnote.of("1", "Resolution 70/1, annex."));
    return b.build();
  }

  /** {@link #draft()} compared with {@link #revision()}. */
  public static Comparison comparison() {
    return Comparer.defaults().compare(draft(), revision());
  }

  /** {@link #submission()} applied to {@link #draft()}. */
  public static Consolidation consolidation() {
    return Consolidator.defaults().consolidate(draft(), List.of(Submission.of(submission(), null)));
  }

  /**
   * A consolidation of {@link #draft()} with a move: EG moves paragraph 1 after paragraph 3, the
   * Friends group amends paragraph 1 (the edit travels with it), and EG's move of a paragraph 9 the
   * draft lacks is reported as not applied.
   */
  public static Consolidation movedConsolidation() {
    Document.Builder eg =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .title("Comments of the Example Group (EG)")
                    .source("eg-moves.md")
                    .build());
    eg.add(
        null,
        ParagraphKind.OTHER,
        List.of(Run.plain("We propose to move paragraph 1 after paragraph 3.")),
        null,
        null);
    eg.add(
        null,
        ParagraphKind.OTHER,
        List.of(Run.plain("Paragraph 9 should be moved before paragraph 2.")),
        null,
        null);
    Document.Builder friends =
        Document.builder()
            .metadata(Metadata.builder().title("Friends").source("friends.md").build());
    friends.add(
        null,
        ParagraphKind.OTHER,
        List.of(Run.plain("In paragraph 1, replace “high-level meeting” with “summit”.")),
        null,
        null);
    return Consolidator.defaults()
        .consolidate(
            draft(),
            List.of(Submission.of(eg.build(), "EG"), Submission.of(friends.build(), "Friends")));
  }

  /**
   * The positions of {@link #submission()} on {@link #draft()}, plus the draft's own party comment.
   */
  public static PositionTable positionTable() {
    return PositionReader.defaults().build(List.of(Submission.of(submission(), null)), draft());
  }
}
