package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real documents read by the real importers: their JSON is valid against the schema, reads back
 * into an equal document, and writes again byte for byte.
 */
class CorpusRoundTripTest {
  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "un-drafts/unfccc-cma6-article6.2/v2_later-draft_2024-11-17to19_party-inputs-as-comments_tracked.docx",
        "un-drafts/bbnj-ga-resolutions/A-RES-80-107.pdf",
        "docx-peers/pandoc/notes.docx"
      })
  void survivesTheRoundTrip(String file) throws Exception {
    Path path = Corpus.file(file);
    Document doc = TOOLKIT.read(path);
    assertFalse(doc.paragraphs().isEmpty());
    String json = TOOLKIT.writeString(doc, "json");

    var schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(Path.of("../docs/schema/document.schema.json")), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(json, InputFormat.JSON));

    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Document back = TOOLKIT.read(bytes, "back.json", null, Map.of());
    assertEquals(doc, back);
    assertArrayEquals(bytes, TOOLKIT.writeString(back, "json").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void partyCommentsAndTrackedChangesAreInTheJson() throws Exception {
    String json =
        TOOLKIT.writeString(
            TOOLKIT.read(
                Corpus.file(
                    "un-drafts/unfccc-cma6-article6.2/v2_later-draft_2024-11-17to19_party-inputs-as-comments_tracked.docx")),
            "json");
    assertTrue(
        json.contains("\"marks\": [\"insert\"") && json.contains("\"marks\": [\"delete\""),
        "tracked changes");
    assertTrue(json.contains("\"text\": \"US: "), "party comments");
  }
}
