package org.draftkit.importer.unpdf.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects every glyph of every page with its position, size and font style, and the thin
 * horizontal strokes drawn on the page (the only trace of strikethrough and underline), in one pass
 * over each content stream. PDFTextStripper is used for its glyph positioning only: its own line
 * and paragraph output is discarded. One instance reads one document, on one thread.
 */
final class GlyphCollector extends PDFTextStripper {

  /** Strokes thicker than this many points are shapes, not text decorations. */
  private static final float MAX_RULE_THICKNESS = 3f;

  private final Deadline deadline;
  private final List<PageContent> pages = new ArrayList<>();
  /** Style bits per font object, so that names are not parsed for every glyph. */
  private final Map<PDFont, Integer> styles = new IdentityHashMap<>();
  private List<Glyph> glyphs;
  private List<Rule> rules;
  private boolean upright;
  private PDRectangle crop;
  private final List<float[]> subpaths = new ArrayList<>();
  private float[] current = new float[16];
  private int currentPoints;
  private boolean bent;
  private long work;

  GlyphCollector(Deadline deadline) {
    this.deadline = deadline;
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
    addOperator(new SetLineWidth(this));
    addOperator(new PathOp("m", Path.MOVE));
    addOperator(new PathOp("l", Path.LINE));
    addOperator(new PathOp("c", Path.CURVE));
    addOperator(new PathOp("v", Path.CURVE));
    addOperator(new PathOp("y", Path.CURVE));
    addOperator(new PathOp("h", Path.CLOSE));
    addOperator(new PathOp("re", Path.RECT));
    for (String op : new String[] {"f", "F", "f*"}) {
      addOperator(new PathOp(op, Path.FILL));
    }
    for (String op : new String[] {"S", "s"}) {
      addOperator(new PathOp(op, Path.STROKE));
    }
    for (String op : new String[] {"B", "B*", "b", "b*"}) {
      addOperator(new PathOp(op, Path.FILL_STROKE));
    }
    addOperator(new PathOp("n", Path.END));
  }

  /** Reads all pages of {@code document}. */
  List<PageContent> collect(PDDocument document) throws IOException {
    pages.clear();
    writeText(document, Writer.nullWriter());
    // pages without a content stream are skipped by the stripper: list them, empty
    List<PageContent> all = new ArrayList<>();
    int next = 0;
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      if (next < pages.size() && pages.get(next).number() == number) {
        all.add(pages.get(next++));
      } else {
        PDRectangle box = page.getCropBox();
        all.add(new PageContent(number, box.getWidth(), box.getHeight(), List.of(), List.of(), images(page)));
      }
    }
    return all;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    deadline.check();
    glyphs = new ArrayList<>();
    rules = new ArrayList<>();
    clearPath();
    crop = page.getCropBox();
    upright = page.getRotation() % 360 == 0;
    super.startPage(page);
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    if (upright) {
      readMarkupAnnotations(page);
    }
    pages.add(new PageContent(getCurrentPageNo(), crop.getWidth(), crop.getHeight(), glyphs, rules,
        glyphs.isEmpty() ? images(page) : 0));
    super.endPage(page);
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    tick();
    String text = t.getUnicode();
    if (text == null || text.isEmpty()) {
      return;
    }
    if (text.length() == 1 && Character.isISOControl(text.charAt(0))) {
      return;
    }
    text = normalize(text);
    float size = Math.abs(t.getFontSizeInPt());
    if (size < 0.5f) {
      size = Math.abs(t.getHeightDir()) / 0.7f;
    }
    int style = styles.computeIfAbsent(t.getFont(), GlyphCollector::style);
    glyphs.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, (style & BOLD) != 0,
        (style & ITALIC) != 0, 0));
  }

  /** How many image XObjects the page's resources hold (counted only for pages without text). */
  private static int images(PDPage page) {
    PDResources res = page.getResources();
    if (res == null) {
      return 0;
    }
    int n = 0;
    for (COSName name : res.getXObjectNames()) {
      try {
        if (res.isImageXObject(name)) {
          n++;
        } else if (res.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
          for (COSName inner : form.getResources().getXObjectNames()) {
            n += form.getResources().isImageXObject(inner) ? 1 : 0;
          }
        }
      } catch (IOException e) {
        n++; // an unreadable XObject: count it, the page is not simply blank
      }
    }
    return n;
  }

  private static final int BOLD = 1;
  private static final int ITALIC = 2;

  /** Bold and italic from the font's name and descriptor. */
  private static int style(PDFont font) {
    String name = font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    PDFontDescriptor fd = font == null ? null : font.getFontDescriptor();
    boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
        || name.contains("semibold") || name.contains("demi")
        || (fd != null && (fd.isForceBold() || fd.getFontWeight() >= 700));
    boolean italic = name.contains("italic") || name.contains("oblique")
        || (fd != null && fd.isItalic() && !name.contains("roman"));
    return (bold ? BOLD : 0) | (italic ? ITALIC : 0);
  }

  private static String normalize(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }

  private void tick() {
    if ((++work & 0xFFF) == 0) {
      deadline.check();
    }
  }

  // ---- text markup annotations -------------------------------------------------------------

  private void readMarkupAnnotations(PDPage page) throws IOException {
    for (PDAnnotation a : page.getAnnotations()) {
      String subtype = a.getSubtype();
      int kind = "StrikeOut".equals(subtype) ? Glyph.STRUCK : "Underline".equals(subtype) ? Glyph.UNDERLINED : 0;
      if (kind == 0) {
        continue;
      }
      COSArray quads = a.getCOSObject().getCOSArray(COSName.QUADPOINTS);
      if (quads != null && quads.size() >= 8) {
        for (int q = 0; q + 7 < quads.size(); q += 8) {
          float minX = Float.MAX_VALUE;
          float maxX = -Float.MAX_VALUE;
          float minY = Float.MAX_VALUE;
          float maxY = -Float.MAX_VALUE;
          for (int k = 0; k < 8; k += 2) {
            float x = number(quads.get(q + k));
            float y = number(quads.get(q + k + 1));
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
          addAnnotationArea(minX, minY, maxX, maxY, kind);
        }
      } else if (a.getRectangle() != null) {
        PDRectangle r = a.getRectangle();
        addAnnotationArea(r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY(), kind);
      }
    }
  }

  private static float number(COSBase b) {
    return b instanceof COSNumber n ? n.floatValue() : 0f;
  }

  private void addAnnotationArea(float ux0, float uy0, float ux1, float uy1, int kind) {
    float x0 = ux0 - crop.getLowerLeftX();
    float x1 = ux1 - crop.getLowerLeftX();
    float top = crop.getUpperRightY() - uy1;
    float bottom = crop.getUpperRightY() - uy0;
    rules.add(new Rule(x0, x1, top, bottom, kind));
  }

  // ---- paths -------------------------------------------------------------------------------

  private enum Path { MOVE, LINE, CURVE, CLOSE, RECT, FILL, STROKE, FILL_STROKE, END }

  private void path(Path op, List<COSBase> operands) {
    tick();
    switch (op) {
      case MOVE -> {
        endSubpath();
        if (operands.size() >= 2) {
          addPoint(operands.get(0), operands.get(1));
        }
      }
      case LINE -> {
        if (operands.size() >= 2) {
          addPoint(operands.get(0), operands.get(1));
        }
      }
      case CURVE -> {
        // curves are never text decorations: remember only the end point, mark the subpath bent
        if (operands.size() >= 2) {
          addPoint(operands.get(operands.size() - 2), operands.get(operands.size() - 1));
          bent = true;
        }
      }
      case CLOSE -> { }
      case RECT -> {
        endSubpath();
        if (operands.size() >= 4) {
          float x = number(operands.get(0));
          float y = number(operands.get(1));
          float w = number(operands.get(2));
          float h = number(operands.get(3));
          addPoint(x, y);
          addPoint(x + w, y);
          addPoint(x + w, y + h);
          addPoint(x, y + h);
          endSubpath();
        }
      }
      case FILL -> paint(true, false);
      case STROKE -> paint(false, true);
      case FILL_STROKE -> paint(true, true);
      case END -> clearPath();
    }
  }

  private void addPoint(COSBase x, COSBase y) {
    addPoint(number(x), number(y));
  }

  private void addPoint(float x, float y) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Point2D.Float p = ctm.transformPoint(x, y);
    if (currentPoints >= 256) {
      return; // a long polyline is a drawing, not a text decoration
    }
    if (current.length < (currentPoints + 1) * 2) {
      current = Arrays.copyOf(current, current.length * 2);
    }
    current[currentPoints * 2] = p.x;
    current[currentPoints * 2 + 1] = p.y;
    currentPoints++;
  }

  private void endSubpath() {
    if (currentPoints > 1 && !bent && subpaths.size() < 256) {
      subpaths.add(Arrays.copyOf(current, currentPoints * 2));
    }
    currentPoints = 0;
    bent = false;
  }

  private void clearPath() {
    subpaths.clear();
    currentPoints = 0;
    bent = false;
  }

  private void paint(boolean fill, boolean stroke) {
    endSubpath();
    if (upright && subpaths.size() <= 64) {
      float lineWidth = Math.abs(getGraphicsState().getLineWidth()
          * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY());
      for (float[] pts : subpaths) {
        if (fill) {
          fillRule(pts);
        }
        if (stroke) {
          strokeRules(pts, Math.max(lineWidth, 0.1f));
        }
      }
    }
    clearPath();
  }

  private void fillRule(float[] pts) {
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (int i = 0; i + 1 < pts.length; i += 2) {
      minX = Math.min(minX, pts[i]);
      maxX = Math.max(maxX, pts[i]);
      minY = Math.min(minY, pts[i + 1]);
      maxY = Math.max(maxY, pts[i + 1]);
    }
    float h = maxY - minY;
    float w = maxX - minX;
    if (h <= MAX_RULE_THICKNESS && w >= 2 * h && w >= 1f) {
      addRule(minX, maxX, minY, maxY);
    }
  }

  private void strokeRules(float[] pts, float lineWidth) {
    if (lineWidth > MAX_RULE_THICKNESS) {
      return;
    }
    for (int i = 0; i + 3 < pts.length; i += 2) {
      float x0 = pts[i];
      float y0 = pts[i + 1];
      float x1 = pts[i + 2];
      float y1 = pts[i + 3];
      if (Math.abs(y1 - y0) <= 0.5f && Math.abs(x1 - x0) >= 1f) {
        float y = (y0 + y1) / 2;
        addRule(Math.min(x0, x1), Math.max(x0, x1), y - lineWidth / 2, y + lineWidth / 2);
      }
    }
  }

  private void addRule(float ux0, float ux1, float uy0, float uy1) {
    float x0 = ux0 - crop.getLowerLeftX();
    float x1 = ux1 - crop.getLowerLeftX();
    float top = crop.getUpperRightY() - uy1;
    float bottom = crop.getUpperRightY() - uy0;
    if (rules.size() < 10_000) {
      rules.add(new Rule(x0, x1, top, bottom, 0));
    }
  }

  /** Routes one path operator to {@link #path}. */
  private final class PathOp extends OperatorProcessor {
    private final String name;
    private final Path op;

    PathOp(String name, Path op) {
      super(GlyphCollector.this);
      this.name = name;
      this.op = op;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      path(op, operands);
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
