package org.draftkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.structure.Block;
import org.draftkit.structure.Structure;
import org.draftkit.structure.Structurer;

/**
 * Fuzzes the structurer, the one place the UN rules live, with arbitrary block streams: text drawn
 * from the shapes that decide structure (labels typed in the text, "(i)" after "(h)", "bis", years
 * at a line start, short bold headings, lead-ins ending in ":", footnote markers, running heads)
 * and any mix of the hints an importer gives (role, heading level, list label, parent, table depth,
 * font size, indent, gap, page, zone, page-break continuation, layout boundary). The property: the
 * structurer terminates, its paragraphs make a valid {@link Document}, every block is accounted
 * for, and no word of a body or footnote-area block is lost.
 */
class StructurerFuzzTest {
  private static final String[] TEXTS = {
    "1. Decides to convene a high-level meeting;",
    "2 bis. Invites Member States",
    "(a) An assessment;",
    "(h) the eighth item;",
    "(i) the ninth item, or a roman one;",
    "(ii) Another;",
    "Recalling its resolution 70/1,",
    "Welcoming the report of the Secretary-General,",
    "2025.",
    "14 to 25 April",
    "Term of office",
    "I. Introduction",
    "A. Scope",
    "Decides that:",
    "8.2.2 Nested numbering",
    "PP3 Noting",
    "OP5 Requests",
    "1 Resolution 79/323, annex.",
    "A/80/L.41",
    "25-20327 (E)",
    "3/20",
    "*2520327*",
    "[bracketed text]",
    "Option 1",
    "{No text}",
    "the rest of a sentence that continues",
    "The General Assembly,",
    "",
    "  ",
    "Article 4",
    "paragraph 2",
    "Annex",
    "rule 3",
    "83 ter. New",
    "ﬁnancial",
    "end-\nof-line"
  };
  private static final String[] LABELS = {
    "1", "2", "2 bis", "(a)", "(b)", "(i)", "PP3", "I", "A", "8.2", "8.2.2"
  };

  private final Structurer structurer = Structurer.forFormat("fuzz");

  @FuzzTest(maxDuration = "30s")
  void structure(FuzzedDataProvider data) {
    int count = data.consumeInt(0, 60);
    List<Block> blocks = new ArrayList<>();
    int page = 1;
    for (int i = 0; i < count; i++) {
      String text = data.consumeBoolean() ? data.pickValue(TEXTS) : data.consumeString(80);
      Run run =
          switch (data.consumeInt(0, 5)) {
            case 0 -> Run.of(text, Mark.BOLD);
            case 1 -> Run.of(text, Mark.ITALIC);
            case 2 -> Run.of(text, Mark.UNDERLINE);
            default -> Run.plain(text);
          };
      List<Run> runs = new ArrayList<>(List.of(run));
      if (data.consumeInt(0, 9) == 0) {
        runs.add(new Run("1", Set.of(Mark.FOOTNOTE_REFERENCE), null, null, "1"));
      }
      Block.Builder b = Block.of(runs).role(data.pickValue(Block.Role.values()));
      if (data.consumeInt(0, 4) == 0) {
        b.heading(data.consumeInt(1, 6));
      }
      if (data.consumeInt(0, 3) == 0) {
        b.label(ParagraphNumber.of(data.pickValue(LABELS)));
      }
      if (i > 0 && data.consumeInt(0, 5) == 0) {
        b.parent(data.consumeInt(0, i - 1));
      }
      page += data.consumeInt(0, 7) == 0 ? 1 : 0;
      b.bullet(data.consumeInt(0, 9) == 0)
          .tableDepth(data.consumeInt(0, 2))
          .fontSize(data.consumeFloat())
          .indent(data.consumeFloat())
          .gapBefore(data.consumeFloat())
          .page(page)
          .zone(data.consumeInt(0, 3) == 0 ? data.pickValue(Block.Zone.values()) : Block.Zone.BODY)
          .continuesAcrossPageBreak(data.consumeInt(0, 5) == 0)
          .layoutBoundary(data.consumeBoolean());
      blocks.add(b.build());
    }
    Structure s = structurer.structure(blocks, "fuzz.txt");
    if (s.blockToParagraph().length != blocks.size()) {
      throw new AssertionError(
          s.blockToParagraph().length + " block positions for " + blocks.size() + " blocks");
    }
    Document.Builder doc = Document.builder();
    for (Paragraph p : s.paragraphs()) {
      doc.add(p, p.parent()); // validates indexes and parents
    }
    s.footnotes().forEach(doc::footnote);
    doc.build();
    Set<String> out = new HashSet<>();
    for (Paragraph p : s.paragraphs()) {
      words(p.text(), out);
      if (p.number() != null) {
        words(p.number().label(), out);
      }
    }
    for (Footnote f : s.footnotes()) {
      words(f.text(), out);
      words(f.label(), out);
    }
    s.diagnostics().forEach(d -> words(d.message(), out));
    for (Block b : blocks) {
      if (b.zone() != Block.Zone.BODY && b.zone() != Block.Zone.FOOTNOTE_AREA) {
        continue;
      }
      Set<String> in = new HashSet<>();
      words(b.text(), in);
      for (String w : in) {
        if (!out.contains(w)) {
          throw new AssertionError("the word '" + w + "' of block '" + b.text() + "' is lost");
        }
      }
    }
  }

  /**
   * Letters and digits, lower case: the words a reader counts, whatever punctuation or hyphen joins
   * them.
   */
  private static void words(String text, Set<String> into) {
    if (text == null) {
      return;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        into.add(w);
      }
    }
  }
}
