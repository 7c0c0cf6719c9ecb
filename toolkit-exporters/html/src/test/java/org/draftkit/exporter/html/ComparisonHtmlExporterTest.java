package org.draftkit.exporter.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.draftkit.compare.Comparison;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.SampleSplits;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class ComparisonHtmlExporterTest extends ExporterContract<Comparison> {

  @Override
  protected Exporter<Comparison> exporter() {
    return new ComparisonHtmlExporter();
  }

  @Override
  protected Comparison sampleValue() {
    return Samples.comparison();
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(sampleValue(), out, ExportContext.defaults());
    Golden.assertMatches("comparison/sample.html", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void splitsAndMergesShowEachParagraphWithItsOwnWords() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(SampleSplits.comparison(), out, ExportContext.defaults());
    String html = out.toString(StandardCharsets.UTF_8);
    Golden.assertMatches("comparison/splits.html", html);
    // the word deleted from the second part of the split is on the line of new paragraph 3
    assertTrue(html.contains("<span class=\"num\">→ 3</span><span class=\"txt\">The Assembly <del>further</del> invites"),
        html);
    // the merge strikes the paragraph break where old 4 was joined on, after the full stop of old 3
    assertTrue(html.contains("Geneva<del>.</del> <del class=\"join\" title=\"paragraph 4 joined here\">¶ 4</del>"
        + " <del>Expresses</del> <ins>and expresses</ins>"), html);
    // side by side: the older paragraphs of the merge each on their own line
    assertTrue(html.contains("<div class=\"part\"><b>4</b> <del>Expresses</del> appreciation"), html);
  }
}
