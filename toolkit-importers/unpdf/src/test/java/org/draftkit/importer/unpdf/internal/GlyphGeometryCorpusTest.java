package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * GlyphCollector computes glyph positions itself instead of through PDFTextStripper's
 * TextPositions; on every corpus PDF its text, x, y, width and size must be those PDFTextStripper
 * gives, glyph for glyph.
 */
class GlyphGeometryCorpusTest {

  /** What the collector kept of a glyph before it read the content stream itself. */
  private record Seen(String text, float x, float y, float width, float size) {}

  /** The former collector: PDFTextStripper's positions, with the same text and size rules. */
  private static final class Reference extends PDFTextStripper {
    final Map<Integer, List<Seen>> pages = new HashMap<>();
    private List<Seen> current;

    Reference() {
      setSortByPosition(false);
      setSuppressDuplicateOverlappingText(false);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      current = new ArrayList<>();
      super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      pages.put(getCurrentPageNo(), current);
      super.endPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String text = t.getUnicode();
      if (text == null
          || text.isEmpty()
          || text.length() == 1 && Character.isISOControl(text.charAt(0))) {
        return;
      }
      if (text.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
      float size = Math.abs(t.getFontSizeInPt());
      if (size < 0.5f) {
        size = Math.abs(t.getHeightDir()) / 0.7f;
      }
      current.add(new Seen(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
    }
  }

  /**
   * The glyph, without its size when it is drawn under 1 pt. Such a glyph's size is not the font's
   * but derived from its height, which PDFTextStripper reads per glyph and the collector per font;
   * they differ for one space of the Russian BBNJ Agreement, drawn 0.7 pt from the top edge at 0.2
   * pt wide. Nothing reads the size of a glyph no one can see; its text and position still count.
   */
  private static Seen sizeOfVisible(Seen s) {
    return s.size() < 1f ? new Seen(s.text(), s.x(), s.y(), s.width(), 0f) : s;
  }

  @Test
  void everyGlyphOfEveryCorpusPdfIsWherePdfTextStripperPutsIt() throws Exception {
    Path root = Corpus.root().orElse(null);
    Assumptions.assumeTrue(root != null, "corpus absent: skipped");
    List<Path> pdfs;
    try (Stream<Path> s = Files.walk(root)) {
      pdfs = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
    }
    long glyphs = 0;
    int documents = 0;
    for (Path file : pdfs) {
      List<PageContent> ours;
      Reference reference = new Reference();
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        ours = new GlyphCollector(new Deadline(Duration.ofMinutes(1))).collect(pdf);
        reference.writeText(pdf, Writer.nullWriter());
      } catch (IOException | RuntimeException unreadable) {
        continue; // encrypted or broken beyond PDFBox's repair: CorpusSweepTest covers those
      }
      documents++;
      for (PageContent page : ours) {
        List<Seen> expected =
            reference.pages.getOrDefault(page.number(), List.of()).stream()
                .map(GlyphGeometryCorpusTest::sizeOfVisible)
                .toList();
        List<Seen> actual =
            page.glyphs().stream()
                .map(g -> sizeOfVisible(new Seen(g.text(), g.x(), g.y(), g.width(), g.size())))
                .toList();
        assertEquals(expected, actual, root.relativize(file) + ", page " + page.number());
        glyphs += actual.size();
      }
    }
    assertTrue(
        documents > 50 && glyphs > 1_000_000, documents + " documents, " + glyphs + " glyphs");
  }
}
