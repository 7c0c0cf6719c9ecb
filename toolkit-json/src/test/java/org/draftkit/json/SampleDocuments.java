package org.draftkit.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.SourceLocation;

/** Documents for the tests: one written by hand, and random ones from a seed. */
final class SampleDocuments {
  private SampleDocuments() {}

  /**
   * A small resolution with a heading, preambular and operative paragraphs, sub-items, marks, a
   * footnote, a comment and a diagnostic.
   */
  static Document resolution() {
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
    String src = "A_80_L.41.pdf";
    b.add(
        ParagraphNumber.of("I"),
        ParagraphKind.HEADING,
        List.of(Run.plain("Introduction")),
        null,
        SourceLocation.page(src, 1, 12));
    b.add(
        null,
        ParagraphKind.PREAMBULAR,
        List.of(
            Run.of("Recalling", Mark.ITALIC),
            Run.plain(" the outcome documents of the World Summit on the Information Society,"),
            new Run("1", EnumSet.of(Mark.FOOTNOTE_REFERENCE, Mark.SUPERSCRIPT), null, null, "1")),
        null,
        SourceLocation.page(src, 1, 14));
    int p66 =
        b.add(
            ParagraphNumber.of("66"),
            ParagraphKind.OPERATIVE,
            List.of(
                Run.plain("We invite the Secretary-General "),
                Run.of("to establish", Mark.STRIKE),
                Run.plain(" "),
                Run.of("to consider", Mark.BOLD),
                Run.plain(" a task force, including:")),
            null,
            SourceLocation.page(src, 14, 3));
    b.add(
        ParagraphNumber.of("(a)"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("multilateral financial institutions;")),
        p66,
        SourceLocation.page(src, 14, 5));
    b.add(
        ParagraphNumber.of("(b)"),
        ParagraphKind.OPERATIVE,
        List.of(
            new Run(
                "other development partners",
                EnumSet.of(Mark.INSERT),
                "Jane Doe",
                "2025-12-01T10:00:00Z",
                null),
            Run.plain(";")),
        p66,
        SourceLocation.page(src, 14, 6));
    b.add(
        ParagraphNumber.of("83 bis"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain("We recognise the work done "),
            new Run("within the WSIS framework", EnumSet.of(Mark.COMMENT_ANCHOR), null, null, "c1"),
            Run.plain(".")),
        null,
        SourceLocation.page(src, 15, 1));
    b.footnote(
        new Footnote(
            "1",
            List.of(Run.plain("Resolution "), Run.of("79/323", Mark.ITALIC), Run.plain(", annex.")),
            SourceLocation.page(src, 1, 40)));
    b.comment(
        new Comment(
            "c1", "US", "2025-12-02", "US: Clarifies not decides", 5, "within the WSIS framework"));
    b.diagnostic(
        Diagnostic.info(
            "pdf.running-head-removed",
            "Removed the running head \"A/80/L.41\" on 20 pages.",
            SourceLocation.page(src, 2, 1)));
    b.diagnostic(
        Diagnostic.warning(
            "pdf.unparsed-number", "A number could not be parsed.", SourceLocation.UNKNOWN));
    return b.build();
  }

  private static final String[] WORDS = {
    "Recalling", "the", "outcome", "of", "WSIS", "Tunis", "multistakeholder", "Internet",
        "governance", "résumé",
    "Ünïcödé", "مرحبا", "日本語", "😀", "naïve", "non\u2011breaking", "a\u00a0b", "tab\there",
        "new\nline", "\"quoted\"",
    "back\\slash", "<tag>", "&amp;", "~~x~~", "**y**", "\u0001ctl", "\u2028sep", "[bracket]",
        "#hash", "a_b"
  };
  private static final String[] LABELS = {
    "1", "66", "83 bis", "83 ter", "4.1", "PP3", "OP5", "I", "IV", "A", "(a)", "(iv)", "(x)", "Alt."
  };

  /**
   * A random document that exercises every part of the model; the same seed gives the same
   * document.
   */
  static Document random(long seed) {
    Random rnd = new Random(seed);
    Metadata.Builder m = Metadata.builder();
    if (rnd.nextBoolean()) {
      m.symbol("A/80/L." + rnd.nextInt(100))
          .title(words(rnd, 6))
          .date(LocalDate.of(2020 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
    }
    if (rnd.nextBoolean()) {
      m.revision("Rev." + rnd.nextInt(4))
          .language("en")
          .source("doc-" + seed + ".docx")
          .author(words(rnd, 2))
          .distribution("General")
          .session(words(rnd, 2))
          .agendaItem("Agenda item " + rnd.nextInt(20));
    }
    Document.Builder b = Document.builder().metadata(m.build());
    int count = rnd.nextInt(30);
    List<Integer> tops = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Integer parent =
          !tops.isEmpty() && rnd.nextInt(3) == 0 ? tops.get(rnd.nextInt(tops.size())) : null;
      ParagraphNumber number =
          rnd.nextInt(4) == 0 ? null : ParagraphNumber.of(LABELS[rnd.nextInt(LABELS.length)]);
      if (number != null && rnd.nextInt(8) == 0) {
        number =
            ParagraphNumber.letter("(i)")
                .orElseThrow(); // a letter whose label alone reads as roman
      }
      ParagraphKind kind = ParagraphKind.values()[rnd.nextInt(ParagraphKind.values().length)];
      SourceLocation at =
          switch (rnd.nextInt(3)) {
            case 0 -> SourceLocation.UNKNOWN;
            case 1 -> SourceLocation.line(null, 1 + rnd.nextInt(500));
            default -> SourceLocation.page("doc.pdf", 1 + rnd.nextInt(30), 1 + rnd.nextInt(50));
          };
      // index() of Paragraph must be set by the builder: add a placeholder, then set the generated
      // runs
      int index = b.add(number, kind, List.of(), parent, at);
      b.set(index, new Paragraph(index, number, kind, runs(rnd), parent, at));
      if (parent == null) {
        tops.add(index);
      }
    }
    int notes = rnd.nextInt(4);
    for (int i = 0; i < notes; i++) {
      b.footnote(
          new Footnote(
              Integer.toString(i + 1),
              runs(rnd),
              rnd.nextBoolean() ? null : SourceLocation.page("doc.pdf", 1 + i, 40)));
    }
    int comments = count == 0 ? 0 : rnd.nextInt(4);
    for (int i = 0; i < comments; i++) {
      b.comment(
          new Comment(
              "c" + i,
              rnd.nextBoolean() ? null : words(rnd, 1),
              rnd.nextBoolean() ? null : "2025-11-0" + (1 + i),
              words(rnd, 5),
              rnd.nextBoolean() ? null : rnd.nextInt(count),
              rnd.nextBoolean() ? null : words(rnd, 2)));
    }
    int diagnostics = rnd.nextInt(3);
    for (int i = 0; i < diagnostics; i++) {
      b.diagnostic(
          new Diagnostic(
              Diagnostic.Severity.values()[rnd.nextInt(3)],
              "test.code-" + i,
              words(rnd, 4),
              rnd.nextBoolean()
                  ? SourceLocation.UNKNOWN
                  : SourceLocation.page("doc.pdf", 1 + i, 2)));
    }
    return b.build();
  }

  private static List<Run> runs(Random rnd) {
    int n = rnd.nextInt(6);
    List<Run> runs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Set<Mark> marks = EnumSet.noneOf(Mark.class);
      for (Mark mark : Mark.values()) {
        if (rnd.nextInt(5) == 0) {
          marks.add(mark);
        }
      }
      String author = rnd.nextInt(4) == 0 ? words(rnd, 1) : null;
      String date = author != null && rnd.nextBoolean() ? "2025-12-0" + (1 + rnd.nextInt(9)) : null;
      String ref = rnd.nextInt(5) == 0 ? Integer.toString(1 + rnd.nextInt(3)) : null;
      runs.add(
          new Run(
              rnd.nextInt(10) == 0 ? "" : words(rnd, 1 + rnd.nextInt(5)),
              marks,
              author,
              date,
              ref));
    }
    return runs;
  }

  private static String words(Random rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
