package org.draftkit.uptake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.draftkit.amend.Submission;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.Stakeholder;
import org.junit.jupiter.api.Test;

/**
 * Generated revision triples with known fates: a base of numbered paragraphs, a submission that
 * amends some (two changes each), adds a "bis" paragraph, asks to delete one and to retain others,
 * and a later revision in which each proposal meets a chosen fate (adopted, partly, not adopted,
 * superseded, paragraph deleted) while new paragraphs shift the numbers and one paragraph moves.
 * The tracker must name the fates, with the base and without it, and every adopted or partly claim
 * must be backed by the later words.
 */
class UptakeAccuracyTest {

  private static final List<String> WORDS =
      List.of(
          "development",
          "cooperation",
          "capacity",
          "financing",
          "resources",
          "technology",
          "digital",
          "inclusion",
          "governance",
          "partnerships",
          "stakeholders",
          "institutions",
          "countries",
          "communities",
          "innovation",
          "infrastructure",
          "connectivity",
          "education",
          "health",
          "gender",
          "equality",
          "sustainable",
          "national",
          "regional",
          "international",
          "public",
          "private",
          "open",
          "secure",
          "resilient",
          "affordable",
          "meaningful",
          "universal",
          "access",
          "transfer",
          "research",
          "data",
          "privacy",
          "security",
          "trust",
          "rights",
          "freedom",
          "expression",
          "information",
          "knowledge",
          "skills",
          "training",
          "support",
          "assistance",
          "coordination",
          "implementation",
          "review",
          "monitoring",
          "mechanisms",
          "frameworks",
          "policies",
          "strategies",
          "programmes",
          "initiatives",
          "action",
          "commitments",
          "progress",
          "challenges",
          "gaps",
          "divides");
  private static final List<String> FRESH =
      List.of(
          "accountable",
          "transparent",
          "voluntary",
          "concessional",
          "interoperable",
          "multilingual",
          "evidence-based",
          "people-centred",
          "rights-respecting",
          "locally-led",
          "climate-resilient",
          "youth-inclusive",
          "context-specific",
          "demand-driven",
          "gender-responsive",
          "catalytic",
          "blended",
          "participatory",
          "decentralized",
          "community-owned",
          "open-source",
          "low-cost",
          "scalable",
          "ethical");
  private static final List<String> FOREIGN =
      List.of(
          "appropriate",
          "relevant",
          "existing",
          "additional",
          "enhanced",
          "targeted",
          "comprehensive",
          "coherent",
          "integrated",
          "effective",
          "efficient",
          "timely",
          "predictable");

  private enum Planned {
    ADOPTED,
    PARTLY,
    NOT_ADOPTED,
    SUPERSEDED,
    DELETED
  }

  @Test
  void fatesOfGeneratedProposalsAreKnown() {
    int right = 0;
    int total = 0;
    List<String> wrong = new ArrayList<>();
    for (int seed = 1; seed <= 40; seed++) {
      for (boolean withBase : new boolean[] {true, false}) {
        Triple t = triple(seed);
        Uptake u =
            UptakeTracker.defaults()
                .track(List.of(t.submission), withBase ? t.base : null, List.of(t.later));
        for (Uptake.Row r : u.rows()) {
          String key = r.proposal().id() + " " + r.paragraph();
          Fate expected = t.expected.get(key);
          if (expected == null || (!withBase && r.proposal().isStance())) {
            continue; // without the base, stances are followed by number only
          }
          total++;
          if (expected == r.fate()) {
            right++;
          } else {
            wrong.add(
                "seed "
                    + seed
                    + (withBase ? " base " : " quotes ")
                    + key
                    + ": expected "
                    + expected
                    + ", got "
                    + r.fate()
                    + " "
                    + r.later().get(0).changes());
          }
          backedByLaterWords(r);
        }
      }
    }
    double accuracy = (double) right / total;
    System.out.printf(
        Locale.ROOT, "uptake fate accuracy: %d of %d = %.3f%n", right, total, accuracy);
    wrong.stream().limit(15).forEach(System.out::println);
    assertTrue(total > 400, "rows checked: " + total);
    assertTrue(
        accuracy >= 0.95,
        "fate accuracy " + accuracy + "; first misses: " + wrong.stream().limit(5).toList());
  }

  /** Every change an adopted or partly row claims taken is in the later words. */
  private static void backedByLaterWords(Uptake.Row r) {
    for (Uptake.Later l : r.later()) {
      if (l.fate() != Fate.ADOPTED && l.fate() != Fate.PARTLY) {
        continue;
      }
      if (r.proposal() == ProposalKind.DELETE) {
        continue;
      }
      assertNotNull(l.evidence(), "an adopted/partly claim has later words: " + r);
      String later = l.evidence().toLowerCase(Locale.ROOT);
      for (Uptake.Change c : l.taken()) {
        if (c.insert()) {
          assertTrue(
              later.contains(c.words().toLowerCase(Locale.ROOT)),
              "taken words “" + c.words() + "” in " + later);
        }
      }
      assertTrue(!l.taken().isEmpty(), "an adopted/partly amendment takes some change: " + r);
    }
  }

  private record Triple(
      Document base, Submission submission, Document later, Map<String, Fate> expected) {}

  private static Triple triple(int seed) {
    Random rnd = new Random(seed);
    int n = 30;
    List<List<String>> base = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> words = new ArrayList<>();
      words.add("We");
      words.add(
          List.of("recognize", "reaffirm", "encourage", "note", "call for", "stress")
              .get(rnd.nextInt(6)));
      int len = 18 + rnd.nextInt(10);
      for (int k = 0; k < len; k++) {
        words.add(WORDS.get(rnd.nextInt(WORDS.size())));
      }
      base.add(words);
    }
    Map<String, Fate> expected = new HashMap<>();
    List<List<String>> later = new ArrayList<>();
    for (List<String> w : base) {
      later.add(new ArrayList<>(w));
    }
    List<Document.Builder> unused = List.of();
    Document.Builder sub =
        Document.builder()
            .metadata(Metadata.builder().title("Input (GEN)").source("gen.md").build());
    sub.add(
        null,
        ParagraphKind.OTHER,
        List.of(Run.plain("We propose the following edits.")),
        null,
        null);
    boolean[] deletedLater = new boolean[n];
    // amendments on 10 paragraphs, two changes each
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, rnd);
    int f = 0;
    for (int q = 0; q < 10; q++) {
      int i = order.get(q);
      List<String> w = base.get(i);
      int a = 4 + rnd.nextInt(4);
      int b = a + 6 + rnd.nextInt(4);
      String del1 = w.get(a) + " " + w.get(a + 1);
      String ins1 =
          FRESH.get(rnd.nextInt(FRESH.size())) + " " + FRESH.get(rnd.nextInt(FRESH.size()));
      String ins2 =
          FRESH.get(rnd.nextInt(FRESH.size())) + " and " + FRESH.get(rnd.nextInt(FRESH.size()));
      List<Run> runs = new ArrayList<>();
      runs.add(Run.plain(String.join(" ", w.subList(0, a)) + " "));
      runs.add(Run.of(del1, Mark.STRIKE));
      runs.add(Run.plain(" "));
      runs.add(Run.of(ins1, Mark.BOLD));
      runs.add(Run.plain(" " + String.join(" ", w.subList(a + 2, b)) + " "));
      runs.add(Run.of(ins2, Mark.BOLD));
      runs.add(Run.plain(" " + String.join(" ", w.subList(b, w.size())) + "."));
      sub.add(ParagraphNumber.arabic(i + 1, 0), ParagraphKind.OPERATIVE, runs, null, null);
      Planned plan = Planned.values()[f++ % Planned.values().length];
      List<String> l = later.get(i);
      switch (plan) {
        case ADOPTED -> l.addAll(0, List.of()); // applied below
        default -> {}
      }
      List<String> out = new ArrayList<>(w.subList(0, a));
      switch (plan) {
        case ADOPTED -> {
          out.addAll(List.of(ins1.split(" ")));
          out.addAll(w.subList(a + 2, b));
          out.addAll(List.of(ins2.split(" ")));
          out.addAll(w.subList(b, w.size()));
        }
        case PARTLY -> {
          out.addAll(List.of(ins1.split(" ")));
          out.addAll(w.subList(a + 2, w.size()));
        }
        case SUPERSEDED -> {
          out.add(FOREIGN.get(rnd.nextInt(FOREIGN.size())));
          out.addAll(w.subList(a + 2, b));
          out.add(FOREIGN.get(rnd.nextInt(FOREIGN.size())));
          out.addAll(w.subList(b, w.size()));
        }
        default -> out = new ArrayList<>(w);
      }
      later.set(i, out);
      if (plan == Planned.DELETED) {
        deletedLater[i] = true;
      }
      expected.put(
          "amend " + (i + 1),
          switch (plan) {
            case ADOPTED -> Fate.ADOPTED;
            case PARTLY -> Fate.PARTLY;
            case NOT_ADOPTED -> Fate.NOT_ADOPTED;
            case SUPERSEDED -> Fate.SUPERSEDED;
            case DELETED -> Fate.DELETED;
          });
    }
    // a new paragraph after one of the others, adopted or not
    int after = order.get(10);
    List<String> added = new ArrayList<>(List.of("We", "welcome"));
    for (int k = 0; k < 14; k++) {
      added.add(FRESH.get(rnd.nextInt(FRESH.size())));
    }
    sub.add(
        ParagraphNumber.arabic(after + 1, 2),
        ParagraphKind.OPERATIVE,
        List.of(Run.of(String.join(" ", added) + ".", Mark.BOLD)),
        null,
        null);
    boolean addAdopted = rnd.nextBoolean();
    expected.put("add " + (after + 1) + " bis", addAdopted ? Fate.ADOPTED : Fate.NOT_ADOPTED);
    // delete one paragraph, retain two
    int del = order.get(11);
    boolean delAdopted = rnd.nextBoolean();
    sub.add(
        null,
        ParagraphKind.OTHER,
        List.of(Run.plain("We propose to delete paragraph " + (del + 1) + ".")),
        null,
        null);
    expected.put("delete " + (del + 1), delAdopted ? Fate.ADOPTED : Fate.NOT_ADOPTED);
    if (delAdopted) {
      deletedLater[del] = true;
    }
    int keep = order.get(12);
    int change = order.get(13);
    sub.add(
        null,
        ParagraphKind.OTHER,
        List.of(
            Run.plain(
                "We support retaining paragraphs " + (keep + 1) + " and " + (change + 1) + ".")),
        null,
        null);
    expected.put("retain " + (keep + 1), Fate.KEPT);
    expected.put("retain " + (change + 1), Fate.CHANGED);
    List<String> ch = later.get(change);
    ch.set(3, FOREIGN.get(rnd.nextInt(FOREIGN.size())));

    // the later revision: new paragraphs shift the numbers, one paragraph moves, the deleted are
    // gone
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i == 5 || i == 17) {
        texts.add(
            "We decide to convene a high-level meeting on "
                + FOREIGN.get(i % FOREIGN.size())
                + " matters in "
                + (2030 + i)
                + " with all interested parties and observers.");
      }
      if (!deletedLater[i]) {
        texts.add(String.join(" ", later.get(i)) + ".");
      }
      if (i == after && addAdopted) {
        texts.add(String.join(" ", added) + ".");
      }
    }
    Document.Builder lb =
        Document.builder().metadata(Metadata.builder().symbol("GEN/L." + seed).build());
    for (int k = 0; k < texts.size(); k++) {
      lb.add(
          ParagraphNumber.arabic(k + 1, 0),
          ParagraphKind.OPERATIVE,
          List.of(Run.plain(texts.get(k))),
          null,
          null);
    }
    Document.Builder bb =
        Document.builder().metadata(Metadata.builder().symbol("GEN/Rev." + seed).build());
    for (int i = 0; i < n; i++) {
      bb.add(
          ParagraphNumber.arabic(i + 1, 0),
          ParagraphKind.OPERATIVE,
          List.of(Run.plain(String.join(" ", base.get(i)) + ".")),
          null,
          null);
    }
    assert unused.isEmpty();
    return new Triple(bb.build(), Submission.of(sub.build(), null), lb.build(), expected);
  }

  @Test
  void summaryReadsAsPeopleSayIt() {
    Triple t = triple(3);
    Uptake u = UptakeTracker.defaults().track(List.of(t.submission), t.base, List.of(t.later));
    String text = u.summaries().get(0).text();
    assertTrue(
        text.startsWith("GEN: 2 of 12 proposals adopted")
            || text.matches("GEN: \\d+ of 12 proposals adopted.*"),
        text);
    assertEquals(new Stakeholder("GEN"), u.stakeholders().get(0));
  }
}
