package org.draftkit.importer.docx.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.draftkit.layout.Preambles;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.ParagraphNumber.Scheme;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;

/**
 * Turns walked {@link Block}s into {@link Paragraph}s: drops empty paragraphs, decides each
 * paragraph's label (Word's list label, else a number typed at the start of the text), its kind
 * (heading, preambular, operative, other) and the parent of sub-items.
 */
final class Assembler {

  /** The paragraphs, where each block went, and what was worth telling. */
  record Result(List<Paragraph> paragraphs, int[] blockToParagraph, List<Diagnostic> diagnostics) {
    /** The paragraph a block became, or the next kept one when it was dropped (empty); null past the end. */
    Integer paragraphFor(int block) {
      for (int b = Math.max(0, block); b < blockToParagraph.length; b++) {
        if (blockToParagraph[b] >= 0) {
          return blockToParagraph[b];
        }
      }
      for (int b = Math.min(block, blockToParagraph.length - 1); b >= 0; b--) {
        if (blockToParagraph[b] >= 0) {
          return blockToParagraph[b];
        }
      }
      return null;
    }
  }

  private static final Set<Mark> CHANGE_MARKS = EnumSet.of(Mark.INSERT, Mark.DELETE, Mark.MOVE_FROM, Mark.MOVE_TO);
  private static final int MAX_HEADING_WORDS = 20;
  private static final int MAX_PREAMBLE_LEAD_WORDS = 6;

  private final String source;

  Assembler(String source) {
    this.source = source;
  }

  Result assemble(List<Block> blocks) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    int[] map = new int[blocks.size()];
    List<Draft> drafts = new ArrayList<>();
    Map<String, List<Integer>> markChanges = new TreeMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      List<Run> runs = trim(Runs.normalize(b.runs));
      if (runs.isEmpty()) {
        map[i] = -1;
        continue;
      }
      map[i] = drafts.size();
      Draft d = new Draft(b, runs);
      label(d);
      drafts.add(d);
      if (b.markChange != null) {
        String key = b.markChange.mark().id() + (b.markChange.author() == null ? "" : " by " + b.markChange.author());
        markChanges.computeIfAbsent(key, k -> new ArrayList<>()).add(map[i]);
      }
    }
    classify(drafts);
    List<Paragraph> paragraphs = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      paragraphs.add(new Paragraph(i, d.number, d.kind, d.runs, d.parent,
          SourceLocation.line(source, d.block.ordinal)));
    }
    for (Map.Entry<String, List<Integer>> e : markChanges.entrySet()) {
      diagnostics.add(Diagnostic.info("docx.paragraph-mark-change", "tracked paragraph mark " + e.getKey()
          + " (the paragraph break itself is " + (e.getKey().startsWith("insert") || e.getKey().startsWith("moveTo")
          ? "new" : "removed") + ") on paragraphs " + summarise(e.getValue()), SourceLocation.line(source, 0)));
    }
    return new Result(paragraphs, map, diagnostics);
  }

  /** A footnote's or comment's blocks as one run list, paragraphs separated by a line break. */
  static List<Run> joinBlocks(List<Block> blocks) {
    List<Run> out = new ArrayList<>();
    for (Block b : blocks) {
      List<Run> runs = trim(Runs.normalize(b.runs));
      if (runs.isEmpty()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.add(Run.plain("\n"));
      }
      out.addAll(runs);
    }
    return Runs.normalize(out);
  }

  private static final class Draft {
    final Block block;
    List<Run> runs;
    ParagraphNumber number;
    boolean autoNumber;
    ParagraphKind kind = ParagraphKind.OTHER;
    Integer parent;

    Draft(Block block, List<Run> runs) {
      this.block = block;
      this.runs = runs;
    }

    boolean isBullet() {
      return block.label != null && ListNumbering.isBulletFormat(block.label.format());
    }
  }

  private void label(Draft d) {
    ListNumbering.Label l = d.block.label;
    if (l != null && !ListNumbering.isBulletFormat(l.format()) && !l.text().isBlank()) {
      d.number = numberOf(l);
      d.autoNumber = true;
      return;
    }
    if (l != null && ListNumbering.isBulletFormat(l.format())) {
      return;
    }
    String text = Runs.text(d.runs);
    Optional<LeadingLabel> typed = LeadingLabel.find(text);
    if (typed.isEmpty()) {
      return;
    }
    int length = typed.get().length();
    // only labels typed as plain text: a label inside a tracked change is part of the change
    int seen = 0;
    for (Run r : d.runs) {
      if (seen >= length) {
        break;
      }
      if (!java.util.Collections.disjoint(r.marks(), CHANGE_MARKS)) {
        return;
      }
      seen += r.text().length();
    }
    d.number = typed.get().number();
    d.runs = trim(dropPrefix(d.runs, length));
  }

  /** The normalised label of an automatic list number, from its format and value. */
  static ParagraphNumber numberOf(ListNumbering.Label l) {
    String text = l.text().strip();
    String bare = text.replaceAll("^[(\\[]|[.)\\]:]$", "").replaceAll("[.)\\]]$", "");
    switch (l.format()) {
      case "lowerLetter":
        if (bare.matches("[a-z]+")) {
          return ParagraphNumber.letter(bare).orElseGet(() -> ParagraphNumber.of(text));
        }
        break;
      case "lowerRoman":
        if (bare.matches("[ivxlcdm]+")) {
          return new ParagraphNumber(Scheme.LOWER_ROMAN, List.of(l.value()), 0, "(" + bare + ")");
        }
        break;
      case "upperLetter":
        if (bare.matches("[A-Z]+")) {
          return new ParagraphNumber(Scheme.UPPER_LETTER, List.of(l.value()), 0, bare);
        }
        break;
      case "upperRoman":
        if (bare.matches("[IVXLCDM]+")) {
          return new ParagraphNumber(Scheme.UPPER_ROMAN, List.of(l.value()), 0, bare);
        }
        break;
      default:
        break;
    }
    Optional<ParagraphNumber> parsed = ParagraphNumber.parse(text);
    if (parsed.isPresent()) {
      return parsed.get();
    }
    if (bare.matches("\\d+")) {
      return ParagraphNumber.arabic(l.value(), 0);
    }
    return ParagraphNumber.of(text);
  }

  private void classify(List<Draft> drafts) {
    Integer[] lastAtRank = new Integer[6];
    boolean operativeSinceHeading = false;
    int lastLetter = 0;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (isHeading(d)) {
        d.kind = ParagraphKind.HEADING;
        java.util.Arrays.fill(lastAtRank, null);
        operativeSinceHeading = false;
        continue;
      }
      if (d.number == null) {
        if (!operativeSinceHeading && d.block.tableDepth == 0 && italicLead(d.runs)) {
          d.kind = ParagraphKind.PREAMBULAR;
        }
        continue;
      }
      ParagraphNumber n = d.number;
      if (!d.autoNumber && n.scheme() == Scheme.LOWER_ROMAN && n.value() > 0 && lastLetter > 0
          && "ivx".indexOf(n.label().charAt(1)) >= 0 && n.label().length() == 3
          && lastLetter + 1 == n.label().charAt(1) - 'a' + 1) {
        // "(i)" after "(h)" is a letter
        n = ParagraphNumber.letter(n.label()).orElse(n);
        d.number = n;
      }
      if (n.scheme() == Scheme.LOWER_LETTER) {
        lastLetter = n.value();
      }
      int rank = rank(n);
      Integer parent = null;
      for (int r = rank - 1; r >= 1; r--) {
        if (lastAtRank[r] != null) {
          parent = lastAtRank[r];
          break;
        }
      }
      if (parent == null && rank > 1 && i > 0) {
        // a sub-item list under an unnumbered lead-in ("Decides that:")
        for (int j = i - 1; j >= 0; j--) {
          Draft prev = drafts.get(j);
          if (prev.kind == ParagraphKind.HEADING) {
            break;
          }
          if (prev.number == null && !prev.isBullet()) {
            parent = j;
            break;
          }
          if (prev.number != null && rank(prev.number) < rank) {
            parent = j;
            break;
          }
        }
      }
      d.parent = parent;
      lastAtRank[rank] = i;
      for (int r = rank + 1; r < lastAtRank.length; r++) {
        lastAtRank[r] = null;
      }
      if (n.scheme() == Scheme.PREAMBULAR) {
        d.kind = ParagraphKind.PREAMBULAR;
      } else if (parent != null && rank > 1) {
        ParagraphKind pk = drafts.get(parent).kind;
        d.kind = pk == ParagraphKind.HEADING ? ParagraphKind.OTHER : pk;
      } else if (n.scheme() == Scheme.ARABIC || n.scheme() == Scheme.OPERATIVE) {
        // numbered paragraphs in a table cell too: a compilation table's rows are real content
        d.kind = ParagraphKind.OPERATIVE;
      }
      if (d.kind == ParagraphKind.OPERATIVE) {
        operativeSinceHeading = true;
      }
    }
  }

  private static int rank(ParagraphNumber n) {
    return switch (n.scheme()) {
      case PREAMBULAR, OPERATIVE -> 1;
      case ARABIC -> Math.min(3, Math.max(1, n.parts().size()));
      case LOWER_LETTER -> 2;
      case LOWER_ROMAN -> 3;
      case UPPER_ROMAN, UPPER_LETTER -> 1;
      case OTHER -> 4;
    };
  }

  private static boolean isHeading(Draft d) {
    if (d.block.textBox) {
      return false;
    }
    if (d.block.outlineLevel >= 0) {
      return true;
    }
    boolean upper = d.number != null
        && (d.number.scheme() == Scheme.UPPER_ROMAN || d.number.scheme() == Scheme.UPPER_LETTER);
    if ((d.number != null && !upper) || d.block.tableDepth > 0 || d.isBullet()) {
      return false;
    }
    // "IV. Title" or an unnumbered line: short, all bold, no closing punctuation, no "Label:" lead
    String text = Runs.text(d.runs).strip();
    if (text.isEmpty() || Words.count(text) > MAX_HEADING_WORDS || text.indexOf(':') >= 0) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (".,;".indexOf(last) >= 0) {
      return false;
    }
    for (Run r : d.runs) {
      if (!isBlank(r.text()) && !r.has(Mark.BOLD) && !r.has(Mark.FOOTNOTE_REFERENCE)) {
        return false;
      }
    }
    return true;
  }

  /** "Recalling …", "Noting with concern …": a short italic lead followed by plain text. */
  private static boolean italicLead(List<Run> runs) {
    StringBuilder lead = new StringBuilder();
    int i = 0;
    for (; i < runs.size(); i++) {
      Run r = runs.get(i);
      if (r.has(Mark.ITALIC) || r.text().isBlank()) {
        lead.append(r.text());
      } else {
        break;
      }
    }
    String l = lead.toString().strip();
    if (l.isEmpty() || i == runs.size() || !Character.isUpperCase(l.charAt(0))) {
      return false;
    }
    int words = Words.count(l);
    if (words < 1 || words > MAX_PREAMBLE_LEAD_WORDS) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    for (; i < runs.size(); i++) {
      rest.append(runs.get(i).text());
    }
    String r = rest.toString().strip();
    String firstWord = l.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return Words.count(r) >= 2 && (Preambles.opens(l) || firstWord.endsWith("ing") || firstWord.endsWith("ed"));
  }

  /** Strips leading and trailing whitespace across runs, keeping empty anchor runs. */
  static List<Run> trim(List<Run> runs) {
    List<Run> out = new ArrayList<>(runs);
    while (!out.isEmpty()) {
      Run first = out.get(0);
      String t = stripLeading(first.text());
      if (t.isEmpty() && first.ref() == null) {
        out.remove(0);
        continue;
      }
      if (t.length() != first.text().length()) {
        out.set(0, first.withText(t));
      }
      if (!t.isEmpty()) {
        break;
      }
      // an empty anchor run: look past it for leading whitespace too
      int k = 1;
      while (k < out.size() && out.get(k).text().isEmpty()) {
        k++;
      }
      if (k < out.size() && !out.get(k).text().equals(stripLeading(out.get(k).text()))) {
        Run next = out.get(k);
        String nt = stripLeading(next.text());
        if (nt.isEmpty() && next.ref() == null) {
          out.remove(k);
          continue;
        }
        out.set(k, next.withText(nt));
      }
      break;
    }
    while (!out.isEmpty()) {
      Run last = out.get(out.size() - 1);
      String t = stripTrailing(last.text());
      if (t.isEmpty() && last.ref() == null) {
        out.remove(out.size() - 1);
        continue;
      }
      if (t.length() != last.text().length()) {
        out.set(out.size() - 1, last.withText(t));
      }
      break;
    }
    boolean anyText = false;
    for (Run r : out) {
      anyText |= !isBlank(r.text()) || r.ref() != null;
    }
    return anyText ? out : List.of();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  static String stripTrailing(String s) {
    int i = s.length();
    while (i > 0 && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return s.substring(0, i);
  }

  private static List<Run> dropPrefix(List<Run> runs, int length) {
    List<Run> out = new ArrayList<>();
    int left = length;
    for (Run r : runs) {
      if (left <= 0) {
        out.add(r);
      } else if (r.text().length() <= left) {
        left -= r.text().length();
        if (r.ref() != null && r.text().isEmpty()) {
          out.add(r);
        }
      } else {
        out.add(r.withText(r.text().substring(left)));
        left = 0;
      }
    }
    return out;
  }

  private static String summarise(List<Integer> indexes) {
    Map<Integer, Integer> ranges = new LinkedHashMap<>();
    Integer start = null;
    Integer prev = null;
    for (Integer i : indexes) {
      if (start == null) {
        start = i;
      } else if (i != prev + 1) {
        ranges.put(start, prev);
        start = i;
      }
      prev = i;
    }
    if (start != null) {
      ranges.put(start, prev);
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : ranges.entrySet()) {
      parts.add(e.getKey().equals(e.getValue()) ? e.getKey().toString() : e.getKey() + "–" + e.getValue());
    }
    return String.join(", ", parts);
  }
}
