package org.draftkit.structure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Footnote;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;

/**
 * What the {@link Structurer} made of a block stream: the paragraphs, where each block went, the
 * footnote bodies found in footnote areas, and what was worth telling. Immutable.
 *
 * @param paragraphs the numbered paragraph tree, in reading order
 * @param blockToParagraph for each block, the paragraph it became or was joined into, or -1 when it
 *     was dropped (empty, page furniture, masthead, footnote area)
 * @param footnotes the bodies of the blocks in footnote areas
 * @param diagnostics what the structurer decided that a reader should know
 * @since 0.1
 */
public record Structure(
    List<Paragraph> paragraphs,
    int[] blockToParagraph,
    List<Footnote> footnotes,
    List<Diagnostic> diagnostics) {

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ISO_LOCAL_DATE);
  private static final int DATE_SEARCH_PARAGRAPHS = 6;

  public Structure {
    paragraphs = List.copyOf(paragraphs);
    blockToParagraph = blockToParagraph.clone();
    footnotes = List.copyOf(footnotes);
    diagnostics = List.copyOf(diagnostics);
  }

  @Override
  public int[] blockToParagraph() {
    return blockToParagraph.clone();
  }

  /**
   * The paragraph a block became, or the next kept one when it was dropped, else the last before
   * it; null when none.
   */
  public Integer paragraphFor(int block) {
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

  /**
   * {@code given} with what the paragraphs tell where it says nothing: the title is the first
   * heading, the date an early paragraph that is only a date ("9 December 2025").
   */
  public Metadata complete(Metadata given) {
    Metadata.Builder m = given.toBuilder();
    if (given.title() == null) {
      paragraphs.stream()
          .filter(Paragraph::isHeading)
          .map(p -> p.text().strip())
          .filter(t -> !t.isEmpty())
          .findFirst()
          .ifPresent(m::title);
    }
    if (given.date() == null) {
      paragraphs.stream()
          .limit(DATE_SEARCH_PARAGRAPHS)
          .filter(p -> !p.isHeading() && p.number() == null)
          .map(p -> parseDate(p.text()))
          .flatMap(Optional::stream)
          .findFirst()
          .ifPresent(m::date);
    }
    return m.build();
  }

  /** The date, when the whole text is one ("9 December 2025", "December 9, 2025", "2025-12-09"). */
  public static Optional<LocalDate> parseDate(String text) {
    String t = text.strip();
    if (t.length() > 30) {
      return Optional.empty();
    }
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
