package org.draftkit.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.draftkit.internal.Tokens;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

/**
 * Generated revision triples with truth: a proponent quotes revision Q and proposes P; the later
 * revision B (renumbered: paragraphs inserted before and between) adopted some proposals, partly
 * adopted others, rewrote the same words otherwise, changed words elsewhere, or left the paragraph
 * alone. Every paragraph of the consolidation must equal the expected text or be flagged (adopted,
 * conflict), and a flagged paragraph must be left as B reads — never a blend.
 */
class ThreeWayTriplesTest {

  private enum Scenario {
    UNTOUCHED,
    ADOPTED,
    PARTLY_ADOPTED,
    REWRITTEN_SAME_WORDS,
    CHANGED_ELSEWHERE
  }

  private record Case(
      Scenario scenario, String qLabel, String bLabel, List<String> expected, boolean mustFlag) {}

  @Test
  void everyParagraphIsAsExpectedOrFlaggedNeverBlended() {
    Map<Scenario, int[]> tally =
        new EnumMap<>(Scenario.class); // {cases, as expected, flagged, blended}
    int blends = 0;
    int total = 0;
    for (long seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(seed);
      Document.Builder later =
          Document.builder().metadata(Metadata.builder().revision("B").build());
      Document.Builder letter =
          Document.builder().metadata(Metadata.builder().source("letter-" + seed + ".md").build());
      List<Case> cases = new ArrayList<>();
      int bNumber = 0;
      for (int i = 0; i < rnd.nextInt(3); i++) {
        add(later, ++bNumber, words(rnd, 30)); // new paragraphs in B before the first: renumbering
      }
      for (int q = 1; q <= 12; q++) {
        List<String> quoted = words(rnd, 24 + rnd.nextInt(12));
        if (rnd.nextInt(5) == 0) {
          add(later, ++bNumber, words(rnd, 26)); // B inserts a paragraph here too
        }
        int s = 3 + rnd.nextInt(quoted.size() - 10);
        int e = s + rnd.nextInt(3); // 0..2 words struck
        List<String> inserted =
            rnd.nextInt(4) == 0 && e > s ? List.of() : fresh(rnd, 1 + rnd.nextInt(3));
        List<String> proposed = splice(quoted, s, e, inserted);
        Scenario scenario = Scenario.values()[rnd.nextInt(Scenario.values().length)];
        List<String> current;
        List<String> expected;
        boolean mustFlag;
        switch (scenario) {
          case UNTOUCHED -> {
            current = quoted;
            expected = proposed;
            mustFlag = false;
          }
          case ADOPTED -> {
            current = proposed;
            expected = proposed;
            mustFlag = true;
          }
          case PARTLY_ADOPTED -> {
            // B made only part of the change: the struck words gone, other words in their place
            current =
                splice(
                    quoted,
                    s,
                    e,
                    List.of(inserted.isEmpty() ? "otherwise" : inserted.get(0) + "ish"));
            expected = current;
            mustFlag = true;
          }
          case REWRITTEN_SAME_WORDS -> {
            // B rewrote the words around the change (the word before it included)
            current = splice(quoted, s - 1, e + 1, fresh(rnd, 2));
            expected = current;
            mustFlag = true;
          }
          default -> {
            // B changed words well away from the change: both stand
            int at = s > quoted.size() / 2 ? 1 : quoted.size() - 2;
            current = splice(quoted, at, at + 1, List.of("revised"));
            List<String> both = splice(current, s, e, inserted);
            expected = both;
            mustFlag = false;
          }
        }
        add(later, ++bNumber, current);
        String qLabel = Integer.toString(q);
        List<Run> runs = new ArrayList<>();
        runs.add(Run.plain(String.join(" ", quoted.subList(0, s)) + " "));
        if (e > s) {
          runs.add(Run.of(String.join(" ", quoted.subList(s, e)), Mark.STRIKE));
        }
        if (!inserted.isEmpty()) {
          if (e > s) {
            runs.add(Run.plain(" "));
          }
          runs.add(Run.of(String.join(" ", inserted), Mark.BOLD));
        }
        runs.add(Run.plain(" " + String.join(" ", quoted.subList(e, quoted.size()))));
        letter.add(ParagraphNumber.of(qLabel), ParagraphKind.OPERATIVE, runs, null, null);
        cases.add(new Case(scenario, qLabel, Integer.toString(bNumber), expected, mustFlag));
      }
      Consolidation c =
          Consolidator.defaults()
              .consolidate(later.build(), List.of(Submission.of(letter.build(), "P")));
      Document accepted = c.accepted();
      for (Case k : cases) {
        total++;
        int[] t = tally.computeIfAbsent(k.scenario(), x -> new int[4]);
        t[0]++;
        Paragraph out = accepted.find(k.bLabel()).orElseThrow();
        Paragraph marked = c.document().find(k.bLabel()).orElseThrow();
        int index = c.document().paragraphs().indexOf(marked);
        boolean flagged =
            c.markers().stream()
                .anyMatch(
                    m -> m.index() == index && m.kind() != Consolidation.MarkerKind.STALE_QUOTE);
        boolean touched =
            marked.runs().stream().anyMatch(r -> r.has(Mark.INSERT) || r.has(Mark.DELETE));
        boolean asExpected = keys(out.text()).equals(k.expected());
        if (asExpected) {
          t[1]++;
        }
        if (flagged) {
          t[2]++;
        }
        boolean ok =
            asExpected && (!k.mustFlag() || flagged)
                || flagged && !touched && !asExpected && k.mustFlag();
        if (!ok) {
          t[3]++;
          blends++;
          System.out.println(
              "seed "
                  + seed
                  + " "
                  + k
                  + "\n  got      "
                  + keys(out.text())
                  + "\n  flagged "
                  + flagged);
        }
      }
    }
    StringBuilder report =
        new StringBuilder("three-way triples: " + total + " paragraphs, " + blends + " wrong\n");
    tally.forEach(
        (s, t) ->
            report.append(
                String.format(
                    "  %-20s %3d cases  %3d as expected  %3d flagged  %3d wrong%n",
                    s, t[0], t[1], t[2], t[3])));
    System.out.print(report);
    assertEquals(0, blends, report.toString());
    assertTrue(total >= 400, "enough cases");
  }

  private static void add(Document.Builder b, int number, List<String> words) {
    b.add(
        ParagraphNumber.of(Integer.toString(number)),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain(String.join(" ", words) + ".")),
        null,
        null);
  }

  private static final String[] VOCABULARY = {
    "we",
    "recognize",
    "the",
    "importance",
    "of",
    "digital",
    "cooperation",
    "among",
    "all",
    "stakeholders",
    "and",
    "call",
    "upon",
    "states",
    "to",
    "strengthen",
    "capacity",
    "building",
    "in",
    "developing",
    "countries",
    "through",
    "partnerships",
    "with",
    "private",
    "sector",
    "civil",
    "society",
    "international",
    "organizations",
    "forum",
    "governance",
    "internet",
    "human",
    "rights",
    "sustainable",
    "development",
    "financing",
    "mechanisms",
    "secretariat",
    "resources",
    "mandate",
    "review",
    "implementation"
  };

  private static List<String> words(Random rnd, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // a rare word every few words keeps paragraphs apart, as real paragraphs are
      out.add(i % 4 == 1 ? "w" + rnd.nextInt(100000) : VOCABULARY[rnd.nextInt(VOCABULARY.length)]);
    }
    return out;
  }

  private static List<String> fresh(Random rnd, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("new" + rnd.nextInt(100_000_000));
    }
    return out;
  }

  private static List<String> splice(List<String> words, int from, int to, List<String> with) {
    List<String> out = new ArrayList<>(words.subList(0, from));
    out.addAll(with);
    out.addAll(words.subList(to, words.size()));
    return out;
  }

  private static List<String> keys(String text) {
    List<String> out = new ArrayList<>();
    for (String t : Tokens.split(text)) {
      if (!Tokens.isSeparator(t) && Character.isLetterOrDigit(t.charAt(0))) {
        out.add(Tokens.key(t));
      }
    }
    return out;
  }
}
