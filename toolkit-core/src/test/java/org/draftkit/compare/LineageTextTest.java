package org.draftkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.internal.ParagraphLabels;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

/**
 * Lineage as people read it: labels as printed, articles followed by their content, brackets
 * through revisions.
 */
class LineageTextTest {

  /**
   * Lines: "# Article 3 (mitigation)" a heading, "2. text" a numbered paragraph, "(a) text" a
   * sub-item, "text" preambular.
   */
  private static Document doc(String title, String... lines) {
    Document.Builder b = Document.builder().metadata(Metadata.builder().title(title).build());
    Integer parent = null;
    for (String line : lines) {
      if (line.startsWith("# ")) {
        b.add(null, ParagraphKind.HEADING, List.of(Run.plain(line.substring(2))), null, null);
        parent = null;
      } else if (line.startsWith("(")) {
        int close = line.indexOf(") ");
        b.add(
            ParagraphNumber.of(line.substring(0, close + 1)),
            ParagraphKind.OPERATIVE,
            List.of(Run.plain(line.substring(close + 2))),
            parent,
            null);
      } else if (Character.isDigit(line.charAt(0))) {
        int dot = line.indexOf(". ");
        parent =
            b.add(
                ParagraphNumber.of(line.substring(0, dot)),
                ParagraphKind.OPERATIVE,
                List.of(Run.plain(line.substring(dot + 2))),
                null,
                null);
      } else {
        b.add(null, ParagraphKind.PREAMBULAR, List.of(Run.plain(line)), null, null);
      }
    }
    return b.build();
  }

  private static final Document V1 =
      doc(
          "Draft agreement",
          "Recalling the objective of the Convention on climate change and its principles,",
          "# Article 3 (mitigation)",
          "1. Each Party shall prepare [and communicate] successive nationally determined contributions that it intends to achieve.",
          "2. Parties shall pursue domestic mitigation measures with the aim of achieving the objectives of such contributions.",
          "# Article 4 (adaptation)",
          "1. Parties hereby establish the global goal on adaptation of enhancing adaptive capacity and strengthening resilience.",
          "(a) Option 1: reduce vulnerability to climate change in developing countries",
          "(b) Option 2: contribute to sustainable development and ensure an adequate adaptation response");
  private static final Document V2 =
      doc(
          "Paris Agreement",
          "Recalling the objective of the Convention on climate change and its principles,",
          "# Article 3",
          "1. As nationally determined contributions to the global response to climate change, all Parties are to undertake ambitious efforts.",
          "# Article 4",
          "1. Each Party shall prepare and communicate successive nationally determined contributions that it intends to achieve.",
          "2. Parties shall pursue domestic mitigation measures with the aim of achieving the objectives of such contributions.",
          "# Article 7",
          "1. Parties hereby establish the global goal on adaptation of enhancing adaptive capacity and strengthening resilience, reducing vulnerability.");

  @Test
  void paragraphsAreNamedAsPrintedAndArticlesFollowTheirContent() {
    RevisionHistory h = Comparer.defaults().compare(List.of(V1, V2));
    LineageText text = new LineageText(h);
    assertEquals(List.of("Draft agreement", "Paris Agreement"), text.names());
    List<String> rows = new ArrayList<>();
    for (RevisionHistory.LineageRow row : h.lineage()) {
      rows.add(text.cell(row, 0) + " | " + text.cell(row, 1));
    }
    assertTrue(rows.contains("PP1 | PP1"), rows.toString());
    assertTrue(
        rows.contains("Article 3 | Article 4 (modified)"),
        "the mitigation article followed by its content: " + rows);
    assertTrue(
        rows.contains("Article 3, paragraph 1 | Article 4, paragraph 1 (modified)"),
        rows.toString());
    assertTrue(rows.contains("Article 4 | Article 7 (modified)"), rows.toString());
    assertTrue(
        rows.contains("Article 4, paragraph 1 (a) | — (deleted)")
            || rows.stream().anyMatch(r -> r.startsWith("Article 4, paragraph 1 (a)")),
        rows.toString());
    assertFalse(rows.toString().contains("¶"), "no internal index");
    RevisionHistory.LineageRow first =
        h.lineage().stream()
            .filter(r -> "Article 3, paragraph 1".equals(text.label(r, 0)))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Article 4, paragraph 1 “Each Party shall prepare and communicate successive nationally…”",
        text.describe(first));
    assertEquals("modified in Paris Agreement", text.history(first));
    assertEquals("1 bracket", text.bracketCell(first, 0));
    assertEquals("agreed (resolved)", text.bracketCell(first, 1));
  }

  @Test
  void bracketsAndOptionsAreCountedAndTheirFateNamed() {
    assertEquals(2, Brackets.spans("shall [enhance [the]] and [further] implement"));
    Brackets open = new Brackets(2, 0);
    assertEquals("narrowed", Brackets.event(open, new Brackets(1, 0)));
    assertEquals("resolved", Brackets.event(open, new Brackets(0, 0)));
    assertEquals("dropped", Brackets.event(open, null));
    assertEquals("opened", Brackets.event(new Brackets(0, 0), new Brackets(0, 2)));
    assertEquals("1 bracket, 2 options", new Brackets(1, 2).describe());
    RevisionHistory h = Comparer.defaults().compare(List.of(V1, V2));
    LineageText text = new LineageText(h);
    RevisionHistory.LineageRow goal =
        h.lineage().stream()
            .filter(r -> "Article 4, paragraph 1".equals(text.label(r, 0)))
            .findFirst()
            .orElseThrow();
    assertEquals("2 options", text.bracketCell(goal, 0));
    assertEquals("agreed (resolved)", text.bracketCell(goal, 1));
  }

  @Test
  void labelsOfResolutionsAnnexesAndSubItems() {
    Document d =
        doc(
            "Resolution",
            "Recalling its resolution 70/125,",
            "Noting the report,",
            "12. Decides to convene a meeting.",
            "(b) in 2027",
            "# Annex",
            "# Rule 3",
            "1. The meeting shall elect a President.");
    ParagraphLabels labels = new ParagraphLabels(d);
    assertEquals("PP1", labels.label(0));
    assertEquals("PP2", labels.label(1));
    assertEquals("12", labels.label(2));
    assertEquals("12 (b)", labels.label(3));
    assertEquals("Annex", labels.label(4));
    assertEquals("Annex, rule 3", labels.label(5));
    assertEquals("Annex, rule 3, paragraph 1", labels.label(6));
  }
}
