package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a page's glyphs into visual lines by the vertical overlap of their bodies (so that raised
 * footnote markers stay on their line), orders each line left to right, infers word spaces from
 * gaps, splits a line at very wide gaps (a running head's left and right parts) and marks glyphs
 * crossed or underlined by drawn strokes or markup annotations.
 */
final class LineBuilder {

  /** A gap wider than this many font sizes splits a line into separate parts. */
  private static final float SPLIT_GAP_EM = 4f;

  private LineBuilder() {}

  static List<Line> build(PageContent page) {
    List<Glyph> glyphs = new ArrayList<>(page.glyphs().size());
    Decorations decorations = new Decorations(page.rules());
    for (Glyph g : page.glyphs()) {
      if (g.x() > -5 && g.x() < page.width() + 5 && g.y() > -5 && g.y() < page.height() + 20) {
        glyphs.add(decorations.apply(g));
      }
    }
    glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<Cluster> clusters = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (g.isSpace()) {
        // spaces join the closest cluster by baseline only
        Cluster best = null;
        for (int i = clusters.size() - 1; i >= 0 && i >= clusters.size() - 4; i--) {
          Cluster c = clusters.get(i);
          if (Math.abs(c.baseline - g.y()) <= 0.3f * Math.max(c.size, g.size())) {
            best = c;
            break;
          }
        }
        if (best != null) {
          best.glyphs.add(g);
        }
        continue;
      }
      Cluster best = null;
      float bestOverlap = 0;
      for (int i = clusters.size() - 1; i >= 0 && i >= clusters.size() - 4; i--) {
        Cluster c = clusters.get(i);
        float overlap = c.overlap(g);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = c;
        }
      }
      if (best != null && bestOverlap >= 0.5f) {
        best.add(g);
      } else {
        Cluster c = new Cluster();
        c.add(g);
        clusters.add(c);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (Cluster c : clusters) {
      toLines(page.number(), c, lines);
    }
    lines.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
    return lines;
  }

  /** Drawn strokes sorted by height, and markup annotation areas, looked up per glyph. */
  private static final class Decorations {
    private final Rule[] strokes;
    private final float[] strokeY;
    private final List<Rule> areas = new ArrayList<>();

    Decorations(List<Rule> rules) {
      List<Rule> drawn = new ArrayList<>();
      for (Rule r : rules) {
        (r.annotation() != 0 ? areas : drawn).add(r);
      }
      drawn.sort(Comparator.comparingDouble(Rule::midY));
      strokes = drawn.toArray(new Rule[0]);
      strokeY = new float[strokes.length];
      for (int i = 0; i < strokes.length; i++) {
        strokeY[i] = strokes[i].midY();
      }
    }

    Glyph apply(Glyph g) {
      if (g.isSpace() || strokes.length == 0 && areas.isEmpty()) {
        return g;
      }
      int d = 0;
      float mid = g.x() + g.width() / 2;
      for (Rule r : areas) {
        float cy = g.y() - g.size() * 0.3f;
        if (mid >= r.x0() && mid <= r.x1() && cy >= r.y0() - 1 && cy <= r.y1() + 1) {
          d |= r.annotation();
        }
      }
      // strokes between 0.55 em above and 0.4 em below the baseline can decorate the glyph
      float from = g.y() - 0.55f * g.size();
      float to = g.y() + 0.4f * g.size();
      int i = lowerBound(from);
      for (; i < strokes.length && strokeY[i] <= to; i++) {
        Rule r = strokes[i];
        if (mid < r.x0() || mid > r.x1()) {
          continue;
        }
        float above = g.y() - strokeY[i]; // > 0 when the stroke is above the baseline
        if (above > 0.12f * g.size() && above < 0.55f * g.size()) {
          d |= Glyph.STRUCK;
        } else if (above <= 0.12f * g.size() && above > -0.4f * g.size()) {
          d |= Glyph.UNDERLINED;
        }
      }
      return g.withDecoration(d);
    }

    private int lowerBound(float y) {
      int lo = 0;
      int hi = strokeY.length;
      while (lo < hi) {
        int m = (lo + hi) >>> 1;
        if (strokeY[m] < y) {
          lo = m + 1;
        } else {
          hi = m;
        }
      }
      return lo;
    }
  }

  /** Glyphs sharing a line, with the line's main baseline and size. */
  private static final class Cluster {
    final List<Glyph> glyphs = new ArrayList<>();
    float baseline;
    float size;
    float top;

    void add(Glyph g) {
      glyphs.add(g);
      if (g.size() > size * 1.1f || glyphs.size() == 1) {
        size = g.size();
        baseline = g.y();
        top = g.top();
      } else if (Math.abs(g.size() - size) <= size * 0.1f && g.y() > baseline) {
        baseline = g.y();
        top = baseline - size * 0.7f;
      }
    }

    /**
     * The share of the smaller of the two bodies that the glyph's body overlaps; a smaller glyph
     * whose baseline lies within the line's body (a superscript), or a line of such glyphs that a
     * larger glyph's body contains, counts as fully overlapping.
     */
    float overlap(Glyph g) {
      if (g.size() < size * 0.85f && g.y() > top - size * 0.1f && g.y() < baseline) {
        return 1;
      }
      if (size < g.size() * 0.85f && baseline > g.top() - g.size() * 0.1f && baseline < g.y()) {
        return 1;
      }
      float a0 = top;
      float a1 = baseline;
      float b0 = g.top();
      float b1 = g.y();
      float inter = Math.min(a1, b1) - Math.max(a0, b0);
      if (inter <= 0) {
        return 0;
      }
      return inter / Math.max(0.01f, Math.min(a1 - a0, b1 - b0));
    }
  }

  private static void toLines(int page, Cluster c, List<Line> out) {
    List<Glyph> gs = c.glyphs;
    gs.sort(Comparator.comparingDouble(Glyph::x));
    // the main size is the one carried by most characters
    Map<Integer, Integer> bySize = new HashMap<>();
    for (Glyph g : gs) {
      if (!g.isSpace()) {
        bySize.merge(Math.round(g.size() * 2), g.text().length(), Integer::sum);
      }
    }
    int mainKey = bySize.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(Math.round(c.size * 2));
    float mainSize = mainKey / 2f;
    List<Float> ys = new ArrayList<>();
    for (Glyph g : gs) {
      if (!g.isSpace() && Math.round(g.size() * 2) == mainKey) {
        ys.add(g.y());
      }
    }
    ys.sort(null);
    float baseline = ys.isEmpty() ? c.baseline : ys.get(ys.size() / 2);
    List<Span> spans = new ArrayList<>();
    Glyph prev = null;
    boolean pendingSpace = false;
    for (Glyph g : gs) {
      if (g.isSpace()) {
        pendingSpace = prev != null;
        continue;
      }
      if (prev != null && sameGlyph(prev, g)) {
        continue; // overprinted for a bold effect
      }
      boolean raised = g.size() < mainSize * 0.85f && baseline - g.y() > mainSize * 0.15f;
      if (prev != null) {
        float gap = g.x() - prev.right();
        float em = Math.max(mainSize, 1f);
        if (gap > SPLIT_GAP_EM * em && !(raised && gap < 8 * em)) {
          emit(page, spans, baseline, mainSize, out);
          spans = new ArrayList<>();
          pendingSpace = false;
        } else if (!raised && (pendingSpace || gap > 0.18f * Math.min(em, g.size()))) {
          Span last = spans.get(spans.size() - 1);
          spans.add(new Span(" ", last.bold(), last.italic(), last.decoration() & g.decoration(), false,
              prev.right(), g.x()));
        }
      }
      spans.add(new Span(g.text(), g.bold(), g.italic(), g.decoration(), raised, g.x(), g.right()));
      prev = g;
      pendingSpace = false;
    }
    emit(page, spans, baseline, mainSize, out);
  }

  private static boolean sameGlyph(Glyph a, Glyph b) {
    return a.text().equals(b.text()) && Math.abs(a.x() - b.x()) < a.size() * 0.1f
        && Math.abs(a.y() - b.y()) < a.size() * 0.1f;
  }

  private static void emit(int page, List<Span> spans, float baseline, float size, List<Line> out) {
    while (!spans.isEmpty() && spans.get(spans.size() - 1).isSpace()) {
      spans.remove(spans.size() - 1);
    }
    if (spans.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(s.text());
    }
    out.add(new Line(page, spans, spans.get(0).x0(), spans.get(spans.size() - 1).x1(), baseline, size,
        sb.toString()));
  }
}
