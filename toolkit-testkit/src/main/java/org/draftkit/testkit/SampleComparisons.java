package org.draftkit.testkit;

import java.time.LocalDate;
import java.util.List;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * Two small revisions whose comparison shows every status (modified heading and paragraph, a "bis"
 * insertion, a split, a deletion with the renumbering it causes, a move with a word edit, a merge),
 * and a three-revision history, for tests of comparison renderers.
 *
 * @since 0.1
 */
public final class SampleComparisons {
  private SampleComparisons() {}

  private static final String[] FILLER = {
    "Notes the report of the Secretary-General on the follow-up to the World Summit.",
    "Welcomes the work of the Internet Governance Forum and its intersessional activities.",
    "Encourages Member States to share good practices on meaningful connectivity.",
    "Calls upon donor countries to support capacity-building in developing countries.",
    "Invites regional commissions to contribute to the annual review of progress.",
    "Requests the Commission on Science and Technology for Development to report annually.",
    "Stresses the importance of the protection of personal data and privacy online.",
    "Recognizes the role of media and information literacy in an open information society.",
    "Urges all stakeholders to bridge the gender digital divide by 2030.",
    "Decides to review the implementation of the outcome at its eighty-fifth session."
  };

  /** The older revision. */
  public static Document older() {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .symbol("A/80/L.1")
                    .title("Outcome")
                    .date(LocalDate.of(2025, 11, 3))
                    .revision("Zero draft")
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
        List.of(Run.plain("Recalling its resolution 70/125 of 16 December 2015,")),
        null,
        null);
    b.add(
        ParagraphNumber.of("1"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Member States shall endeavour to promote open standards.")),
        null,
        null);
    b.add(
        ParagraphNumber.of("2"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain(
                "Reaffirms the commitment to bridge digital divides. Calls for sustained financing.")),
        null,
        null);
    b.add(
        ParagraphNumber.of("3"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Decides to convene a high-level meeting in 2026.")),
        null,
        null);
    for (int k = 0; k < FILLER.length; k++) {
      b.add(
          ParagraphNumber.of(String.valueOf(k + 4)),
          ParagraphKind.OPERATIVE,
          List.of(Run.plain(FILLER[k])),
          null,
          null);
    }
    b.add(
        ParagraphNumber.of("14"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Takes note of the consultations held in Geneva.")),
        null,
        null);
    b.add(
        ParagraphNumber.of("15"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Expresses appreciation to the host country.")),
        null,
        null);
    return b.build();
  }

  /** The newer revision. */
  public static Document newer() {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .symbol("A/80/L.1/Rev.1")
                    .title("Outcome")
                    .date(LocalDate.of(2025, 12, 1))
                    .revision("Rev.1")
                    .build());
    b.add(
        ParagraphNumber.of("I"),
        ParagraphKind.HEADING,
        List.of(Run.plain("Introduction and scope")),
        null,
        null);
    b.add(
        null,
        ParagraphKind.PREAMBULAR,
        List.of(Run.plain("Recalling its resolution 70/125 of 16 December 2015,")),
        null,
        null);
    b.add(
        ParagraphNumber.of("1"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Member States should promote open standards.")),
        null,
        null);
    b.add(
        ParagraphNumber.of("1 bis"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain(
                "Emphasizes that artificial intelligence governance must respect human rights.")),
        null,
        null);
    b.add(
        ParagraphNumber.of("2"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Reaffirms the commitment to bridge digital divides.")),
        null,
        null);
    b.add(
        ParagraphNumber.of("3"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Calls for sustained financing.")),
        null,
        null);
    for (int k = 1; k < FILLER.length; k++) {
      b.add(
          ParagraphNumber.of(String.valueOf(k + 3)),
          ParagraphKind.OPERATIVE,
          List.of(Run.plain(FILLER[k])),
          null,
          null);
    }
    b.add(
        ParagraphNumber.of("13"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("Decides to convene a high-level meeting in 2027.")),
        null,
        null);
    b.add(
        ParagraphNumber.of("14"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain(
                "Takes note of the consultations held in Geneva. Expresses appreciation to the host country.")),
        null,
        null);
    return b.build();
  }

  /** The comparison of {@link #older()} with {@link #newer()}, default settings. */
  public static Comparison comparison() {
    return Comparer.defaults().compare(older(), newer());
  }

  /** Older, newer and a third revision identical to the newer one. */
  public static RevisionHistory history() {
    Document third =
        newer().toBuilder()
            .metadata(Metadata.builder().symbol("A/80/L.1/Rev.2").revision("Rev.2").build())
            .build();
    return Comparer.defaults().compare(List.of(older(), newer(), third));
  }
}
