package org.draftkit.importer.html.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 * Turns {@link Block}s into {@link Paragraph}s: the label (the list's, else one typed at the start
 * of the text), the kind (heading, preambular, operative, other) and the parent of sub-items.
 */
final class Assembler {

  private static final Set<Mark> CHANGE_MARKS = EnumSet.of(Mark.INSERT, Mark.DELETE, Mark.MOVE_FROM, Mark.MOVE_TO);
  private static final int MAX_HEADING_WORDS = 20;
  private static final int MAX_LEAD_WORDS = 6;
  /** "The General Assembly," before the first preambular paragraph, when a page runs them together. */
  private static final Pattern CHAPEAU = Pattern.compile(
      "^The [A-Z][\\p{L}\\-]*(?: (?:[A-Z][\\p{L}\\-]*|of|the|on|and|for)){0,8},\\s+");
  private static final Set<String> PREAMBLE_WORDS = Set.of(
      "mindful", "aware", "cognizant", "conscious", "convinced", "deeply", "gravely", "having", "bearing",
      "taking", "guided", "desirous", "determined", "concerned", "alarmed", "encouraged", "seized", "further",
      "also", "in", "while", "recognizing", "reaffirming", "acknowledging", "emphasizing", "stressing",
      "underlining", "noting", "recalling", "welcoming", "considering", "affirming", "expressing", "reiterating",
      "observing", "highlighting", "underscoring", "appreciating", "commending", "believing", "regretting");
  private static final Set<String> NOT_PREAMBLE = Set.of("during", "according", "regarding", "including",
      "concerning", "pending", "notwithstanding", "following", "bring", "nothing", "something", "string");

  private final String source;
  private final List<Diagnostic> diagnostics;

  Assembler(String source, List<Diagnostic> diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  private static final class Draft {
    final Block block;
    List<Run> runs;
    ParagraphNumber number;
    boolean listNumber;
    boolean heading;
    ParagraphKind kind = ParagraphKind.OTHER;
    Integer parent;

    Draft(Block block, List<Run> runs) {
      this.block = block;
      this.runs = runs;
    }

    String text() {
      return Runs.text(runs);
    }
  }

  List<Paragraph> assemble(List<Block> blocks) {
    List<Draft> drafts = new ArrayList<>();
    int[] blockToDraft = new int[blocks.size()];
    Arrays.fill(blockToDraft, -1);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      List<Run> runs = trim(Runs.normalize(b.runs()));
      if (runs.isEmpty()) {
        continue;
      }
      Draft d = new Draft(b, runs);
      label(d);
      d.heading = b.headingLevel() > 0 && !looksLikeParagraph(d);
      blockToDraft[i] = drafts.size();
      drafts.add(d);
    }
    classify(drafts, blockToDraft);
    List<Paragraph> out = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      out.add(new Paragraph(i, d.number, d.kind, d.runs, d.parent, SourceLocation.line(source, d.block.line())));
    }
    return out;
  }

  private void label(Draft d) {
    Block b = d.block;
    if (b.listLabel() != null) {
      d.number = b.listLabel();
      d.listNumber = true;
      return;
    }
    String text = d.text();
    Optional<LeadingLabel> typed = b.listItem() ? LeadingLabel.findLenient(text) : LeadingLabel.find(text);
    if (typed.isEmpty()) {
      return;
    }
    int length = typed.get().length();
    int seen = 0;
    for (Run r : d.runs) {
      if (seen >= length) {
        break;
      }
      // a label inside a tracked change is part of the change, not the paragraph's number
      if (!java.util.Collections.disjoint(r.marks(), CHANGE_MARKS) || r.ref() != null) {
        return;
      }
      seen += r.text().length();
    }
    d.number = typed.get().number();
    d.runs = trim(dropPrefix(d.runs, length));
  }

  /**
   * A heading element holding an operative or preambular paragraph ("4. Takes note …;"): headings
   * do not end with a semicolon or a comma, paragraphs often do.
   */
  private boolean looksLikeParagraph(Draft d) {
    String text = d.text().strip();
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    boolean paragraphEnd = last == ';' || last == ',';
    if (paragraphEnd) {
      diagnostics.add(Diagnostic.info("html.heading-as-paragraph", "<h" + d.block.headingLevel()
          + "> text ending in '" + last + "' read as a paragraph, not a heading: "
          + Words.snippet(text, 8), SourceLocation.line(source, d.block.line())));
    }
    return paragraphEnd;
  }

  private void classify(List<Draft> drafts, int[] blockToDraft) {
    Integer[] lastAtRank = new Integer[6];
    boolean operativeSinceHeading = false;
    int lastLetter = 0;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.heading) {
        d.kind = ParagraphKind.HEADING;
        Arrays.fill(lastAtRank, null);
        operativeSinceHeading = false;
        lastLetter = 0;
        continue;
      }
      Integer structural = null;
      if (d.block.parentBlock() >= 0) {
        for (int b = d.block.parentBlock(); b >= 0 && structural == null; b--) {
          // the owning item's block, or the closest kept block before it when it was empty
          if (blockToDraft[b] >= 0 && blockToDraft[b] < i) {
            structural = blockToDraft[b];
          }
        }
      }
      ParagraphNumber n = d.number;
      if (n == null) {
        if (structural != null) {
          d.parent = structural;
          d.kind = kindUnder(drafts.get(structural));
        } else if (!operativeSinceHeading && d.block.tableDepth() == 0 && isPreambular(d.runs)) {
          d.kind = ParagraphKind.PREAMBULAR;
        } else if (!d.block.listItem() && d.block.tableDepth() == 0 && isHeadingLine(d)) {
          d.kind = ParagraphKind.HEADING;
          Arrays.fill(lastAtRank, null);
          operativeSinceHeading = false;
        }
        continue;
      }
      if (!d.listNumber && n.scheme() == Scheme.LOWER_ROMAN && lastLetter > 0 && n.label().length() == 3
          && lastLetter + 1 == n.label().charAt(1) - 'a' + 1) {
        // "(i)" after "(h)" is a letter
        n = ParagraphNumber.letter(n.label()).orElse(n);
        d.number = n;
      }
      if (n.scheme() == Scheme.LOWER_LETTER) {
        lastLetter = n.value();
      }
      if (!d.listNumber && d.block.tableDepth() == 0 && structural == null
          && (n.scheme() == Scheme.UPPER_ROMAN || n.scheme() == Scheme.UPPER_LETTER) && isHeadingLine(d)) {
        d.kind = ParagraphKind.HEADING;
        Arrays.fill(lastAtRank, null);
        operativeSinceHeading = false;
        continue;
      }
      int rank = rank(n);
      Integer parent = structural;
      if (parent == null) {
        for (int r = rank - 1; r >= 1; r--) {
          if (lastAtRank[r] != null) {
            parent = lastAtRank[r];
            break;
          }
        }
      }
      if (parent == null && rank > 1) {
        // sub-items under an unnumbered lead-in ("Decides that:")
        for (int j = i - 1; j >= 0; j--) {
          Draft prev = drafts.get(j);
          if (prev.kind == ParagraphKind.HEADING) {
            break;
          }
          if (prev.number == null || rank(prev.number) < rank) {
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
      } else if (parent != null && (rank > 1 || structural != null)) {
        d.kind = kindUnder(drafts.get(parent));
      } else if (n.scheme() == Scheme.ARABIC || n.scheme() == Scheme.OPERATIVE) {
        d.kind = d.block.tableDepth() > 0 ? ParagraphKind.OTHER : ParagraphKind.OPERATIVE;
      }
      if (d.kind == ParagraphKind.OPERATIVE) {
        operativeSinceHeading = true;
      }
    }
  }

  private static ParagraphKind kindUnder(Draft parent) {
    return parent.kind == ParagraphKind.HEADING ? ParagraphKind.OTHER : parent.kind;
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

  /** A short line, all bold, without closing punctuation: a heading written as a paragraph. */
  private static boolean isHeadingLine(Draft d) {
    String text = d.text().strip();
    if (text.isEmpty() || Words.count(text) > MAX_HEADING_WORDS) {
      return false;
    }
    if (".,;:".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    if (d.number != null) {
      return true;
    }
    for (Run r : d.runs) {
      if (!r.text().isBlank() && !r.has(Mark.BOLD) && !r.has(Mark.FOOTNOTE_REFERENCE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Recalling …", "Noting with concern …", "Deeply concerned …": an unnumbered paragraph that
   * opens with a participle or one of the adjectives UN preambles use, italic or not. A leading
   * chapeau ("The General Assembly,") run into the same paragraph is looked past.
   */
  static boolean isPreambular(List<Run> runs) {
    String text = Runs.text(runs).strip();
    var chapeau = CHAPEAU.matcher(text);
    if (chapeau.find()) {
      text = text.substring(chapeau.end());
    }
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || Words.count(text) < 3) {
      return false;
    }
    String first = text.split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
    if (NOT_PREAMBLE.contains(first)) {
      return false;
    }
    if (first.length() > 4 && first.endsWith("ing") || PREAMBLE_WORDS.contains(first)) {
      return true;
    }
    // a short italic lead ending in -ed ("Convinced", "Encouraged") before plain text
    return first.endsWith("ed") && italicLead(runs);
  }

  private static boolean italicLead(List<Run> runs) {
    StringBuilder lead = new StringBuilder();
    for (Run r : runs) {
      if (r.has(Mark.ITALIC) || r.text().isBlank()) {
        lead.append(r.text());
      } else {
        break;
      }
    }
    int words = Words.count(lead.toString());
    return words >= 1 && words <= MAX_LEAD_WORDS;
  }

  /** Strips leading and trailing whitespace across runs; nothing is left when only space remains. */
  static List<Run> trim(List<Run> runs) {
    List<Run> out = new ArrayList<>(runs);
    while (!out.isEmpty() && out.get(0).ref() == null) {
      String t = out.get(0).text().stripLeading();
      if (!t.isEmpty()) {
        out.set(0, out.get(0).withText(t));
        break;
      }
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).ref() == null) {
      Run last = out.get(out.size() - 1);
      String t = last.text().stripTrailing();
      if (!t.isEmpty()) {
        out.set(out.size() - 1, last.withText(t));
        break;
      }
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** The runs without their first {@code length} characters. */
  static List<Run> dropPrefix(List<Run> runs, int length) {
    List<Run> out = new ArrayList<>();
    int left = length;
    for (Run r : runs) {
      if (left <= 0) {
        out.add(r);
      } else if (r.text().length() <= left) {
        left -= r.text().length();
      } else {
        out.add(r.withText(r.text().substring(left)));
        left = 0;
      }
    }
    return out;
  }
}
