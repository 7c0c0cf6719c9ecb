package org.draftkit.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.draftkit.positions.PositionTable;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class PositionTableJsonExporterTest extends ExporterContract<PositionTable> {

  @Override
  protected Exporter<PositionTable> exporter() {
    return new PositionTableJsonExporter();
  }

  @Override
  protected PositionTable sampleValue() {
    return Samples.positionTable();
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(sampleValue(), out, ExportContext.defaults());
    Golden.assertMatches("positions/sample.json", out.toString(StandardCharsets.UTF_8));
  }
}
