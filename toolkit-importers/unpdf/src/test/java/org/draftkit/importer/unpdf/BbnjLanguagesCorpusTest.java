package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The BBNJ Agreement in English, French and Arabic: the same treaty, so the same numbered
 * paragraphs under each heading. The Arabic PDF places its glyphs from left to right as seen and
 * numbers paragraphs "1 - "; its text layer lacks many letters (the source needed OCR), so only
 * structure and reading order are checked there.
 */
class BbnjLanguagesCorpusTest {

  private static final String DIR = "un-drafts/bbnj-agreement-2023/bbnj-agreement-2023_";

  @Test
  void frenchAndArabicNumberTheirParagraphsAsTheEnglishText() throws Exception {
    List<List<String>> en = numbering(GaResolutionCorpusTest.read(Corpus.file(DIR + "en.pdf")));
    List<List<String>> fr = numbering(GaResolutionCorpusTest.read(Corpus.file(DIR + "fr.pdf")));
    // the text layer as it is (ocr=never): this importer's own reading of it, without OCR
    Document arabic =
        GaResolutionCorpusTest.read(Corpus.file(DIR + "ar.pdf"), java.util.Map.of("ocr", "never"));
    assertTrue(
        arabic.diagnostics().stream()
            .anyMatch(
                d ->
                    d.code().equals("pdf.text-layer-unusable")
                        && d.message().startsWith("glyphs without a Unicode map on 81 pages")),
        arabic.diagnostics()::toString);
    List<List<String>> ar = numbering(arabic);
    assertEquals(en, fr);
    // Arabic letters its annex items with the abjad, "(أ)", "(ب)", "(ج)" where English has "(a)",
    // "(b)", "(c)": the same series (the text layer loses too many letters for the annex's whole
    // list)
    assertEquals(en.subList(0, en.size() - 1), ar.subList(0, ar.size() - 1));
    assertEquals(
        places(List.of(en.get(en.size() - 1).subList(0, 6))),
        places(List.of(ar.get(ar.size() - 1))));
    assertEquals("ar", arabic.metadata().language());
    // reading order: the preamble opens with "إنّ الأطراف في هذا الاتفاق،" (its text layer has no
    // glyph for ط), where the PDF's left-to-right order gives "،قﺎﻔﺘﻻا ا ﻫ ﻲﻓ فا ﻷا نّ إ"
    assertTrue(
        arabic.paragraphs().stream()
            .anyMatch(p -> p.text().startsWith("إ ّن الأ اف في ه ا الاتفاق")),
        "preamble opening in reading order");
    for (Paragraph p : arabic.paragraphs()) {
      assertFalse(
          p.text().chars().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF || c == 0x0640),
          "presentation form or tatweel in paragraph " + p.index() + ": " + p.text());
    }
  }

  @Test
  void frenchHeadingsInFontsWithoutAUnicodeMapKeepTheirLetters() throws Exception {
    // the bold headings are set in subsets of Times New Roman with no Unicode map: read by the
    // standard glyph order, not dropped ("PRÉAM ULE", "Champ d application" before)
    Document fr = GaResolutionCorpusTest.read(Corpus.file(DIR + "fr.pdf"));
    List<String> headings =
        fr.paragraphs().stream().filter(Paragraph::isHeading).map(Paragraph::text).toList();
    for (String h :
        List.of(
            "PRÉAMBULE",
            "PARTIE I DISPOSITIONS GÉNÉRALES",
            "Champ d’application",
            "Comité sur l’accès et le partage des avantages",
            "Critères indicatifs pour la détermination des aires à protéger")) {
      assertTrue(headings.contains(h), h + " in " + headings);
    }
    assertTrue(fr.diagnostics().stream().anyMatch(d -> d.code().equals("pdf.font-standard-order")));
  }

  /** Each label's series and place in it ("(ب)" and "(b)" are both the second letter). */
  private static List<List<String>> places(List<List<String>> numbering) {
    return numbering.stream()
        .map(
            g ->
                g.stream().map(ParagraphNumber::of).map(n -> n.scheme() + " " + n.parts()).toList())
        .toList();
  }

  /** The top-level paragraph numbers under each heading that has any. */
  private static List<List<String>> numbering(Document doc) {
    List<List<String>> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      if (p.isHeading()) {
        if (!current.isEmpty()) {
          groups.add(current);
        }
        current = new ArrayList<>();
      } else if (p.label() != null && p.parent() == null) {
        current.add(p.label());
      }
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }
}
