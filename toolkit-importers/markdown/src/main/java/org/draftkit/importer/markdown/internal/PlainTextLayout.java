package org.draftkit.importer.markdown.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.layout.Hyphenation;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.SourceLocation;

/**
 * The plain layout: a blank line ends a paragraph, and so does a line that starts with a paragraph
 * label ("66.", "(a)", "83 bis") or holds only one. The lines of a paragraph are joined with a
 * space, except after a hyphen that breaks a word: "decision-" + "making" keeps it, "arrange-" +
 * "ments" loses it (see {@link Hyphenation}). A single line in capitals ("PREAMBLE", "ANNEX I") is
 * a heading.
 *
 * <p>It knows nothing of page layout: running heads, page numbers and footnotes of text extracted
 * from PDFs come through as ordinary paragraphs.
 */
public final class PlainTextLayout implements TextLayout {

  private static final Pattern LABEL_ONLY =
      Pattern.compile(
          "^(?:\\d{1,4}(?:\\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?\\.?"
              + "|\\(?[a-z]{1,5}\\)|[IVXLC]{1,7}\\.|[A-Z]\\.|(?:PP|OP)\\s?\\d{1,4}\\.?)$");
  private static final int HEADING_MAX_WORDS = 12;

  /** How much of a paragraph's end is enough to decide on a broken word. */
  private static final int TAIL = 80;

  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-\u2011][\\p{L}\\p{N}]+)*");

  /** A word of two capitals or more: "ANNEX" is a heading, the symbol "A/80/L.41" is not. */
  private static final Pattern CAPITAL_WORD = Pattern.compile("\\p{Lu}{2,}");

  @Override
  public Parsed blocks(List<Line> lines, String source) {
    Set<String> words = new HashSet<>();
    for (Line line : lines) {
      Matcher m = WORD.matcher(line.text());
      while (m.find()) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    Joiner joiner = new Joiner(words::contains);
    List<Block> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (Line line : lines) {
      if (line.isBlank()) {
        flush(current, blocks, joiner);
      } else {
        if (!current.isEmpty() && startsParagraph(line.text().strip())) {
          flush(current, blocks, joiner);
        }
        current.add(line);
      }
    }
    flush(current, blocks, joiner);
    List<Diagnostic> diagnostics =
        joiner.removedHyphens == 0
            ? List.of()
            : List.of(
                Diagnostic.info(
                    "txt.hyphen-removed",
                    joiner.removedHyphens
                        + " line-end hyphens inside words removed when joining lines (\"develop-\" + \"ment\")",
                    SourceLocation.line(source, joiner.firstRemoval)));
    return new Parsed(blocks, List.of(), diagnostics);
  }

  private static boolean startsParagraph(String line) {
    if (LeadingLabel.find(line).isPresent()) {
      return true;
    }
    return LABEL_ONLY.matcher(line).matches()
        && (line.endsWith(".") || line.endsWith(")"))
        && ParagraphNumber.parse(line).isPresent();
  }

  private static void flush(List<Line> current, List<Block> blocks, Joiner joiner) {
    if (current.isEmpty()) {
      return;
    }
    String text = joiner.join(current);
    Block.Role role =
        current.size() == 1 && isCapitalsHeading(text) ? Block.Role.HEADING : Block.Role.PARAGRAPH;
    blocks.add(new Block(role, List.of(Run.plain(text)), null, null, current.get(0).number()));
    current.clear();
  }

  /**
   * Joins the lines of a paragraph with single spaces; a word broken at a line end is joined as
   * {@link Hyphenation} decides (the hyphen kept in "follow-up", dropped in "develop-ment"). One
   * per {@link #blocks} call.
   */
  private static final class Joiner {
    private final Predicate<String> knownWords;
    int removedHyphens;
    int firstRemoval;

    Joiner(Predicate<String> knownWords) {
      this.knownWords = knownWords;
    }

    String join(List<Line> lines) {
      StringBuilder sb = new StringBuilder();
      for (Line line : lines) {
        String t = line.text().replace('\t', ' ').strip();
        if (sb.length() > 0) {
          String before = sb.substring(Math.max(0, sb.length() - TAIL));
          if (Hyphenation.endsBroken(before)
              && !t.isEmpty()
              && Character.isLetter(t.codePointAt(0))) {
            if (!Hyphenation.keepHyphen(before, t, knownWords)) {
              sb.setLength(sb.length() - 1);
              if (removedHyphens++ == 0) {
                firstRemoval = line.number() - 1;
              }
            }
          } else {
            sb.append(' ');
          }
        }
        sb.append(t);
      }
      return sb.toString();
    }
  }

  private static boolean isCapitalsHeading(String text) {
    return CAPITAL_WORD.matcher(text).find()
        && text.chars().noneMatch(Character::isLowerCase)
        && text.split("\\s+").length <= HEADING_MAX_WORDS;
  }
}
