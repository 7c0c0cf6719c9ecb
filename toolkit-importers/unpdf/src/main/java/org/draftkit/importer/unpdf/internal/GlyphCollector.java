package org.draftkit.importer.unpdf.internal;

import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects every glyph of every page with its position, size and font style, and the thin
 * horizontal strokes drawn on the page (the only trace of strikethrough and underline), in one pass
 * over each content stream. One instance reads one document, on one thread.
 *
 * <p>Glyph geometry is PDFBox's text extraction geometry (PDFTextStripper's x, baseline, advance
 * and font size in points, to the last bit), computed here with primitive arithmetic instead of one
 * {@code TextPosition} and half a dozen {@code Matrix} objects per glyph: the matrix products below
 * repeat PDFBox's {@code Matrix.multiply} term by term, in the same float order, and fail on
 * non-finite values the way it does. Vertical fonts and text without a font take PDFBox's own
 * per-glyph path ({@link #showGlyph}).
 */
final class GlyphCollector extends PDFStreamEngine {

  /** Strokes thicker than this many points are shapes, not text decorations. */
  private static final float MAX_RULE_THICKNESS = 3f;

  /**
   * PDFBox's text-extraction glyph list: Adobe's names plus PDFBox's additional ones. Read-only.
   */
  private static final GlyphList GLYPH_LIST = loadGlyphList();

  private final Deadline deadline;

  /** Per font object: bold/italic bits, read once instead of per glyph. */
  private final Map<PDFont, FontInfo> fonts = new IdentityHashMap<>();

  /** Per font dictionary: the legacy glyph height (PDFTextStripper computes it once per font). */
  private final Map<COSDictionary, Float> fontHeights = new IdentityHashMap<>();

  private List<Glyph> glyphs;
  private List<Rule> rules;
  private boolean upright;
  private PDRectangle crop;

  /** Translation from the crop box origin, or null when the crop box starts at 0,0. */
  private Matrix cropShift;

  private final List<float[]> subpaths = new ArrayList<>();
  private float[] current = new float[16];
  private int currentPoints;
  private boolean bent;
  private long work;
  private int unmapped;

  // scratch matrices (PDFBox layout: a b 0 / c d 0 / e f 1), reused for every glyph
  private final float[] params = new float[9];
  private final float[] tm = new float[9];
  private final float[] ctm = new float[9];
  private final float[] scaled = new float[9];
  private final float[] trm = new float[9];
  private final float[] advance = new float[9];
  private final float[] moved = new float[9];
  private final float[] next = new float[9];
  private final float[] shift = new float[9];
  private final float[] shifted = new float[9];

  GlyphCollector(Deadline deadline) {
    this.deadline = deadline;
    // the operators PDFBox's text extraction handles
    addOperator(new BeginText(this));
    addOperator(new Concatenate(this));
    addOperator(new DrawObject(this));
    addOperator(new EndText(this));
    addOperator(new SetGraphicsStateParameters(this));
    addOperator(new Save(this));
    addOperator(new Restore(this));
    addOperator(new NextLine(this));
    addOperator(new SetCharSpacing(this));
    addOperator(new MoveText(this));
    addOperator(new MoveTextSetLeading(this));
    addOperator(new SetFontAndSize(this));
    addOperator(new ShowText(this));
    addOperator(new ShowTextAdjusted(this));
    addOperator(new SetTextLeading(this));
    addOperator(new SetMatrix(this));
    addOperator(new SetTextRenderingMode(this));
    addOperator(new SetTextRise(this));
    addOperator(new SetWordSpacing(this));
    addOperator(new SetTextHorizontalScaling(this));
    addOperator(new ShowTextLine(this));
    addOperator(new ShowTextLineAndSpace(this));
    // and the path operators, for drawn decorations
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

  private static GlyphList loadGlyphList() {
    String path = "/org/apache/pdfbox/resources/glyphlist/additional.txt";
    try (InputStream in = GlyphList.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox resource missing: " + path);
      }
      return new GlyphList(GlyphList.getAdobeGlyphList(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PDFBox resource " + path, e);
    }
  }

  /** Reads all pages of {@code document}; pages without a content stream are listed, empty. */
  List<PageContent> collect(PDDocument document) throws IOException {
    List<PageContent> all = new ArrayList<>();
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      if (page.hasContents()) {
        all.add(readPage(page, number));
      } else {
        PDRectangle box = page.getCropBox();
        all.add(
            new PageContent(
                number, box.getWidth(), box.getHeight(), List.of(), List.of(), images(page)));
      }
    }
    return all;
  }

  private PageContent readPage(PDPage page, int number) throws IOException {
    deadline.check();
    glyphs = new ArrayList<>();
    rules = new ArrayList<>();
    unmapped = 0;
    clearPath();
    crop = page.getCropBox();
    upright = page.getRotation() % 360 == 0;
    if (Float.compare(crop.getLowerLeftX(), 0) == 0
        && Float.compare(crop.getLowerLeftY(), 0) == 0) {
      cropShift = null;
    } else {
      cropShift = Matrix.getTranslateInstance(-crop.getLowerLeftX(), -crop.getLowerLeftY());
      values(cropShift, shift);
    }
    processPage(page);
    if (upright) {
      readMarkupAnnotations(page);
    }
    return new PageContent(
        number,
        crop.getWidth(),
        crop.getHeight(),
        glyphs,
        rules,
        glyphs.isEmpty() ? images(page) : 0,
        unmapped);
  }

  // ---- glyphs ------------------------------------------------------------------------------

  /**
   * PDFBox's {@code showText} loop for horizontal fonts, with the text rendering matrix kept in
   * scratch arrays; the text matrix is advanced by PDFBox's own {@code Matrix.translate}. A simple
   * font reads one byte per code (as its {@code readCode} does), and its per-code Unicode text and
   * displacement are looked up once per font.
   */
  @Override
  protected void showText(byte[] string) throws IOException {
    PDGraphicsState state = getGraphicsState();
    PDTextState textState = state.getTextState();
    PDFont font = textState.getFont();
    if (font == null || font.isVertical()) {
      super.showText(string);
      return;
    }
    float fontSize = textState.getFontSize();
    float horizontalScaling = textState.getHorizontalScaling() / 100f;
    float charSpacing = textState.getCharacterSpacing();
    set(params, fontSize * horizontalScaling, 0, 0, fontSize, 0, textState.getRise());
    Matrix textMatrix = state.getTextMatrix();
    values(state.getCurrentTransformationMatrix(), ctm); // constant while the string is shown
    FontInfo info = fontInfo(font);
    if (font instanceof PDSimpleFont) {
      for (byte b : string) {
        int code = b & 0xFF;
        float wordSpacing = 0;
        if (code == 32) {
          wordSpacing += textState.getWordSpacing();
        }
        renderingMatrix(textMatrix);
        Code c = info.code(font, code);
        showCode(font, info, code, c, c.dx, c.dy, fontSize, horizontalScaling, textMatrix);
        float advanceX = (c.dx * fontSize + charSpacing + wordSpacing) * horizontalScaling;
        textMatrix.translate(advanceX, 0);
      }
      return;
    }
    InputStream in = new ByteArrayInputStream(string);
    while (in.available() > 0) {
      int before = in.available();
      int code = font.readCode(in);
      int codeLength = before - in.available();
      float wordSpacing = 0;
      if (codeLength == 1 && code == 32) {
        wordSpacing += textState.getWordSpacing();
      }
      renderingMatrix(textMatrix);
      Code c = code >= 0 && code <= 0xFFFF ? info.code(font, code) : null;
      float dx;
      float dy;
      if (c != null) {
        dx = c.dx;
        dy = c.dy;
      } else {
        Vector w = font.getDisplacement(code);
        dx = w.getX();
        dy = w.getY();
      }
      showCode(font, info, code, c, dx, dy, fontSize, horizontalScaling, textMatrix);
      float advanceX = (dx * fontSize + charSpacing + wordSpacing) * horizontalScaling;
      textMatrix.translate(advanceX, 0);
    }
  }

  /** The text rendering matrix into {@link #trm}, as PDFBox's showText computes it. */
  private void renderingMatrix(Matrix textMatrix) {
    values(textMatrix, tm);
    multiply(params, tm, scaled);
    multiply(scaled, ctm, trm);
  }

  /**
   * One code of a horizontal font, after {@link #renderingMatrix}: the glyph's end as
   * PDFTextStripper computes it (the text matrix advanced by the glyph's width alone, without
   * character and word spacing), then the glyph.
   *
   * @param c the code's cached text and displacement, or null to ask the font
   */
  private void showCode(
      PDFont font,
      FontInfo info,
      int code,
      Code c,
      float dx,
      float dy,
      float fontSize,
      float horizontalScaling,
      Matrix textMatrix)
      throws IOException {
    float tx = dx * fontSize * horizontalScaling;
    float ty = dy * fontSize;
    set(advance, 1, 0, 0, 1, tx, ty);
    multiply(advance, tm, moved);
    multiply(moved, ctm, next);
    glyph(font, info, code, c, trm, next[6], next[7], fontSize, textMatrix);
  }

  /** PDFBox's per-glyph callback, reached for vertical fonts and text without a font only. */
  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    PDGraphicsState state = getGraphicsState();
    Matrix ctmMatrix = state.getCurrentTransformationMatrix();
    float fontSize = state.getTextState().getFontSize();
    float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
    Matrix textMatrix = getTextMatrix();
    float displacementX = displacement.getX();
    if (font.isVertical()) {
      // as PDFTextStripper: the advance of a vertical glyph is no width, use the glyph's own
      displacementX = font.getWidth(code) / 1000;
      TrueTypeFont ttf = null;
      if (font instanceof PDTrueTypeFont tt) {
        ttf = tt.getTrueTypeFont();
      } else if (font instanceof PDType0Font t0) {
        PDCIDFont cidFont = t0.getDescendantFont();
        if (cidFont instanceof PDCIDFontType2 cid2) {
          ttf = cid2.getTrueTypeFont();
        }
      }
      if (ttf != null && ttf.getUnitsPerEm() != 1000) {
        displacementX *= 1000f / ttf.getUnitsPerEm();
      }
    }
    float tx = displacementX * fontSize * horizontalScaling;
    float ty = displacement.getY() * fontSize;
    Matrix nextMatrix =
        Matrix.getTranslateInstance(tx, ty).multiply(textMatrix).multiply(ctmMatrix);
    values(textRenderingMatrix, trm);
    glyph(
        font,
        fontInfo(font),
        code,
        null,
        trm,
        nextMatrix.getTranslateX(),
        nextMatrix.getTranslateY(),
        fontSize,
        textMatrix);
  }

  /**
   * One glyph: the values PDFTextStripper would put in a {@code TextPosition} and that {@code
   * getXDirAdj()}, {@code getYDirAdj()}, {@code getWidthDirAdj()}, {@code getFontSizeInPt()} and
   * {@code getHeightDir()} would return.
   *
   * @param cached the code from {@link FontInfo#code}, or null to ask the font
   * @param rm the text rendering matrix (device space, before the crop box shift)
   * @param nextX x of the glyph's end (device space, before the shift)
   * @param nextY y of the glyph's end
   */
  private void glyph(
      PDFont font,
      FontInfo info,
      int code,
      Code cached,
      float[] rm,
      float nextX,
      float nextY,
      float fontSize,
      Matrix textMatrix)
      throws IOException {
    tick();
    float height =
        info.height(
            font); // read for every font, as PDFTextStripper does, so a bad font fails alike
    info.checkSpaceWidth(font);
    String text = cached != null ? cached.text : font.toUnicode(code, GLYPH_LIST);
    if (text == null) {
      if (!(font instanceof PDSimpleFont)) {
        unmapped++;
        return; // as Acrobat and PDFBox: an unmapped composite-font code is skipped
      }
      text = new String(new char[] {(char) code});
    }
    float[] pos = rm;
    if (cropShift != null) {
      multiply(rm, shift, shifted);
      pos = shifted;
      nextX -= crop.getLowerLeftX();
      nextY -= crop.getLowerLeftY();
    }
    int fontSizePt = (int) (fontSize * textMatrix.getScalingFactorX());
    if (cached == null) {
      text = usable(text);
    }
    if (text == NO_TEXT) {
      return;
    }
    float size = Math.abs((float) fontSizePt);
    if (size < 0.5f) {
      size =
          Math.abs(height * scalingFactorY(rm))
              / 0.7f; // TextPosition.getHeightDir(), only when needed
    }
    float dir = direction(pos);
    float pageWidth = crop.getWidth();
    float pageHeight = crop.getHeight();
    float x;
    float yLowerLeft;
    if (dir == 0) {
      x = pos[6];
      yLowerLeft = pos[7];
    } else if (dir == 90) {
      x = pos[7];
      yLowerLeft = pageWidth - pos[6];
    } else if (dir == 180) {
      x = pageWidth - pos[6];
      yLowerLeft = pageHeight - pos[7];
    } else {
      x = pageHeight - pos[7];
      yLowerLeft = pos[6];
    }
    float y = (dir == 0 || dir == 180 ? pageHeight : pageWidth) - yLowerLeft;
    float width = dir == 90 || dir == 270 ? Math.abs(nextY - pos[7]) : Math.abs(nextX - pos[6]);
    glyphs.add(
        new Glyph(
            text, x, y, width, size, (info.style & BOLD) != 0, (info.style & ITALIC) != 0, 0));
  }

  /** TextPosition.getDir(): 0, 90, 180 or 270 from the text rendering matrix. */
  private static float direction(float[] m) {
    float scaleY = m[4];
    float shearY = m[1];
    float shearX = m[3];
    float scaleX = m[0];
    if (scaleY > 0 && Math.abs(shearY) < scaleX && Math.abs(shearX) < scaleY && scaleX > 0) {
      return 0;
    } else if (scaleY < 0
        && Math.abs(shearY) < Math.abs(scaleX)
        && Math.abs(shearX) < Math.abs(scaleY)
        && scaleX < 0) {
      return 180;
    } else if (Math.abs(scaleY) < Math.abs(shearX)
        && shearY > 0
        && shearX < 0
        && Math.abs(scaleX) < shearY) {
      return 90;
    } else if (Math.abs(scaleY) < shearX
        && shearY < 0
        && shearX > 0
        && Math.abs(scaleX) < Math.abs(shearY)) {
      return 270;
    }
    return 0;
  }

  /** Matrix.getScalingFactorY(). */
  private static float scalingFactorY(float[] m) {
    if (Float.compare(m[3], 0.0f) != 0) {
      return (float) Math.sqrt(Math.pow(m[3], 2) + Math.pow(m[4], 2));
    }
    return m[4];
  }

  /** {@code r = a × b}, term by term as PDFBox's Matrix.multiply, with its check for overflow. */
  private static void multiply(float[] a, float[] b, float[] r) {
    float a0 = a[0];
    float a1 = a[1];
    float a2 = a[2];
    float a3 = a[3];
    float a4 = a[4];
    float a5 = a[5];
    float a6 = a[6];
    float a7 = a[7];
    float a8 = a[8];
    float b0 = b[0];
    float b1 = b[1];
    float b2 = b[2];
    float b3 = b[3];
    float b4 = b[4];
    float b5 = b[5];
    float b6 = b[6];
    float b7 = b[7];
    float b8 = b[8];
    float r0 = a0 * b0 + a1 * b3 + a2 * b6;
    float r1 = a0 * b1 + a1 * b4 + a2 * b7;
    float r2 = a0 * b2 + a1 * b5 + a2 * b8;
    float r3 = a3 * b0 + a4 * b3 + a5 * b6;
    float r4 = a3 * b1 + a4 * b4 + a5 * b7;
    float r5 = a3 * b2 + a4 * b5 + a5 * b8;
    float r6 = a6 * b0 + a7 * b3 + a8 * b6;
    float r7 = a6 * b1 + a7 * b4 + a8 * b7;
    float r8 = a6 * b2 + a7 * b5 + a8 * b8;
    // x * 0 is 0 for a finite x and NaN for an infinite or NaN one
    if (r0 * 0 + r1 * 0 + r2 * 0 + r3 * 0 + r4 * 0 + r5 * 0 + r6 * 0 + r7 * 0 + r8 * 0 != 0) {
      throw new IllegalArgumentException("Multiplying two matrices produces illegal values");
    }
    r[0] = r0;
    r[1] = r1;
    r[2] = r2;
    r[3] = r3;
    r[4] = r4;
    r[5] = r5;
    r[6] = r6;
    r[7] = r7;
    r[8] = r8;
  }

  private static void set(float[] m, float a, float b, float c, float d, float e, float f) {
    m[0] = a;
    m[1] = b;
    m[2] = 0;
    m[3] = c;
    m[4] = d;
    m[5] = 0;
    m[6] = e;
    m[7] = f;
    m[8] = 1;
  }

  private static void values(Matrix m, float[] out) {
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        out[row * 3 + col] = m.getValue(row, col);
      }
    }
  }

  /** The legacy glyph height of PDFTextStripper, once per font dictionary. */
  private float fontHeight(PDFont font) throws IOException {
    Float h = fontHeights.get(font.getCOSObject());
    if (h == null) {
      h = computeFontHeight(font);
      fontHeights.put(font.getCOSObject(), h);
    }
    return h;
  }

  /** Marks a code whose glyph is left out (no text, or a control character). */
  private static final String NO_TEXT = new String("");

  /** The glyph text as kept: ligatures decomposed; NO_TEXT for an empty or control text. */
  private static String usable(String text) {
    if (text.isEmpty() || text.length() == 1 && Character.isISOControl(text.charAt(0))) {
      return NO_TEXT;
    }
    return normalize(text);
  }

  /**
   * A code of a font: its text as kept (NO_TEXT for none; null for a composite font's unmapped
   * code, which is skipped) and its displacement.
   */
  private static final class Code {
    final String text;
    final float dx;
    final float dy;

    Code(String text, float dx, float dy) {
      this.text = text;
      this.dx = dx;
      this.dy = dy;
    }
  }

  private static float computeFontHeight(PDFont font) throws IOException {
    BoundingBox bbox = font.getBoundingBox();
    if (bbox.getLowerLeftY() < Short.MIN_VALUE) {
      // PDFBOX-2158 and PDFBOX-3130: files by Salmat eSolutions / ClibPDF Library
      bbox.setLowerLeftY(-(bbox.getLowerLeftY() + 65536));
    }
    float glyphHeight = bbox.getHeight() / 2;
    PDFontDescriptor fontDescriptor = font.getFontDescriptor();
    if (fontDescriptor != null) {
      float capHeight = fontDescriptor.getCapHeight();
      if (Float.compare(capHeight, 0) != 0
          && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
        glyphHeight = capHeight;
      }
      float ascent = fontDescriptor.getAscent();
      float descent = fontDescriptor.getDescent();
      if (ascent > 0
          && descent < 0
          && ((ascent - descent) / 2 < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
        glyphHeight = (ascent - descent) / 2;
      }
    }
    if (font instanceof PDType3Font) {
      return font.getFontMatrix().transformPoint(0, glyphHeight).y;
    }
    return glyphHeight / 1000;
  }

  private FontInfo fontInfo(PDFont font) {
    return fonts.computeIfAbsent(font, f -> new FontInfo(style(f)));
  }

  /** What is read from a font object once. */
  private final class FontInfo {
    final int style;
    boolean spaceChecked;
    private float height = Float.NaN;
    private boolean heightRead;

    /** The codes met so far, in pages of 256 by the code's high byte (codes up to 0xFFFF). */
    private Code[][] codes;

    FontInfo(int style) {
      this.style = style;
    }

    float height(PDFont font) throws IOException {
      if (!heightRead) {
        height = fontHeight(font);
        heightRead = true;
      }
      return height;
    }

    /**
     * The font's code (0 to 0xFFFF) as PDFTextStripper reads it: Unicode mapping with its glyph
     * list, an unmapped simple-font code taken as the character with that number, the kept text,
     * and the displacement. Both are fixed per font, so they are asked once per code.
     */
    Code code(PDFont font, int code) throws IOException {
      if (codes == null) {
        codes = new Code[256][];
      }
      Code[] page = codes[code >>> 8];
      if (page == null) {
        page = new Code[256];
        codes[code >>> 8] = page;
      }
      Code c = page[code & 0xFF];
      if (c == null) {
        Vector w = font.getDisplacement(code);
        String unicode = font.toUnicode(code, GLYPH_LIST);
        if (unicode == null && font instanceof PDSimpleFont) {
          unicode = new String(new char[] {(char) code});
        }
        c = new Code(unicode == null ? null : usable(unicode), w.getX(), w.getY());
        page[code & 0xFF] = c;
      }
      return c;
    }

    /**
     * Reads the space width once, as PDFTextStripper does for every glyph (the value is unused
     * here, but a font whose widths cannot be read fails the same way).
     */
    void checkSpaceWidth(PDFont font) {
      if (spaceChecked) {
        return;
      }
      spaceChecked = true;
      float space = 0;
      try {
        space = font.getSpaceWidth();
      } catch (Exception e) {
        space = 0; // PDFTextStripper logs and falls back to the average width
      }
      if (Float.compare(space, 0) == 0) {
        font.getAverageFontWidth();
      }
    }
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
        } else if (res.getXObject(name) instanceof PDFormXObject form
            && form.getResources() != null) {
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
    String name =
        font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    PDFontDescriptor fd = font == null ? null : font.getFontDescriptor();
    boolean bold =
        name.contains("bold")
            || name.contains("black")
            || name.contains("heavy")
            || name.contains("semibold")
            || name.contains("demi")
            || (fd != null && (fd.isForceBold() || fd.getFontWeight() >= 700));
    boolean italic =
        name.contains("italic")
            || name.contains("oblique")
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
      int kind =
          "StrikeOut".equals(subtype)
              ? Glyph.STRUCK
              : "Underline".equals(subtype) ? Glyph.UNDERLINED : 0;
      if (kind == 0) {
        continue;
      }
      List<float[]> boxes = PdfAnnotations.quadBoxes(a.getCOSObject());
      if (!boxes.isEmpty()) {
        for (float[] box : boxes) {
          addAnnotationArea(box[0], box[1], box[2], box[3], kind);
        }
      } else if (a.getRectangle() != null) {
        PDRectangle r = a.getRectangle();
        addAnnotationArea(
            r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY(), kind);
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

  private enum Path {
    MOVE,
    LINE,
    CURVE,
    CLOSE,
    RECT,
    FILL,
    STROKE,
    FILL_STROKE,
    END
  }

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
      case CLOSE -> {}
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
      float lineWidth =
          Math.abs(
              getGraphicsState().getLineWidth()
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
