package org.draftkit.json;

import org.draftkit.compare.Comparison;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.SampleComparisons;

class ComparisonJsonExporterContractTest extends ExporterContract<Comparison> {
  @Override
  protected Exporter<Comparison> exporter() {
    return new ComparisonJsonExporter();
  }

  @Override
  protected Comparison sampleValue() {
    return SampleComparisons.comparison();
  }
}
