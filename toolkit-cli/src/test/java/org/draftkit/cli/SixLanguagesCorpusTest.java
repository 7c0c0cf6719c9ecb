package org.draftkit.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.draftkit.AlignRequest;
import org.draftkit.Toolkit;
import org.draftkit.align.Alignment;
import org.draftkit.importer.ocr.TesseractRecognizer;
import org.draftkit.testkit.Corpus;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * The check on the BBNJ Agreement (corpus group G6): the six authentic PDFs read with
 * default options (the Russian, Chinese and Arabic ones through OCR) and aligned. Recorded in
 * {@code golden/corpus-align/bbnj-agreement-2023.txt}: the articles each version has, how many of
 * them are numbered as the English (the same paragraphs and sub-items, by their ordinals), and
 * every mismatch the alignment reports. en, fr and es align with no mismatch. One mismatch is the
 * texts' own (the Chinese numbers Article 1's definitions （一）–（十四）, the others 1–14); every other
 * mismatch listed for ru, zh and ar is a misreading of their page images (labels Tesseract dropped
 * or garbled, headings it left out), not a difference of the treaty — so this golden is a measure
 * of reading quality, and a change shows as a diff to review. Skips without the corpus or
 * Tesseract.
 */
class SixLanguagesCorpusTest {

  private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

  @Test
  void theSixVersionsAlignArticleByArticle() throws Exception {
    Optional<Path> root = Corpus.root();
    assumeTrue(root.isPresent(), "corpus absent (../shared/corpus): skipped");
    assumeTrue(
        new TesseractRecognizer().unavailable(LANGUAGES).isEmpty(),
        "Tesseract with the six UN languages is not installed: skipped");
    Toolkit toolkit = Toolkit.builder().discoverPlugins().build();
    AlignRequest.Builder request = AlignRequest.builder();
    for (String lang : LANGUAGES) {
      Path pdf =
          root.get().resolve("un-drafts/bbnj-agreement-2023/bbnj-agreement-2023_" + lang + ".pdf");
      request.version(lang, toolkit.read(pdf));
    }
    Alignment a = toolkit.align(request.build());

    StringBuilder out = new StringBuilder();
    out.append(a.rows().size()).append(" rows\n");
    for (int i = 0; i < LANGUAGES.size(); i++) {
      TreeSet<Integer> articles = new TreeSet<>();
      for (Alignment.Row row : a.rows()) {
        String place = row.key().split(" / ")[0];
        if (place.startsWith("art ") && row.cells().get(i) != null) {
          articles.add(article(place));
        }
      }
      out.append(LANGUAGES.get(i))
          .append(": ")
          .append(articles.size())
          .append(" articles")
          .append(articles.isEmpty() ? "" : " (" + articles.first() + "-" + articles.last() + ")")
          .append('\n');
    }
    List<Alignment.Agreement> agreement = a.agreement();
    List<String> english = agreement.get(0).sections();
    for (Alignment.Agreement v : agreement.subList(1, LANGUAGES.size())) {
      out.append(v.language())
          .append(": ")
          .append(english.stream().filter(section -> !v.differing().contains(section)).count())
          .append(" of ")
          .append(english.size())
          .append(" articles and annexes as the English")
          .append(v.differing().isEmpty() ? "" : "; not " + v.differing())
          .append('\n');
    }
    out.append(a.mismatches().size()).append(" mismatches\n");
    for (Alignment.Mismatch m : a.mismatches()) {
      out.append(m.kind().id()).append(": ").append(m.message()).append('\n');
    }
    Golden.assertMatches("corpus-align/bbnj-agreement-2023.txt", out.toString());
  }

  private static int article(String place) {
    return Integer.parseInt(place.substring(4).replaceAll("\\D.*", ""));
  }
}
