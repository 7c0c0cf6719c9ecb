package org.draftkit.exporter.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    assertTrue(
        html.contains(
            "<span class=\"num\">→ 3</span><span class=\"txt\">The Assembly <del>further</del> invites"),
        html);
    // the merge strikes the paragraph break where old 4 was joined on, after the full stop of old 3
    assertTrue(
        html.contains(
            "Geneva<del>.</del> <del class=\"join\" title=\"paragraph 4 joined here\">¶ 4</del>"
                + " <del>Expresses</del> <ins>and expresses</ins>"),
        html);
    // side by side: the older paragraphs of the merge each on their own line
    assertTrue(
        html.contains("<div class=\"part\"><b>4</b> <del>Expresses</del> appreciation"), html);
  }

  @Test
  void footnotesAndTheirEditsAreShownAndAFootnoteOnlyChangeIsNoModification() throws Exception {
    Comparison c =
        org.draftkit.compare.Comparer.defaults()
            .compare(
                noted("Welcomes the report of the Secretary-General.", "See A/80/1."),
                noted("Welcomes the report of the Secretary-General.", "See A/80/1, annex."));
    assertEquals(0, c.summary().changed(), "the body words are the same: " + c.summary());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(c, out, ExportContext.defaults());
    String html = out.toString(StandardCharsets.UTF_8);
    // the paragraph says which footnote changed; the notes list shows the change inline
    assertTrue(
        html.contains("<span class=\"tag t-renumbered t-footnote\">footnote 1 changed</span>"),
        html);
    assertTrue(html.contains("<h2>Notes</h2>"), html);
    assertTrue(html.contains("<li id=\"fn-1\" value=\"1\">See A/80/1<ins>, annex</ins>."), html);
    // the marker in the text links to its note
    assertTrue(html.contains("<sup class=\"fn\"><a href=\"#fn-1\">1</a></sup>"), html);
    assertTrue(!html.contains("t-modified\">modified</span>"), html);
  }

  private static org.draftkit.model.Document noted(String text, String note) {
    org.draftkit.model.Document.Builder b = org.draftkit.model.Document.builder();
    b.add(
        org.draftkit.model.ParagraphNumber.of("1"),
        org.draftkit.model.ParagraphKind.OPERATIVE,
        List.of(
            org.draftkit.model.Run.plain(text),
            new org.draftkit.model.Run(
                "1",
                java.util.Set.of(org.draftkit.model.Mark.FOOTNOTE_REFERENCE),
                null,
                null,
                "1")),
        null,
        null);
    b.footnote(org.draftkit.model.Footnote.of("1", note));
    return b.build();
  }
}
