package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures of the whole document that the layout decisions are relative to: the body font size, the
 * usual line spacing per font size, and each page's text margins (odd and even pages may differ).
 */
final class PageLayout {
  final float bodySize;
  private final Map<Integer, Float> leadingBySize;
  private final Map<Integer, float[]> margins = new HashMap<>();
  private final Map<Integer, float[]> pageSizes = new HashMap<>();

  private PageLayout(float bodySize, Map<Integer, Float> leadingBySize) {
    this.bodySize = bodySize;
    this.leadingBySize = leadingBySize;
  }

  static PageLayout measure(List<PageContent> pages, List<List<Line>> linesByPage) {
    Map<Integer, Integer> charsBySize = new HashMap<>();
    Map<Integer, Map<Integer, Integer>> deltas = new HashMap<>();
    for (List<Line> lines : linesByPage) {
      Line prev = null;
      for (Line l : lines) {
        int key = key(l.size());
        charsBySize.merge(key, l.text().length(), Integer::sum);
        if (prev != null && key(prev.size()) == key) {
          float d = l.baseline() - prev.baseline();
          if (d > l.size() * 0.8f && d < l.size() * 2.5f) {
            deltas
                .computeIfAbsent(key, k -> new HashMap<>())
                .merge(Math.round(d * 2), 1, Integer::sum);
          }
        }
        prev = l;
      }
    }
    int bodyKey = mode(charsBySize, 20);
    Map<Integer, Float> leading = new HashMap<>();
    deltas.forEach((k, m) -> leading.put(k, usualLeading(m) / 2f));
    PageLayout layout = new PageLayout(bodyKey / 2f, leading);
    // margins per page parity (mirrored margins differ between odd and even pages), measured over
    // the whole document so that a page of continuation lines gets the same margin as the others
    List<List<Line>> byParity = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < pages.size(); i++) {
      PageContent p = pages.get(i);
      layout.pageSizes.put(p.number(), new float[] {p.width(), p.height()});
      byParity.get(p.number() % 2).addAll(linesByPage.get(i));
    }
    List<Line> all = new ArrayList<>(byParity.get(0));
    all.addAll(byParity.get(1));
    float[] overall = layout.measureMargins(all, 3);
    float[][] parity = new float[2][];
    for (int k = 0; k < 2; k++) {
      // a parity with few lines (a short document) takes the document's margins
      parity[k] = layout.measureMargins(byParity.get(k), 40);
    }
    for (PageContent p : pages) {
      float[] m = parity[p.number() % 2];
      layout.margins.put(
          p.number(), m != null ? m : overall != null ? overall : new float[] {72, 540});
    }
    return layout;
  }

  /**
   * Left margin: the x where most body lines start; right: the 90th percentile of line ends. Null
   * when there are fewer than {@code minimum} body lines to tell.
   */
  private float[] measureMargins(List<Line> lines, int minimum) {
    Map<Integer, Integer> left = new HashMap<>();
    List<Float> rights = new ArrayList<>();
    int total = 0;
    for (Line l : lines) {
      if (Math.abs(l.size() - bodySize) <= bodySize * 0.15f && l.text().length() > 10) {
        left.merge(Math.round(l.x0()), 1, Integer::sum);
        rights.add(l.x1());
        total++;
      }
    }
    if (total < minimum) {
      return null;
    }
    // the x where most body lines start: continuation lines, whether first lines are indented
    // (GA resolutions) or labels hang out to the left (UNFCCC texts)
    int leftMargin = mode(left, 72);
    rights.sort(null);
    float rightMargin = rights.get((int) Math.floor((rights.size() - 1) * 0.9));
    return new float[] {leftMargin, rightMargin};
  }

  /**
   * The line spacing inside paragraphs: the smallest distance that is common (at least a quarter as
   * frequent as the most frequent one), since gaps between paragraphs are larger.
   */
  private static int usualLeading(Map<Integer, Integer> counts) {
    int top = counts.values().stream().max(Integer::compare).orElse(0);
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= Math.max(2, top / 4) || e.getValue() == top)
        .map(Map.Entry::getKey)
        .min(Integer::compare)
        .orElse(0);
  }

  private static int key(float size) {
    return Math.round(size * 2);
  }

  private static int mode(Map<Integer, Integer> counts, int fallback) {
    return counts.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(fallback);
  }

  /** The usual distance between baselines of consecutive lines of this size. */
  float leading(float size) {
    Float l = leadingBySize.get(key(size));
    return l == null || l <= 0 ? size * 1.25f : l;
  }

  float left(int page) {
    return margins.getOrDefault(page, new float[] {72, 540})[0];
  }

  float right(int page) {
    return margins.getOrDefault(page, new float[] {72, 540})[1];
  }

  float width(int page) {
    return pageSizes.getOrDefault(page, new float[] {612, 792})[0];
  }

  float height(int page) {
    return pageSizes.getOrDefault(page, new float[] {612, 792})[1];
  }

  /**
   * How far the line starts in from its page's text margin: from the left margin, or for a
   * right-to-left line from the right one.
   */
  float indent(Line l) {
    return RightToLeft.isRightToLeft(l.text()) ? right(l.page()) - l.x1() : l.x0() - left(l.page());
  }

  /** The horizontal centre of the text area of the page. */
  float centre(int page) {
    return (left(page) + right(page)) / 2;
  }
}
