package org.draftkit.json;

import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;

class DocumentJsonExporterContractTest extends ExporterContract<Document> {
  @Override
  protected Exporter<Document> exporter() {
    return new DocumentJsonExporter();
  }

  @Override
  protected Document sampleValue() {
    return SampleDocuments.resolution();
  }
}
