package org.draftkit.exporter.text;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.SourceLocation;

/**
 * A small negotiation text exercising headings, labels, sub-items, every mark, footnotes and
 * comments.
 */
public final class SampleDocument {
  private SampleDocument() {}

  public static Document create() {
    Document.Builder b =
        Document.builder()
            .metadata(
                Metadata.builder()
                    .symbol("A/80/L.41")
                    .title("Outcome document of the high-level meeting on WSIS+20")
                    .revision("Rev.2")
                    .date(LocalDate.of(2025, 12, 16))
                    .language("en")
                    .source("A_80_L.41.pdf")
                    .distribution("Limited")
                    .session("Eightieth session")
                    .agendaItem("Agenda item 13")
                    .build());
    b.add(
        null,
        ParagraphKind.PREAMBULAR,
        List.of(
            Run.of("Recalling", Mark.ITALIC),
            Run.plain(" the outcome documents of the World Summit on the Information Society,"),
            new Run("1", EnumSet.of(Mark.FOOTNOTE_REFERENCE, Mark.SUPERSCRIPT), null, null, "1")),
        null,
        null);
    b.add(
        ParagraphNumber.of("I"),
        ParagraphKind.HEADING,
        List.of(Run.plain("Financial mechanisms")),
        null,
        null);
    b.add(
        ParagraphNumber.of("A"),
        ParagraphKind.HEADING,
        List.of(Run.plain("Task force #1")),
        null,
        null);
    int p66 =
        b.add(
            ParagraphNumber.of("66"),
            ParagraphKind.OPERATIVE,
            List.of(
                Run.plain("We invite the Secretary-General, "),
                Run.of("to establish consider the establishment of ", Mark.STRIKE),
                Run.plain("a task force and to report to the "),
                Run.of("81st session of the General Assembly", Mark.DELETE),
                Run.of(
                    " 29th session of the Commission on Science and Technology for Development",
                    Mark.INSERT),
                Run.plain(" in 2026, including:")),
            null,
            null);
    int a =
        b.add(
            ParagraphNumber.of("(a)"),
            ParagraphKind.OPERATIVE,
            List.of(
                Run.plain("multilateral financial institutions; "), Run.of("and", Mark.UNDERLINE)),
            p66,
            null);
    b.add(
        ParagraphNumber.of("(i)"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("regional development banks;")),
        a,
        null);
    b.add(
        ParagraphNumber.of("(b)"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.of("other ", Mark.BOLD),
            Run.of("development", Mark.BOLD, Mark.ITALIC),
            Run.of(" partners", Mark.BOLD),
            Run.plain(";")),
        p66,
        null);
    int bis =
        b.add(
            ParagraphNumber.of("83 bis"),
            ParagraphKind.OPERATIVE,
            List.of(
                Run.plain("We recognise the work on "),
                new Run(
                    "artificial intelligence", EnumSet.of(Mark.COMMENT_ANCHOR), null, null, "c1"),
                Run.plain(" under the WSIS framework, including:")),
            null,
            null);
    b.add(
        ParagraphNumber.of("(a)"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("the Internet Governance Forum;")),
        bis,
        null);
    b.add(
        ParagraphNumber.of("88"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain("We reaffirm the "),
            Run.of("description", Mark.STRIKE),
            Run.of("working definition", Mark.BOLD),
            Run.plain(" of Internet governance ("),
            Run.of("\"Tunis Agenda\"", Mark.BOLD),
            Run.plain("s*), see para_88 & <annex> [1]."),
            new Run("*", EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, "*")),
        null,
        null);
    b.add(
        null,
        ParagraphKind.OTHER,
        List.of(
            Run.plain("2025. A year that began with # and - and ~~tildes~~\nand a second line")),
        null,
        SourceLocation.line("sample.md", 40));
    b.add(
        ParagraphNumber.of("PP3"),
        ParagraphKind.PREAMBULAR,
        List.of(
            Run.of("Welcoming", Mark.ITALIC),
            Run.plain(" the tracked "),
            Run.of("moved", Mark.MOVE_FROM),
            Run.of("text", Mark.MOVE_TO),
            Run.plain(" and "),
            Run.of("[bracketed]", Mark.BRACKETED),
            Run.plain(" options, m"),
            Run.of("2", Mark.SUPERSCRIPT)),
        null,
        null);
    b.footnote(
        new Footnote(
            "1",
            List.of(Run.plain("Resolution "), Run.of("79/323", Mark.ITALIC), Run.plain(", annex.")),
            null));
    b.footnote(Footnote.of("*", "A note marked with an asterisk."));
    b.comment(
        new Comment(
            "c1", "US", "2025-12-02", "US: Clarifies not decides", bis, "artificial intelligence"));
    b.comment(new Comment("c2", null, null, "General remark", null, null));
    return b.build();
  }
}
