package org.draftkit.amend;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.internal.ParagraphReferences;
import org.draftkit.model.Amendment;
import org.draftkit.model.Amendment.Operation;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Evidence;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.Run;
import org.draftkit.model.Stakeholder;

/**
 * Public: the consolidation and positions engines are built with it. Reads the amendments a
 * submission proposes, in every way stakeholders write them: quoted paragraphs with marks (the
 * {@link MarkConvention} says which mark inserts and which deletes), new "bis" paragraphs, "Option
 * A / Option B" alternatives, instructions in prose ("replace “X” with “Y” in paragraph 12",
 * "delete paragraph 12", "insert after “development” the words “…”", "consolidate paragraphs 100
 * and 103", "move paragraph 40 after 45"), and Word tracked changes in a copy of the draft (the
 * change's author is the proponent). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ProposalReader {

  private static final String Q_OPEN = "[“\"‘'«]";
  private static final String Q_CLOSE = "[”\"’'»]";
  private static final String QUOTED = Q_OPEN + "(.+?)" + Q_CLOSE;
  private static final Pattern OPTION =
      Pattern.compile(
          "^(Option\\s+([A-Z]|\\d{1,2}|[IVX]{1,4}))\\b\\s*[-–—:.]?\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern CUMULATIVE =
      Pattern.compile(
          "(?i)\\b(either or both|one or both|both could|both options|and/or|all (of them|options) could|cumulative)\\b");
  private static final Pattern REPLACE =
      Pattern.compile(
          "(?i)\\breplac(?:e|ing)\\s+(?:the\\s+words?\\s+)?"
              + QUOTED
              + "\\s+(?:with|by)\\s+(?:the\\s+words?\\s+)?"
              + QUOTED);
  private static final Pattern INSERT_AFTER =
      Pattern.compile(
          "(?i)\\binsert(?:ing)?\\s+(?:after|before)\\s+"
              + QUOTED
              + "\\s+(?:the\\s+words?\\s+)?"
              + QUOTED);
  private static final Pattern INSERT_AFTER_2 =
      Pattern.compile(
          "(?i)\\binsert(?:ing)?\\s+(?:the\\s+words?\\s+)?"
              + QUOTED
              + "\\s+(after|before)\\s+"
              + QUOTED);
  private static final Pattern DELETE_WORDS =
      Pattern.compile("(?i)\\bdelet(?:e|ing)\\s+(?:the\\s+words?\\s+)?" + QUOTED);
  private static final Pattern DELETE_PARAS =
      Pattern.compile(
          "(?i)\\b(?:delet(?:e|ing|ion of)|remov(?:e|ing|al of))\\s+(?:of\\s+)?(?:the\\s+)?(?:op\\s*|pp\\s*|paras?\\.?\\s|paragraphs?\\s)");
  private static final Pattern MERGE =
      Pattern.compile(
          "(?i)\\b(?:consolidat|merg|combin)(?:e|es|ing|ed)\\b[^.]*?\\b(?:paras?\\.?|paragraphs?)\\s+");

  /** A verb that moves a paragraph ("move", "place", "relocate", "become"). */
  private static final Pattern MOVE_VERB =
      Pattern.compile(
          "(?i)\\b(?:mov(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|transfer(?:s|red|ring)?"
              + "|reposition(?:s|ed|ing)?|shift(?:s|ed|ing)?|becom(?:e|es|ing))\\b");

  /**
   * What stands between the moved paragraph and where it goes: "after", "to follow", "should be
   * moved before", "to become new", then the destination ("paragraph 15", "OP2", "45").
   */
  private static final Pattern MOVE_TO =
      Pattern.compile(
          "(?i)^\\s*,?\\s*(?:(?:should|shall|would|could|must|will|to|is\\s+to)\\s+)?(?:be\\s+)?"
              + "(?:(?:mov(?:e|ed)|plac(?:e|ed)|relocat(?:e|ed)|transferred|repositioned|shifted|put|go|come|appear)\\s+)?"
              + "(?:so\\s+as\\s+)?(?:(?:up|down)\\s+)?(?:(?:immediately|directly|right|just)\\s+)?"
              + "(?<rel>after|before|following|below|above|ahead\\s+of|to\\s+(?:follow|precede)|(?:to\\s+)?becom(?:e|es|ing)\\s+(?:the\\s+)?new)"
              + "\\s+(?:(?:the\\s+)?(?:current|existing|present)\\s+)?"
              + "(?<ref>(?:paragraphs?\\s*|paras?\\.?\\s*|OP\\s*|PP\\s*|¶\\s*)?\\d{1,4}(?:\\s*(?:bis|ter|quater))?(?:\\s?\\([a-z]{1,4}\\))?)");

  private final MarkConvention convention;
  private final ParagraphReferences references = new ParagraphReferences();

  public ProposalReader(MarkConvention convention) {
    this.convention = Objects.requireNonNull(convention, "convention");
  }

  /** A reader with the default convention (bold/underline insert, strike deletes). */
  public static ProposalReader defaults() {
    return new ProposalReader(MarkConvention.defaults());
  }

  /** The amendments a submission proposes. */
  public Proposals read(Submission submission) {
    Document doc = submission.document();
    if (isDraftCopy(doc)) {
      return readTrackedChanges(submission);
    }
    List<Amendment> out = new ArrayList<>();
    List<OptionGroup> groups = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    String source = doc.metadata().source();
    Stakeholder who = submission.stakeholder();

    String groupId = null;
    List<String> groupOptions = new ArrayList<>();
    String groupStatement = null;
    String currentOption = null;
    String recentProse = "";
    int groupCounter = 0;

    for (Paragraph p : doc.paragraphs()) {
      String text = p.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      Matcher opt = OPTION.matcher(text);
      if (p.number() == null && opt.matches()) {
        if (groupId == null) {
          groupId = who.name() + "-" + (++groupCounter);
          groupOptions = new ArrayList<>();
          Matcher c = CUMULATIVE.matcher(recentProse + " " + text);
          groupStatement = c.find() ? sentenceAround(recentProse + " " + text, c.start()) : null;
        }
        currentOption = opt.group(1);
        groupOptions.add(currentOption);
        continue;
      }
      if (p.number() != null && p.kind() != ParagraphKind.HEADING) {
        String label = doc.fullLabel(p);
        if (p.number().isInserted()) {
          List<Run> runs = p.runs().stream().map(r -> retag(r, true)).toList();
          out.add(
              Amendment.addition(
                  who,
                  p.number().base().label(),
                  label,
                  runs,
                  groupId,
                  currentOption,
                  new Evidence(source, p.location(), markedText(runs))));
        } else {
          List<Run> runs = convert(p.runs());
          out.add(
              Amendment.words(
                  who,
                  Operation.AMEND_TEXT,
                  label,
                  runs,
                  groupId,
                  currentOption,
                  new Evidence(source, p.location(), markedText(runs))));
        }
        currentOption = null;
        continue;
      }
      // prose: the option group ends when prose resumes after its options
      if (groupId != null && currentOption == null && !groupOptions.isEmpty()) {
        groups.add(new OptionGroup(groupId, groupOptions, groupStatement != null, groupStatement));
        groupId = null;
      }
      readInstructions(who, p, text, source, out);
      recentProse = text;
    }
    if (groupId != null && !groupOptions.isEmpty()) {
      groups.add(new OptionGroup(groupId, groupOptions, groupStatement != null, groupStatement));
    }
    return new Proposals(out, groups, diagnostics);
  }

  private void readInstructions(
      Stakeholder who, Paragraph p, String text, String source, List<Amendment> out) {
    List<String> refs = references.labels(text);
    String target = refs.isEmpty() ? null : refs.get(0);
    Evidence ev = new Evidence(source, p.location(), text);
    Matcher m = REPLACE.matcher(text);
    while (m.find()) {
      out.add(
          words(who, target, ev, Run.of(m.group(1), Mark.DELETE), Run.of(m.group(2), Mark.INSERT)));
    }
    m = INSERT_AFTER.matcher(text);
    while (m.find()) {
      boolean after = m.group().toLowerCase(Locale.ROOT).contains("after");
      out.add(
          after
              ? words(who, target, ev, Run.plain(m.group(1)), Run.of(" " + m.group(2), Mark.INSERT))
              : words(
                  who, target, ev, Run.of(m.group(2) + " ", Mark.INSERT), Run.plain(m.group(1))));
    }
    m = INSERT_AFTER_2.matcher(text);
    while (m.find()) {
      boolean after = m.group(2).equalsIgnoreCase("after");
      out.add(
          after
              ? words(who, target, ev, Run.plain(m.group(3)), Run.of(" " + m.group(1), Mark.INSERT))
              : words(
                  who, target, ev, Run.of(m.group(1) + " ", Mark.INSERT), Run.plain(m.group(3))));
    }
    m = DELETE_WORDS.matcher(text);
    while (m.find()) {
      out.add(words(who, target, ev, Run.of(m.group(1), Mark.DELETE)));
    }
    m = DELETE_PARAS.matcher(text);
    if (m.find()) {
      for (String label : references.labels(text.substring(m.start()))) {
        out.add(Amendment.on(who, Operation.DELETE_PARAGRAPH, label, ev));
      }
    }
    m = MERGE.matcher(text);
    if (m.find()) {
      List<String> merged = references.labels(text.substring(m.start()));
      for (int i = 1; i < merged.size(); i++) {
        out.add(Amendment.merge(who, merged.get(0), merged.get(i), ev));
      }
    }
    out.addAll(moves(who, text, ev));
  }

  /**
   * Moves read from prose: "move paragraph 12 after paragraph 15", "para 7 to become new para 3",
   * "place OP5 before OP2", "paragraph 40 should be moved to follow 45". The destination is written
   * "after 15", "before 2" or "as 3" (to take paragraph 3's place); several paragraphs moved
   * together ("move paragraphs 12 and 13 after 15") keep their order.
   */
  private List<Amendment> moves(Stakeholder who, String text, Evidence ev) {
    List<Amendment> out = new ArrayList<>();
    if (!MOVE_VERB.matcher(text).find()) {
      return out;
    }
    for (ParagraphReferences.Reference ref : references.find(text)) {
      Matcher to = MOVE_TO.matcher(text).region(ref.end(), text.length());
      if (!to.lookingAt()) {
        continue;
      }
      int verbZone = Math.max(0, text.lastIndexOf('.', Math.max(0, ref.start() - 1)) + 1);
      Matcher verb = MOVE_VERB.matcher(text).region(verbZone, to.end());
      if (!verb.find()) {
        continue;
      }
      String destination = destinationLabel(to.group("ref"));
      if (destination == null) {
        continue;
      }
      String rel = to.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String where =
          rel.contains("becom")
              ? "as "
              : rel.equals("before")
                      || rel.equals("above")
                      || rel.equals("ahead of")
                      || rel.equals("to precede")
                  ? "before "
                  : "after ";
      for (String label : ref.labels()) {
        out.add(Amendment.move(who, label, where + destination, List.of(), ev));
      }
    }
    return out;
  }

  /** "paragraph 15", "OP2", "PP 3", "45" → the label it names, or null. */
  private String destinationLabel(String ref) {
    List<String> labels = references.labels(ref);
    if (!labels.isEmpty()) {
      return labels.get(0);
    }
    String bare = ref.replaceAll("(?i)^(?:paragraphs?|paras?\\.?|OP|¶)\\s*", "").strip();
    return org.draftkit.model.ParagraphNumber.parse(bare)
        .map(org.draftkit.model.ParagraphNumber::label)
        .orElse(null);
  }

  private static Amendment words(Stakeholder who, String target, Evidence ev, Run... runs) {
    return Amendment.words(who, Operation.AMEND_WORDS, target, List.of(runs), null, null, ev);
  }

  /**
   * Tracked changes in a copy of the draft: one amendment per paragraph and author, and one move
   * per paragraph moved whole (Word's moveFrom/moveTo), which names the paragraph by its label and
   * quotes its text, and its destination by the paragraph it now follows ("after 15", or "¶n" for
   * an unnumbered one, counted as in the base).
   */
  private Proposals readTrackedChanges(Submission submission) {
    Document doc = submission.document();
    List<Amendment> out = new ArrayList<>();
    List<Moves.Move> moves = Moves.of(doc);
    java.util.Set<Integer> origins = new java.util.HashSet<>();
    Map<Integer, Moves.Move> destinations = new java.util.HashMap<>();
    for (Moves.Move m : moves) {
      origins.add(m.from());
      destinations.put(m.to(), m);
    }
    for (Paragraph p : doc.paragraphs()) {
      if (origins.contains(p.index())) {
        continue; // the move itself is read below; edits are read where the text now stands
      }
      Moves.Move arrived = destinations.get(p.index());
      List<Run> own =
          arrived == null
              ? p.runs()
              : p.runs().stream()
                  .map(
                      r ->
                          r.has(Mark.MOVE_TO) && !r.has(Mark.INSERT) && !r.has(Mark.DELETE)
                              ? new Run(
                                  r.text(), without(r.marks(), Mark.MOVE_TO), null, null, r.ref())
                              : r)
                  .toList();
      Map<String, Boolean> authors = new LinkedHashMap<>();
      for (Run r : own) {
        if (isTracked(r)) {
          authors.put(r.author() == null ? submission.stakeholder().name() : r.author(), true);
        }
      }
      for (String author : authors.keySet()) {
        List<Run> runs = new ArrayList<>();
        for (Run r : own) {
          String by = r.author() == null ? submission.stakeholder().name() : r.author();
          boolean ins = r.has(Mark.INSERT) || r.has(Mark.MOVE_TO);
          boolean del = r.has(Mark.DELETE) || r.has(Mark.MOVE_FROM);
          if (!ins && !del) {
            runs.add(plain(r));
          } else if (by.equals(author)) {
            runs.add(tag(r, ins ? Mark.INSERT : Mark.DELETE));
          } else if (del) {
            runs.add(plain(r)); // another author's deletion: still base text for this proposal
          } // another author's insertion is not base text: left out
        }
        String label =
            arrived != null
                ? arrived.paragraph().startsWith("¶") ? null : arrived.paragraph()
                : p.number() != null ? doc.fullLabel(p) : nearestLabel(doc, p.index());
        out.add(
            Amendment.words(
                new Stakeholder(author),
                Operation.AMEND_TEXT,
                label,
                runs,
                null,
                null,
                new Evidence(doc.metadata().source(), p.location(), markedText(runs))));
      }
    }
    for (Moves.Move m : moves) {
      Paragraph from = doc.paragraphs().get(m.from());
      String author = m.author() == null ? submission.stakeholder().name() : m.author();
      String label = from.number() != null ? doc.fullLabel(from) : null;
      out.add(
          Amendment.move(
              new Stakeholder(author),
              label,
              anchorBefore(doc, m.to(), origins),
              List.of(Run.plain(from.text())),
              new Evidence(
                  doc.metadata().source(),
                  from.location(),
                  "moved " + (label == null ? "paragraph" : label) + ": " + from.text().strip())));
    }
    return new Proposals(out, List.of(), List.of());
  }

  /**
   * Where a moved-to paragraph now stands, as the base would name it: "after" the paragraph it
   * follows, by its label or as "¶n" counting the paragraphs of the draft copy that were in the
   * base (neither inserted whole nor a move's destination); "before ¶1" at the very start.
   */
  private static String anchorBefore(Document doc, int to, java.util.Set<Integer> origins) {
    List<Integer> inBase = new ArrayList<>();
    java.util.Set<Integer> added = new java.util.HashSet<>();
    for (Paragraph p : doc.paragraphs()) {
      boolean wholeInsert =
          !p.text().isBlank()
              && p.runs().stream()
                  .filter(r -> !r.text().isBlank())
                  .allMatch(r -> r.has(Mark.INSERT) || r.has(Mark.MOVE_TO));
      if (wholeInsert && !origins.contains(p.index())) {
        added.add(p.index());
      } else {
        inBase.add(p.index());
      }
    }
    for (int i = to - 1; i >= 0; i--) {
      Paragraph p = doc.paragraphs().get(i);
      if (p.parent() != null || p.text().isBlank()) {
        continue;
      }
      if (p.number() != null) {
        return "after "
            + doc.fullLabel(p); // a paragraph moved here too is known to the base by its label
      }
      if (!added.contains(i)) {
        return "after ¶" + (inBase.indexOf(i) + 1);
      }
    }
    return "before ¶1";
  }

  private static java.util.Set<Mark> without(java.util.Set<Mark> marks, Mark mark) {
    EnumSet<Mark> m = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
    m.remove(mark);
    return m;
  }

  private static boolean isTracked(Run r) {
    return r.has(Mark.INSERT) || r.has(Mark.DELETE) || r.has(Mark.MOVE_FROM) || r.has(Mark.MOVE_TO);
  }

  /**
   * A copy of the draft carrying tracked changes, rather than a letter quoting a few paragraphs:
   * many numbered paragraphs with tracked changes, or any paragraph moved whole as Word tracks a
   * move (a letter quotes, it does not move).
   */
  static boolean isDraftCopy(Document doc) {
    long numbered =
        doc.paragraphs().stream()
            .filter(p -> p.number() != null && p.kind() != ParagraphKind.HEADING)
            .count();
    return numbered >= 15
            && doc.paragraphs().stream()
                .anyMatch(p -> p.runs().stream().anyMatch(ProposalReader::isTracked))
        || !Moves.of(doc).isEmpty();
  }

  /** The paragraph's runs with proposal marks reduced to INSERT and DELETE by the convention. */
  private List<Run> convert(List<Run> runs) {
    List<Run> out = new ArrayList<>(runs.size());
    for (Run r : runs) {
      if (convention.isDelete(r.marks())) {
        out.add(tag(r, Mark.DELETE));
      } else if (convention.isInsert(r.marks()) && !r.text().isBlank()) {
        out.add(tag(r, Mark.INSERT));
      } else {
        out.add(plain(r));
      }
    }
    return out;
  }

  private Run retag(Run r, boolean insert) {
    return convention.isDelete(r.marks())
        ? tag(r, Mark.DELETE)
        : insert ? tag(r, Mark.INSERT) : plain(r);
  }

  private static Run tag(Run r, Mark mark) {
    EnumSet<Mark> marks = EnumSet.of(mark);
    if (r.has(Mark.ITALIC)) {
      marks.add(Mark.ITALIC);
    }
    return new Run(r.text(), marks, r.author(), r.date(), null);
  }

  private static Run plain(Run r) {
    return r.has(Mark.ITALIC)
        ? new Run(r.text(), EnumSet.of(Mark.ITALIC), null, null, null)
        : Run.plain(r.text());
  }

  private static String nearestLabel(Document doc, int index) {
    for (int i = index; i >= 0; i--) {
      Paragraph p = doc.paragraphs().get(i);
      if (p.number() != null) {
        return doc.fullLabel(p);
      }
    }
    return null;
  }

  /**
   * The text of runs tagged {@link Mark#INSERT}/{@link Mark#DELETE} in the stakeholders' own
   * convention: ~~deleted~~ and **inserted**.
   */
  public static String markedText(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      boolean del = r.has(Mark.DELETE);
      boolean ins = !del && r.has(Mark.INSERT);
      String t = r.text();
      if ((del || ins) && !t.isBlank()) {
        String lead = t.substring(0, t.length() - t.stripLeading().length());
        String trail = t.substring(t.stripTrailing().length());
        String mark = del ? "~~" : "**";
        sb.append(lead).append(mark).append(t.strip()).append(mark).append(trail);
      } else {
        sb.append(t);
      }
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static String sentenceAround(String text, int at) {
    int start = Math.max(text.lastIndexOf(". ", at) + 2, 0);
    if (start == 1) {
      start = 0;
    }
    int end = text.indexOf('.', at);
    return text.substring(start, end < 0 ? text.length() : end + 1).strip();
  }
}
