package org.draftkit.exporter.markdown;

import org.draftkit.compare.RevisionHistory;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.SampleComparisons;

class MarkdownRevisionHistoryExporterContractTest extends ExporterContract<RevisionHistory> {
  @Override
  protected Exporter<RevisionHistory> exporter() {
    return new MarkdownRevisionHistoryExporter();
  }

  @Override
  protected RevisionHistory sampleValue() {
    return SampleComparisons.history();
  }
}
