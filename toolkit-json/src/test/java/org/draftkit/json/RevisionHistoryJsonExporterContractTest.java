package org.draftkit.json;

import org.draftkit.compare.RevisionHistory;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.SampleComparisons;

class RevisionHistoryJsonExporterContractTest extends ExporterContract<RevisionHistory> {
  @Override
  protected Exporter<RevisionHistory> exporter() {
    return new RevisionHistoryJsonExporter();
  }

  @Override
  protected RevisionHistory sampleValue() {
    return SampleComparisons.history();
  }
}
