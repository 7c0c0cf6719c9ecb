package org.draftkit.json;

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

class ConsolidationJsonExporterTest extends ExporterContract<Consolidation> {

  @Override
  protected Exporter<Consolidation> exporter() {
    return new ConsolidationJsonExporter();
  }

  @Override
  protected Consolidation sampleValue() {
    return Samples.consolidation();
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(sampleValue(), out, ExportContext.defaults());
    Golden.assertMatches("consolidation/sample.json", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void showsAMovedParagraphAtBothEnds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(Samples.movedConsolidation(), out, ExportContext.defaults());
    String text = out.toString(StandardCharsets.UTF_8);
    Golden.assertMatches("consolidation/moved.json", text);
    assertTrue(text.contains("\"op\": \"move\""), text);
    assertTrue(text.contains("moveFrom") && text.contains("moveTo"), text);
  }
}
