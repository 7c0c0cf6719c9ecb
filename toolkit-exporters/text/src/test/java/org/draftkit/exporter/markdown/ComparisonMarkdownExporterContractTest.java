package org.draftkit.exporter.markdown;

import org.draftkit.compare.Comparison;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.SampleComparisons;

class ComparisonMarkdownExporterContractTest extends ExporterContract<Comparison> {
  @Override
  protected Exporter<Comparison> exporter() {
    return new ComparisonMarkdownExporter();
  }

  @Override
  protected Comparison sampleValue() {
    return SampleComparisons.comparison();
  }
}
