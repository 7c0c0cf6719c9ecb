package org.draftkit.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.layout.Cjk;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Footnote;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.ParagraphNumber.Scheme;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;
import org.draftkit.structure.internal.HeadingRule;
import org.draftkit.structure.internal.PreambleRule;

/**
 * The one place the UN rules live: turns the {@link Block}s an importer emits into numbered
 * paragraphs, whatever the format.
 *
 * <ol>
 *   <li>page furniture (running heads, page numbers) is dropped, footnote areas become footnote
 *       bodies, the masthead is left to the metadata;
 *   <li>a block that continues the previous one across a page break is joined to it; so is a block
 *       after a layout boundary that is the rest of a sentence (it starts in lower case, or with a
 *       number that neither continues the numbering nor starts one: "2025." after "… April"); a
 *       short line emphasised throughout (a heading) is never joined to a neighbour;
 *   <li>labels: the list number the source states, else one typed at the start of the text (after
 *       an opening quote too, leniently in a numbered list item), else a bare number without a dot
 *       that follows the previous one ("53 Recalls"); never a label inside a tracked change;
 *   <li>headings: the source's (unless they end like a paragraph, in ";" or ","), a short "IV.
 *       Title" line, a short unnumbered line all in bold;
 *   <li>parents: "(a)" under the latest numbered paragraph of rank 1 in its scope or a later
 *       lead-in ending in ":", else under the latest unnumbered paragraph since the heading (a
 *       chapeau); "(i)" under the latest "(a)" — or is the letter i when it follows "(h)"; a
 *       Chinese "1．" under a "（一）" is "(i)"; "8.2.2" under "8.2"; nested list items and later
 *       paragraphs of an item under their item, numbered in its own scope;
 *   <li>kinds: sub-items take their parent's kind (other under a heading); numbered paragraphs are
 *       operative, in a table too ("PP3" preambular); an unnumbered paragraph that reads as
 *       preambular ({@link PreambleRule}), before any operative one under the same heading and with
 *       numbered paragraphs after it, is preambular.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Structurer {

  private static final Set<Mark> CHANGE_MARKS =
      EnumSet.of(Mark.INSERT, Mark.DELETE, Mark.MOVE_FROM, Mark.MOVE_TO);
  private static final Set<Character> OPENING_QUOTES =
      Set.of('"', '\u201c', '\u2018', '\'', '\u00ab');
  private static final Pattern FOOTNOTE_START =
      Pattern.compile("^(\\d{1,3}|\\*{1,3}|[a-z])\\s+\\S");
  private static final int RANKS = 6;

  /** A Chinese sub-item, numbered "（一）" ("(a)"). */
  private static final Pattern HAN_SUB_ITEM =
      Pattern.compile("^\\s*[(（《〈]{1,2}\\s?[一二三四五六七八九十百]{1,5}\\s?[)）]");

  /** A Chinese paragraph number, or the "、" left of one: "三、", "、". */
  private static final Pattern HAN_ENUMERATED =
      Pattern.compile("^\\s*[一二三四五六七八九十百]{0,5}\\s?\u3001");

  /** A label in digits ("1．", not "一、"). */
  private static final Pattern DIGIT_START = Pattern.compile("^\\s*\\d");

  /** Text that starts in Chinese (after its label). */
  private static final Pattern HAN_START = Pattern.compile("^\\s*[\\p{IsHan}“《（]");

  private final String prefix;

  private Structurer(String prefix) {
    this.prefix = prefix;
  }

  /**
   * A structurer whose diagnostics carry the importer's code prefix.
   *
   * @param diagnosticPrefix the prefix of the diagnostic codes ("md", "txt", "html", "docx", "pdf")
   */
  public static Structurer forFormat(String diagnosticPrefix) {
    return new Structurer(diagnosticPrefix);
  }

  /** A paragraph being decided. */
  private static final class Draft {
    final Block block;
    final Integer structural;
    final List<Run> original;
    List<Run> runs;
    ParagraphNumber number;
    boolean listNumber;
    boolean heading;
    ParagraphKind kind = ParagraphKind.OTHER;
    Integer parent;

    Draft(Block block, List<Run> runs, Integer structural) {
      this.block = block;
      this.runs = runs;
      this.original = runs;
      this.structural = structural;
    }

    String text() {
      return Runs.text(runs);
    }
  }

  /**
   * Structures a document's blocks.
   *
   * @param blocks the blocks in reading order; a block's parent comes before it
   * @param source the source name for locations
   */
  public Structure structure(List<Block> blocks, String source) {
    List<Diagnostic> notes = new ArrayList<>();
    List<Footnote> footnotes = new ArrayList<>();
    int[] map = new int[blocks.size()];
    Arrays.fill(map, -1);
    List<Draft> drafts = new ArrayList<>();
    ParagraphNumber lastArabic = null;
    ParagraphNumber hanSinceHeading = null;
    int furniture = 0;
    int pageJoins = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      switch (b.zone()) {
        case RUNNING_HEAD -> {
          furniture++;
          continue;
        }
        case MASTHEAD -> {
          continue;
        }
        case FOOTNOTE_AREA -> {
          footnote(b, footnotes, source);
          continue;
        }
        default -> {
          // body
        }
      }
      List<Run> runs = Trim.trim(Runs.normalize(b.runs()));
      if (runs.isEmpty()
          && (b.label() == null
              || lastArabic == null
              || !continuesNumbering(lastArabic, b.label()))) {
        // an empty block goes; a number alone that continues the numbering stays ("60." before its
        // options)
        continue;
      }
      Integer structural = null;
      if (b.parent() != null) {
        for (int k = Math.min(b.parent(), i - 1); k >= 0 && structural == null; k--) {
          // the owning block's paragraph, or the closest kept one before it when it was dropped
          if (map[k] >= 0) {
            structural = map[k];
          }
        }
      }
      Draft prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      if (prev != null && b.continuesAcrossPageBreak() && b.label() == null && !prev.heading) {
        prev.runs = join(prev.runs, runs);
        map[i] = drafts.size() - 1;
        pageJoins++;
        continue;
      }
      Draft d = new Draft(b, runs, structural);
      label(d, lastArabic, notes, source);
      if (d.number == null) {
        restoreHanNumber(d, hanSinceHeading, notes);
      }
      d.heading = heading(d, notes, source);
      if (prev != null
          && (b.layoutBoundary() && continues(prev, d, lastArabic) || closesList(prev, d))) {
        prev.runs = join(prev.runs, d.runs);
        map[i] = drafts.size() - 1;
        notes.add(
            Diagnostic.info(
                prefix + ".paragraph-rejoined",
                "a paragraph broken off mid-sentence by "
                    + (b.page() > 0 ? "the layout" : "a blank line")
                    + " was joined to the one before ("
                    + (b.page() > 0 ? "page " + b.page() : "line " + prev.block.location().line())
                    + ")",
                b.location()));
        continue;
      }
      if (d.number != null
          && !d.heading
          && structural == null
          && d.number.scheme() == Scheme.ARABIC) {
        lastArabic = d.number;
      }
      if (d.heading) {
        hanSinceHeading = null;
      } else if (d.number != null
          && structural == null
          && d.number.scheme() == Scheme.ARABIC
          && HAN_ENUMERATED.matcher(Runs.text(d.original)).find()) {
        hanSinceHeading = d.number;
      }
      map[i] = drafts.size();
      drafts.add(d);
    }
    classify(drafts);
    List<Paragraph> paragraphs = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      paragraphs.add(
          new Paragraph(i, d.number, d.kind, Runs.normalize(d.runs), d.parent, d.block.location()));
    }
    if (furniture > 0) {
      notes.add(
          Diagnostic.info(
              prefix + ".page-furniture",
              "removed "
                  + furniture
                  + " running head"
                  + (furniture == 1 ? "" : "s")
                  + " and page number"
                  + (furniture == 1 ? "" : "s"),
              SourceLocation.line(source, 0)));
    }
    if (pageJoins > 0) {
      notes.add(
          Diagnostic.info(
              prefix + ".page-break-joined",
              "joined "
                  + pageJoins
                  + " paragraph"
                  + (pageJoins == 1 ? "" : "s")
                  + " continued across a page break",
              SourceLocation.line(source, 0)));
    }
    return new Structure(paragraphs, map, footnotes, notes);
  }

  private static List<Run> join(List<Run> a, List<Run> b) {
    List<Run> out = new ArrayList<>(a.size() + b.size() + 1);
    out.addAll(a);
    if (!Cjk.joinsSolid(Runs.text(a), Runs.text(b))) {
      out.add(Run.plain(" "));
    }
    out.addAll(b);
    return Runs.normalize(out);
  }

  /**
   * A footnote-area block: a new note when it opens with its marker, else the rest of the last one.
   */
  private static void footnote(Block b, List<Footnote> notes, String source) {
    List<Run> runs = Trim.trim(Runs.normalize(b.runs()));
    if (runs.isEmpty()) {
      return;
    }
    String label = b.label() == null ? null : b.label().label();
    if (label == null
        && (runs.get(0).has(Mark.FOOTNOTE_REFERENCE) || runs.get(0).has(Mark.SUPERSCRIPT))) {
      // a note that opens with its raised marker: the marker is its label, and a marker in its body
      // is no reference
      label = runs.get(0).ref() != null ? runs.get(0).ref() : runs.get(0).text().strip();
      runs = Trim.trim(runs.subList(1, runs.size()));
      List<Run> clean = new ArrayList<>(runs.size());
      for (Run r : runs) {
        clean.add(
            r.has(Mark.FOOTNOTE_REFERENCE)
                ? Run.of(
                    r.text(), r.marks().stream().filter(m -> m != Mark.FOOTNOTE_REFERENCE).toList())
                : r);
      }
      runs = Runs.normalize(clean);
      if (label.isEmpty()) {
        label = null;
      }
    }
    if (label == null) {
      Matcher m = FOOTNOTE_START.matcher(Runs.text(runs));
      if (m.find()) {
        label = m.group(1);
        runs = Trim.trim(Trim.cut(runs, 0, label.length()));
      }
    }
    SourceLocation at =
        b.location().page() > 0 || b.location().line() > 0
            ? b.location()
            : SourceLocation.page(source, b.page(), 0);
    if (label == null && !notes.isEmpty()) {
      Footnote last = notes.remove(notes.size() - 1);
      notes.add(new Footnote(last.label(), join(last.runs(), runs), last.location()));
      return;
    }
    notes.add(new Footnote(label == null ? "*" : label, runs, at));
  }

  // ---- labels

  private void label(Draft d, ParagraphNumber lastArabic, List<Diagnostic> notes, String source) {
    Block b = d.block;
    if (b.label() != null) {
      d.number = b.label();
      d.listNumber = true;
      return;
    }
    if (b.typedLabel() != null) {
      d.number = b.typedLabel();
      d.runs = Trim.trim(Trim.cutLabel(d.runs, b.typedLabelStart(), b.typedLabelEnd()));
      return;
    }
    String text = d.text();
    int quote = !text.isEmpty() && OPENING_QUOTES.contains(text.charAt(0)) ? 1 : 0;
    String rest = text.substring(quote);
    boolean numberedItem = b.role() == Block.Role.LIST_ITEM && !b.bullet();
    Optional<LeadingLabel> found =
        numberedItem ? LeadingLabel.findLenient(rest) : LeadingLabel.find(rest);
    if (found.isEmpty()
        && quote == 0
        && b.role() != Block.Role.HEADING
        && d.structural == null
        && b.tableDepth() == 0
        && lastArabic != null) {
      // "53 Recalls" after 52: a number followed by a word, never a figure in a table ("6 858,72")
      found =
          LeadingLabel.findLenient(text)
              .filter(successorOf(lastArabic))
              .filter(
                  l ->
                      l.length() < text.length()
                          && Character.isLetter(text.codePointAt(l.length())));
      if (found.isPresent()) {
        notes.add(
            Diagnostic.info(
                prefix + ".label-without-dot",
                "paragraph number "
                    + found.get().number().label()
                    + " has no dot; taken as a label because it follows "
                    + lastArabic.label(),
                b.location()));
      }
    }
    if (found.isEmpty()) {
      return;
    }
    int end = quote + found.get().length();
    int seen = 0;
    for (Run r : d.runs) {
      if (seen >= end) {
        break;
      }
      // a label inside a tracked change is part of the change, not the paragraph's number
      if (!Collections.disjoint(r.marks(), CHANGE_MARKS)) {
        return;
      }
      seen += r.text().length();
    }
    d.number = found.get().number();
    d.runs = Trim.trim(Trim.cut(d.runs, quote, end));
  }

  /**
   * A Chinese paragraph that opens with "、": its numeral ("三、") was lost, as OCR drops a thin "一"
   * or "二" at times (the comma never starts a line of Chinese otherwise). It takes the number after
   * the last Chinese paragraph number since the heading, or 1.
   */
  private void restoreHanNumber(Draft d, ParagraphNumber previous, List<Diagnostic> notes) {
    Block b = d.block;
    String text = d.text();
    if (!text.startsWith("、")
        || text.length() < 2
        || !Character.isIdeographic(text.codePointAt(1))
        || b.role() != Block.Role.PARAGRAPH
        || d.structural != null
        || b.tableDepth() > 0) {
      return;
    }
    d.number = ParagraphNumber.arabic(previous == null ? 1 : previous.value() + 1, 0);
    d.runs = Trim.trim(Trim.cut(d.runs, 0, 1));
    notes.add(
        Diagnostic.info(
            prefix + ".label-restored",
            "paragraph number "
                + d.number.label()
                + " restored: the text opens with \"\u3001\" but its numeral is missing"
                + (previous == null
                    ? " (the first after the heading)"
                    : " (after " + previous.label() + ")"),
            b.location()));
  }

  private static Predicate<LeadingLabel> successorOf(ParagraphNumber previous) {
    return l -> continuesNumbering(previous, l.number());
  }

  /** "54" after "53": the next top-level number. */
  private static boolean continuesNumbering(ParagraphNumber previous, ParagraphNumber n) {
    return n.scheme() == Scheme.ARABIC
        && n.suffix() == 0
        && n.parts().size() == 1
        && previous.parts().size() == 1
        && n.parts().get(0) == previous.parts().get(0) + 1;
  }

  // ---- headings

  private boolean heading(Draft d, List<Diagnostic> notes, String source) {
    Block b = d.block;
    if (b.textBox()) {
      return false;
    }
    String text = d.text().strip();
    if (b.role() == Block.Role.HEADING) {
      char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
      if (last == ';' || last == ',') {
        notes.add(
            Diagnostic.info(
                prefix + ".heading-as-paragraph",
                "heading text ending in '"
                    + last
                    + "' read as a paragraph, not a heading: "
                    + snippet(text),
                b.location()));
        return false;
      }
      return true;
    }
    if (b.tableDepth() > 0 || b.bullet() || d.structural != null) {
      return false;
    }
    ParagraphNumber n = d.number;
    boolean section =
        n != null && (n.scheme() == Scheme.UPPER_ROMAN || n.scheme() == Scheme.UPPER_LETTER);
    if (section) {
      return HeadingRule.shortLine(text) && (!d.listNumber || HeadingRule.boldLine(d.runs));
    }
    return n == null && b.role() != Block.Role.LIST_ITEM && HeadingRule.boldLine(d.runs);
  }

  private static String snippet(String text) {
    String[] words = text.split("\\s+");
    return words.length <= 8 ? text : String.join(" ", Arrays.copyOf(words, 8)) + " …";
  }

  // ---- continuation after a layout boundary

  /**
   * Whether {@code next} is the rest of {@code prev}: the layout broke a sentence. It must start in
   * lower case, or with a number that is no label (it neither continues the numbering nor starts
   * one), after a paragraph that stops mid-sentence; neither may be a heading or an emphasised
   * short line.
   */
  private static boolean continues(Draft prev, Draft next, ParagraphNumber lastArabic) {
    Block b = next.block;
    if (b.role() != Block.Role.PARAGRAPH || next.structural != null || b.label() != null) {
      return false;
    }
    String a = prev.text();
    String t = next.text();
    if (a.isEmpty() || t.isEmpty()) {
      return false;
    }
    boolean headingGoesOn =
        prev.heading
            && next.heading
            && prev.block.role() != Block.Role.HEADING
            && next.number == null
            && Character.isLowerCase(t.codePointAt(0));
    if (headingGoesOn) {
      // a bold heading line broken in two: "Textual Option on …" + "and the 2015 Agreement"
      return true;
    }
    if (prev.heading
        || next.heading
        || HeadingRule.emphasisedLine(prev.runs) != HeadingRule.emphasisedLine(next.runs)) {
      // a short emphasised line (a heading) is never part of the paragraph before or after it
      return false;
    }
    if (!Character.isLetterOrDigit(a.charAt(a.length() - 1))) {
      return false;
    }
    if (next.number == null) {
      return Character.isLowerCase(t.codePointAt(0));
    }
    ParagraphNumber n = next.number;
    if (n.scheme() != Scheme.ARABIC || n.parts().size() != 1 || n.suffix() != 0 || n.value() <= 1) {
      return false;
    }
    if (lastArabic != null
        && (continuesNumbering(lastArabic, n)
            || n.parts().get(0).equals(lastArabic.parts().get(0)))) {
      return false;
    }
    // "2025. The Committee": the number ends the sentence before; give the label back to the text
    next.runs = next.original;
    next.number = null;
    return true;
  }

  /**
   * Whether {@code next} is the closing words of the list item before it, set apart by the layout:
   * "(d) Other reasonable conditions …;" then, at the margin, "et possibilité pouvant être donnée
   * …" — no paragraph of a UN text starts in lower case, so an unlabelled one that does continues
   * the item ending with ";" or "," before it (the English text runs the same words on in the
   * item).
   */
  private static boolean closesList(Draft prev, Draft next) {
    Block b = next.block;
    if (b.role() != Block.Role.PARAGRAPH
        || next.structural != null
        || next.number != null
        || b.label() != null
        || next.heading
        || prev.heading
        || prev.number == null
        || b.tableDepth() > 0
        || prev.block.tableDepth() > 0) {
      return false;
    }
    String a = prev.text().strip();
    String t = next.text();
    return !a.isEmpty()
        && (a.endsWith(";") || a.endsWith(","))
        && !t.isEmpty()
        && Character.isLowerCase(t.codePointAt(0))
        && Character.isLetter(t.codePointAt(0))
        && !UNMARKED_LABEL.matcher(t).lookingAt();
  }

  /** A letter item labelled without brackets or dot: "j bis In a manner …", "k Ensure …". */
  private static final Pattern UNMARKED_LABEL =
      Pattern.compile(
          "\\p{Ll}(?:\\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?\\s+\\p{Lu}");

  // ---- parents and kinds

  /**
   * Where labels attach: the document, or one list item whose nested paragraphs are numbered on
   * their own.
   */
  private static final class Scope {
    final Integer base;
    final Integer[] lastAtRank = new Integer[RANKS];
    int lastPlain = -1;
    int leadIn = -1;

    Scope(Integer base) {
      this.base = base;
    }

    void reset() {
      Arrays.fill(lastAtRank, null);
      lastPlain = -1;
      leadIn = -1;
    }

    void set(int rank, int index) {
      lastAtRank[rank] = index;
      for (int r = rank + 1; r < RANKS; r++) {
        lastAtRank[r] = null;
      }
    }
  }

  private static void classify(List<Draft> drafts) {
    int lastNumbered = -1;
    for (int i = drafts.size() - 1; i >= 0 && lastNumbered < 0; i--) {
      Draft d = drafts.get(i);
      if (!d.heading
          && d.structural == null
          && d.number != null
          && (d.number.scheme() == Scheme.ARABIC
              || d.number.scheme() == Scheme.OPERATIVE
              || d.number.scheme() == Scheme.PREAMBULAR)) {
        lastNumbered = i;
      }
    }
    Scope document = new Scope(null);
    Map<Integer, Scope> containers = new HashMap<>();
    boolean operativeSinceHeading = false;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.heading) {
        d.kind = ParagraphKind.HEADING;
        document.reset();
        operativeSinceHeading = false;
        continue;
      }
      Scope scope =
          d.structural == null ? document : containers.computeIfAbsent(d.structural, Scope::new);
      ParagraphNumber n = d.number;
      if (n != null
          && !d.listNumber
          && n.scheme() == Scheme.LOWER_ROMAN
          && scope.lastAtRank[2] != null
          && scope.lastAtRank[2] > scope.leadIn) {
        ParagraphNumber before = drafts.get(scope.lastAtRank[2]).number;
        Optional<ParagraphNumber> asLetter = ParagraphNumber.letter(n.label());
        if (before != null
            && before.scheme() == Scheme.LOWER_LETTER
            && asLetter.isPresent()
            && asLetter.get().value() == before.value() + 1) {
          // "(i)" after "(h)", "(v)" after "(u)", "(x)" after "(w)" are letters
          n = n.suffix() > 0 ? asLetter.get().withSuffix(n.suffix()) : asLetter.get();
          d.number = n;
        }
      }
      if (n != null
          && !d.listNumber
          && n.scheme() == Scheme.ARABIC
          && n.parts().size() == 1
          && n.suffix() == 0
          && scope.lastAtRank[2] != null
          && HAN_SUB_ITEM.matcher(Runs.text(drafts.get(scope.lastAtRank[2]).original)).find()
          && HAN_START.matcher(d.text()).find()
          && DIGIT_START.matcher(Runs.text(d.original)).find()) {
        // Chinese numbers a sub-item's items "1．", "2．" where English has "(i)", "(ii)"
        n = ParagraphNumber.lowerRoman(n.value());
        d.number = n;
      }
      if (n == null) {
        d.parent = scope.base;
        if (d.parent != null) {
          d.kind = inherited(drafts, d.parent);
        } else if (!operativeSinceHeading
            && i < lastNumbered
            && d.block.tableDepth() == 0
            && PreambleRule.reads(d.runs)) {
          d.kind = ParagraphKind.PREAMBULAR;
        }
        if (d.text().stripTrailing().endsWith(":")) {
          // a lead-in ("Decides that:") holds the lettered sub-items after it
          scope.leadIn = i;
        } else if (!d.block.bullet()) {
          scope.lastPlain = i;
        }
        continue;
      }
      int rank = rank(n);
      Integer parent =
          n.scheme() == Scheme.ARABIC && n.parts().size() > 1
              ? outline(drafts, i, d.structural)
              : null;
      for (int r = rank - 1; r >= 1 && parent == null; r--) {
        parent = scope.lastAtRank[r];
      }
      if (n.scheme() != Scheme.ARABIC
          && rank > 1
          && scope.leadIn >= 0
          && (parent == null || parent < scope.leadIn)) {
        // "(a)" after "Decides that:" belongs to the lead-in, not to the numbered paragraph before
        // it
        parent = scope.leadIn;
      }
      if (parent == null && rank > 1 && scope.lastPlain >= 0) {
        // sub-items under an article's chapeau or another unnumbered paragraph
        parent = scope.lastPlain;
      }
      if (parent == null) {
        parent = scope.base;
      }
      d.parent = parent;
      scope.set(rank, i);
      if (n.scheme() == Scheme.PREAMBULAR) {
        d.kind = ParagraphKind.PREAMBULAR;
      } else if (parent != null) {
        d.kind = inherited(drafts, parent);
      } else if (n.scheme() == Scheme.ARABIC || n.scheme() == Scheme.OPERATIVE) {
        d.kind = ParagraphKind.OPERATIVE;
      }
      if (d.kind == ParagraphKind.OPERATIVE) {
        operativeSinceHeading = true;
      }
    }
  }

  /**
   * "8.2.2" belongs to the latest "8.2" (or "8.") before it under the same heading and in the same
   * scope.
   */
  private static Integer outline(List<Draft> drafts, int i, Integer structural) {
    List<Integer> parts = drafts.get(i).number.parts();
    for (int j = i - 1; j >= 0; j--) {
      Draft p = drafts.get(j);
      if (p.heading) {
        return null;
      }
      ParagraphNumber m = p.number;
      if (m != null
          && m.scheme() == Scheme.ARABIC
          && m.parts().size() < parts.size()
          && java.util.Objects.equals(p.structural, structural)
          && parts.subList(0, m.parts().size()).equals(m.parts())) {
        return j;
      }
    }
    return null;
  }

  private static ParagraphKind inherited(List<Draft> drafts, int parent) {
    ParagraphKind k = drafts.get(parent).kind;
    return k == ParagraphKind.HEADING ? ParagraphKind.OTHER : k;
  }

  private static int rank(ParagraphNumber n) {
    return switch (n.scheme()) {
      case PREAMBULAR, OPERATIVE, UPPER_ROMAN, UPPER_LETTER -> 1;
      case ARABIC -> Math.min(3, Math.max(1, n.parts().size()));
      case LOWER_LETTER -> 2;
      case LOWER_ROMAN -> 3;
      case OTHER -> 4;
    };
  }
}
