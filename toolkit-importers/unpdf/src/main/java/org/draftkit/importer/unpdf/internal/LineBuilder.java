package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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
    glyphs.sort(BY_Y_THEN_X);
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
    lines.sort(BY_BASELINE_THEN_X);
    return lines;
  }

  // Float.compare orders floats as Double.compare orders them widened (Comparator.comparingDouble)
  private static final Comparator<Glyph> BY_Y_THEN_X =
      (a, b) -> {
        int c = Float.compare(a.y(), b.y());
        return c != 0 ? c : Float.compare(a.x(), b.x());
      };
  private static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x(), b.x());
  private static final Comparator<Line> BY_BASELINE_THEN_X =
      (a, b) -> {
        int c = Float.compare(a.baseline(), b.baseline());
        return c != 0 ? c : Float.compare(a.x0(), b.x0());
      };

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
    gs.sort(BY_X);
    int n = gs.size();
    boolean[] space = new boolean[n];
    // the main size is the one carried by most characters (ties: the larger size)
    int[] sizeKeys = new int[n];
    int[] sizeCounts = new int[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      Glyph g = gs.get(i);
      space[i] = g.isSpace();
      if (!space[i]) {
        int key = Math.round(g.size() * 2);
        int k = 0;
        while (k < distinct && sizeKeys[k] != key) {
          k++;
        }
        if (k == distinct) {
          sizeKeys[distinct++] = key;
        }
        sizeCounts[k] += g.text().length();
      }
    }
    int mainKey = Math.round(c.size * 2);
    int mainCount = -1;
    for (int k = 0; k < distinct; k++) {
      if (sizeCounts[k] > mainCount || sizeCounts[k] == mainCount && sizeKeys[k] > mainKey) {
        mainKey = sizeKeys[k];
        mainCount = sizeCounts[k];
      }
    }
    float mainSize = mainKey / 2f;
    float[] ys = new float[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      Glyph g = gs.get(i);
      if (!space[i] && Math.round(g.size() * 2) == mainKey) {
        ys[count++] = g.y();
      }
    }
    Arrays.sort(ys, 0, count); // the order of Float.compare, as a sorted List<Float>
    float baseline = count == 0 ? c.baseline : ys[count / 2];
    List<Span> spans = new ArrayList<>();
    Glyph prev = null;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      Glyph g = gs.get(i);
      if (space[i]) {
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
          spans.add(
              new Span(
                  " ",
                  last.bold(),
                  last.italic(),
                  last.decoration() & g.decoration(),
                  false,
                  prev.right(),
                  g.x()));
        }
      }
      spans.add(new Span(g.text(), g.bold(), g.italic(), g.decoration(), raised, g.x(), g.right()));
      prev = g;
      pendingSpace = false;
    }
    emit(page, spans, baseline, mainSize, out);
  }

  private static boolean sameGlyph(Glyph a, Glyph b) {
    return a.text().equals(b.text())
        && Math.abs(a.x() - b.x()) < a.size() * 0.1f
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
    out.add(
        new Line(
            page,
            spans,
            spans.get(0).x0(),
            spans.get(spans.size() - 1).x1(),
            baseline,
            size,
            sb.toString()));
  }
}
