package org.draftkit.importer.docx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.ParagraphNumber.Scheme;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;
import org.draftkit.structure.Structure;
import org.draftkit.structure.Structurer;
import org.draftkit.structure.Trim;

/**
 * Word paragraphs as the structurer's block stream: each walked {@link Block} with what Word states
 * about it (its list label as a paragraph number, bullet, outline level as a heading, style, table
 * depth, text box); the {@link Structurer} decides the rest. Word's own paragraph-mark changes are
 * reported here. Stateless.
 */
final class BlockStream {

  private static final Structurer STRUCTURER = Structurer.forFormat("docx");

  private BlockStream() {}

  /** The structure of the body's blocks, with a diagnostic per tracked paragraph-mark change. */
  static Structure structure(List<Block> blocks, String source) {
    List<org.draftkit.structure.Block> stream = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      org.draftkit.structure.Block.Builder s =
          org.draftkit.structure.Block.of(b.runs)
              .style(b.style)
              .tableDepth(b.tableDepth)
              .textBox(b.textBox)
              .at(SourceLocation.line(source, b.ordinal));
      ListNumbering.Label l = b.label;
      if (b.outlineLevel >= 0) {
        s.heading(b.outlineLevel + 1);
      }
      if (l != null && ListNumbering.isBulletFormat(l.format())) {
        s.bullet(true);
        if (b.outlineLevel < 0) {
          s.bulletItem();
        }
      } else if (l != null && !l.text().isBlank()) {
        if (b.outlineLevel < 0) {
          s.listItem(numberOf(l));
        } else {
          s.label(numberOf(l));
        }
      }
      stream.add(s.build());
    }
    Structure structure = STRUCTURER.structure(stream, source);
    Map<String, List<Integer>> markChanges = new TreeMap<>();
    int[] map = structure.blockToParagraph();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.markChange != null && map[i] >= 0) {
        String key =
            b.markChange.mark().id()
                + (b.markChange.author() == null ? "" : " by " + b.markChange.author());
        List<Integer> at = markChanges.computeIfAbsent(key, k -> new ArrayList<>());
        if (at.isEmpty() || at.get(at.size() - 1) != map[i]) {
          at.add(map[i]);
        }
      }
    }
    if (markChanges.isEmpty()) {
      return structure;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(structure.diagnostics());
    for (Map.Entry<String, List<Integer>> e : markChanges.entrySet()) {
      diagnostics.add(
          Diagnostic.info(
              "docx.paragraph-mark-change",
              "tracked paragraph mark "
                  + e.getKey()
                  + " (the paragraph break itself is "
                  + (e.getKey().startsWith("insert") || e.getKey().startsWith("moveTo")
                      ? "new"
                      : "removed")
                  + ") on paragraphs "
                  + summarise(e.getValue()),
              SourceLocation.line(source, 0)));
    }
    return new Structure(structure.paragraphs(), map, structure.footnotes(), diagnostics);
  }

  /** A footnote's or comment's blocks as one run list, paragraphs separated by a line break. */
  static List<Run> joinBlocks(List<Block> blocks) {
    List<Run> out = new ArrayList<>();
    for (Block b : blocks) {
      List<Run> runs = Trim.trim(Runs.normalize(b.runs));
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
      parts.add(
          e.getKey().equals(e.getValue())
              ? e.getKey().toString()
              : e.getKey() + "–" + e.getValue());
    }
    return String.join(", ", parts);
  }
}
