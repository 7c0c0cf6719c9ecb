package org.draftkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.DiffOp;
import org.draftkit.compare.Segment;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * Fuzzes the comparison engine with two arbitrary documents built from the input: paragraphs of
 * words drawn from a small vocabulary (so that the two sides share text and the aligner has real
 * choices: moves, splits, merges, renumbering), any number, kind, parent and footnote. The
 * property: the comparison terminates within the time limit, every paragraph of either side stands
 * in exactly one pair, and each pair's redline spells the older text (equal and deleted segments)
 * and the newer text (equal and inserted segments).
 */
class ComparisonFuzzTest {
  private static final String[] WORDS = {
    "the",
    "General",
    "Assembly",
    "decides",
    "to",
    "convene",
    "a",
    "high-level",
    "meeting",
    "on",
    "glaciers",
    "requests",
    "Secretary-General",
    "report",
    "its",
    "eighty-first",
    "session",
    "and",
    "welcomes",
    "of",
    "Recalling",
    "resolution",
    "70/1,",
    "invites",
    "Member",
    "States",
    "shall",
    "should",
    "[bracketed",
    "text]",
    "Option",
    "1",
    "(a)",
    "bis",
    ";",
    "."
  };
  private static final String[] NUMBERS = {
    "1", "2", "3", "4", "5", "83 bis", "(a)", "(b)", "(i)", "PP3", "I", "A"
  };
  private static final long MAX_MILLIS = 60_000;

  private final Comparer withMoves = Comparer.builder().detectMoves(true).build();

  @FuzzTest(maxDuration = "30s")
  void compare(FuzzedDataProvider data) {
    Document older = document(data, "OLD");
    Document newer = document(data, "NEW");
    long start = System.nanoTime();
    Comparison c = withMoves.compare(older, newer);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis > MAX_MILLIS) {
      throw new AssertionError("comparison took " + millis + " ms");
    }
    checkPartition(c);
    for (AlignedPair p : c.pairs()) {
      checkSpelling(p);
    }
  }

  private static Document document(FuzzedDataProvider data, String symbol) {
    Document.Builder b = Document.builder().metadata(Metadata.builder().symbol(symbol).build());
    int paragraphs = data.consumeInt(0, 30);
    int notes = 0;
    for (int i = 0; i < paragraphs; i++) {
      List<Run> runs = new ArrayList<>();
      int words = data.consumeInt(0, 25);
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          text.append(data.consumeBoolean() ? " " : "  ");
        }
        text.append(data.pickValue(WORDS));
      }
      if (text.length() > 0) {
        runs.add(
            data.consumeBoolean()
                ? Run.plain(text.toString())
                : Run.of(text.toString(), Mark.ITALIC));
      }
      if (data.consumeInt(0, 7) == 0) {
        String label = String.valueOf(++notes);
        runs.add(new Run(label, Set.of(Mark.FOOTNOTE_REFERENCE), null, null, label));
        b.footnote(Footnote.of(label, data.pickValue(WORDS) + " " + data.pickValue(WORDS)));
      }
      if (runs.isEmpty()) {
        runs.add(Run.plain(data.pickValue(WORDS)));
      }
      ParagraphNumber number =
          data.consumeBoolean() ? ParagraphNumber.of(data.pickValue(NUMBERS)) : null;
      ParagraphKind kind = data.pickValue(ParagraphKind.values());
      Integer parent = i > 0 && data.consumeInt(0, 3) == 0 ? data.consumeInt(0, i - 1) : null;
      b.add(number, kind, runs, parent, null);
    }
    return b.build();
  }

  private static void checkPartition(Comparison c) {
    Set<Integer> olds = new HashSet<>();
    Set<Integer> news = new HashSet<>();
    for (AlignedPair p : c.pairs()) {
      p.older()
          .forEach(
              x -> {
                if (!olds.add(x.index())) {
                  throw new AssertionError("older paragraph " + x.index() + " in two pairs");
                }
              });
      p.newer()
          .forEach(
              x -> {
                if (!news.add(x.index())) {
                  throw new AssertionError("newer paragraph " + x.index() + " in two pairs");
                }
              });
    }
    if (olds.size() != c.older().paragraphs().size()
        || news.size() != c.newer().paragraphs().size()) {
      throw new AssertionError(
          "pairs cover "
              + olds.size()
              + "/"
              + c.older().paragraphs().size()
              + " older and "
              + news.size()
              + "/"
              + c.newer().paragraphs().size()
              + " newer paragraphs");
    }
  }

  private static void checkSpelling(AlignedPair p) {
    // footnote references are equal whatever their number: the text of equal ones is the newer
    // label
    String oldText =
        p.segments().stream()
            .filter(s -> s.op() != DiffOp.INSERT && !s.isFootnote())
            .map(Segment::text)
            .collect(Collectors.joining());
    String newText =
        p.segments().stream()
            .filter(s -> s.op() != DiffOp.DELETE)
            .map(Segment::text)
            .collect(Collectors.joining());
    String wantOld =
        p.older().stream()
            .flatMap(x -> x.runs().stream())
            .filter(r -> !r.has(Mark.FOOTNOTE_REFERENCE))
            .map(Run::text)
            .collect(Collectors.joining(" "));
    String wantNew = p.newer().stream().map(x -> x.text()).collect(Collectors.joining(" "));
    if (!squash(wantOld).equals(squash(oldText)) || !squash(wantNew).equals(squash(newText))) {
      throw new AssertionError(
          "redline does not spell both texts for "
              + p.status()
              + " pair\n older: "
              + wantOld
              + "\n  from: "
              + oldText
              + "\n newer: "
              + wantNew
              + "\n  from: "
              + newText);
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }
}
