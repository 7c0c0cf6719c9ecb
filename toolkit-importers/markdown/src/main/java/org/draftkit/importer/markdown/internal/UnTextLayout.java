package org.draftkit.importer.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.draftkit.layout.FlattenedText;
import org.draftkit.layout.RunningHeads;
import org.draftkit.layout.UnTextCleaner;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Footnote;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Metadata;
import org.draftkit.model.Run;
import org.draftkit.model.SourceLocation;

/**
 * The layout of text extracted from a UN PDF by another tool: {@link UnTextCleaner} removes the
 * masthead (into metadata), running heads, page numbers, job numbers and footnote bodies, joins
 * paragraphs cut by page breaks and finds footnote markers; {@link PlainTextLayout} then groups the
 * cleaned lines. Each kind of removal is reported once, with its count.
 */
public final class UnTextLayout implements TextLayout {

  private final PlainTextLayout plain = new PlainTextLayout();

  /** Whether {@code lines} carry the page furniture of an extracted UN document. */
  public static boolean recognises(List<Line> lines) {
    return UnTextCleaner.looksExtracted(lines.stream().map(Line::text).toList());
  }

  /**
   * The blocks, footnotes and diagnostics of the cleaned text, and the masthead's metadata.
   *
   * @param parsed what {@link #blocks} gives
   * @param metadata symbol, date, distribution, session, agenda item; source set
   */
  public record Read(Parsed parsed, Metadata metadata) {}

  /**
   * A title or section heading of a typeset UN document, which the extracted text shows as a short
   * paragraph of its own: at most {@value #HEADING_MAX_WORDS} words, opening with a capital, no
   * label, no closing punctuation ("Implementation and follow-up"; not "The General Assembly,").
   */
  static boolean isHeadingLine(String text) {
    String t = text.strip();
    if (t.isEmpty()
        || !Character.isUpperCase(t.codePointAt(0))
        || LeadingLabel.find(t).isPresent()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return ".,;:!?\u201d\"'".indexOf(last) < 0
        && Character.isLetter(last)
        && t.split("\\s+").length <= HEADING_MAX_WORDS;
  }

  private static final int HEADING_MAX_WORDS = 12;

  /**
   * The blocks of text flattened out of a UN PDF into one line per paragraph (masthead, footnotes
   * and running heads inside paragraphs, preambular paragraphs run together), repaired by {@link
   * FlattenedText} as the HTML importer repairs such pages; {@code parsed} itself when the text
   * does not look flattened.
   */
  public static Parsed unflatten(Parsed parsed, String source) {
    List<Block> blocks = parsed.blocks();
    if (!FlattenedText.looksFlattened(blocks.stream().map(Block::text).toList())) {
      return parsed;
    }
    FlattenedText.Result repaired =
        FlattenedText.repair(blocks.stream().map(Block::runs).toList(), source);
    List<Block> out = new ArrayList<>(repaired.pieces().size());
    for (FlattenedText.Piece piece : repaired.pieces()) {
      Block b = blocks.get(piece.source());
      Block.Role role = piece.hint() == FlattenedText.Hint.HEADING ? Block.Role.HEADING : b.role();
      out.add(new Block(role, piece.runs(), null, null, b.line()));
    }
    List<Footnote> notes = new ArrayList<>(parsed.footnotes());
    notes.addAll(repaired.footnotes());
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    diagnostics.addAll(repaired.diagnostics());
    return new Parsed(out, notes, diagnostics);
  }

  @Override
  public Parsed blocks(List<Line> lines, String source) {
    return read(lines, source).parsed();
  }

  /** Cleans the lines once and gives both the blocks and the masthead's metadata. */
  public Read read(List<Line> lines, String source) {
    UnTextCleaner.Result clean = UnTextCleaner.clean(lines.stream().map(Line::text).toList());
    Metadata metadata = clean.metadata().toBuilder().source(source).build();
    List<Line> kept = new ArrayList<>(clean.lines().size());
    for (UnTextCleaner.Kept k : clean.lines()) {
      kept.add(new Line(k.number(), k.text()));
    }
    Parsed parsed = plain.blocks(kept, source);
    List<Block> blocks = new ArrayList<>(parsed.blocks().size());
    for (Block b : parsed.blocks()) {
      List<Run> runs = new ArrayList<>();
      for (Run r : b.runs()) {
        runs.addAll(
            r.marks().isEmpty() && r.ref() == null ? UnTextCleaner.runs(r.text()) : List.of(r));
      }
      Block.Role role =
          b.role() == Block.Role.PARAGRAPH && isHeadingLine(RunText.text(runs))
              ? Block.Role.HEADING
              : b.role();
      blocks.add(new Block(role, runs, b.label(), b.parent(), b.line()));
    }
    List<Footnote> notes = new ArrayList<>();
    for (UnTextCleaner.Note n : clean.notes()) {
      notes.add(
          new Footnote(
              n.label(), List.of(Run.plain(n.text())), SourceLocation.line(source, n.number())));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (clean.mastheadLines() > 0) {
      diagnostics.add(
          Diagnostic.info(
              "txt.masthead",
              "read " + clean.mastheadLines() + " masthead lines into the metadata",
              SourceLocation.line(source, 1)));
    }
    for (Map.Entry<RunningHeads.Kind, Integer> e :
        new java.util.TreeMap<>(clean.removed()).entrySet()) {
      diagnostics.add(
          Diagnostic.info(
              "txt.running-head." + e.getKey().code(),
              "removed "
                  + e.getValue()
                  + " "
                  + e.getKey().description()
                  + (e.getValue() == 1 ? "" : "s")
                  + " (lines of page furniture)",
              SourceLocation.line(source, 0)));
    }
    if (!clean.notes().isEmpty()) {
      diagnostics.add(
          Diagnostic.info(
              "txt.footnotes",
              "took "
                  + clean.notes().size()
                  + " footnote bodies out of the text flow; "
                  + clean.markers()
                  + " markers linked",
              SourceLocation.line(source, 0)));
    }
    if (!clean.unlinked().isEmpty()) {
      diagnostics.add(
          Diagnostic.warning(
              "txt.footnote-unlinked",
              "no marker found in the text for footnotes " + String.join(", ", clean.unlinked()),
              SourceLocation.line(source, 0)));
    }
    return new Read(new Parsed(blocks, notes, diagnostics), metadata);
  }
}
