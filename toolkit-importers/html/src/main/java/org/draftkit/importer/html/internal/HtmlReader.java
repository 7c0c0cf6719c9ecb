package org.draftkit.importer.html.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.layout.FlattenedText;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;
import org.draftkit.spi.ImportContext;
import org.draftkit.structure.Structure;
import org.draftkit.structure.Structurer;
import org.draftkit.structure.Trim;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One HTML import: decode, parse (jsoup repairs any markup), clean the page, collect footnotes,
 * walk the document's element into blocks and assemble paragraphs and metadata. Stateless: every
 * call builds its own parser and walkers.
 */
public final class HtmlReader {

  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---[ \\t]*\\r?\\n(.{0,4000}?)\\r?\\n---[ \\t]*\\r?\\n", Pattern.DOTALL);
  private static final int MAX_DEPTH = 512;
  private static final Structurer STRUCTURER = Structurer.forFormat("html");

  private HtmlReader() {}

  /** Reads HTML bytes into a document. */
  public static Document read(byte[] bytes, ImportContext context) throws ImportException {
    String source = context.sourceName();
    long deadline = System.nanoTime() + context.limits().timeout().toNanos();
    if (bytes.length == 0) {
      throw new CorruptDocumentException(source, "empty file");
    }
    if (HtmlSniffer.isBinary(bytes)) {
      throw new CorruptDocumentException(source, "binary content, not HTML text");
    }
    Charset charset = HtmlSniffer.charsetOf(bytes);
    String html = HtmlSniffer.decode(bytes, charset, false);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Matcher fm = FRONT_MATTER.matcher(html);
    if (fm.lookingAt()) {
      diagnostics.add(
          Diagnostic.info(
              "html.front-matter-removed",
              "removed a site generator's front matter block ("
                  + Words.count(fm.group(1))
                  + " words): "
                  + Words.snippet(fm.group(1), 12),
              SourceLocation.line(source, 1)));
      // keep the line count so that source lines stay right
      html =
          "\n".repeat((int) fm.group().chars().filter(c -> c == '\n').count())
              + html.substring(fm.end());
    }

    Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH);
    org.jsoup.nodes.Document dom = parser.parseInput(html, "");
    MetadataReader.Head head = MetadataReader.head(dom);
    StyleSheet sheet = StyleSheet.of(dom);
    PageCleaner cleaner = new PageCleaner(source, diagnostics);
    cleaner.removeInvisible(dom, sheet);

    try {
      FootnoteFinder.Notes notes = FootnoteFinder.find(dom);
      List<Footnote> footnotes = footnotes(notes, sheet, source, deadline);
      for (FootnoteFinder.Body b : notes.bodies()) {
        b.element().remove();
      }
      for (Element c : notes.containers()) {
        int left = Words.count(c.text());
        if (left > 0) {
          diagnostics.add(
              Diagnostic.info(
                  "html.notes-heading-removed",
                  "removed the text around the footnotes "
                      + PageCleaner.describe(c)
                      + " ("
                      + left
                      + " words): "
                      + Words.snippet(c.text(), 12),
                  location(c, source)));
        }
        c.remove();
      }
      for (Element a : notes.danglingRefs()) {
        diagnostics.add(
            Diagnostic.warning(
                "html.footnote-missing",
                "footnote reference " + a.attr("href") + " points to no footnote in the page",
                location(a, source)));
      }

      PageCleaner.Located located = cleaner.locate(dom);
      List<Block> blocks = new BlockWalker(notes, sheet, deadline).walk(located.root());
      String masthead = "";
      List<String> texts = blocks.stream().map(b -> Runs.text(b.runs())).toList();
      if (FlattenedText.looksFlattened(texts)) {
        // a page made from text extracted out of a UN PDF: masthead, footnotes and running heads in
        // the flow
        FlattenedText.Result repaired =
            FlattenedText.repair(blocks.stream().map(Block::runs).toList(), source);
        blocks = rebuild(blocks, repaired.pieces());
        footnotes.addAll(repaired.footnotes());
        diagnostics.addAll(repaired.diagnostics());
        masthead = repaired.masthead();
      }
      Structure structure = STRUCTURER.structure(stream(blocks, source), source);
      List<Paragraph> paragraphs = structure.paragraphs();
      footnotes.addAll(structure.footnotes());
      diagnostics.addAll(structure.diagnostics());
      if (paragraphs.isEmpty()) {
        diagnostics.add(
            Diagnostic.warning(
                "html.no-text", "the page has no document text", SourceLocation.line(source, 0)));
      }
      Document.Builder doc =
          Document.builder()
              .metadata(MetadataReader.read(head, paragraphs, located.removedTitle(), masthead));
      for (Paragraph p : paragraphs) {
        doc.add(p, p.parent());
      }
      footnotes.forEach(doc::footnote);
      diagnostics.forEach(doc::diagnostic);
      return doc.build();
    } catch (BlockWalker.DeadlineExceeded e) {
      throw LimitExceededException.timeLimit(source, context.limits(), e);
    }
  }

  /**
   * The page's blocks as the structurer's block stream: heading elements, list items with the label
   * the browser shows (a list item without one reads a typed label leniently), the list item a
   * block is nested in, table depth and source line. An HTML block boundary is the author's.
   */
  private static List<org.draftkit.structure.Block> stream(List<Block> blocks, String source) {
    List<org.draftkit.structure.Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      org.draftkit.structure.Block.Builder s =
          org.draftkit.structure.Block.of(b.runs())
              .style(b.tag())
              .tableDepth(b.tableDepth())
              .parent(b.parentBlock() >= 0 ? b.parentBlock() : null)
              .at(SourceLocation.line(source, b.line()));
      if (b.headingLevel() > 0) {
        s.heading(b.headingLevel()).label(b.listLabel());
      } else if (b.listItem()) {
        s.listItem(b.listLabel());
      } else {
        s.label(b.listLabel());
      }
      out.add(s.build());
    }
    return out;
  }

  /**
   * Blocks for repaired pieces: each piece keeps its source block's place (tag, line, table and
   * list context); a list label stays with the first piece; headings found by the repair become
   * level-2 headings; list parents are re-pointed to the new block numbers.
   */
  private static List<Block> rebuild(List<Block> blocks, List<FlattenedText.Piece> pieces) {
    int[] firstPiece = new int[blocks.size()];
    java.util.Arrays.fill(firstPiece, -1);
    for (int i = 0; i < pieces.size(); i++) {
      int src = pieces.get(i).source();
      if (firstPiece[src] < 0) {
        firstPiece[src] = i;
      }
    }
    List<Block> out = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      FlattenedText.Piece piece = pieces.get(i);
      Block b = blocks.get(piece.source());
      boolean first = firstPiece[piece.source()] == i;
      int parent = -1;
      for (int p = b.parentBlock(); p >= 0 && parent < 0; p = blocks.get(p).parentBlock()) {
        parent = firstPiece[p];
      }
      int heading =
          piece.hint() == FlattenedText.Hint.HEADING
              ? Math.max(2, b.headingLevel())
              : b.headingLevel();
      out.add(
          new Block(
              piece.runs(),
              b.tag(),
              heading,
              first ? b.listLabel() : null,
              first && b.listItem(),
              parent,
              b.tableDepth(),
              b.line()));
    }
    return out;
  }

  private static List<Footnote> footnotes(
      FootnoteFinder.Notes notes, StyleSheet sheet, String source, long deadline) {
    List<Footnote> out = new ArrayList<>();
    for (FootnoteFinder.Body b : notes.bodies()) {
      List<Block> blocks = new BlockWalker(notes, sheet, deadline).walk(b.element());
      List<Run> runs = new ArrayList<>();
      for (Block block : blocks) {
        List<Run> r = Trim.trim(Runs.normalize(block.runs()));
        if (r.isEmpty()) {
          continue;
        }
        if (!runs.isEmpty()) {
          runs.add(Run.plain("\n"));
        }
        runs.addAll(r);
      }
      runs = stripLabel(Runs.normalize(runs), b.label());
      out.add(new Footnote(b.label(), runs, location(b.element(), source)));
    }
    return out;
  }

  /** A body that repeats its own label ("1. Text", "[1] Text") loses the repetition. */
  private static List<Run> stripLabel(List<Run> runs, String label) {
    String text = Runs.text(runs);
    Matcher m =
        Pattern.compile(
                "^(?:\\["
                    + Pattern.quote(label)
                    + "\\]|\\("
                    + Pattern.quote(label)
                    + "\\)|"
                    + Pattern.quote(label)
                    + "[.)]?)(?:\\s+|$)")
            .matcher(text);
    if (!m.find() || runs.isEmpty() || runs.get(0).ref() != null) {
      return runs;
    }
    return Trim.trim(Trim.cut(runs, 0, m.end()));
  }

  private static SourceLocation location(Element e, String source) {
    int line = e.sourceRange().isTracked() ? Math.max(0, e.sourceRange().start().lineNumber()) : 0;
    return SourceLocation.line(source, line);
  }
}
