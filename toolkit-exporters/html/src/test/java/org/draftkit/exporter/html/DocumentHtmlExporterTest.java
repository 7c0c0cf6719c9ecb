package org.draftkit.exporter.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.draftkit.model.Document;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class DocumentHtmlExporterTest extends ExporterContract<Document> {

  @Override
  protected Exporter<Document> exporter() {
    return new DocumentHtmlExporter();
  }

  @Override
  protected Document sampleValue() {
    return Samples.draft();
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(sampleValue(), out, ExportContext.defaults());
    Golden.assertMatches("document/draft.html", out.toString(StandardCharsets.UTF_8));
  }
}
