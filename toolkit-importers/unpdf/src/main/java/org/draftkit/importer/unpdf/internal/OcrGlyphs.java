package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.draftkit.layout.Cjk;

/**
 * Turns the words read from a page image into glyphs placed as a PDF text layer would place them,
 * so that they go through the same line building, page zones and structuring as any PDF page: each
 * word's characters share its box evenly, all words of a line sit on the line's baseline (as the
 * engine found it) at the line's size (the page's body size when it is close to it), words are
 * separated by a space glyph (except between Chinese or Japanese characters), and a right-to-left
 * word's characters are laid out from right to left (its brackets mirrored), as a PDF shows them.
 * OCR tells no font style: glyphs are upright and regular.
 */
final class OcrGlyphs {

  /**
   * Body height (ascender to descender) of a line as a share of its font size, for Times-like
   * faces.
   */
  private static final float LINE_BOX_EM = 0.9f;

  /**
   * Baseline distance of body text as a multiple of its font size (UN documents: 11 on 12.7 pt).
   */
  private static final float LEADING = 1.15f;

  /** Height of an ideograph's ink as a share of its font size. */
  private static final float HAN_EM = 0.88f;

  /** Line sizes within this share of the body size are the body size. */
  private static final float SAME_SIZE = 0.15f;

  /**
   * The smallest share of the body size the engine estimates a body line at (a line of x-height
   * letters only); such a line is told from smaller text by its distance from its neighbours.
   */
  private static final float SMALLEST_BODY = 0.55f;

  /**
   * In a cased alphabet (Latin, Cyrillic, Greek), baseline distances above this multiple of the
   * engine's size are paragraph gaps, not the line pitch (body text is set at about 1.3 times that
   * size).
   */
  private static final float MAX_PITCH_CASED = 1.7f;

  /** The same for other scripts, whose letters' height relates otherwise to the font size. */
  private static final float MAX_PITCH = 2.5f;

  /**
   * Line sizes of right-to-left lines within this share of the body size are the body size:
   * Tesseract's size of an Arabic line follows the letters it holds (tall alefs and lams, deep
   * final forms) and wavers by up to a third around the body size.
   */
  private static final float SAME_SIZE_RTL = 0.4f;

  /** Descender depth as a share of the font size. */
  private static final float DESCENT_EM = 0.21f;

  private OcrGlyphs() {}

  /**
   * How the engine's line sizes of one document become font sizes: the document's body size as the
   * engine measures it ({@code estimated}), the factor from that to a font size, and the body's
   * font size.
   *
   * @param scale points per image pixel (72 / dpi)
   */
  record Sizes(float scale, float estimated, float factor) {
    float body() {
      return estimated * factor;
    }

    /** The distance between the baselines of body lines, in points (0 when unknown). */
    float pitch() {
      return factor == 1f ? 0 : body() * LEADING;
    }
  }

  /**
   * The sizes of a document's pages read from their images, taken over all of them: the body is the
   * size of most lines, and the body's font size is told by the distance between the baselines of
   * consecutive body lines (text set at 115 % leading), the lower quartile of those distances so
   * that the space between paragraphs and list items does not count.
   *
   * @param scale points per image pixel (72 / dpi)
   */
  static Sizes sizes(java.util.Collection<RecognizedPage> pages, float scale) {
    List<Float> sizes = new ArrayList<>();
    for (RecognizedPage page : pages) {
      for (RecognizedPage.Line l : page.lines()) {
        for (int i = 0; i < l.words().size(); i++) {
          sizes.add(size(l, scale));
        }
      }
    }
    if (sizes.isEmpty()) {
      return new Sizes(scale, 0, 1f);
    }
    sizes.sort(null);
    float estimated = sizes.get(sizes.size() / 2);
    List<Float> gaps = new ArrayList<>();
    for (RecognizedPage page : pages) {
      gaps.addAll(gaps(page, scale, estimated, cased(page) ? MAX_PITCH_CASED : MAX_PITCH));
    }
    if (gaps.size() < 3) {
      return new Sizes(scale, estimated, 1f);
    }
    gaps.sort(null);
    // the engine's size is the letters' height, smaller than the font size the layout rules expect
    return new Sizes(scale, estimated, gaps.get(gaps.size() / 4) / LEADING / estimated);
  }

  /** The glyphs of a page read on its own (its document is this page), in points. */
  static List<Glyph> glyphs(RecognizedPage page, float scale) {
    return glyphs(page, sizes(List.of(page), scale));
  }

  /** The glyphs of {@code page}, in points, sized as its document's {@link #sizes}. */
  static List<Glyph> glyphs(RecognizedPage page, Sizes sizes) {
    List<Glyph> out = new ArrayList<>();
    float scale = sizes.scale();
    float factor = sizes.factor();
    float body = sizes.body();
    float pitch = sizes.pitch();
    boolean cased = cased(page);
    List<RecognizedPage.Line> lines = page.lines();
    for (int li = 0; li < lines.size(); li++) {
      RecognizedPage.Line line = lines.get(li);
      if (line.words().isEmpty()) {
        continue;
      }
      float size = size(line, scale) * factor;
      if (Math.abs(size - body) <= sameSize(line) * body) {
        size = body; // the engine's estimate wavers from line to line: body text is one size
      } else if (cased
          && size < body
          && size >= SMALLEST_BODY * body
          && (atPitch(lines, li - 1, li, scale, pitch)
              || atPitch(lines, li, li + 1, scale, pitch))) {
        // a line without capitals or ascenders is estimated much smaller than it is: set at the
        // body's line pitch from a neighbour, it is body text
        size = body;
      }
      float baseline =
          line.size() > 0
              ? line.baseline() * scale
              : (line.top() + line.height()) * scale - DESCENT_EM * size;
      boolean chinese = hanHeight(line) > 0;
      List<RecognizedPage.Word> words = new ArrayList<>(line.words());
      words.sort((a, b) -> Integer.compare(a.left(), b.left()));
      RecognizedPage.Word prev = null;
      float right = Float.NEGATIVE_INFINITY;
      for (RecognizedPage.Word w : words) {
        String text = w.text().strip();
        if (text.isEmpty() || text.equals("|") && line.words().size() > 1) {
          // a lone bar is the engine's reading of a wide gap (after a hanging label: "(i) | Views")
          continue;
        }
        // words' boxes may overlap (Arabic letters reach under their neighbours): a word starts
        // where
        // the one before ends, or its letters would interleave with the neighbour's once sorted by
        // x
        float x0 = Math.max(w.left() * scale, right);
        float x1 = Math.max((w.left() + w.width()) * scale, x0 + 0.1f * text.length());
        right = x1;
        if (prev != null && !solid(chinese, last(prev.text()), text.codePointAt(0))) {
          Glyph last = out.get(out.size() - 1);
          float px1 = last.x() + last.width();
          out.add(new Glyph(" ", px1, baseline, Math.max(0.1f, x0 - px1), size, false, false, 0));
        } else if (prev != null && !out.isEmpty()) {
          // ideographs and the punctuation beside them are set solid: the ink boxes' gaps are no
          // word spaces, the glyph spans them
          Glyph g = out.remove(out.size() - 1);
          out.add(
              new Glyph(
                  g.text(),
                  g.x(),
                  g.y(),
                  Math.max(g.width(), x0 - g.x()),
                  g.size(),
                  false,
                  false,
                  0));
        }
        int[] cps = text.codePoints().toArray();
        boolean rtl = RightToLeft.isRightToLeft(text);
        float step = (x1 - x0) / cps.length;
        for (int i = 0; i < cps.length; i++) {
          int cp = rtl ? mirror(cps[cps.length - 1 - i]) : cps[i];
          out.add(
              new Glyph(
                  new String(Character.toChars(cp)),
                  x0 + i * step,
                  baseline,
                  step,
                  size,
                  false,
                  false,
                  0));
        }
        prev = w;
      }
    }
    return out;
  }

  /**
   * The distances between the baselines of consecutive body lines of a page (both of about the body
   * size, less than {@code most} sizes apart), in points.
   */
  private static List<Float> gaps(RecognizedPage page, float scale, float body, float most) {
    List<Float> gaps = new ArrayList<>();
    RecognizedPage.Line prev = null;
    for (RecognizedPage.Line l : page.lines()) {
      if (prev != null && bodyLine(l, scale, body) && bodyLine(prev, scale, body)) {
        float gap = (l.baseline() - prev.baseline()) * scale;
        if (gap > body && gap < most * body) {
          gaps.add(gap);
        }
      }
      prev = l;
    }
    return gaps;
  }

  /**
   * Whether most letters of the page are of a cased alphabet (Latin, Cyrillic, Greek), whose
   * lower-case letters stand lower than capitals and ascenders.
   */
  private static boolean cased(RecognizedPage page) {
    int cased = 0;
    int letters = 0;
    for (RecognizedPage.Line l : page.lines()) {
      for (RecognizedPage.Word w : l.words()) {
        for (int i = 0; i < w.text().length(); i++) {
          char c = w.text().charAt(i);
          if (Character.isLetter(c)) {
            letters++;
            if (Character.isLowerCase(c) || Character.isUpperCase(c)) {
              cased++;
            }
          }
        }
      }
    }
    return cased * 2 > letters;
  }

  /** Whether lines {@code a} and {@code b} are one line pitch apart (both exist, same column). */
  private static boolean atPitch(
      List<RecognizedPage.Line> lines, int a, int b, float scale, float pitch) {
    if (pitch <= 0 || a < 0 || b >= lines.size()) {
      return false;
    }
    float gap = (lines.get(b).baseline() - lines.get(a).baseline()) * scale;
    return Math.abs(gap - pitch) <= 0.08f * pitch;
  }

  private static float size(RecognizedPage.Line line, float scale) {
    float size =
        Math.max(1f, line.size() > 0 ? line.size() * scale : line.height() * scale / LINE_BOX_EM);
    float han = hanHeight(line);
    return han > 0 ? Math.min(size, han * scale / HAN_EM) : size;
  }

  /**
   * The height of a line written mostly in ideographs (more of them than other letters and digits),
   * or 0 for other lines. An ideograph fills its em square, so the line's box bounds the font size
   * where the engine's line size wavers (a line of body text read as a third larger than its
   * neighbours); the words' own boxes are no help ("一" as tall as two lines), and a line's box may
   * span two lines, hence a bound only.
   */
  private static float hanHeight(RecognizedPage.Line line) {
    int han = 0;
    int other = 0;
    for (RecognizedPage.Word w : line.words()) {
      for (int cp : w.text().codePoints().toArray()) {
        if (Character.isIdeographic(cp)) {
          han++;
        } else if (Character.isLetterOrDigit(cp)) {
          other++;
        }
      }
    }
    return han > other ? Math.max(1, line.height()) : 0;
  }

  /**
   * Whether two words meet without a space: {@link Cjk#joinsSolid(int, int)}, and in a line of
   * Chinese also two punctuation marks ("）“").
   */
  private static boolean solid(boolean chinese, int before, int after) {
    return Cjk.joinsSolid(before, after)
        || chinese && !Character.isLetterOrDigit(before) && !Character.isLetterOrDigit(after);
  }

  private static boolean bodyLine(RecognizedPage.Line l, float scale, float body) {
    return Math.abs(size(l, scale) - body) <= sameSize(l) * body;
  }

  private static float sameSize(RecognizedPage.Line line) {
    return rightToLeft(line) ? SAME_SIZE_RTL : SAME_SIZE;
  }

  private static boolean rightToLeft(RecognizedPage.Line line) {
    StringBuilder sb = new StringBuilder();
    for (RecognizedPage.Word w : line.words()) {
      sb.append(w.text()).append(' ');
    }
    return RightToLeft.isRightToLeft(sb.toString());
  }

  private static int last(String s) {
    String t = s.strip();
    return t.isEmpty() ? ' ' : t.codePointBefore(t.length());
  }

  private static int mirror(int cp) {
    return switch (cp) {
      case '(' -> ')';
      case ')' -> '(';
      case '[' -> ']';
      case ']' -> '[';
      case '{' -> '}';
      case '}' -> '{';
      case '«' -> '»';
      case '»' -> '«';
      default -> cp;
    };
  }
}
