package org.draftkit.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * Two small revisions whose comparison has splits and merges with edits around their paragraph
 * breaks, for tests of comparison renderers. Truth: old 2 is split after its second sentence into
 * new 2 and 3, "further" deleted from the new 3, whose footnote reference moves with it; old 3 and
 * 4 are merged into new 4, the full stop of old 3 dropped and "and expresses" written for
 * "Expresses", the italic "Geneva" kept; old 5 is split into new 5 and 6, renumbering old 6 and 7
 * as 7 and 8, and a new "7 bis" is inserted between them.
 *
 * @since 0.1
 */
public final class SampleSplits {
  private SampleSplits() {}

  /** The older revision. */
  public static Document older() {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .symbol("A/80/L.2")
                    .title("Outcome")
                    .date(LocalDate.of(2025, 11, 3))
                    .revision("Rev.1")
                    .build());
    op(
        b,
        "1",
        Run.plain(
            "Welcomes the report of the Secretary-General on the follow-up to the World Summit."));
    op(
        b,
        "2",
        Run.plain(
            "Reaffirms the commitment to bridge digital divides. Recognizes the role of the Internet "
                + "Governance Forum. The Assembly further invites Member States to share good practices on meaningful "
                + "connectivity."),
        note("1"));
    op(
        b,
        "3",
        Run.plain("Takes note of the consultations held in "),
        Run.of("Geneva", Mark.ITALIC),
        Run.plain("."));
    op(b, "4", Run.plain("Expresses appreciation to the host country for its support."));
    op(
        b,
        "5",
        Run.plain(
            "Calls upon donor countries to support capacity-building in developing countries. Invites "
                + "regional commissions to contribute to the annual review of progress."));
    op(
        b,
        "6",
        Run.plain(
            "Requests the Commission on Science and Technology for Development to report annually."));
    op(
        b,
        "7",
        Run.plain(
            "Decides to review the implementation of the outcome at its eighty-fifth session."));
    b.footnote(Footnote.of("1", "See A/80/62, para. 12."));
    return b.build();
  }

  /** The newer revision. */
  public static Document newer() {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .symbol("A/80/L.2/Rev.1")
                    .title("Outcome")
                    .date(LocalDate.of(2025, 12, 1))
                    .revision("Rev.2")
                    .build());
    op(
        b,
        "1",
        Run.plain(
            "Welcomes the report of the Secretary-General on the follow-up to the World Summit."));
    op(
        b,
        "2",
        Run.plain(
            "Reaffirms the commitment to bridge digital divides. Recognizes the role of the Internet "
                + "Governance Forum."));
    op(
        b,
        "3",
        Run.plain(
            "The Assembly invites Member States to share good practices on meaningful connectivity."),
        note("1"));
    op(
        b,
        "4",
        Run.plain("Takes note of the consultations held in "),
        Run.of("Geneva", Mark.ITALIC),
        Run.plain(" and expresses appreciation to the host country for its support."));
    op(
        b,
        "5",
        Run.plain(
            "Calls upon donor countries to support capacity-building in developing countries."));
    op(
        b,
        "6",
        Run.plain("Invites regional commissions to contribute to the annual review of progress."));
    op(
        b,
        "7",
        Run.plain(
            "Requests the Commission on Science and Technology for Development to report annually."));
    op(
        b,
        "7 bis",
        Run.plain("Emphasizes that artificial intelligence governance must respect human rights."));
    op(
        b,
        "8",
        Run.plain(
            "Decides to review the implementation of the outcome at its eighty-fifth session."));
    b.footnote(Footnote.of("1", "See A/80/62, para. 12."));
    return b.build();
  }

  /** The comparison of {@link #older()} with {@link #newer()}, default settings. */
  public static Comparison comparison() {
    return Comparer.defaults().compare(older(), newer());
  }

  private static void op(Document.Builder b, String number, Run... runs) {
    b.add(
        ParagraphNumber.of(number),
        ParagraphKind.OPERATIVE,
        new ArrayList<>(List.of(runs)),
        null,
        null);
  }

  private static Run note(String label) {
    return new Run(label, EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, label);
  }
}
