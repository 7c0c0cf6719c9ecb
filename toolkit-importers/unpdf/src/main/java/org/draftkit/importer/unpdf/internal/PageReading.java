package org.draftkit.importer.unpdf.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.draftkit.importer.unpdf.ocr.TextRecognizer;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.SourceLocation;
import org.draftkit.spi.ImportContext;

/**
 * Decides, page by page, whether a page is read from its text layer or from its image, and reads
 * the image pages with the {@link TextRecognizer} plugin. The importer options:
 *
 * <ul>
 *   <li>{@code ocr}: {@code auto} (default: pages whose text layer is missing or judged broken by
 *       {@link TextLayerCheck}), {@code never} or {@code always};
 *   <li>{@code lang}: the document's language(s), ISO 639-1 codes separated by commas or {@code +}
 *       ({@code zh}, {@code ar,en}); without it the script of the first page read is recognised.
 * </ul>
 *
 * <p>Pages are rendered one after the other (a PDFBox document is not thread-safe) and read in
 * parallel, a few at a time to bound memory. Every page read from its image, and every page that
 * needed it and could not be, is reported in a diagnostic; a document of which nothing usable
 * remains is an {@link ImportException} naming the pages and why.
 */
final class PageReading {

  /** The importer option naming the OCR mode. */
  static final String OCR = "ocr";

  /** The importer option naming the language(s). */
  static final String LANG = "lang";

  /** Resolution pages are rendered at: measured as Tesseract's best trade-off (bench/README.md). */
  static final int DPI = 300;

  /** Time a page may take to be read from its image, on top of the read's own time limit. */
  static final Duration PAGE_ALLOWANCE = Duration.ofSeconds(20);

  private final String source;
  private final String mode;
  private final List<String> languages;
  private final Duration timeout;
  private final List<Diagnostic> notes = new ArrayList<>();

  /**
   * Pages that needed reading from their image and were not, with why; null until {@link #read}.
   */
  private final Map<Integer, String> unread = new TreeMap<>();

  /** Pages sent to OCR (for the time they are granted). */
  private int sentToOcr;

  private int drawn;
  private String unreadWhy;

  PageReading(ImportContext context) throws ImportException {
    this.source = context.sourceName();
    this.mode = context.option(OCR).map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("auto");
    if (!List.of("auto", "never", "always").contains(mode)) {
      throw new ImportException(source, "unknown OCR mode '" + mode + "' (auto, never or always)");
    }
    this.languages = context.option(LANG).map(PageReading::languages).orElse(List.of());
    this.timeout = context.limits().timeout();
  }

  static List<String> languages(String option) {
    return Arrays.stream(option.split("[,+\\s]+"))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  /** What was found and done, for the document's diagnostics. */
  List<Diagnostic> diagnostics() {
    return List.copyOf(notes);
  }

  /**
   * The pages to build the document from: those with a sound text layer as they are, the others
   * read from their images where a recognizer is installed.
   */
  List<PageContent> read(PDDocument pdf, List<PageContent> pages) throws ImportException {
    Map<Integer, TextLayerCheck.Verdict> needs = new TreeMap<>();
    for (PageContent p : pages) {
      TextLayerCheck.Verdict v =
          mode.equals("always")
              ? TextLayerCheck.Verdict.SOUND
              : TextLayerCheck.evidence(p, LineBuilder.build(p)).verdict();
      if (mode.equals("always") || v != TextLayerCheck.Verdict.SOUND) {
        if (v == TextLayerCheck.Verdict.MISSING && p.images() == 0) {
          continue; // nothing drawn, nothing to read
        }
        needs.put(p.number(), v);
      }
    }
    drawn = (int) pages.stream().filter(p -> !p.glyphs().isEmpty() || p.images() > 0).count();
    if (needs.isEmpty()) {
      return pages;
    }
    if (mode.equals("never")) {
      warnUnread(needs, "OCR is off (--ocr never)", pages);
      return pages;
    }
    TextRecognizer recognizer = recognizer();
    Optional<String> missing =
        recognizer == null
            ? Optional.of(
                "install the OCR plugin (toolkit-importer-ocr) and Tesseract (apt-get install tesseract-ocr "
                    + "tesseract-ocr-eng and the language packs: -ara -chi-sim -fra -rus -spa)")
            : recognizer.unavailable(languages);
    if (missing.isPresent()) {
      warnUnread(needs, "they need OCR: " + missing.get(), pages);
      return pages;
    }
    return recognize(pdf, pages, needs, recognizer);
  }

  private static TextRecognizer recognizer() {
    for (TextRecognizer r :
        ServiceLoader.load(TextRecognizer.class, PageReading.class.getClassLoader())) {
      return r;
    }
    return null;
  }

  /**
   * The time granted to the pages sent to OCR ({@link #PAGE_ALLOWANCE} each), on top of the read's
   * own time limit; zero when none was.
   */
  Duration ocrAllowance() {
    return PAGE_ALLOWANCE.multipliedBy(sentToOcr);
  }

  private List<PageContent> recognize(
      PDDocument pdf,
      List<PageContent> pages,
      Map<Integer, TextLayerCheck.Verdict> needs,
      TextRecognizer recognizer)
      throws ImportException {
    sentToOcr = needs.size();
    long deadline = System.nanoTime() + timeout.toNanos() + PAGE_ALLOWANCE.toNanos() * needs.size();
    int threads = Math.max(1, Math.min(needs.size(), Runtime.getRuntime().availableProcessors()));
    PDFRenderer renderer = new OcrRenderer(pdf);
    List<PageContent> out = new ArrayList<>(pages);
    List<String> langs = languages;
    Map<Integer, Double> confidence = new TreeMap<>();
    Map<Integer, String> failed = new TreeMap<>();
    Map<Integer, RecognizedPage> recognized = new TreeMap<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "draftkit-ocr");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Integer> todo = new ArrayList<>(needs.keySet());
      for (int start = 0; start < todo.size(); start += threads) {
        List<Integer> batch = todo.subList(start, Math.min(todo.size(), start + threads));
        Map<Integer, Future<RecognizedPage>> running = new LinkedHashMap<>();
        for (int number : batch) {
          BufferedImage image = renderer.renderImageWithDPI(number - 1, DPI, ImageType.GRAY);
          if (langs.isEmpty()) {
            langs = guess(renderer, todo, image, recognizer, deadline);
            Optional<String> missing = recognizer.unavailable(langs);
            if (missing.isPresent()) {
              warnUnread(
                  needs,
                  "they need OCR in " + String.join("+", langs) + ": " + missing.get(),
                  pages);
              return pages;
            }
          }
          List<String> use = langs;
          Duration left = remaining(deadline);
          running.put(number, pool.submit(() -> recognizer.recognize(image, use, left)));
        }
        for (Map.Entry<Integer, Future<RecognizedPage>> e : running.entrySet()) {
          int number = e.getKey();
          try {
            RecognizedPage read = e.getValue().get();
            recognized.put(number, read);
            confidence.put(number, read.meanConfidence());
          } catch (ExecutionException ex) {
            Throwable c = ex.getCause() == null ? ex : ex.getCause();
            failed.put(
                number, c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage());
          }
        }
        if (System.nanoTime() - deadline > 0 && start + threads < todo.size()) {
          throw new LimitExceededException(
              source,
              "reading the page images took longer than the limit ("
                  + (start + threads)
                  + " of "
                  + todo.size()
                  + " pages read)");
        }
      }
    } catch (IOException e) {
      throw new CorruptDocumentException(
          source, "a page cannot be rendered for OCR: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportException(source, "interrupted while reading page images", e);
    } finally {
      pool.shutdownNow();
    }
    // sub-item labels are repaired in document order: a misread label is told by the one before;
    // one body size for every page read from its image: estimated page by page it wavers (a page
    // of short list items spaced apart looks set larger than a page of prose), and a page that
    // looks larger than its neighbours reads as headings
    List<RecognizedPage> repaired = OcrLabels.repair(new ArrayList<>(recognized.values()));
    OcrGlyphs.Sizes sizes = OcrGlyphs.sizes(repaired, 72f / DPI);
    int k = 0;
    for (int number : recognized.keySet()) {
      out.set(
          number - 1, pages.get(number - 1).withGlyphs(OcrGlyphs.glyphs(repaired.get(k++), sizes)));
    }
    report(needs, confidence, failed, recognizer, langs);
    return out;
  }

  /**
   * The languages of the document's page images, from the script of up to three of the pages to
   * read (the first, the middle and the last: a cover page may be too short to tell, or in another
   * script): the script most of them show, else the first found, else English.
   */
  private List<String> guess(
      PDFRenderer renderer,
      List<Integer> todo,
      BufferedImage first,
      TextRecognizer recognizer,
      long deadline)
      throws IOException {
    Map<List<String>, Integer> votes = new LinkedHashMap<>();
    List<Integer> sample =
        new ArrayList<>(
            new java.util.LinkedHashSet<>(
                List.of(todo.get(0), todo.get(todo.size() / 2), todo.get(todo.size() - 1))));
    for (int number : sample) {
      BufferedImage image =
          number == todo.get(0)
              ? first
              : renderer.renderImageWithDPI(number - 1, DPI, ImageType.GRAY);
      List<String> found = recognizer.guessLanguages(image, remaining(deadline));
      if (!found.isEmpty()) {
        votes.merge(found, 1, Integer::sum);
      }
    }
    List<String> langs =
        votes.entrySet().stream()
            .max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
            .map(Map.Entry::getKey)
            .orElse(List.of("en"));
    notes.add(
        Diagnostic.info(
            "pdf.ocr-language",
            "no language named (--lang): read the page images as "
                + String.join("+", langs)
                + ", from the script of "
                + (sample.size() == 1 ? "page " : "pages ")
                + sample.stream()
                    .map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")),
            SourceLocation.page(source, sample.get(0), 0)));
    return langs;
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000_000L, deadline - System.nanoTime()));
  }

  private void report(
      Map<Integer, TextLayerCheck.Verdict> needs,
      Map<Integer, Double> confidence,
      Map<Integer, String> failed,
      TextRecognizer recognizer,
      List<String> langs) {
    Map<TextLayerCheck.Verdict, List<Integer>> byWhy = group(needs, confidence.keySet());
    for (Map.Entry<TextLayerCheck.Verdict, List<Integer>> e : byWhy.entrySet()) {
      List<Integer> ps = e.getValue();
      double mean = ps.stream().mapToDouble(confidence::get).average().orElse(0);
      double min = ps.stream().mapToDouble(confidence::get).min().orElse(0);
      notes.add(
          Diagnostic.info(
              "pdf.ocr",
              "read "
                  + count(ps)
                  + " from the page image with "
                  + recognizer.name()
                  + " ("
                  + String.join("+", langs)
                  + "), "
                  + (e.getKey() == TextLayerCheck.Verdict.SOUND
                      ? "as asked (--ocr always)"
                      : "because of " + e.getKey().reason)
                  + ": "
                  + pageList(ps)
                  + "; mean confidence "
                  + String.format(Locale.ROOT, "%.1f", mean)
                  + " (lowest page "
                  + String.format(Locale.ROOT, "%.1f", min)
                  + ")",
              SourceLocation.page(source, ps.get(0), 0)));
    }
    for (Map.Entry<Integer, String> f : failed.entrySet()) {
      unread.put(f.getKey(), needs.get(f.getKey()).reason);
      unreadWhy = "the page images could not be read";
      notes.add(
          Diagnostic.warning(
              "pdf.ocr-failed",
              "page "
                  + f.getKey()
                  + " could not be read from its image ("
                  + f.getValue()
                  + "); its "
                  + needs.get(f.getKey()).reason
                  + " was kept",
              SourceLocation.page(source, f.getKey(), 0)));
    }
  }

  /**
   * Throws when every page that draws anything needed reading from its image and none could be
   * read, and the document holds no comment either: nothing usable came out of the file. With
   * {@code --ocr never} the text layer was asked for: the warnings say what it is worth, and only a
   * document left with no paragraph at all (image-only pages) is refused.
   */
  void requireSomethingUsable(org.draftkit.model.Document doc) throws ImportException {
    if ((mode.equals("never") && !doc.paragraphs().isEmpty())
        || unread.isEmpty()
        || unread.size() < drawn
        || !doc.comments().isEmpty()) {
      return;
    }
    Map<String, List<Integer>> byWhy = new TreeMap<>();
    unread.forEach((page, why) -> byWhy.computeIfAbsent(why, k -> new ArrayList<>()).add(page));
    List<String> parts = new ArrayList<>();
    byWhy.forEach((why, ps) -> parts.add(why + " on " + count(ps) + " (" + pageList(ps) + ")"));
    throw new ImportException(
        source, "no usable text: " + String.join("; ", parts) + "; " + unreadWhy);
  }

  private void warnUnread(
      Map<Integer, TextLayerCheck.Verdict> needs, String why, List<PageContent> pages) {
    needs.forEach((page, v) -> unread.put(page, v.reason));
    unreadWhy = why;
    for (Map.Entry<TextLayerCheck.Verdict, List<Integer>> e :
        group(needs, needs.keySet()).entrySet()) {
      List<Integer> ps = e.getValue();
      notes.add(
          Diagnostic.warning(
              "pdf.text-layer-unusable",
              e.getKey().reason + " on " + count(ps) + " (" + pageList(ps) + "), not read: " + why,
              SourceLocation.page(source, ps.get(0), 0)));
    }
  }

  private static Map<TextLayerCheck.Verdict, List<Integer>> group(
      Map<Integer, TextLayerCheck.Verdict> needs, java.util.Collection<Integer> pages) {
    Map<TextLayerCheck.Verdict, List<Integer>> by = new TreeMap<>();
    for (int p : new java.util.TreeSet<>(pages)) {
      by.computeIfAbsent(needs.get(p), k -> new ArrayList<>()).add(p);
    }
    return by;
  }

  private static String count(List<Integer> pages) {
    return pages.size() + (pages.size() == 1 ? " page" : " pages");
  }

  /** "p. 3, 5–9" from sorted page numbers. */
  static String pageList(List<Integer> pages) {
    StringBuilder sb = new StringBuilder(pages.size() == 1 ? "p. " : "pp. ");
    for (int i = 0; i < pages.size(); i++) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(pages.get(i));
      if (j > i) {
        sb.append('–').append(pages.get(j));
      }
      i = j;
    }
    return sb.toString();
  }
}
