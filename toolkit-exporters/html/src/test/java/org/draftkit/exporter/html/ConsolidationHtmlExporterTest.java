package org.draftkit.exporter.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.draftkit.amend.Consolidation;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class ConsolidationHtmlExporterTest extends ExporterContract<Consolidation> {

  @Override
  protected Exporter<Consolidation> exporter() {
    return new ConsolidationHtmlExporter();
  }

  @Override
  protected Consolidation sampleValue() {
    return Samples.consolidation();
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(sampleValue(), out, ExportContext.defaults());
    Golden.assertMatches("consolidation/sample.html", out.toString(StandardCharsets.UTF_8));
  }
}
