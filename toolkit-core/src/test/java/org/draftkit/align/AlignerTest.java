package org.draftkit.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.draftkit.AlignRequest;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

/**
 * The aligner on small versions written here: labels of every script, missing places, footnotes.
 */
class AlignerTest {

  /**
   * A version: "H:" lines are headings, "label|text" numbered, " label|text" sub-items, "^" adds a
   * footnote.
   */
  static Document version(String... lines) {
    Document.Builder b = Document.builder();
    int parent = -1;
    for (String l : lines) {
      if (l.startsWith("H:")) {
        b.add(null, ParagraphKind.HEADING, List.of(Run.plain(l.substring(2))), null, null);
        continue;
      }
      boolean sub = l.startsWith("  ");
      String[] parts = l.strip().split("\\|", 2);
      String text = parts.length == 2 ? parts[1] : parts[0];
      List<Run> runs = new ArrayList<>();
      runs.add(Run.plain(text.replace("^", "")));
      if (text.contains("^")) {
        runs.add(new Run("1", Set.of(Mark.FOOTNOTE_REFERENCE), null, null, "1"));
      }
      ParagraphNumber n =
          parts.length == 2
              ? new ParagraphNumber(ParagraphNumber.Scheme.OTHER, List.of(), 0, parts[0])
              : null;
      int i = b.add(n, ParagraphKind.OPERATIVE, runs, sub ? parent : null, null);
      if (!sub) {
        parent = i;
      }
    }
    return b.build();
  }

  @Test
  void articlesParagraphsAndSubItemsOfSixScriptsMeetAndMismatchesAreListed() {
    Document en =
        version(
            "H:Article 1",
            "H:Use of terms",
            "1|For the purposes:",
            "  (a)|first^",
            "  (b)|second",
            "  (c)|third",
            "2|Other.",
            "H:Article 2",
            "H:Objective",
            "The objective is.");
    Document fr =
        version(
            "H:Article premier",
            "H:Emploi des termes",
            "1|Aux fins :",
            "  (a)|premier^",
            "  (b)|second",
            "  (c)|troisième",
            "2|Autre.",
            "H:Article 2",
            "H:Objectif",
            "L’objectif est.");
    Document ru =
        version(
            "H:Статья 1",
            "H:Употребление терминов",
            "1.|Для целей:",
            "  а)|первый^",
            "  б)|второй",
            "  в)|третий",
            "2.|Другое.",
            "H:Статья 2",
            "H:Цель",
            "Цель.");
    Document zh =
        version(
            "H:第一条",
            "H:术语的使用",
            "一、|为本协定的目的：",
            "  (一)|第一^",
            "  (二)|第二",
            "  (三)|第三",
            "二、|其他。",
            "H:第二条",
            "H:目标",
            "目标是。");
    Document ar =
        version(
            "H:المادة 1",
            "H:استخدام المصطلحات",
            "1 -|لأغراض:",
            "  (أ)|أول",
            "  (ب)|ثان",
            "2 -|آخر.",
            "H:المادة 2",
            "H:الهدف",
            "الهدف.");
    Document es =
        version(
            "H:Artículo 1",
            "H:Términos",
            "1|A los efectos:",
            "  (a)|primero^",
            "  (b)|segundo",
            "  (c)|tercero",
            "3|Otro.",
            "H:Artículo 2",
            "H:Objetivo",
            "El objetivo.");
    Alignment a =
        Toolkit.builder()
            .build()
            .align(
                AlignRequest.builder()
                    .version("en", en)
                    .version("fr", fr)
                    .version("ru", ru)
                    .version("zh", zh)
                    .version("ar", ar)
                    .version("es", es)
                    .build());
    assertEquals(List.of("ltr", "ltr", "ltr", "ltr", "rtl", "ltr"), a.directions());
    List<String> keys = a.rows().stream().map(Alignment.Row::key).toList();
    assertEquals(
        List.of(
            "art 1",
            "art 1 / h1",
            "art 1 / 1",
            "art 1 / 1 / #1",
            "art 1 / 1 / #2",
            "art 1 / 1 / #3",
            "art 1 / 2",
            "art 2",
            "art 2 / h1",
            "art 2 / ¶1"),
        keys);
    List<String> messages = a.mismatches().stream().map(Alignment.Mismatch::message).toList();
    assertEquals(
        List.of(
            "art 1 / 1 / #1: 1 footnote reference in other versions, ar 0",
            "art 1 / 1 / #3: in en, fr, ru, zh, es, not in ar",
            "art 1 / 2: numbered 3 in es, 2 in the others"),
        messages);
    // "二、" is two in Chinese, but not a digit: numbering is compared where both are numbers
    assertEquals("第三", a.rows().get(5).cells().get(3).text());
  }

  @Test
  void labelsBecomeOrdinals() {
    assertEquals("#3", Aligner.ordinal("(c)", 2));
    assertEquals("#3", Aligner.ordinal("в)", 2));
    assertEquals("#3", Aligner.ordinal("(ج)", 2));
    assertEquals("#3", Aligner.ordinal("(三)", 2));
    assertEquals("#2", Aligner.ordinal("(ii)", 1));
    assertEquals("#9", Aligner.ordinal("(i)", 8)); // (i) after (h) is the letter
    assertEquals("#1", Aligner.ordinal("(i)", 0)); // first of a roman series
    assertEquals("12", Aligner.ordinal("12.", 11));
    assertEquals("15", Aligner.article("第十五条 目标"));
    assertEquals("1", Aligner.article("Article premier"));
    assertEquals("105", Aligner.chinese("一百零五") + "");
  }

  @Test
  void annexesAreSectionsInEveryLanguage() {
    assertEquals("2", Aligner.annex("ANNEX II"));
    assertEquals("1", Aligner.annex("Annexe I"));
    assertEquals("2", Aligner.annex("ANEXO II"));
    assertEquals("1", Aligner.annex("ПРИЛОЖЕНИЕ 1"));
    assertEquals("2", Aligner.annex("ПРИЛОЖЕНИЕ П")); // II read from the page image
    assertEquals("2", Aligner.annex("附件二"));
    assertEquals("2", Aligner.annex("المرفق الثاني"));
    assertEquals(null, Aligner.annex("Annexes"));
    assertEquals(null, Aligner.annex("Annex II to the report of the Committee"));
  }

  @Test
  void agreementSaysWhichArticlesDifferFromTheFirstVersion() {
    Alignment a =
        new Alignment(
            List.of("en", "fr"),
            List.of("ltr", "ltr"),
            List.of(
                new Alignment.Row("art 1", true, List.of(cell("Article 1"), cell("Article 1"))),
                new Alignment.Row("art 1 / 1", false, List.of(cell("One"), cell("Un"))),
                new Alignment.Row("art 2", true, List.of(cell("Article 2"), cell("Article 2"))),
                new Alignment.Row("art 2 / 1", false, java.util.Arrays.asList(cell("Two"), null)),
                new Alignment.Row("annex 1", true, java.util.Arrays.asList(cell("Annex I"), null))),
            List.of());
    assertEquals(List.of("art 1", "art 2", "annex 1"), a.agreement().get(0).sections());
    assertEquals(List.of(), a.agreement().get(0).differing());
    assertEquals(List.of("art 1", "art 2"), a.agreement().get(1).sections());
    assertEquals(List.of("art 2"), a.agreement().get(1).differing());
  }

  private static Alignment.Cell cell(String text) {
    return new Alignment.Cell(0, null, text, 0);
  }
}
