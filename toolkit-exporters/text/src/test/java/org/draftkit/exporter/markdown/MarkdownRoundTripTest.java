package org.draftkit.exporter.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.draftkit.Toolkit;
import org.draftkit.exporter.text.SampleDocument;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Markdown written by the exporter and read back by draftkit's own Markdown importer keeps the
 * paragraphs: their labels, their text and where struck and bold text is.
 */
class MarkdownRoundTripTest {
  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();

  /**
   * "66 | We invite … | ~to establish~ … +29th session+" — label, text, and the marked stretches.
   */
  private static List<String> outline(Document doc) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      if (p.isHeading() || p.text().isBlank()) {
        continue;
      }
      StringBuilder marks = new StringBuilder();
      for (Run r : p.runs()) {
        if (r.has(Mark.STRIKE) || r.has(Mark.DELETE)) {
          marks.append('~').append(r.text().strip()).append("~ ");
        } else if (r.has(Mark.BOLD) || r.has(Mark.INSERT)) {
          marks.append('+').append(r.text().strip()).append("+ ");
        }
      }
      out.add(
          p.label()
              + " | "
              + p.text().replaceAll("\\s+", " ").strip()
              + " | "
              + marks.toString().strip());
    }
    return out;
  }

  private static Document viaMarkdown(Document doc) throws Exception {
    byte[] md = TOOLKIT.writeString(doc, "md").getBytes(UTF_8);
    return TOOLKIT.read(md, "back.md", "md", Map.of());
  }

  @Test
  void theImsbSubmissionReadsBackTheSame() throws Exception {
    Document doc =
        TOOLKIT.read(Corpus.file("submissions/imsb-reflections-wsis20-rev2_2025-12-09.md"));
    assertEquals(String.join("\n", outline(doc)), String.join("\n", outline(viaMarkdown(doc))));
  }

  @Test
  void theSampleDocumentKeepsItsLabelsAndMarks() throws Exception {
    Document doc = SampleDocument.create();
    Document back = viaMarkdown(doc);
    for (String label : List.of("66", "83 bis", "88", "PP3")) {
      assertEquals(
          doc.find(label).orElseThrow().text(), back.find(label).orElseThrow().text(), label);
    }
    assertEquals(
        "to establish consider the establishment of",
        back.find("66").orElseThrow().runs().stream()
            .filter(r -> r.has(Mark.STRIKE))
            .findFirst()
            .orElseThrow()
            .text()
            .strip());
  }
}
