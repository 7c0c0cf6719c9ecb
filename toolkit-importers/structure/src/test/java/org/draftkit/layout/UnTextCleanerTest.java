package org.draftkit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

class UnTextCleanerTest {

  /** Two pages of text as PyMuPDF extracts them from a UN draft. */
  private static final List<String> PAGES =
      List.of(
          "United Nations ",
          "A/80/L.99",
          " ",
          "General Assembly ",
          "Distr.: Limited ",
          "16 December 2025 ",
          "Original: English ",
          " ",
          "25-12345 (E)    161225 ",
          "*2512345* ",
          " ",
          "Eightieth session ",
          "Agenda item 15 ",
          "Information and communications technologies ",
          " ",
          "1. ",
          "We reaffirm our commitment to the vision of the Summit,1 and recall the non\u2011governmental ",
          "organizations that took part in the work of the Summit and of its follow-up ",
          "__________________ ",
          " ",
          "1  Resolution 79/323, annex. ",
          "",
          "A/80/L.99 ",
          " ",
          "25-12345",
          "2/3 ",
          " ",
          "mechanisms, which remain essential. ",
          " ",
          "2. ",
          "We note that the Convention on the Rights of Persons with Disabilities 2 ",
          "affirms the need to ensure access. ",
          "__________________ ",
          " ",
          "2  Resolution 61/106, annex. ",
          "",
          "A/80/L.99 ",
          " ",
          "3/3 ",
          "25-12345 ",
          " ",
          "3. ",
          "We decide to hold a meeting pursuant to article 7 ",
          "of the Charter. ");

  @Test
  void recognisesExtractedText() {
    assertTrue(UnTextCleaner.looksExtracted(PAGES));
    assertFalse(UnTextCleaner.looksExtracted(List.of("1. We reaffirm", "2. We note", "Page one")));
  }

  @Test
  void removesFurnitureJoinsPagesAndTakesOutFootnotes() {
    UnTextCleaner.Result r = UnTextCleaner.clean(PAGES);
    String body =
        r.lines().stream()
            .map(UnTextCleaner.Kept::text)
            .map(String::strip)
            .collect(Collectors.joining("\n"));
    assertEquals(
        String.join(
            "\n",
            "Information and communications technologies",
            "",
            "1.",
            "We reaffirm our commitment to the vision of the Summit,\uE0001\uE001 and recall the non-governmental",
            "organizations that took part in the work of the Summit and of its follow-up",
            "mechanisms, which remain essential.",
            "",
            "2.",
            "We note that the Convention on the Rights of Persons with Disabilities \uE0002\uE001",
            "affirms the need to ensure access.",
            "",
            "3.",
            "We decide to hold a meeting pursuant to article 7",
            "of the Charter."),
        body);
    assertEquals(List.of("1", "2"), r.notes().stream().map(UnTextCleaner.Note::label).toList());
    assertEquals("Resolution 61/106, annex.", r.notes().get(1).text());
    assertEquals(2, r.markers());
    assertEquals(2, r.removed().get(RunningHeads.Kind.SYMBOL));
    assertEquals(2, r.removed().get(RunningHeads.Kind.PAGE_NUMBER));
    assertEquals(2, r.removed().get(RunningHeads.Kind.JOB_NUMBER));
    assertEquals("A/80/L.99", r.metadata().symbol());
    assertEquals(LocalDate.of(2025, 12, 16), r.metadata().date());
    assertEquals("Limited", r.metadata().distribution());
    assertEquals("Agenda item 15", r.metadata().agendaItem());
  }

  @Test
  void encodedMarkersBecomeFootnoteReferences() {
    List<Run> runs = UnTextCleaner.runs("the Summit,\uE0001\uE001 and");
    assertEquals(3, runs.size());
    assertEquals("1", runs.get(1).ref());
    assertTrue(runs.get(1).has(Mark.FOOTNOTE_REFERENCE));
    assertEquals("the Summit,1 and", runs.stream().map(Run::text).collect(Collectors.joining()));
  }

  /**
   * Pages of full justified lines (about 84 characters), each ending with the symbol and its
   * number.
   */
  private static List<String> pagesEndingWith(String lastLine, String nextPage) {
    List<String> lines = new java.util.ArrayList<>();
    String full =
        "the Internet Governance Forum has enhanced multi-stakeholder discussion of relevant ";
    for (int page = 1; page <= 2; page++) {
      lines.add(
          (page * 10)
              + ". We welcome the evolution of the Internet Governance Forum from an annual meeting ");
      for (int k = 0; k < 24; k++) {
        lines.add(full);
      }
      lines.add(
          page == 1
              ? lastLine
              : "issues in all continents, many subregions and a majority of Member States. ");
      lines.add(" ");
      lines.add("A/80/L.99 ");
      lines.add(" ");
      lines.add(page + "/2 ");
      lines.add(" ");
      if (page == 1) {
        lines.addAll(List.of(nextPage.split("\n")));
        lines.add(" ");
      }
    }
    return lines;
  }

  private static List<String> paragraphs(UnTextCleaner.Result r) {
    return List.of(
        r.lines().stream()
            .map(k -> k.text().strip())
            .collect(Collectors.joining("\n"))
            .split("\n\n+"));
  }

  @Test
  void aParagraphWhoseLastLineRunsToTheMarginGoesOnOverThePageWhateverItsLastWord() {
    // WSIS L.41 paragraph 97: "… a majority of Member States." ⏎ page ⏎ "We also welcome the work
    // …"
    UnTextCleaner.Result r =
        UnTextCleaner.clean(
            pagesEndingWith(
                "issues in all continents, many subregions and a majority of Member States, as we see. ",
                "We also welcome the work of the Multi-stakeholder Advisory Group of the Forum \n"
                    + "and the establishment by the Secretary-General of the Leadership Panel of the Forum. "));
    List<String> paragraphs = paragraphs(r);
    assertEquals(2, paragraphs.size(), String.join(" | ", paragraphs));
    assertTrue(
        paragraphs.get(0).contains("as we see.\nWe also welcome the work"), paragraphs.get(0));
  }

  @Test
  void aShortLastLineEndingASentenceOrAHeadingAfterAFullOneStartsANewParagraph() {
    UnTextCleaner.Result shortEnd =
        UnTextCleaner.clean(
            pagesEndingWith(
                "issues in all continents. ",
                "We also welcome the work of the Multi-stakeholder Advisory Group of the Forum \n"
                    + "and the establishment by the Secretary-General of the Leadership Panel of the Forum. "));
    assertEquals(3, paragraphs(shortEnd).size(), String.join(" | ", paragraphs(shortEnd)));
    UnTextCleaner.Result heading =
        UnTextCleaner.clean(
            pagesEndingWith(
                "issues in all continents, many subregions and a majority of Member States, as we see. ",
                "Building confidence and security in the use of information and \ncommunications technologies "));
    assertEquals(3, paragraphs(heading).size(), String.join(" | ", paragraphs(heading)));
  }
}
