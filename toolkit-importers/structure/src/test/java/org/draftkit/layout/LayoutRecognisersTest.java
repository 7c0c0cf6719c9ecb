package org.draftkit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.draftkit.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutRecognisersTest {

  @ParameterizedTest
  @CsvSource({
    "A/80/L.41, SYMBOL",
    "A/RES/79/271, SYMBOL",
    "FCCC/CP/2015/L.9/Rev.1, SYMBOL",
    "ADP.2015.11.InformalNote, SYMBOL",
    "15/20, PAGE_NUMBER",
    "- 3 -, PAGE_NUMBER",
    "- S2 -, PAGE_NUMBER",
    "- 5$0 -, PAGE_NUMBER",
    "Page 2 of 20, PAGE_NUMBER",
    "1 of 54, PAGE_NUMBER",
    "7, PAGE_NUMBER",
    "25-20327 (E), JOB_NUMBER",
    "25-20327 (E)    161225, JOB_NUMBER",
    "25-03668, JOB_NUMBER",
    "GE.15-02481, JOB_NUMBER",
    "*2520327*, BARCODE",
    "Please recycle, RECYCLE"
  })
  void recognisesRunningHeads(String line, RunningHeads.Kind kind) {
    assertEquals(Optional.of(kind), RunningHeads.classify(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1. Welcomes the holding",
        "Recalling its resolution 72/249,",
        "(a) the Parties;",
        "W/m",
        "Agreement under the United Nations Convention on the Law of the"
      })
  void leavesTextAlone(String line) {
    assertTrue(RunningHeads.classify(line).isEmpty(), line);
    assertFalse(UnSymbols.isSymbol(line));
  }

  @Test
  void repetitionKeyIgnoresDigitsAndSpacing() {
    assertEquals(
        RunningHeads.repetitionKey("ADP 2-8 -  agenda item 3"),
        RunningHeads.repetitionKey("ADP 2-8 - agenda item 4"));
  }

  @Test
  void findsSymbolsInText() {
    assertEquals(
        Optional.of("A/79/L.55"),
        UnSymbols.find("[without reference to a Main Committee (A/79/L.55)]"));
    assertEquals(Optional.of("A/CONF.232/2023/4"), UnSymbols.find("A/CONF.232/2023/4."));
  }

  @Test
  void readsAMasthead() {
    FrontMatter fm = new FrontMatter(Metadata.EMPTY);
    for (String line :
        new String[] {
          "United Nations",
          "A/80/L.41",
          "General Assembly",
          "Distr.: Limited",
          "16 December 2025",
          "Original: English",
          "Eightieth session",
          "Agenda item 15"
        }) {
      assertTrue(fm.accept(line).isPresent(), line);
    }
    assertTrue(fm.accept("Information and communications technologies for").isEmpty());
    Metadata m = fm.metadata();
    assertEquals("A/80/L.41", m.symbol());
    assertEquals("Limited", m.distribution());
    assertEquals(LocalDate.of(2025, 12, 16), m.date());
    assertEquals("en", m.language());
    assertEquals("Eightieth session", m.session());
    assertEquals("Agenda item 15", m.agendaItem());
    assertEquals(8, fm.lines());
    assertEquals(
        Optional.of("Agreement under the Convention"),
        FrontMatter.resolutionTitle("79/271. Agreement under the Convention"));
  }

  @Test
  void readsAUnfcccMastheadThatNamesTheBodySessionAndMeeting() {
    FrontMatter fm = new FrontMatter(Metadata.EMPTY);
    for (String line :
        new String[] {
          "AD HOC WORKING GROUP ON THE DURBAN PLATFORM FOR ENHANCED ACTION",
          "Second session, part twelve",
          "Paris, 29 November-5 December 2015"
        }) {
      assertTrue(fm.accept(line).isPresent(), line);
    }
    assertEquals(
        Optional.of(FrontMatter.Field.MEETING), FrontMatter.classify("Bonn, 1–11 June 2015"));
    assertEquals(
        Optional.of(FrontMatter.Field.ORGAN),
        FrontMatter.classify("Subsidiary Body for Scientific and Technological Advice"));
    assertTrue(FrontMatter.classify("Paris, where the Parties met in 2015").isEmpty());
    assertTrue(
        FrontMatter.classify("Draft agreement and draft decision on workstreams 1 and 2")
            .isEmpty());
    assertEquals("Second session, part twelve", fm.metadata().session());
    assertEquals(null, fm.metadata().date(), "the meeting's dates are not the document's date");
  }

  @Test
  void keepsRealHyphensAndRemovesBreaks() {
    Set<String> words = Set.of("implementation", "follow-up");
    assertTrue(Hyphenation.keepHyphen("the follow-", "up of the summit", words::contains));
    assertTrue(Hyphenation.keepHyphen("the Secretary-", "General", words::contains));
    assertTrue(Hyphenation.keepHyphen("its eighty-", "fifth session", words::contains));
    assertFalse(Hyphenation.keepHyphen("effective imple-", "mentation of", words::contains));
    assertFalse(Hyphenation.keepHyphen("sustainable develop-", "ment", w -> false));
    assertFalse(Hyphenation.keepHyphen("soft\u00ad", "ware", w -> false));
    assertTrue(Hyphenation.endsBroken("non\u2011"));
    assertFalse(Hyphenation.endsBroken("micro-, small and medium"));
  }

  @Test
  void recognisesPreambularOpenings() {
    assertTrue(Preambles.opens("Recalling its resolution 70/125"));
    assertTrue(Preambles.opens("Bearing in mind that"));
    assertTrue(Preambles.opens("Deeply concerned about"));
    assertFalse(Preambles.opens("Decides to include"));
    assertTrue(Preambles.isIntroduction("The General Assembly,"));
  }

  @Test
  void guessesLanguage() {
    assertEquals(
        "en",
        Languages.guess(
            "Recalling the outcome of the summit and the vision of the information society"));
    assertEquals(
        "fr",
        Languages.guess(
            "Rappelant le document final et la vision de la société de l'information pour les États"));
  }
}
