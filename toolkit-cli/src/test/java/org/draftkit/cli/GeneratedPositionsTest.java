package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.draftkit.Toolkit;
import org.draftkit.amend.Submission;
import org.draftkit.model.Document;
import org.draftkit.model.Position;
import org.draftkit.positions.PositionReader;
import org.draftkit.positions.PositionTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Position tables on generated submissions with known truth, written as Markdown and as HTML and
 * read through the real importers: every stance the generator states must come out, and nothing
 * else (F1 ≥ 0.95 per seed).
 */
class GeneratedPositionsTest {

  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final int PARAGRAPHS = 150;
  private static final String[] SUBJECTS = {
    "digital inclusion",
    "Internet governance",
    "financing mechanisms",
    "capacity-building",
    "human rights online",
    "data governance",
    "artificial intelligence",
    "cybersecurity",
    "environmental impact",
    "follow-up and review"
  };

  /** One generated submission: its text in two formats and the stances it states. */
  private record Generated(String markdown, String html, Set<String> truth) {}

  private static String baseText(int n) {
    return "We recognize the importance of "
        + SUBJECTS[n % SUBJECTS.length]
        + " for goal "
        + n
        + " and call upon all stakeholders to act on it in line with commitment "
        + (n * 7 % 97)
        + ".";
  }

  private static Document base() throws Exception {
    StringBuilder md = new StringBuilder("# Generated draft\n\n");
    for (int n = 1; n <= PARAGRAPHS; n++) {
      md.append(n).append(". ").append(baseText(n)).append("\n\n");
    }
    return TOOLKIT.read(md.toString().getBytes(StandardCharsets.UTF_8), "base.md", null, Map.of());
  }

  private static Generated generate(Random rnd, String name) {
    StringBuilder md = new StringBuilder("# Input from " + name + "\n\n");
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html><head><title>Input from " + name + "</title></head><body>");
    Set<String> truth = new TreeSet<>();
    Set<Integer> used = new HashSet<>();
    int statements = 3 + rnd.nextInt(5);
    for (int s = 0; s < statements; s++) {
      int kind = rnd.nextInt(6);
      int n = 1 + rnd.nextInt(PARAGRAPHS - 12);
      if (!used.add(n)) {
        continue;
      }
      switch (kind) {
        case 0 -> { // retain a list with a range and a stray space
          int to = n + 2 + rnd.nextInt(3);
          int single = n + 6;
          String prose =
              "We strongly support retaining paras "
                  + n
                  + "-"
                  + (rnd.nextBoolean() ? " " : "")
                  + to
                  + " and "
                  + single
                  + ".";
          for (int p = n; p <= to; p++) {
            truth.add(p + ":retain");
          }
          truth.add(single + ":retain");
          md.append(prose).append("\n\n");
          html.append("<p>").append(prose).append("</p>");
        }
        case 1 -> {
          String prose = "We propose to delete paragraph " + n + ".";
          truth.add(n + ":delete");
          md.append(prose).append("\n\n");
          html.append("<p>").append(prose).append("</p>");
        }
        case 2 -> {
          String prose =
              "We call for restoring the language of the previous draft in paragraph " + n + ".";
          truth.add(n + ":restore");
          md.append(prose).append("\n\n");
          html.append("<p>").append(prose).append("</p>");
        }
        case 3 -> { // a quoted paragraph with a deletion and an insertion
          String[] w = baseText(n).split(" ");
          int at = 3 + rnd.nextInt(4);
          StringBuilder m = new StringBuilder(n + ". ");
          StringBuilder h = new StringBuilder("<p>" + n + ". ");
          for (int i = 0; i < w.length; i++) {
            String sep = i == 0 ? "" : " ";
            if (i == at) {
              m.append(sep).append("~~").append(w[i]).append("~~ **crucial role**");
              h.append(sep).append("<del>").append(w[i]).append("</del> <ins>crucial role</ins>");
            } else {
              m.append(sep).append(w[i]);
              h.append(sep).append(w[i]);
            }
          }
          truth.add(n + ":amend");
          md.append("We suggest the following edit:\n\n").append(m).append("\n\n");
          html.append("<p>We suggest the following edit:</p>").append(h).append("</p>");
        }
        case 4 -> { // a new paragraph
          String text =
              "We further encourage regional cooperation on "
                  + SUBJECTS[rnd.nextInt(SUBJECTS.length)]
                  + ".";
          truth.add(n + " bis:add");
          md.append("We propose a new paragraph:\n\n")
              .append(n)
              .append(" bis. ")
              .append(text)
              .append("\n\n");
          html.append("<p>We propose a new paragraph:</p><p>")
              .append(n)
              .append(" bis. ")
              .append(text)
              .append("</p>");
        }
        default -> { // a range written with "to" and an en dash
          String prose =
              "We welcome paragraphs "
                  + n
                  + " to "
                  + (n + 1)
                  + " and paras "
                  + (n + 3)
                  + "–"
                  + (n + 4)
                  + ".";
          for (int p : new int[] {n, n + 1, n + 3, n + 4}) {
            truth.add(p + ":retain");
          }
          md.append(prose).append("\n\n");
          html.append("<p>").append(prose).append("</p>");
        }
      }
    }
    html.append("</body></html>");
    return new Generated(md.toString(), html.toString(), truth);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void f1AgainstTheGeneratorsTruth(int seed) throws Exception {
    Random rnd = new Random(seed);
    Document base = base();
    List<Submission> submissions = new ArrayList<>();
    Set<String> truth = new TreeSet<>();
    for (int i = 0; i < 12; i++) {
      String name = "S" + i;
      Generated g = generate(rnd, name);
      boolean asHtml = i % 2 == 1;
      byte[] bytes = (asHtml ? g.html() : g.markdown()).getBytes(StandardCharsets.UTF_8);
      Document doc = TOOLKIT.read(bytes, name + (asHtml ? ".html" : ".md"), null, Map.of());
      submissions.add(Submission.of(doc, name));
      g.truth().forEach(t -> truth.add(name + ":" + t));
    }
    PositionTable table = PositionReader.defaults().build(submissions, base);
    Set<String> found = new TreeSet<>();
    for (PositionTable.Row r : table.rows()) {
      for (Position p : r.positions()) {
        found.add(p.stakeholder().name() + ":" + r.paragraph() + ":" + p.stance().id());
      }
    }
    Set<String> hit = new TreeSet<>(found);
    hit.retainAll(truth);
    double precision = (double) hit.size() / found.size();
    double recall = (double) hit.size() / truth.size();
    double f1 = 2 * precision * recall / (precision + recall);
    Set<String> missed = new TreeSet<>(truth);
    missed.removeAll(found);
    Set<String> extra = new TreeSet<>(found);
    extra.removeAll(truth);
    assertTrue(
        f1 >= 0.95,
        "seed "
            + seed
            + ": F1 "
            + f1
            + " (precision "
            + precision
            + ", recall "
            + recall
            + "); missed "
            + missed
            + "; extra "
            + extra);
  }
}
