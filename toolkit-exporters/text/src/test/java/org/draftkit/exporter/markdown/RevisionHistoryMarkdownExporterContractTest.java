package org.draftkit.exporter.markdown;

import org.draftkit.compare.RevisionHistory;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.SampleComparisons;

class RevisionHistoryMarkdownExporterContractTest extends ExporterContract<RevisionHistory> {
  @Override
  protected Exporter<RevisionHistory> exporter() {
    return new RevisionHistoryMarkdownExporter();
  }

  @Override
  protected RevisionHistory sampleValue() {
    return SampleComparisons.history();
  }
}
