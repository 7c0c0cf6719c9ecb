package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.draftkit.Toolkit;
import org.draftkit.UptakeRequest;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.testkit.Corpus;
import org.draftkit.uptake.Uptake;
import org.junit.jupiter.api.Test;

/**
 * The uptake JSON: valid against {@code docs/schema/uptake.schema.json}, and the real case — the
 * IMSB's reflections on Rev.2 against the final draft A/80/L.41 — row by row as we read L.41 by
 * hand.
 */
class UptakeJsonTest {
  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();

  private static List<Object> schemaErrors(String json) throws Exception {
    var schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(Path.of("../docs/schema/uptake.schema.json")), InputFormat.JSON);
    return new ArrayList<>(schema.validate(json, InputFormat.JSON));
  }

  @Test
  void generatedUptakeIsValidAgainstTheSchema() throws Exception {
    Document base =
        doc(
            "R/1",
            "We recognize the value of open and interoperable digital public infrastructure for development.",
            "We invite the Secretary-General to report to the General Assembly at its eighty-first session.");
    Document later =
        doc(
            "R/1/Rev.1",
            "We recognize the value of open, secure and interoperable digital public infrastructure for development.",
            "We invite the Secretary-General to report to the Commission at its thirtieth session.");
    Document sub =
        Document.builder()
            .metadata(Metadata.builder().title("Input (XYZ)").source("x.md").build())
            .build();
    Document.Builder sb = sub.toBuilder();
    sb.add(
        ParagraphNumber.arabic(1, 0),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain("We recognize the value of open"),
            Run.of(", secure", Mark.BOLD),
            Run.plain(" and interoperable digital public infrastructure for development.")),
        null,
        null);
    sb.add(
        ParagraphNumber.arabic(2, 0),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain("We invite the Secretary-General to report to the "),
            Run.of("General Assembly at its eighty-first session", Mark.STRIKE),
            Run.plain(" "),
            Run.of("Economic and Social Council", Mark.BOLD),
            Run.plain(".")),
        null,
        null);
    SubmissionSet set =
        SubmissionSet.read(List.of(SubmissionSet.input("x.md", sb::build)), List.of());
    Uptake u =
        TOOLKIT.uptake(UptakeRequest.builder().submissions(set).base(base).later(later).build());
    String json = TOOLKIT.writeString(u, "json");
    assertEquals(List.of(), schemaErrors(json));
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals("adopted", root.at("/rows/0/fate").asText());
    assertEquals("superseded", root.at("/rows/1/fate").asText());
    assertEquals("R/1/Rev.1", root.at("/revisions/0").asText());
    assertEquals(json, TOOLKIT.writeString(u, "json"), "deterministic");
  }

  private static Document doc(String symbol, String... paragraphs) {
    Document.Builder b = Document.builder().metadata(Metadata.builder().symbol(symbol).build());
    for (int i = 0; i < paragraphs.length; i++) {
      b.add(
          ParagraphNumber.arabic(i + 1, 0),
          ParagraphKind.OPERATIVE,
          List.of(Run.plain(paragraphs[i])),
          null,
          null);
    }
    return b.build();
  }

  /**
   * The IMSB table, checked by hand against A/80/L.41 (the submission quotes Rev.2, which is not in
   * the corpus, so its quotes stand for Rev.2): paragraph, proposal → fate, paragraph in L.41.
   *
   * <ul>
   *   <li>66 amend → partly, 67: the report now goes to the Commission on Science and Technology
   *       for Development, not the General Assembly (the IMSB's ask); "to establish" stays and the
   *       task force is the ITU's.
   *   <li>83 bis add → not adopted: no paragraph on the AI work of the WSIS framework; 86 is about
   *       the Inter-Agency Working Group mapping capacity-building.
   *   <li>84 amend → not adopted, 85: "mechanisms to support …", without the IGF and the WSIS
   *       Forum.
   *   <li>88 amend → partly, 88: "working definition" is there, "with a working definition" is not.
   *   <li>89 amend → partly, 91: "We recognize" is there, "encompasses both technical and public
   *       policy issues" is not.
   *   <li>100 merge with 103 → not adopted: 99 and 103 are still two paragraphs.
   *   <li>100 amend → partly, 99: a secretariat hosted by DESA on a stable and sustainable basis,
   *       in accordance with budgetary procedures, is there in other words; the rest is not.
   *   <li>103 amend → not adopted, 103: it still opens with the call to strengthen the secretariat.
   * </ul>
   *
   * The 41 retain/restore stances name paragraphs only by number: they are followed by number
   * (basis "number").
   */
  @Test
  void imsbReflectionsAgainstTheFinalDraft() throws Exception {
    Path imsb = Corpus.file("submissions/imsb-reflections-wsis20-rev2_2025-12-09.md");
    Path l41 = Corpus.file("un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt");
    SubmissionSet set =
        SubmissionSet.read(
            List.of(SubmissionSet.input(imsb.toString(), () -> TOOLKIT.read(imsb))), List.of());
    Uptake u =
        TOOLKIT.uptake(UptakeRequest.builder().submissions(set).later(TOOLKIT.read(l41)).build());
    String json = TOOLKIT.writeString(u, "json");
    assertEquals(List.of(), schemaErrors(json));
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals("A/80/L.41", root.at("/revisions/0").asText());
    List<String> proposals = new ArrayList<>();
    int stances = 0;
    for (JsonNode row : root.get("rows")) {
      String kind = row.get("proposal").asText();
      JsonNode later = row.at("/later/0");
      if (kind.equals("retain") || kind.equals("restore")) {
        stances++;
        // "restore the language in the Zero Draft (paragraphs 73 and 89)": rows of their own, whose
        // place
        // in L.41 cannot be told without the Zero Draft; every other stance is followed by number
        boolean zeroDraft = row.get("paragraph").asText().startsWith("Zero Draft ");
        assertEquals(
            zeroDraft ? "other-revision" : "number", later.get("basis").asText(), row.toString());
        assertEquals(zeroDraft ? "unknown" : "kept", row.get("fate").asText(), row.toString());
        continue;
      }
      proposals.add(
          row.get("paragraph").asText()
              + " "
              + kind
              + (row.has("detail") && kind.equals("merge") ? " " + row.get("detail").asText() : "")
              + " → "
              + row.get("fate").asText()
              + ", "
              + later.get("paragraph").asText());
    }
    assertEquals(
        List.of(
            "66 amend → partly, 67",
            "83 bis add → not-adopted, null",
            "84 amend → not-adopted, 85",
            "88 amend → partly, 88",
            "89 amend → partly, 91",
            "100 merge merge with 103 → not-adopted, 99",
            "100 amend → partly, 99",
            "103 amend → not-adopted, 103"),
        proposals);
    assertEquals(41, stances);
    assertEquals(
        "IMSB: 0 of 8 proposals adopted, 4 partly, 4 not adopted; 41 paragraphs to retain or restore: 39 kept, 2 unknown",
        root.at("/summary/0/text").asText());
    // every taken insertion is in the later words
    for (JsonNode row : root.get("rows")) {
      for (JsonNode later : row.get("later")) {
        for (JsonNode c : later.path("changes")) {
          if (c.get("taken").asBoolean() && c.get("op").asText().equals("insert")) {
            assertTrue(
                later
                    .get("evidence")
                    .asText()
                    .toLowerCase()
                    .contains(c.get("text").asText().toLowerCase()),
                c + " in " + later.get("evidence"));
          }
        }
      }
    }
  }
}
