package org.draftkit.importer.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * The plain layout: a blank line ends a paragraph, and so does a line that starts with a
 * paragraph label ("66.", "(a)", "83 bis") or holds only one. The lines of a paragraph are joined
 * with a space, except after a hyphen that ends a word ("decision-" + "making"). A single line in
 * capitals ("PREAMBLE", "ANNEX I") is a heading.
 *
 * <p>It knows nothing of page layout: running heads, page numbers and footnotes of text extracted
 * from PDFs come through as ordinary paragraphs.
 */
public final class PlainTextLayout implements TextLayout {

  private static final Pattern LABEL_ONLY = Pattern.compile(
      "^(?:\\d{1,4}(?:\\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?\\.?"
          + "|\\(?[a-z]{1,5}\\)|[IVXLC]{1,7}\\.|[A-Z]\\.|(?:PP|OP)\\s?\\d{1,4}\\.?)$");
  private static final int HEADING_MAX_WORDS = 12;
  /** A word of two capitals or more: "ANNEX" is a heading, the symbol "A/80/L.41" is not. */
  private static final Pattern CAPITAL_WORD = Pattern.compile("\\p{Lu}{2,}");

  @Override
  public Parsed blocks(List<Line> lines, String source) {
    List<Block> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (Line line : lines) {
      if (line.isBlank()) {
        flush(current, blocks);
      } else {
        if (!current.isEmpty() && startsParagraph(line.text().strip())) {
          flush(current, blocks);
        }
        current.add(line);
      }
    }
    flush(current, blocks);
    return new Parsed(blocks, List.of(), List.of());
  }

  private static boolean startsParagraph(String line) {
    if (LeadingLabel.find(line).isPresent()) {
      return true;
    }
    return LABEL_ONLY.matcher(line).matches() && (line.endsWith(".") || line.endsWith(")"))
        && ParagraphNumber.parse(line).isPresent();
  }

  private static void flush(List<Line> current, List<Block> blocks) {
    if (current.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (Line line : current) {
      String t = line.text().replace('\t', ' ').strip();
      if (sb.length() > 0 && !joinsWithoutSpace(sb, t)) {
        sb.append(' ');
      }
      sb.append(t);
    }
    String text = sb.toString();
    Block.Role role = current.size() == 1 && isCapitalsHeading(text) ? Block.Role.HEADING : Block.Role.PARAGRAPH;
    blocks.add(new Block(role, List.of(Run.plain(text)), null, null, current.get(0).number()));
    current.clear();
  }

  /** A word broken after its hyphen at the line end: "decision-" then "making". */
  private static boolean joinsWithoutSpace(StringBuilder sb, String next) {
    int n = sb.length();
    return n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2))
        && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
  }

  private static boolean isCapitalsHeading(String text) {
    return CAPITAL_WORD.matcher(text).find() && text.chars().noneMatch(Character::isLowerCase)
        && text.split("\\s+").length <= HEADING_MAX_WORDS;
  }
}
