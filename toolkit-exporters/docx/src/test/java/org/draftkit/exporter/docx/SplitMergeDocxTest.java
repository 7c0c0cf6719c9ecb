package org.draftkit.exporter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated revisions with splits and merges (a paragraph cut after one of its sentences, two
 * neighbours joined as they were or with the words at the junction rewritten, a word edited next to
 * a break) written as Word redlines and read back with pandoc: accepting every change must give the
 * newer paragraphs and rejecting every change the older ones, so each part's words sit in the Word
 * paragraph of their own side, with the space between sentences where a break was added or removed.
 * Skipped without pandoc.
 */
class SplitMergeDocxTest {
  private static final ComparisonDocxExporter EXPORTER = new ComparisonDocxExporter();

  private static final List<String> OPENERS =
      List.of(
          "Calls upon Member States to strengthen",
          "Encourages regional commissions to support",
          "Requests the Secretary-General to report on",
          "Invites the private sector to invest in",
          "Urges donor countries to finance",
          "Decides to review the implementation of",
          "Stresses the importance of",
          "Welcomes the progress made in");
  private static final List<String> OBJECTS =
      List.of(
          "meaningful connectivity in rural areas",
          "the protection of personal data online",
          "media and information literacy",
          "capacity-building in developing countries",
          "open-source software and digital public goods",
          "the gender digital divide",
          "cybersecurity cooperation among States",
          "artificial intelligence governance",
          "digital skills for older persons");

  /** A generated pair: older and newer paragraph texts, numbered 1, 2, 3 … in each. */
  private record Pair(List<String> older, List<String> newer) {}

  private static Pair generate(long seed) {
    Random r = new Random(seed);
    List<String> pool = new ArrayList<>();
    for (String o : OPENERS) {
      for (String x : OBJECTS) {
        pool.add(o + " " + x + ".");
      }
    }
    java.util.Collections.shuffle(pool, r);
    List<List<String>> base = new ArrayList<>();
    int next = 0;
    for (int k = 0; k < 18; k++) {
      int n = 1 + r.nextInt(3);
      base.add(new ArrayList<>(pool.subList(next, next + n)));
      next += n;
    }
    List<String> older = base.stream().map(s -> String.join(" ", s)).toList();
    List<String> newer = new ArrayList<>();
    for (int k = 0; k < base.size(); k++) {
      List<String> s = base.get(k);
      int event = k % 6 == 2 ? r.nextInt(4) : -1;
      if (event == 0 && s.size() > 1) {
        // split after a random sentence, the last word of the first part edited
        int cut = 1 + r.nextInt(s.size() - 1);
        String first = String.join(" ", s.subList(0, cut));
        newer.add(first.substring(0, first.lastIndexOf(' ')) + " worldwide.");
        newer.add(String.join(" ", s.subList(cut, s.size())));
      } else if (event == 1 && s.size() > 1) {
        // split, the first word of the second part dropped and the sentence recapitalised
        int cut = 1 + r.nextInt(s.size() - 1);
        newer.add(String.join(" ", s.subList(0, cut)));
        String rest = String.join(" ", s.subList(cut, s.size()));
        rest = rest.substring(rest.indexOf(' ') + 1);
        newer.add("Further " + rest);
      } else if (event == 2 && k + 1 < base.size()) {
        // merge as they were
        newer.add(String.join(" ", s) + " " + String.join(" ", base.get(++k)));
      } else if (event == 3 && k + 1 < base.size()) {
        // merge with the junction rewritten: "… areas, and calls upon …"
        String first = String.join(" ", s);
        String second = String.join(" ", base.get(++k));
        newer.add(
            first.substring(0, first.length() - 1)
                + ", and "
                + second.substring(0, 1).toLowerCase(Locale.ROOT)
                + second.substring(1));
      } else {
        newer.add(String.join(" ", s));
      }
    }
    return new Pair(older, newer);
  }

  private static Document doc(String revision, List<String> texts) {
    Document.Builder b =
        Document.builder()
            .metadata(Metadata.builder().symbol("A/80/L.9").revision(revision).build());
    for (int k = 0; k < texts.size(); k++) {
      b.add(
          ParagraphNumber.of(String.valueOf(k + 1)),
          ParagraphKind.OPERATIVE,
          List.of(Run.plain(texts.get(k))),
          null,
          null);
    }
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void acceptGivesTheNewerParagraphsAndRejectTheOlder(long seed) throws Exception {
    Pair truth = generate(seed);
    Comparison c =
        Comparer.defaults().compare(doc("Rev.1", truth.older()), doc("Rev.2", truth.newer()));
    assertTrue(
        c.pairs().stream()
            .anyMatch(
                p ->
                    p.status() == AlignedPair.Status.SPLIT
                        || p.status() == AlignedPair.Status.MERGED),
        "seed " + seed + " has a split or merge");
    byte[] docx = DocxParts.bytes(EXPORTER, c);
    List<String> accepted = new ArrayList<>();
    for (int k = 0; k < truth.newer().size(); k++) {
      accepted.add((k + 1) + ". " + truth.newer().get(k));
    }
    assertEquals(
        accepted,
        Pandoc.paragraphs(docx, "accept").stream().map(SplitMergeDocxTest::joined).toList(),
        "seed " + seed);
    // rejected, the paragraphs keep the newer numbers (renumbering is not tracked): compare the
    // words
    assertEquals(
        truth.older(),
        Pandoc.paragraphs(docx, "reject").stream()
            .map(ComparisonDocxExporterTest::unlabelled)
            .map(String::strip)
            .map(SplitMergeDocxTest::joined)
            .toList(),
        "seed " + seed);
  }

  /**
   * Pandoc (unlike Word) puts a space where it joins two paragraphs whose mark was removed ("areas"
   * + ", and" reads "areas , and"); the generated texts have no space before punctuation.
   */
  private static String joined(String pandocText) {
    return pandocText.replaceAll(" ([,.;:])", "$1");
  }
}
