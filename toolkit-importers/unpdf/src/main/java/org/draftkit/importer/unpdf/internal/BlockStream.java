package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.layout.FrontMatter;
import org.draftkit.layout.Languages;
import org.draftkit.layout.RunningHeads;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.SourceLocation;
import org.draftkit.structure.Block;
import org.draftkit.structure.Structure;
import org.draftkit.structure.Structurer;

/**
 * Builds the {@link Document} from the pages' glyphs: lines, zones (masthead, running heads,
 * footnotes, body), blocks of lines from the layout; then the structurer's block stream, with the
 * layout hints a PDF knows (page, zone, font size, indent, gap, marks, footnote markers, a label in
 * a negotiating text's own form), which the {@link Structurer} turns into paragraphs with labels,
 * kinds, parents and footnotes. Not thread-safe; one per document.
 */
final class BlockStream {

  private static final Structurer STRUCTURER = Structurer.forFormat("pdf");
  private static final Pattern FOOTNOTE_START =
      Pattern.compile("^(\\d{1,3}|\\*{1,3}|[a-z])\\s+\\S");

  private final String source;

  BlockStream(String source) {
    this.source = source;
  }

  Document assemble(List<PageContent> pages) {
    return assemble(pages, placed -> {});
  }

  /** As {@link #assemble(List)}, telling {@code placed} the lines each paragraph was built from. */
  Document assemble(List<PageContent> pages, Consumer<PdfAnnotations.Placed> placed) {
    List<List<Line>> linesByPage = new ArrayList<>(pages.size());
    for (PageContent p : pages) {
      linesByPage.add(RightToLeft.logical(LineBuilder.build(p)));
    }
    Document.Builder doc = Document.builder();
    List<Integer> empty = new ArrayList<>();
    int images = 0;
    for (int i = 0; i < pages.size(); i++) {
      if (linesByPage.get(i).isEmpty()) {
        empty.add(pages.get(i).number());
        images += pages.get(i).images();
      }
    }
    if (!empty.isEmpty()) {
      String message =
          "no text layer: "
              + empty.size()
              + (empty.size() == 1 ? " page has" : " pages have")
              + " no text; OCR needed ("
              + pageList(empty)
              + (images == 0 ? "; no images found on them either, they may be blank)" : ")");
      SourceLocation at = SourceLocation.page(source, empty.get(0), 0);
      // blank pages (nothing drawn) lose nothing: a note, not a warning
      doc.diagnostic(
          images == 0
              ? Diagnostic.info("pdf.no-text-layer", message, at)
              : Diagnostic.warning("pdf.no-text-layer", message, at));
    }
    PageLayout layout = PageLayout.measure(pages, linesByPage);
    PageZones zones = PageZones.split(pages, linesByPage, layout);
    TextBuilder text = new TextBuilder(new Vocabulary(linesByPage));

    Set<Integer> recognized = new HashSet<>();
    pages.stream().filter(PageContent::recognized).forEach(p -> recognized.add(p.number()));
    BlockSplitter splitter = new BlockSplitter(layout, recognized);
    List<LineBlock> body = splitter.split(zones.body);
    List<Block> stream = new ArrayList<>(body.size());
    Line previous = null;
    ParagraphNumber number = null;
    for (LineBlock b : body) {
      Block k = block(b, previous, text, layout, splitter.mayBeLayoutBoundary(previous, b.first()));
      if (k.headingLevel() > 0) {
        number = null;
      } else if (k.typedLabel() != null
          && k.typedLabel().scheme() == ParagraphNumber.Scheme.ARABIC) {
        k = withLeadingOne(k, number, b.first());
        number = k.typedLabel();
      }
      stream.add(k);
      previous = b.last();
    }
    for (List<Line> note : notes(zones.footnotesByPage)) {
      int page = note.get(0).page();
      stream.add(
          Block.of(text.runs(note))
              .zone(Block.Zone.FOOTNOTE_AREA)
              .page(page)
              .fontSize(note.get(0).size())
              .layoutBoundary(true)
              .at(SourceLocation.page(source, page, 0))
              .build());
    }
    Structure structure = STRUCTURER.structure(stream, source);
    structure.paragraphs().forEach(p -> doc.add(p, p.parent()));
    int[] map = structure.blockToParagraph();
    Map<Integer, List<Line>> linesOf = new LinkedHashMap<>();
    for (int i = 0; i < body.size(); i++) {
      if (map[i] >= 0) {
        linesOf.computeIfAbsent(map[i], k -> new ArrayList<>()).addAll(body.get(i).lines);
      }
    }
    linesOf.forEach(
        (paragraph, lines) -> placed.accept(new PdfAnnotations.Placed(paragraph, lines)));
    structure.footnotes().forEach(doc::footnote);
    Metadata metadata = zones.metadata.toBuilder().source(source).build();
    doc.metadata(completeMetadata(metadata, doc, zones));
    report(doc, zones, structure.footnotes());
    structure.diagnostics().forEach(doc::diagnostic);
    return doc.build();
  }

  /**
   * A body block with what the layout tells: page, font size, indent, gap, and a label only a PDF
   * reader knows.
   */
  private Block block(
      LineBlock b, Line previous, TextBuilder text, PageLayout layout, boolean layoutBoundary) {
    Line first = b.first();
    List<Run> runs = text.runs(b.lines);
    float gap =
        previous != null && previous.page() == first.page()
            ? first.baseline() - previous.baseline()
            : 0;
    Block.Builder k =
        Block.of(runs)
            .page(first.page())
            .fontSize(first.size())
            .indent(layout.indent(first))
            .gapBefore(Math.max(0, gap))
            .layoutBoundary(layoutBoundary)
            .at(SourceLocation.page(source, first.page(), 0));
    // a footnote marker right after a label ("3ter.⁴ Notwithstanding") is not part of it
    String plain = TextBuilder.plainText(runs);
    Optional<Labels.Found> label = Labels.locate(plain);
    if (label.isEmpty() && BlockSplitter.labelOnly(first)) {
      String only = BlockSplitter.plain(first).strip();
      label =
          ParagraphNumber.parse(only)
              .map(n -> new Labels.Found(n, 0, Math.min(only.length() + 1, plain.length())));
    }
    if (b.heading) {
      k.heading(1);
      label = label.filter(l -> l.start() == 0 && isSectionNumber(l.number()));
    }
    label
        .filter(l -> l.number().scheme() != ParagraphNumber.Scheme.OTHER)
        .ifPresent(l -> k.typedLabel(l.number(), l.start(), l.end()));
    return k.build();
  }

  /**
   * A right-to-left paragraph number read as what comes next without its leading 1 ("0 - " after "9
   * - ", "1 - " after "10 - "): Tesseract's Arabic model loses the thin "1" of the numbers 10 to 19
   * at the start of a line. Only when the digits alone would go backwards under the same heading
   * and the number with the 1 comes next (or next but one, after a line whose number was lost).
   */
  static Block withLeadingOne(Block k, ParagraphNumber previous, Line first) {
    ParagraphNumber n = k.typedLabel();
    if (previous == null
        || previous.parts().size() != 1
        || n.parts().size() != 1
        || n.isInserted()
        || !RightToLeft.isRightToLeft(first.text())) {
      return k;
    }
    // "1" + the digits read, when that comes next or next but one (a line whose number was lost
    // in between) and the digits read alone would go backwards
    int read = n.value();
    int meant = Integer.parseInt("1" + read);
    if (read >= previous.value() || meant <= previous.value() || meant > previous.value() + 2) {
      return k;
    }
    return k.toBuilder()
        .typedLabel(ParagraphNumber.arabic(meant, 0), k.typedLabelStart(), k.typedLabelEnd())
        .build();
  }

  private static boolean isSectionNumber(ParagraphNumber n) {
    return n.scheme() == ParagraphNumber.Scheme.UPPER_ROMAN
        || n.scheme() == ParagraphNumber.Scheme.UPPER_LETTER
        || n.scheme() == ParagraphNumber.Scheme.ARABIC;
  }

  /**
   * The footnote area's lines as notes: a note starts at a line opening with its marker and runs on
   * over pages.
   */
  private static List<List<Line>> notes(List<List<Line>> byPage) {
    List<List<Line>> notes = new ArrayList<>();
    List<Line> current = null;
    for (List<Line> pageNotes : byPage) {
      for (Line l : pageNotes) {
        if (current == null || footnoteLabel(l).isPresent()) {
          current = new ArrayList<>();
          notes.add(current);
        }
        current.add(l);
      }
    }
    return notes;
  }

  private static Optional<String> footnoteLabel(Line l) {
    List<Span> spans = l.spans();
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    if (spans.get(0).raised()) {
      StringBuilder sb = new StringBuilder();
      for (Span s : spans) {
        if (!s.raised()) {
          break;
        }
        sb.append(s.text());
      }
      String label = sb.toString().strip();
      return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }
    Matcher m = FOOTNOTE_START.matcher(l.text());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private Metadata completeMetadata(Metadata m, Document.Builder doc, PageZones zones) {
    Metadata.Builder b = m.toBuilder();
    List<Paragraph> paragraphs = doc.paragraphs();
    String title = null;
    for (Paragraph p : paragraphs) {
      Optional<String> t = FrontMatter.resolutionTitle(p.text());
      if (p.isHeading() && t.isPresent()) {
        title = t.get();
        break;
      }
    }
    if (title == null) {
      for (Paragraph p : paragraphs) {
        if (p.isHeading()) {
          title = p.text();
          break;
        }
      }
    }
    if (title != null) {
      b.title(title);
    }
    if (m.symbol() == null) {
      b.symbol(zones.firstSymbol);
    }
    if (m.language() == null) {
      StringBuilder sample = new StringBuilder();
      for (Paragraph p : paragraphs) {
        sample.append(p.text()).append(' ');
        if (sample.length() > 4000) {
          break;
        }
      }
      b.language(Languages.guess(sample));
    }
    return b.build();
  }

  private void report(Document.Builder doc, PageZones zones, List<Footnote> footnotes) {
    if (zones.mastheadLines > 0) {
      doc.diagnostic(
          Diagnostic.info(
              "pdf.masthead",
              "read " + zones.mastheadLines + " masthead lines of page 1 into the metadata",
              SourceLocation.page(source, 1, 0)));
    }
    for (Map.Entry<RunningHeads.Kind, Integer> e : zones.removedCounts.entrySet()) {
      Set<Integer> pages = zones.removedPages.get(e.getKey());
      doc.diagnostic(
          Diagnostic.info(
              "pdf.running-head." + e.getKey().code(),
              "removed "
                  + e.getValue()
                  + " "
                  + e.getKey().description()
                  + (e.getValue() == 1 ? "" : "s")
                  + " ("
                  + (pages.size() == 1 ? "page " : "pages ")
                  + ranges(new ArrayList<>(pages))
                  + ")",
              SourceLocation.page(source, pages.iterator().next(), 0)));
    }
    if (zones.separators > 0) {
      doc.diagnostic(
          Diagnostic.info(
              "pdf.footnote-separator",
              "removed "
                  + zones.separators
                  + " footnote separator"
                  + (zones.separators == 1 ? "" : "s"),
              SourceLocation.page(source, 0, 0)));
    }
    Set<String> labels = new HashSet<>();
    footnotes.forEach(f -> labels.add(f.label()));
    Set<String> missing = new java.util.TreeSet<>();
    for (Paragraph p : doc.paragraphs()) {
      for (Run r : p.runs()) {
        if (r.has(Mark.FOOTNOTE_REFERENCE) && !labels.contains(r.ref())) {
          missing.add(r.ref());
        }
      }
    }
    if (!missing.isEmpty()) {
      doc.diagnostic(
          Diagnostic.warning(
              "pdf.footnote-unmatched",
              "footnote markers without a footnote body: " + String.join(", ", missing),
              SourceLocation.page(source, 0, 0)));
    }
  }

  private static String pageList(List<Integer> pages) {
    return (pages.size() == 1 ? "page " : "pages ") + ranges(pages);
  }

  static String ranges(List<Integer> numbers) {
    List<Integer> sorted = new ArrayList<>(new java.util.TreeSet<>(numbers));
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(sorted.get(i));
      if (j > i) {
        sb.append('–').append(sorted.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }
}
