package org.draftkit.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * Ground truth for the comparison engine: a UN-style base document (chapter and section headings,
 * unnumbered preambular paragraphs, numbered operative paragraphs with sub-items and "bis"
 * paragraphs) and a revision made from it by seeded edits of every kind — word insertions,
 * deletions and replacements; deleted and inserted paragraphs with the renumbering they cause; new
 * "bis" paragraphs; moves (some with word edits); splits; merges; heading edits; new sub-items
 * (re-lettering the following ones); preambular insertions and deletions; footnote edits and a new
 * footnote (renumbering the later ones) — with the truth: which paragraphs correspond, with what
 * status, and which words each deleted and inserted.
 *
 * <p>Deterministic for a given size and seed.
 */
final class RevisionGenerator {
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z-]+");
  private static final List<String> LATIN = List.of("", "", "bis", "ter", "quater");

  enum Kind {
    CHAPTER,
    SECTION,
    PREAMBULAR,
    OPERATIVE,
    SUBITEM
  }

  /** A block of the document being generated. Mutable while the revision is made. */
  static final class Unit {
    final int id;
    final Kind kind;
    String text;
    Unit parent;
    int suffix;
    Integer splitFrom;
    List<Integer> mergedFrom;
    boolean moved;
    boolean used;
    String footnote;
    final List<String> deleted = new ArrayList<>();
    final List<String> inserted = new ArrayList<>();

    Unit(int id, Kind kind, String text) {
      this.id = id;
      this.kind = kind;
      this.text = text;
    }

    Unit copy() {
      Unit u = new Unit(id, kind, text);
      u.suffix = suffix;
      u.footnote = footnote;
      return u;
    }
  }

  /**
   * One expected pair.
   *
   * @param older older paragraph indexes
   * @param newer newer paragraph indexes
   * @param status what happened
   * @param renumbered whether the label changed
   */
  record TruthPair(
      List<Integer> older, List<Integer> newer, AlignedPair.Status status, boolean renumbered) {}

  /**
   * The truth of a generated pair.
   *
   * @param pairs every paragraph of both documents in exactly one pair
   * @param deletedText per older paragraph index, the word strings deleted from it
   * @param insertedText per newer paragraph index, the word strings inserted into it
   * @param edits how many edits of each kind were made
   */
  record Truth(
      List<TruthPair> pairs,
      Map<Integer, List<String>> deletedText,
      Map<Integer, List<String>> insertedText,
      Map<String, Integer> edits) {}

  record Generated(Document base, Document revision, Truth truth) {}

  private final Random random;
  private final Prose prose;
  private int nextId;

  private RevisionGenerator(long seed) {
    random = new Random(seed);
    prose = new Prose(new Random(seed * 31 + 7));
  }

  /** A base of {@code n} operative paragraphs and its revision. */
  static Generated generate(int n, long seed) {
    return new RevisionGenerator(seed).run(n);
  }

  private Generated run(int n) {
    List<Unit> base = base(n);
    List<Unit> rev = new ArrayList<>();
    Map<Integer, Unit> copies = new HashMap<>();
    for (Unit u : base) {
      Unit c = u.copy();
      copies.put(u.id, c);
      rev.add(c);
    }
    for (Unit u : base) {
      if (u.parent != null) {
        copies.get(u.id).parent = copies.get(u.parent.id);
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    edit(rev, n, counts);
    Document baseDoc = render(base, "A/80/L.1");
    Document revDoc = render(rev, "A/80/L.1/Rev.1");
    return new Generated(baseDoc, revDoc, truth(base, rev, baseDoc, revDoc, counts));
  }

  // ------------------------------------------------------------------ base

  private List<Unit> base(int n) {
    List<Unit> out = new ArrayList<>();
    int preambular = Math.max(3, n / 15);
    for (int i = 0; i < preambular; i++) {
      out.add(new Unit(nextId++, Kind.PREAMBULAR, prose.preambular()));
    }
    int nextChapter = 0;
    int chapter = 0;
    for (int k = 0; k < n; k++) {
      if (k == nextChapter) {
        out.add(
            new Unit(
                nextId++, Kind.CHAPTER, Prose.CHAPTERS.get(chapter++ % Prose.CHAPTERS.size())));
        nextChapter = k + 15 + random.nextInt(45);
      } else if (random.nextInt(12) == 0) {
        out.add(new Unit(nextId++, Kind.SECTION, prose.pick(Prose.SECTIONS)));
      }
      Unit p = new Unit(nextId++, Kind.OPERATIVE, prose.operativeParagraph());
      out.add(p);
      if (random.nextInt(15) == 0) {
        p.footnote = footnoteText();
      }
      if (random.nextInt(12) == 0) {
        int items = 2 + random.nextInt(5);
        p.text = prose.operative().replaceAll("\\.$", ":");
        for (int s = 0; s < items; s++) {
          Unit item =
              new Unit(nextId++, Kind.SUBITEM, prose.subItem() + (s == items - 1 ? "." : ";"));
          item.parent = p;
          out.add(item);
        }
      } else if (random.nextInt(50) == 0 && k + 1 < n) {
        Unit bis = new Unit(nextId++, Kind.OPERATIVE, prose.operativeParagraph());
        bis.suffix = 2;
        out.add(bis);
        k++;
      }
    }
    return out;
  }

  private String footnoteText() {
    return switch (random.nextInt(3)) {
      case 0 ->
          "General Assembly resolution "
              + (60 + random.nextInt(20))
              + "/"
              + (1 + random.nextInt(300))
              + ".";
      case 1 -> "See A/" + (60 + random.nextInt(20)) + "/" + (1 + random.nextInt(300)) + ", annex.";
      default ->
          "Human Rights Council resolution "
              + (10 + random.nextInt(50))
              + "/"
              + (1 + random.nextInt(40))
              + ".";
    };
  }

  // ------------------------------------------------------------------ edits

  private void edit(List<Unit> rev, int n, Map<String, Integer> counts) {
    int structural = Math.max(2, n / 60);
    for (int k = 0; k < structural; k++) {
      Unit u = pickPlain(rev);
      if (u != null) {
        u.used = true;
        rev.remove(u);
        count(counts, "delete_paragraph");
      }
    }
    int moves = Math.max(3, n / 40);
    for (int k = 0; k < moves; k++) {
      move(rev, counts, k % 3 == 0);
    }
    for (int k = 0; k < structural; k++) {
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < rev.size(); i++) {
        if (rev.get(i).kind == Kind.OPERATIVE && rev.get(i).suffix == 0 && !rev.get(i).used) {
          at.add(i);
        }
      }
      int i = at.get(random.nextInt(at.size()));
      Unit p = new Unit(nextId++, Kind.OPERATIVE, prose.operativeParagraph());
      p.used = true;
      if (k == structural - 1) {
        p.footnote = footnoteText();
        count(counts, "insert_paragraph_with_footnote");
      }
      rev.add(i, p);
      count(counts, "insert_paragraph");
    }
    for (int k = 0; k < Math.max(1, n / 100); k++) {
      Unit x = pickPlain(rev);
      if (x != null) {
        x.used = true;
        Unit bis = new Unit(nextId++, Kind.OPERATIVE, prose.operativeParagraph());
        bis.suffix = 2;
        bis.used = true;
        rev.add(rev.indexOf(x) + 1, bis);
        count(counts, "insert_bis");
      }
    }
    for (int k = 0; k < Math.max(1, n / 100); k++) {
      split(rev, counts);
    }
    for (int k = 0; k < Math.max(1, n / 100); k++) {
      merge(rev, counts);
    }
    footnoteEdits(rev, Math.max(1, n / 300), counts);
    headingEdits(rev, counts);
    subItemInsert(rev, counts);
    preambular(rev, counts);
    wordEdits(rev, Math.max(6, n / 12), counts);
  }

  private static void count(Map<String, Integer> counts, String kind) {
    counts.merge(kind, 1, Integer::sum);
  }

  /** An unused operative paragraph with no sub-items, not a bis, not followed by a bis. */
  private Unit pickPlain(List<Unit> rev) {
    List<Unit> cands = new ArrayList<>();
    for (int i = 0; i < rev.size(); i++) {
      Unit u = rev.get(i);
      if (u.kind != Kind.OPERATIVE || u.used || u.suffix != 0 || u.footnote != null) {
        continue;
      }
      Unit next = i + 1 < rev.size() ? rev.get(i + 1) : null;
      if (next != null && (next.kind == Kind.SUBITEM || next.suffix != 0)) {
        continue;
      }
      cands.add(u);
    }
    return cands.isEmpty() ? null : cands.get(random.nextInt(cands.size()));
  }

  private void move(List<Unit> rev, Map<String, Integer> counts, boolean alsoEdit) {
    Unit u = pickPlain(rev);
    if (u == null) {
      return;
    }
    int from = rev.indexOf(u);
    rev.remove(from);
    List<Integer> targets = new ArrayList<>();
    for (int i = 0; i < rev.size(); i++) {
      if (rev.get(i).kind == Kind.OPERATIVE && rev.get(i).suffix == 0) {
        targets.add(i);
      }
    }
    int pos = 0;
    while (pos < targets.size() && targets.get(pos) < from) {
      pos++;
    }
    int distance = (8 + random.nextInt(33)) * (random.nextBoolean() ? 1 : -1);
    int t = Math.min(Math.max(pos + distance, 1), targets.size() - 1);
    rev.add(targets.get(t), u);
    u.used = true;
    u.moved = true;
    count(counts, "move_paragraph");
    if (alsoEdit && wordEdit(u)) {
      count(counts, "move_with_word_edit");
    }
  }

  private void split(List<Unit> rev, Map<String, Integer> counts) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Unit u = pickPlain(rev);
      if (u == null) {
        return;
      }
      int cut = u.text.indexOf(". ");
      if (cut < 0) {
        continue;
      }
      Unit rest = new Unit(nextId++, Kind.OPERATIVE, u.text.substring(cut + 2));
      u.text = u.text.substring(0, cut + 1);
      rest.splitFrom = u.id;
      u.used = true;
      rest.used = true;
      rev.add(rev.indexOf(u) + 1, rest);
      count(counts, "split_paragraph");
      return;
    }
  }

  private void merge(List<Unit> rev, Map<String, Integer> counts) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Unit u = pickPlain(rev);
      if (u == null) {
        return;
      }
      int i = rev.indexOf(u);
      if (i + 2 >= rev.size()) {
        continue;
      }
      Unit v = rev.get(i + 1);
      Unit after = rev.get(i + 2);
      if (v.kind != Kind.OPERATIVE
          || v.used
          || v.suffix != 0
          || v.footnote != null
          || v.mergedFrom != null
          || v.splitFrom != null
          || after.kind == Kind.SUBITEM
          || after.suffix != 0) {
        continue;
      }
      u.text = u.text + " " + v.text;
      u.mergedFrom = List.of(u.id, v.id);
      u.used = true;
      v.used = true;
      rev.remove(i + 1);
      count(counts, "merge_paragraphs");
      return;
    }
  }

  private void footnoteEdits(List<Unit> rev, int k, Map<String, Integer> counts) {
    List<Unit> noted = rev.stream().filter(u -> u.footnote != null && !u.used).toList();
    for (int e = 0; e < Math.min(k, noted.size()); e++) {
      Unit u = noted.get(e);
      u.used = true;
      String add =
          "See also General Assembly resolution "
              + (78 + random.nextInt(3))
              + "/"
              + (1 + random.nextInt(300))
              + ".";
      u.footnote = u.footnote + " " + add;
      u.inserted.add(add);
      count(counts, "edit_footnote");
    }
  }

  private void headingEdits(List<Unit> rev, Map<String, Integer> counts) {
    List<Unit> headings =
        rev.stream().filter(u -> u.kind == Kind.CHAPTER || u.kind == Kind.SECTION).toList();
    for (int k = 0; k < Math.min(2, headings.size()); k++) {
      Unit h = headings.get(random.nextInt(headings.size()));
      if (h.used) {
        continue;
      }
      h.used = true;
      String add =
          prose.pick(List.of("and partnerships", "and follow-up", "for all", "and review"));
      h.text = h.text + " " + add;
      h.inserted.add(add);
      count(counts, "edit_heading");
    }
  }

  private void subItemInsert(List<Unit> rev, Map<String, Integer> counts) {
    List<Unit> parents = new ArrayList<>();
    for (Unit u : rev) {
      if (u.kind == Kind.OPERATIVE
          && !u.used
          && rev.stream().filter(c -> c.parent == u).count() >= 3) {
        parents.add(u);
      }
    }
    if (parents.isEmpty()) {
      return;
    }
    Unit p = parents.get(random.nextInt(parents.size()));
    p.used = true;
    List<Unit> items = rev.stream().filter(c -> c.parent == p).toList();
    int k = 1 + random.nextInt(items.size() - 2);
    Unit item = new Unit(nextId++, Kind.SUBITEM, prose.subItem() + ";");
    item.parent = p;
    item.used = true;
    rev.add(rev.indexOf(items.get(k)), item);
    count(counts, "insert_subitem");
  }

  private void preambular(List<Unit> rev, Map<String, Integer> counts) {
    List<Unit> pre = rev.stream().filter(u -> u.kind == Kind.PREAMBULAR && !u.used).toList();
    if (pre.size() < 3) {
      return;
    }
    Unit gone = pre.get(random.nextInt(pre.size()));
    gone.used = true;
    rev.remove(gone);
    count(counts, "delete_preambular");
    List<Unit> left = pre.stream().filter(u -> u != gone).toList();
    Unit after = left.get(random.nextInt(left.size()));
    Unit added = new Unit(nextId++, Kind.PREAMBULAR, prose.preambular());
    added.used = true;
    rev.add(rev.indexOf(after) + 1, added);
    count(counts, "insert_preambular");
  }

  private void wordEdits(List<Unit> rev, int k, Map<String, Integer> counts) {
    List<Unit> pool = new ArrayList<>();
    for (Unit u : rev) {
      if (!u.used
          && (u.kind == Kind.OPERATIVE || u.kind == Kind.SUBITEM || u.kind == Kind.PREAMBULAR)) {
        pool.add(u);
      }
    }
    java.util.Collections.shuffle(pool, random);
    int done = 0;
    for (Unit u : pool) {
      if (done == k) {
        break;
      }
      if (wordEdit(u)) {
        u.used = true;
        done++;
        count(counts, "word_edit");
        if (done % 4 == 0 && insertPhrase(u)) {
          count(counts, "second_word_edit");
        }
      }
    }
  }

  /** Inserts a phrase somewhere inside the text; records the truth. */
  private boolean insertPhrase(Unit u) {
    List<String> list = new ArrayList<>(List.of(u.text.split(" ")));
    if (list.size() < 4) {
      return false;
    }
    String phrase = prose.pick(Prose.INSERT_PHRASES);
    list.add(1 + random.nextInt(list.size() - 1), phrase);
    u.inserted.add(phrase);
    u.text = String.join(" ", list);
    return true;
  }

  /** Inserts, deletes or replaces words inside the text; records the truth. */
  private boolean wordEdit(Unit u) {
    String[] toks = u.text.split(" ");
    if (toks.length < 4) {
      return false;
    }
    List<String> list = new ArrayList<>(List.of(toks));
    switch (random.nextInt(3)) {
      case 0 -> {
        int pos = 1 + random.nextInt(toks.length - 1);
        String phrase = prose.pick(Prose.INSERT_PHRASES);
        list.add(pos, phrase);
        u.inserted.add(phrase);
      }
      case 1 -> {
        int len = 1 + random.nextInt(3);
        List<Integer> starts = new ArrayList<>();
        for (int s = 1; s + len < toks.length; s++) {
          boolean ok = true;
          for (int t = s; t < s + len; t++) {
            ok &= PLAIN_WORD.matcher(toks[t]).matches();
          }
          if (ok) {
            starts.add(s);
          }
        }
        if (starts.isEmpty()) {
          return false;
        }
        int s = starts.get(random.nextInt(starts.size()));
        u.deleted.add(String.join(" ", list.subList(s, s + len)));
        list.subList(s, s + len).clear();
      }
      default -> {
        List<int[]> hits = new ArrayList<>();
        for (int s = 0; s < toks.length; s++) {
          for (int r = 0; r < Prose.REPLACEMENTS.size(); r++) {
            if (toks[s].equals(Prose.REPLACEMENTS.get(r).get(0))) {
              hits.add(new int[] {s, r});
            }
          }
        }
        if (hits.isEmpty()) {
          return false;
        }
        int[] h = hits.get(random.nextInt(hits.size()));
        List<String> rep = Prose.REPLACEMENTS.get(h[1]);
        list.set(h[0], rep.get(1));
        u.deleted.add(rep.get(0));
        u.inserted.add(rep.get(1));
      }
    }
    u.text = String.join(" ", list);
    return true;
  }

  // ------------------------------------------------------------------ rendering and truth

  private static List<String> labels(List<Unit> units) {
    List<String> out = new ArrayList<>();
    int chapter = 0;
    int section = 0;
    int op = 0;
    Map<Unit, Integer> items = new HashMap<>();
    for (Unit u : units) {
      switch (u.kind) {
        case CHAPTER -> {
          chapter++;
          section = 0;
          out.add(roman(chapter));
        }
        case SECTION -> out.add(String.valueOf((char) ('A' + section++ % 26)));
        case PREAMBULAR -> out.add(null);
        case OPERATIVE -> {
          if (u.suffix == 0) {
            op++;
            out.add(String.valueOf(op));
          } else {
            out.add(op + " " + LATIN.get(u.suffix));
          }
        }
        case SUBITEM -> {
          int k = items.merge(u.parent, 1, Integer::sum) - 1;
          out.add("(" + String.valueOf((char) ('a' + k % 26)).repeat(k / 26 + 1) + ")");
        }
      }
    }
    return out;
  }

  private static String roman(int n) {
    String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return n <= 10 ? r[n] : "X".repeat(n / 10) + r[n % 10];
  }

  private static Document render(List<Unit> units, String symbol) {
    Document.Builder b = Document.builder().metadata(Metadata.builder().symbol(symbol).build());
    List<String> labels = labels(units);
    Map<Unit, Integer> index = new HashMap<>();
    int notes = 0;
    for (int k = 0; k < units.size(); k++) {
      Unit u = units.get(k);
      ParagraphKind kind =
          switch (u.kind) {
            case CHAPTER, SECTION -> ParagraphKind.HEADING;
            case PREAMBULAR -> ParagraphKind.PREAMBULAR;
            case OPERATIVE, SUBITEM -> ParagraphKind.OPERATIVE;
          };
      ParagraphNumber number = labels.get(k) == null ? null : ParagraphNumber.of(labels.get(k));
      Integer parent = u.parent == null ? null : index.get(u.parent);
      List<Run> runs = List.of(Run.plain(u.text));
      if (u.footnote != null) {
        String label = String.valueOf(++notes);
        runs =
            List.of(
                Run.plain(u.text),
                new Run(
                    label,
                    java.util.Set.of(org.draftkit.model.Mark.FOOTNOTE_REFERENCE),
                    null,
                    null,
                    label));
        b.footnote(org.draftkit.model.Footnote.of(label, u.footnote));
      }
      index.put(u, b.add(number, kind, runs, parent, null));
    }
    return b.build();
  }

  private static Truth truth(
      List<Unit> base,
      List<Unit> rev,
      Document baseDoc,
      Document revDoc,
      Map<String, Integer> counts) {
    Map<Integer, Integer> oldIndex = new HashMap<>();
    Map<Integer, Integer> newIndex = new HashMap<>();
    for (int i = 0; i < base.size(); i++) {
      oldIndex.put(base.get(i).id, i);
    }
    for (int j = 0; j < rev.size(); j++) {
      newIndex.put(rev.get(j).id, j);
    }
    Map<Integer, Integer> splitPart = new HashMap<>();
    java.util.Set<Integer> mergedAway = new java.util.HashSet<>();
    for (Unit u : rev) {
      if (u.splitFrom != null) {
        splitPart.put(u.splitFrom, newIndex.get(u.id));
      }
      if (u.mergedFrom != null) {
        mergedAway.addAll(u.mergedFrom);
      }
    }
    Map<Integer, String> baseText = new HashMap<>();
    Map<Integer, String> baseNote = new HashMap<>();
    for (Unit u : base) {
      baseText.put(u.id, u.text);
      baseNote.put(u.id, u.footnote);
    }
    List<TruthPair> pairs = new ArrayList<>();
    Map<Integer, List<String>> deleted = new HashMap<>();
    Map<Integer, List<String>> inserted = new HashMap<>();
    for (Unit u : rev) {
      int j = newIndex.get(u.id);
      String newLabel = revDoc.paragraphs().get(j).label();
      if (u.mergedFrom != null) {
        pairs.add(
            new TruthPair(
                u.mergedFrom.stream().map(oldIndex::get).toList(),
                List.of(j),
                AlignedPair.Status.MERGED,
                !java.util.Objects.equals(
                    baseDoc.paragraphs().get(oldIndex.get(u.id)).label(), newLabel)));
      } else if (u.splitFrom != null) {
        continue;
      } else if (oldIndex.containsKey(u.id)) {
        int i = oldIndex.get(u.id);
        boolean renumbered =
            !java.util.Objects.equals(baseDoc.paragraphs().get(i).label(), newLabel);
        if (splitPart.containsKey(u.id)) {
          pairs.add(
              new TruthPair(
                  List.of(i),
                  List.of(j, splitPart.get(u.id)),
                  AlignedPair.Status.SPLIT,
                  renumbered));
        } else {
          AlignedPair.Status s =
              u.moved
                  ? AlignedPair.Status.MOVED
                  : u.text.equals(baseText.get(u.id))
                          && java.util.Objects.equals(u.footnote, baseNote.get(u.id))
                      ? AlignedPair.Status.UNCHANGED
                      : AlignedPair.Status.MODIFIED;
          pairs.add(new TruthPair(List.of(i), List.of(j), s, renumbered));
        }
        if (!u.deleted.isEmpty()) {
          deleted.put(i, List.copyOf(u.deleted));
        }
        if (!u.inserted.isEmpty()) {
          inserted.put(j, List.copyOf(u.inserted));
        }
      } else {
        pairs.add(new TruthPair(List.of(), List.of(j), AlignedPair.Status.INSERTED, false));
        inserted.put(j, u.footnote == null ? List.of(u.text) : List.of(u.text, u.footnote));
      }
    }
    for (Unit u : base) {
      if (!newIndex.containsKey(u.id) && !mergedAway.contains(u.id)) {
        int i = oldIndex.get(u.id);
        pairs.add(new TruthPair(List.of(i), List.of(), AlignedPair.Status.DELETED, false));
        deleted.put(i, u.footnote == null ? List.of(u.text) : List.of(u.text, u.footnote));
      }
    }
    return new Truth(pairs, deleted, inserted, counts);
  }
}
