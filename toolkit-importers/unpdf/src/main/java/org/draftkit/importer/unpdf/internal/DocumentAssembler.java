package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.layout.FrontMatter;
import org.draftkit.layout.Languages;
import org.draftkit.layout.Preambles;
import org.draftkit.layout.RunningHeads;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;

/**
 * Builds the {@link Document} from the pages' glyphs: lines, zones (masthead, running heads,
 * footnotes, body), blocks, then paragraphs with labels, kinds, parents and runs.
 */
final class DocumentAssembler {

  private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3}|\\*{1,3}|[a-z])\\s+\\S");

  private final String source;

  DocumentAssembler(String source) {
    this.source = source;
  }

  Document assemble(List<PageContent> pages) {
    return assemble(pages, placed -> { });
  }

  /** As {@link #assemble(List)}, telling {@code placed} the lines each paragraph was built from. */
  Document assemble(List<PageContent> pages, java.util.function.Consumer<PdfAnnotations.Placed> placed) {
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
      String message = "no text layer: " + empty.size() + (empty.size() == 1 ? " page has" : " pages have")
          + " no text; OCR needed (" + pageList(empty)
          + (images == 0 ? "; no images found on them either, they may be blank)" : ")");
      SourceLocation at = SourceLocation.page(source, empty.get(0), 0);
      // blank pages (nothing drawn) lose nothing: a note, not a warning
      doc.diagnostic(images == 0 ? Diagnostic.info("pdf.no-text-layer", message, at)
          : Diagnostic.warning("pdf.no-text-layer", message, at));
    }
    PageLayout layout = PageLayout.measure(pages, linesByPage);
    PageZones zones = PageZones.split(pages, linesByPage, layout);
    TextBuilder text = new TextBuilder(new Vocabulary(linesByPage));

    List<Block> blocks = new BlockSplitter(layout).split(zones.body);
    Metadata metadata = zones.metadata.toBuilder().source(source).build();
    ParagraphMaker maker = new ParagraphMaker(doc, text);
    for (Block b : blocks) {
      int before = doc.paragraphs().size();
      maker.add(b);
      if (doc.paragraphs().size() > before) {
        placed.accept(new PdfAnnotations.Placed(before, b.lines));
      }
    }
    List<Footnote> footnotes = footnotes(zones.footnotesByPage, text);
    footnotes.forEach(doc::footnote);
    doc.metadata(completeMetadata(metadata, doc, zones));
    report(doc, zones, footnotes);
    return doc.build();
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
      doc.diagnostic(Diagnostic.info("pdf.masthead",
          "read " + zones.mastheadLines + " masthead lines of page 1 into the metadata", SourceLocation.page(source, 1, 0)));
    }
    for (Map.Entry<RunningHeads.Kind, Integer> e : zones.removedCounts.entrySet()) {
      Set<Integer> pages = zones.removedPages.get(e.getKey());
      doc.diagnostic(Diagnostic.info("pdf.running-head." + e.getKey().code(),
          "removed " + e.getValue() + " " + e.getKey().description() + (e.getValue() == 1 ? "" : "s")
              + " (" + (pages.size() == 1 ? "page " : "pages ") + ranges(new ArrayList<>(pages)) + ")",
          SourceLocation.page(source, pages.iterator().next(), 0)));
    }
    if (zones.separators > 0) {
      doc.diagnostic(Diagnostic.info("pdf.footnote-separator",
          "removed " + zones.separators + " footnote separator" + (zones.separators == 1 ? "" : "s"),
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
      doc.diagnostic(Diagnostic.warning("pdf.footnote-unmatched",
          "footnote markers without a footnote body: " + String.join(", ", missing), SourceLocation.page(source, 0, 0)));
    }
  }

  private List<Footnote> footnotes(List<List<Line>> byPage, TextBuilder text) {
    List<Footnote> notes = new ArrayList<>();
    String label = null;
    List<Line> lines = new ArrayList<>();
    int page = 0;
    for (List<Line> pageNotes : byPage) {
      for (Line l : pageNotes) {
        Optional<String> start = footnoteLabel(l);
        if (start.isPresent()) {
          if (!lines.isEmpty()) {
            notes.add(footnote(label, lines, page, text));
          }
          label = start.get();
          lines = new ArrayList<>();
          page = l.page();
          lines.add(l);
        } else if (!lines.isEmpty()) {
          lines.add(l);
        } else {
          // a note continued from the previous page, or text with no marker: keep it, unlabelled
          if (!notes.isEmpty() && label != null) {
            Footnote prev = notes.remove(notes.size() - 1);
            List<Run> runs = new ArrayList<>(prev.runs());
            runs.add(Run.plain(" "));
            runs.addAll(text.runs(List.of(l)));
            notes.add(new Footnote(prev.label(), Runs.normalize(runs), prev.location()));
          } else {
            label = "*";
            page = l.page();
            lines.add(l);
          }
        }
      }
    }
    if (!lines.isEmpty()) {
      notes.add(footnote(label, lines, page, text));
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

  private Footnote footnote(String label, List<Line> lines, int page, TextBuilder text) {
    List<Run> runs = text.runs(lines);
    String all = Runs.text(runs);
    int skip = 0;
    if (all.startsWith(label)) {
      skip = label.length();
    }
    List<Run> body = TextBuilder.dropPrefix(runs, skip);
    // the marker in a note body is the label, not a reference
    List<Run> clean = new ArrayList<>();
    for (Run r : body) {
      clean.add(r.has(Mark.FOOTNOTE_REFERENCE) ? Run.of(r.text(), r.marks().stream()
          .filter(m -> m != Mark.FOOTNOTE_REFERENCE).toList()) : r);
    }
    return new Footnote(label, Runs.normalize(clean), SourceLocation.page(source, page, 0));
  }

  private static Set<String> vocabulary(List<List<Line>> linesByPage) {
    Set<String> words = new HashSet<>();
    for (List<Line> lines : linesByPage) {
      for (Line l : lines) {
        String t = l.text();
        // the last word of a line may be broken: only whole words count
        int end = t.length();
        if (end > 0 && (t.charAt(end - 1) == '-' || t.charAt(end - 1) == '\u2011')) {
          int sp = t.lastIndexOf(' ');
          end = sp < 0 ? 0 : sp;
        }
        addWords(t, end, words);
      }
    }
    return words;
  }

  /**
   * Adds the words of {@code t} before {@code end}, lower-cased, with non-breaking hyphens as
   * hyphens. A word is a letter, then letters and hyphens (also U+2011), ending in a letter; scanned
   * by hand rather than with a regular expression because this runs over every line of a document.
   */
  static void addWords(String t, int end, Set<String> words) {
    int i = 0;
    while (i < end) {
      int c = t.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int j = i + Character.charCount(c);
      int last = -1; // index after the last letter of the run
      while (j < end) {
        int d = t.codePointAt(j);
        if (Character.isLetter(d)) {
          j += Character.charCount(d);
          last = j;
        } else if (d == '-' || d == '\u2011') {
          j++;
        } else {
          break;
        }
      }
      if (last > 0) {
        words.add(t.substring(i, last).replace('\u2011', '-').toLowerCase(Locale.ROOT));
      }
      i = j;
    }
  }

  private static String pageList(List<Integer> pages) {
    return (pages.size() == 1 ? "page " : "pages ") + ranges(pages);
  }

  /**
   * The document's own words, which decide line-end hyphens; collected on the first question,
   * since most documents never ask.
   */
  private static final class Vocabulary implements java.util.function.Predicate<String> {
    private final List<List<Line>> lines;
    private Set<String> words;

    Vocabulary(List<List<Line>> lines) {
      this.lines = lines;
    }

    @Override
    public boolean test(String word) {
      if (words == null) {
        words = vocabulary(lines);
      }
      return words.contains(word);
    }
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

  /** Turns blocks into paragraphs: label, kind, parent, runs. Not thread-safe; one per document. */
  private final class ParagraphMaker {
    private final Document.Builder doc;
    private final TextBuilder text;
    private Integer lastMain;
    private ParagraphKind lastMainKind = ParagraphKind.OTHER;
    private Integer lastLetter;
    private ParagraphNumber lastLetterNumber;
    private boolean seenOperative;
    private boolean inPreamble;

    ParagraphMaker(Document.Builder doc, TextBuilder text) {
      this.doc = doc;
      this.text = text;
    }

    void add(Block b) {
      List<Run> runs = text.runs(b.lines);
      String t = Runs.text(runs);
      if (t.isBlank()) {
        return;
      }
      SourceLocation at = SourceLocation.page(source, b.first().page(), 0);
      // a footnote marker right after a label ("3ter.⁴ Notwithstanding") is not part of it
      String plain = TextBuilder.plainText(runs);
      Optional<Labels.Found> label = Labels.locate(plain);
      if (label.isEmpty() && BlockSplitter.labelOnly(b.first())) {
        String only = BlockSplitter.plain(b.first()).strip();
        label = ParagraphNumber.parse(only).map(n -> new Labels.Found(n, 0, Math.min(only.length() + 1, plain.length())));
      }
      if (b.heading) {
        ParagraphNumber n = null;
        if (label.isPresent() && label.get().start() == 0 && isSectionNumber(label.get().number())) {
          n = label.get().number();
          runs = TextBuilder.dropLabel(runs, 0, label.get().end());
        }
        doc.add(n, ParagraphKind.HEADING, runs, null, at);
        lastMain = null;
        lastLetter = null;
        inPreamble = false;
        return;
      }
      if (Preambles.isIntroduction(t)) {
        doc.add(null, ParagraphKind.OTHER, runs, null, at);
        inPreamble = true;
        return;
      }
      if (label.isEmpty()) {
        boolean italicOpening = b.first().startsItalic();
        ParagraphKind kind = Preambles.opens(t) && (italicOpening || inPreamble) && !seenOperative
            || inPreamble && italicOpening && !seenOperative ? ParagraphKind.PREAMBULAR : ParagraphKind.OTHER;
        int idx = doc.add(null, kind, runs, null, at);
        // an unnumbered paragraph (a preambular one, an article's chapeau) holds the sub-items after it
        lastMain = idx;
        lastMainKind = kind;
        lastLetter = null;
        return;
      }
      ParagraphNumber n = label.get().number();
      List<Run> body = TextBuilder.dropLabel(runs, label.get().start(), label.get().end());
      switch (n.scheme()) {
        case PREAMBULAR -> {
          lastMain = doc.add(n, ParagraphKind.PREAMBULAR, body, null, at);
          lastMainKind = ParagraphKind.PREAMBULAR;
          lastLetter = null;
        }
        case ARABIC, OPERATIVE -> {
          lastMain = doc.add(n, ParagraphKind.OPERATIVE, body, null, at);
          lastMainKind = ParagraphKind.OPERATIVE;
          lastLetter = null;
          seenOperative = true;
          inPreamble = false;
        }
        case LOWER_LETTER, LOWER_ROMAN -> subItem(n, body, at);
        case UPPER_ROMAN, UPPER_LETTER -> {
          boolean headingLike = Runs.text(body).length() < 120 && !Runs.text(body).strip().endsWith(";");
          doc.add(n, headingLike ? ParagraphKind.HEADING : ParagraphKind.OTHER, body, null, at);
          lastMain = null;
          lastLetter = null;
        }
        default -> doc.add(null, ParagraphKind.OTHER, runs, null, at);
      }
    }

    private void subItem(ParagraphNumber n, List<Run> body, SourceLocation at) {
      if (n.scheme() == ParagraphNumber.Scheme.LOWER_ROMAN && lastLetterNumber != null && lastLetter != null) {
        // "(i)" after "(h)", "(v)" after "(u)", "(x)" after "(w)" are letters
        Optional<ParagraphNumber> asLetter = ParagraphNumber.letter(n.label());
        if (asLetter.isPresent() && asLetter.get().value() == lastLetterNumber.value() + 1
            && (lastMain == null || lastLetter > lastMain)) {
          n = asLetter.get();
        }
      }
      Integer parent;
      ParagraphKind kind;
      if (n.scheme() == ParagraphNumber.Scheme.LOWER_ROMAN && lastLetter != null) {
        parent = lastLetter;
        kind = doc.paragraphs().get(lastLetter).kind();
      } else {
        parent = lastMain;
        kind = lastMain == null ? (seenOperative ? ParagraphKind.OPERATIVE : ParagraphKind.OTHER) : lastMainKind;
      }
      int idx = doc.add(n, kind, body, parent, at);
      if (n.scheme() == ParagraphNumber.Scheme.LOWER_LETTER) {
        lastLetter = idx;
        lastLetterNumber = n;
      }
    }

    private static boolean isSectionNumber(ParagraphNumber n) {
      return n.scheme() == ParagraphNumber.Scheme.UPPER_ROMAN || n.scheme() == ParagraphNumber.Scheme.UPPER_LETTER
          || n.scheme() == ParagraphNumber.Scheme.ARABIC;
    }
  }

}
