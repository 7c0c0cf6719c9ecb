package org.draftkit.exporter.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.draftkit.amend.Consolidation;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.testkit.ExporterContract;
import org.draftkit.testkit.Golden;
import org.draftkit.testkit.Samples;
import org.junit.jupiter.api.Test;

class ConsolidationHtmlExporterTest extends ExporterContract<Consolidation> {

  @Override
  protected Exporter<Consolidation> exporter() {
    return new ConsolidationHtmlExporter();
  }

  @Override
  protected Consolidation sampleValue() {
    return Samples.consolidation();
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(sampleValue(), out, ExportContext.defaults());
    Golden.assertMatches("consolidation/sample.html", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void showsAMovedParagraphAtBothEnds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(Samples.movedConsolidation(), out, ExportContext.defaults());
    String html = out.toString(StandardCharsets.UTF_8);
    Golden.assertMatches("consolidation/moved.html", html);
    assertTrue(html.contains("<p class=\"para moved\" id=\"p2\">"), html);
    assertTrue(
        html.contains(
            "<span class=\"tag t-moved\">moved to <a href=\"#p6\">after 3</a> by EG</span>"),
        html);
    assertTrue(
        html.contains(
            "<span class=\"tag t-moved\">moved here from <a href=\"#p2\">after ¶2</a> by EG</span>"),
        html);
  }
}
