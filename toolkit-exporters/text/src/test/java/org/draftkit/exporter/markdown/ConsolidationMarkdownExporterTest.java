package org.draftkit.exporter.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.draftkit.amend.Consolidation;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class ConsolidationMarkdownExporterTest extends ExporterContract<Consolidation> {

  @Override
  protected Exporter<Consolidation> exporter() {
    return new ConsolidationMarkdownExporter();
  }

  @Override
  protected Consolidation sampleValue() {
    return Samples.consolidation();
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(sampleValue(), out, ExportContext.defaults());
    Golden.assertMatches("consolidation/sample.md", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void showsAMovedParagraphAtBothEnds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(Samples.movedConsolidation(), out, ExportContext.defaults());
    String text = out.toString(StandardCharsets.UTF_8);
    Golden.assertMatches("consolidation/moved.md", text);
    assertTrue(
        text.contains("~~1. Decides to convene a high-level meeting in 2026;~~")
            || text.contains("~~Decides"),
        text);
    assertTrue(text.contains("*\\[moved to after 3 by EG\\]*"), text);
    assertTrue(text.contains("*\\[moved here from after ¶2 by EG\\]*"), text);
  }
}
