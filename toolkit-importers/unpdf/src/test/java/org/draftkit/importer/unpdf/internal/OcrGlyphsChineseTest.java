package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.junit.jupiter.api.Test;

/** Chinese words read by OCR become glyphs set solid, at the size their lines' boxes tell. */
class OcrGlyphsChineseTest {

  private static final float SCALE = 72f / 300;

  /** A line of words 42 pixels high, one after the other from x = 500, 83 pixels apart. */
  private static RecognizedPage.Line line(int n, float engineSize, String... words) {
    List<RecognizedPage.Word> ws = new ArrayList<>();
    int x = 500;
    for (String w : words) {
      int width = 45 * w.length();
      ws.add(new RecognizedPage.Word(w, x, 400 + 83 * n, width, 42, 95));
      x += width + 8;
    }
    return new RecognizedPage.Line(500, 400 + 83 * n, x - 500, 42, 442 + 83 * n, engineSize, ws);
  }

  private static List<String> lines(List<Glyph> glyphs) {
    return glyphs.stream()
        .collect(Collectors.groupingBy(Glyph::y, java.util.TreeMap::new, Collectors.toList()))
        .values()
        .stream()
        .map(gs -> gs.stream().map(Glyph::text).collect(Collectors.joining()))
        .toList();
  }

  @Test
  void chineseWordsAndThePunctuationBesideThemJoinWithoutSpaces() {
    RecognizedPage page =
        new RecognizedPage(
            List.of(
                line(0, 54, "《一", ")", "“缔约方", "”", "是指", "国家", "。"),
                line(1, 54, "收到", "BBNJ", "标识符", "2023", "年")),
            90);
    assertEquals(
        List.of("《一)“缔约方”是指国家。", "收到 BBNJ 标识符 2023 年"),
        lines(OcrGlyphs.glyphs(page, OcrGlyphs.sizes(List.of(page), SCALE))));
  }

  @Test
  void aChineseLineTheEngineReadsLargerKeepsTheBodySize() {
    List<RecognizedPage.Line> ls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ls.add(line(i, 54, "本协定", "的", "目标", "是", "确保", "养护", "和", "可持续", "利用"));
    }
    // the engine's size of a block of sub-items: a third larger than the same text around it
    ls.add(line(6, 73.75f, "（十一）", "在", "采取", "行动", "处理", "问题", "时"));
    RecognizedPage page = new RecognizedPage(ls, 90);
    List<Glyph> glyphs = OcrGlyphs.glyphs(page, OcrGlyphs.sizes(List.of(page), SCALE));
    float body = glyphs.get(0).size();
    assertEquals(body, glyphs.get(glyphs.size() - 1).size(), 0.01f);
  }
}
