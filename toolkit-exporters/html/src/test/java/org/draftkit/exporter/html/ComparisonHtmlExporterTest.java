package org.draftkit.exporter.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.draftkit.compare.Comparison;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class ComparisonHtmlExporterTest extends ExporterContract<Comparison> {

  @Override
  protected Exporter<Comparison> exporter() {
    return new ComparisonHtmlExporter();
  }

  @Override
  protected Comparison sampleValue() {
    return Samples.comparison();
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(sampleValue(), out, ExportContext.defaults());
    Golden.assertMatches("comparison/sample.html", out.toString(StandardCharsets.UTF_8));
  }
}
