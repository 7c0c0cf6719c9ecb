package org.draftkit.exporter.markdown;

import org.draftkit.exporter.text.SampleDocument;
import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;

class DocumentMarkdownExporterContractTest extends ExporterContract<Document> {
  @Override
  protected Exporter<Document> exporter() {
    return new DocumentMarkdownExporter();
  }

  @Override
  protected Document sampleValue() {
    return SampleDocument.create();
  }
}
