package org.draftkit.exporter.text;

import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;

class DocumentTextExporterContractTest extends ExporterContract<Document> {
  @Override
  protected Exporter<Document> exporter() {
    return new DocumentTextExporter();
  }

  @Override
  protected Document sampleValue() {
    return SampleDocument.create();
  }
}
