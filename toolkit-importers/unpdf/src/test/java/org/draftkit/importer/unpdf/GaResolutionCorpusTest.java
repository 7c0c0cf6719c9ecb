package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BBNJ GA resolutions (real UN PDFs) against the repository's own text renderings of them. The
 * .txt files keep the PDF's footnote bodies and running heads inside the text flow where a page
 * breaks (after a "____" separator line), so each of our paragraphs must appear there word for
 * word, the only gap allowed being such a page-break block, while no running head may appear inside
 * ours. Masthead dates are the distribution dates printed on page 1.
 */
class GaResolutionCorpusTest {

  static Document read(Path pdf) throws Exception {
    return read(pdf, java.util.Map.of());
  }

  /** Reads with importer options ({@code ocr=never} to read a broken text layer as it is). */
  static Document read(Path pdf, java.util.Map<String, String> options) throws Exception {
    try (InputStream in = Files.newInputStream(pdf)) {
      return new UnPdfImporter()
          .read(in, new ImportContext(pdf.getFileName().toString(), null, options));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "A-RES-77-321, A/RES/77/321, 2023-08-08, 6, 8",
    "A-RES-78-272, A/RES/78/272, 2024-04-29, 17, 8",
    "A-RES-79-271, A/RES/79/271, 2025-03-04, 9, 4",
    "A-RES-80-107, A/RES/80/107, 2025-12-09, 12, 6"
  })
  void operativeParagraphsAreNumberedInOrder(
      String name, String symbol, String date, int operative, int preambular) throws Exception {
    Document doc = read(Corpus.file("un-drafts/bbnj-ga-resolutions/" + name + ".pdf"));
    assertEquals(symbol, doc.metadata().symbol());
    assertEquals(LocalDate.parse(date), doc.metadata().date());
    assertEquals("General", doc.metadata().distribution());
    assertTrue(
        doc.metadata()
            .title()
            .startsWith("Agreement under the United Nations Convention on the Law of the Sea"),
        doc.metadata().title());
    if (operative > 0) {
      List<String> numbers =
          doc.paragraphs().stream()
              .filter(p -> p.kind() == ParagraphKind.OPERATIVE && p.parent() == null)
              .map(Paragraph::label)
              .toList();
      assertEquals(
          IntStream.rangeClosed(1, operative).mapToObj(Integer::toString).toList(), numbers);
    }
    // no paragraph is cut in two at a page break: each ends as GA paragraphs end, and after the
    // first operative paragraph only the closing lines (meeting, date) are unnumbered
    for (Paragraph p : doc.paragraphs()) {
      if (p.kind() == ParagraphKind.OPERATIVE) {
        assertTrue(
            p.text().matches("(?s).*[;.:]\\d?$"),
            "operative " + p.label() + " ends mid-sentence: " + p.text());
      }
      if (p.kind() == ParagraphKind.PREAMBULAR) {
        assertTrue(
            p.text().matches("(?s).*,\\d?$"),
            "preambular paragraph ends mid-sentence: " + p.text());
      }
    }
    int firstOperative =
        doc.paragraphs().stream()
            .filter(p -> p.kind() == ParagraphKind.OPERATIVE)
            .mapToInt(Paragraph::index)
            .findFirst()
            .orElse(doc.paragraphs().size());
    assertTrue(
        doc.paragraphs().stream()
                .filter(p -> p.index() > firstOperative && p.kind() == ParagraphKind.OTHER)
                .count()
            <= 2,
        "unnumbered pieces among the operative paragraphs");
    if (preambular > 0) {
      assertEquals(
          preambular,
          doc.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.PREAMBULAR).count());
      Paragraph first =
          doc.paragraphs().stream()
              .filter(p -> p.kind() == ParagraphKind.PREAMBULAR)
              .findFirst()
              .get();
      assertTrue(
          first.runs().get(0).has(Mark.ITALIC) && first.text().startsWith("Recalling"),
          first.text());
    }
  }

  @ParameterizedTest
  @CsvSource({"A-RES-77-321", "A-RES-78-272", "A-RES-79-271", "A-RES-80-107"})
  void paragraphWordsMatchTheTextRenderingAndHoldNoRunningHeads(String name) throws Exception {
    Document doc = read(Corpus.file("un-drafts/bbnj-ga-resolutions/" + name + ".pdf"));
    List<String> reference =
        words(
            Files.readString(
                Corpus.file("un-drafts/bbnj-ga-resolutions/" + name + ".txt"),
                StandardCharsets.UTF_8));
    String symbol = doc.metadata().symbol();
    int checked = 0;
    for (Paragraph p : doc.paragraphs()) {
      String text = (p.label() == null ? "" : p.label() + ". ") + p.text();
      List<String> ours = words(text);
      assertTrue(
          foundInReference(reference, ours),
          name + " paragraph " + p.index() + " is not in the text rendering: " + text);
      assertFalse(p.text().contains(symbol), "running head symbol inside paragraph " + p.index());
      assertFalse(
          p.text().matches("(?s).*(\\d+/\\d+\\s*$|\\b\\d{2}-\\d{5}\\b|\\*\\d{7}\\*|_{5,}).*"),
          "page number, job number, barcode or separator inside paragraph "
              + p.index()
              + ": "
              + p.text());
      checked++;
    }
    assertTrue(checked > 5);
    assertFalse(doc.footnotes().isEmpty());
    for (var f : doc.footnotes()) {
      assertTrue(
          doc.paragraphs().stream().noneMatch(p -> p.text().contains(f.text())),
          "footnote body in the flow");
    }
  }

  /**
   * True when {@code ours} occurs in {@code reference} word for word, except that the reference may
   * interrupt it with a page-break block: a "____" footnote separator followed by footnotes and
   * running heads, after which our words resume.
   */
  static boolean foundInReference(List<String> reference, List<String> ours) {
    if (ours.isEmpty()) {
      return true;
    }
    for (int start = 0; start < reference.size(); start++) {
      if (!reference.get(start).equals(ours.get(0))) {
        continue;
      }
      int r = start;
      int o = 0;
      while (o < ours.size() && r < reference.size()) {
        if (reference.get(r).equals(ours.get(o))) {
          r++;
          o++;
        } else if (reference.get(r).matches("_{5,}")) {
          // skip the page-break block up to where our next words (four, or all that are left)
          // resume
          int resume = -1;
          int need = Math.min(4, ours.size() - o);
          for (int k = r + 1; k + need <= Math.min(reference.size(), r + 400) && resume < 0; k++) {
            if (reference.subList(k, k + need).equals(ours.subList(o, o + need))) {
              resume = k;
            }
          }
          if (resume < 0) {
            break;
          }
          r = resume;
        } else {
          break;
        }
      }
      if (o == ours.size()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words with whitespace normalised; "Secretary- General" (a line-end hyphen kept with a space)
   * joined.
   */
  static List<String> words(String text) {
    String t = text.replace('\u2011', '-').replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
    return new ArrayList<>(Arrays.asList(t.strip().split("\\s+")));
  }

  static String readAll(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
