package org.draftkit.compare;

import static org.draftkit.compare.Docs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.draftkit.compare.AlignedPair.Status;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Splits and merges on generated revisions whose truth is known: which older paragraph became which
 * newer ones, and in which of them each changed word stands. Every seed writes the same events into
 * fresh prose:
 *
 * <ol>
 *   <li>a three-sentence paragraph split after its second sentence, a word deleted from the second
 *       part ("further");
 *   <li>two paragraphs merged with the words at the junction changed (the full stop of the first
 *       dropped, ", and" inserted, the second's first word lower-cased);
 *   <li>two paragraphs merged as they were (joined by a space);
 *   <li>a paragraph split into three, a word inserted into the third part; everything after it
 *       renumbered;
 *   <li>a new "bis" paragraph inserted;
 *   <li>a paragraph split into itself and a "bis" paragraph (no renumbering), the first part's last
 *       word replaced.
 * </ol>
 */
class SplitMergeTest {
  private static final int PARAGRAPHS = 30;

  /** What the truth says about one event. */
  private record Expected(
      Status status,
      List<Integer> older,
      List<Integer> newer,
      String deleted,
      int deletedPart,
      String inserted,
      int insertedPart) {}

  /** A generated pair and its truth. */
  private record Case(
      Document older, Document newer, List<Expected> expected, int renumberedUnchanged) {}

  private static Case generate(long seed) {
    Prose prose = new Prose(new Random(seed));
    List<List<String>> base = new ArrayList<>();
    for (int k = 0; k < PARAGRAPHS; k++) {
      List<String> sentences = new ArrayList<>(List.of(prose.operative()));
      int extra = k == 3 || k == 15 || k == 24 ? 2 : prose.nextInt(2);
      for (int e = 0; e < extra; e++) {
        sentences.add(prose.follow());
      }
      base.add(sentences);
    }
    // event 1: the third sentence says "further", which the newer revision drops
    String actor = prose.pick(Prose.ACTORS);
    String verb = prose.pick(Prose.VERBS);
    String object = prose.pick(Prose.OBJECTS);
    base.get(3)
        .set(2, "The Assembly further invites " + actor + " to " + verb + " " + object + ".");
    // event 4: the three sentences of paragraph 15, the third one gaining "strongly"
    base.get(15)
        .set(
            2,
            "The Assembly encourages "
                + prose.pick(Prose.ACTORS)
                + " to "
                + prose.pick(Prose.VERBS)
                + " "
                + prose.pick(Prose.OBJECTS)
                + ".");

    List<String> oldLines = new ArrayList<>();
    for (int k = 0; k < PARAGRAPHS; k++) {
      oldLines.add((k + 1) + ". " + String.join(" ", base.get(k)));
    }
    List<String> newTexts = new ArrayList<>();
    List<Boolean> bis = new ArrayList<>();
    List<Expected> expected = new ArrayList<>();
    int renumbered = 0;
    for (int k = 0; k < PARAGRAPHS; k++) {
      List<String> s = base.get(k);
      int at = newTexts.size();
      switch (k) {
        case 3 -> {
          add(newTexts, bis, s.get(0) + " " + s.get(1), false);
          add(newTexts, bis, s.get(2).replace(" further ", " "), false);
          expected.add(
              new Expected(Status.SPLIT, List.of(k), List.of(at, at + 1), "further", 1, null, 0));
        }
        case 9 -> {
          String first = String.join(" ", s);
          String second = String.join(" ", base.get(10));
          String lowered = second.substring(0, 1).toLowerCase(Locale.ROOT) + second.substring(1);
          add(newTexts, bis, first.substring(0, first.length() - 1) + ", and " + lowered, false);
          expected.add(new Expected(Status.MERGED, List.of(9, 10), List.of(at), ".", 0, null, 0));
        }
        case 12 -> {
          add(newTexts, bis, String.join(" ", s) + " " + String.join(" ", base.get(13)), false);
          expected.add(new Expected(Status.MERGED, List.of(12, 13), List.of(at), null, 0, null, 0));
        }
        case 10, 13 -> {
          // merged into the paragraph before
        }
        case 15 -> {
          add(newTexts, bis, s.get(0), false);
          add(newTexts, bis, s.get(1), false);
          add(
              newTexts,
              bis,
              s.get(2).replace("The Assembly encourages", "The Assembly strongly encourages"),
              false);
          expected.add(
              new Expected(
                  Status.SPLIT, List.of(k), List.of(at, at + 1, at + 2), null, 0, "strongly", 2));
        }
        case 20 -> {
          add(newTexts, bis, String.join(" ", s), false);
          add(
              newTexts,
              bis,
              "Decides to convene a high-level meeting on "
                  + prose.pick(Prose.OBJECTS)
                  + " at its eighty-second session.",
              true);
          expected.add(new Expected(Status.INSERTED, List.of(), List.of(at + 1), null, 0, null, 0));
        }
        case 24 -> {
          String firstTwo = s.get(0) + " " + s.get(1);
          int lastSpace = firstTwo.lastIndexOf(' ');
          String lastWord = firstTwo.substring(lastSpace + 1, firstTwo.length() - 1);
          add(newTexts, bis, firstTwo.substring(0, lastSpace + 1) + "matters.", false);
          add(newTexts, bis, s.get(2), true);
          expected.add(
              new Expected(
                  Status.SPLIT, List.of(k), List.of(at, at + 1), lastWord, 0, "matters", 0));
        }
        default -> {
          add(newTexts, bis, String.join(" ", s), false);
          if (k > 3) {
            renumbered++;
          }
        }
      }
    }
    List<String> newLines = new ArrayList<>();
    int number = 0;
    for (int j = 0; j < newTexts.size(); j++) {
      String label = bis.get(j) ? number + " bis" : String.valueOf(++number);
      newLines.add(label + ". " + newTexts.get(j));
    }
    return new Case(
        doc("A/80/L.1", oldLines.toArray(String[]::new)),
        doc("A/80/L.1/Rev.1", newLines.toArray(String[]::new)),
        expected,
        renumbered);
  }

  private static void add(List<String> texts, List<Boolean> bis, String text, boolean isBis) {
    texts.add(text);
    bis.add(isBis);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void partsFollowTheTruth(long seed) {
    Case c = generate(seed);
    Comparison comparison = Comparer.defaults().compare(c.older(), c.newer());
    for (Expected e : c.expected()) {
      AlignedPair p = pairOf(comparison, e);
      assertEquals(
          e.status(), p.status(), () -> "seed " + seed + ": " + e + " became " + describe(p));
      if (e.deleted() != null) {
        assertEquals(
            List.of(e.deletedPart()),
            partsOf(p, DiffOp.DELETE, e.deleted()),
            () -> "seed " + seed + ": deleted \"" + e.deleted() + "\" in " + describe(p));
      }
      if (e.inserted() != null) {
        assertEquals(
            List.of(e.insertedPart()),
            partsOf(p, DiffOp.INSERT, e.inserted()),
            () -> "seed " + seed + ": inserted \"" + e.inserted() + "\" in " + describe(p));
      }
    }
    long renumberedOnly =
        comparison.pairs().stream()
            .filter(p -> p.status() == Status.UNCHANGED && p.renumbered())
            .count();
    assertEquals(c.renumberedUnchanged(), renumberedOnly, "renumbered paragraphs carry no edit");
    for (AlignedPair p : comparison.pairs()) {
      assertSpelled(p, "seed " + seed);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void sameInputSameSegments(long seed) {
    Case c = generate(seed);
    Comparison a = Comparer.defaults().compare(c.older(), c.newer());
    Comparison b = Comparer.defaults().compare(generate(seed).older(), generate(seed).newer());
    assertEquals(
        a.pairs().stream().map(AlignedPair::segments).toList(),
        b.pairs().stream().map(AlignedPair::segments).toList());
  }

  /** The pair holding the truth's paragraphs. */
  private static AlignedPair pairOf(Comparison c, Expected e) {
    for (AlignedPair p : c.pairs()) {
      List<Integer> older = p.older().stream().map(Paragraph::index).toList();
      List<Integer> newer = p.newer().stream().map(Paragraph::index).toList();
      if (!e.newer().isEmpty() && newer.contains(e.newer().get(0))
          || e.newer().isEmpty() && older.equals(e.older())) {
        assertEquals(e.older(), older, () -> "older side of " + e);
        assertEquals(e.newer(), newer, () -> "newer side of " + e);
        return p;
      }
    }
    throw new AssertionError("no pair for " + e);
  }

  /** The parts of the changed segments of {@code op} that hold {@code word}. */
  private static List<Integer> partsOf(AlignedPair p, DiffOp op, String word) {
    List<Integer> parts =
        p.segments().stream()
            .filter(s -> s.op() == op && contains(s.text(), word))
            .map(Segment::part)
            .distinct()
            .toList();
    List<Integer> edits =
        p.edits().stream()
            .filter(e -> e.op() == op && contains(e.text(), word))
            .map(WordEdit::part)
            .distinct()
            .toList();
    assertEquals(parts, edits, "edits and segments agree on the part");
    return parts;
  }

  private static boolean contains(String text, String word) {
    return word.equals(".")
        ? text.strip().equals(".") || text.contains(".")
        : List.of(text.split("[^\\p{L}\\p{N}'-]+")).contains(word);
  }

  /**
   * Each paragraph is spelled by its own part: for a split the equal and inserted segments of part
   * k are newer paragraph k, for a merge the equal and deleted segments of part k are older
   * paragraph k; the single side is spelled by all parts in order; parts never decrease.
   */
  static void assertSpelled(AlignedPair p, String context) {
    int last = 0;
    for (Segment s : p.segments()) {
      assertTrue(s.part() >= last, () -> context + ": parts decrease in " + describe(p));
      last = s.part();
      assertFalse(s.text().indexOf('\u2029') >= 0, "no paragraph separator in the text");
    }
    for (WordEdit e : p.edits()) {
      assertTrue(e.part() < Math.max(p.older().size(), p.newer().size()), context);
    }
    Predicate<Segment> older = s -> s.op() != DiffOp.INSERT;
    Predicate<Segment> newer = s -> s.op() != DiffOp.DELETE;
    if (p.status() == Status.SPLIT) {
      for (int k = 0; k < p.newer().size(); k++) {
        int part = k;
        assertEquals(
            norm(p.newer().get(k).text()),
            spell(p.segments(part), newer),
            () -> context + ": part " + part + " of " + describe(p));
      }
      assertEquals(
          norm(p.oldParagraph().text()),
          spell(p.segments(), older),
          () -> context + ": " + describe(p));
    } else if (p.status() == Status.MERGED) {
      for (int k = 0; k < p.older().size(); k++) {
        int part = k;
        assertEquals(
            norm(p.older().get(k).text()),
            spell(p.segments(part), older),
            () -> context + ": part " + part + " of " + describe(p));
      }
      assertEquals(
          norm(p.newParagraph().text()),
          spell(p.segments(), newer),
          () -> context + ": " + describe(p));
    } else {
      assertTrue(p.segments().stream().allMatch(s -> s.part() == 0), context);
      assertTrue(p.edits().stream().allMatch(e -> e.part() == 0), context);
    }
  }

  private static String spell(List<Segment> segments, Predicate<Segment> side) {
    return norm(segments.stream().filter(side).map(Segment::text).collect(Collectors.joining()));
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  static String describe(AlignedPair p) {
    StringBuilder sb =
        new StringBuilder(p.status().id())
            .append(' ')
            .append(p.older().stream().map(x -> String.valueOf(x.index())).toList())
            .append("→")
            .append(p.newer().stream().map(x -> String.valueOf(x.index())).toList())
            .append(": ");
    int part = 0;
    for (Segment s : p.segments()) {
      if (s.part() != part) {
        sb.append(" ‖ ");
        part = s.part();
      }
      sb.append(
          switch (s.op()) {
            case EQUAL -> s.text();
            case DELETE -> "[-" + s.text() + "-]";
            case INSERT -> "{+" + s.text() + "+}";
          });
    }
    return sb.toString();
  }
}
