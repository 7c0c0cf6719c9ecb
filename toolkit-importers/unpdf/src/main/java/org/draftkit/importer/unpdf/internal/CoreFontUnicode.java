package org.draftkit.importer.unpdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.WGL4Names;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * Gives a Unicode map to composite TrueType fonts that have none, when they are subsets of the
 * Monotype core fonts (Times New Roman, Arial, Courier New): those keep the standard Macintosh
 * glyph order in their first 258 glyphs, so glyph 37 is "B" and glyph 113 "è". Word's PDFs of UN
 * documents in French set bold headings in such fonts ("PRÉAMBULE", "Champ d’application"); without
 * the map their letters would be dropped. Only the 258 standard glyphs are mapped.
 */
final class CoreFontUnicode {

  private static final Pattern CORE =
      Pattern.compile("(?i)^(?:[A-Z]{6}\\+)?(?:TimesNewRoman|Arial|CourierNew)[A-Za-z,-]*$");

  private CoreFontUnicode() {}

  /** Adds the maps in memory; returns the names of the fonts that got one. */
  static List<String> addMissingMaps(PDDocument pdf) throws IOException {
    Map<COSDictionary, Boolean> seen = new IdentityHashMap<>();
    TreeSet<String> fixed = new TreeSet<>();
    for (PDPage page : pdf.getPages()) {
      COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
      visit(resources, seen, fixed, 0);
    }
    return new ArrayList<>(fixed);
  }

  private static void visit(
      COSDictionary resources, Map<COSDictionary, Boolean> seen, TreeSet<String> fixed, int depth)
      throws IOException {
    if (resources == null || depth > 3 || seen.put(resources, Boolean.TRUE) != null) {
      return;
    }
    COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
    if (fonts != null) {
      for (COSName name : fonts.keySet()) {
        COSBase f = fonts.getDictionaryObject(name);
        if (f instanceof COSDictionary font
            && seen.put(font, Boolean.TRUE) == null
            && needsMap(font)) {
          font.setItem(COSName.TO_UNICODE, map());
          fixed.add(font.getNameAsString(COSName.BASE_FONT));
        }
      }
    }
    COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
    if (xobjects != null) {
      for (COSName name : xobjects.keySet()) {
        if (xobjects.getDictionaryObject(name) instanceof COSStream form
            && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
          visit(form.getCOSDictionary(COSName.RESOURCES), seen, fixed, depth + 1);
        }
      }
    }
  }

  private static boolean needsMap(COSDictionary font) {
    if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
        || font.containsKey(COSName.TO_UNICODE)
        || !COSName.IDENTITY_H.equals(font.getCOSName(COSName.ENCODING))) {
      return false;
    }
    String base = font.getNameAsString(COSName.BASE_FONT);
    if (base == null || !CORE.matcher(base).matches()) {
      return false;
    }
    COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
    if (descendants == null
        || descendants.size() != 1
        || !(descendants.getObject(0) instanceof COSDictionary cid)) {
      return false;
    }
    COSBase cidToGid = cid.getDictionaryObject(COSName.CID_TO_GID_MAP);
    COSDictionary descriptor = cid.getCOSDictionary(COSName.FONT_DESC);
    return COSName.CID_FONT_TYPE2.equals(cid.getCOSName(COSName.SUBTYPE))
        && (cidToGid == null || COSName.IDENTITY.equals(cidToGid))
        && descriptor != null
        && descriptor.containsKey(COSName.FONT_FILE2);
  }

  /**
   * A ToUnicode CMap from glyph index (= CID) to the character its standard Macintosh name means.
   */
  private static COSStream map() throws IOException {
    StringBuilder entries = new StringBuilder();
    int count = 0;
    GlyphList glyphs = GlyphList.getAdobeGlyphList();
    StringBuilder cmap = new StringBuilder();
    cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int gid = 3; gid < WGL4Names.NUMBER_OF_MAC_GLYPHS; gid++) {
      String unicode = glyphs.toUnicode(WGL4Names.getGlyphName(gid));
      if (unicode == null || unicode.length() != 1) {
        continue;
      }
      entries.append(String.format("<%04X> <%04X>%n", gid, (int) unicode.charAt(0)));
      if (++count == 100) {
        cmap.append(count).append(" beginbfchar\n").append(entries).append("endbfchar\n");
        entries.setLength(0);
        count = 0;
      }
    }
    if (count > 0) {
      cmap.append(count).append(" beginbfchar\n").append(entries).append("endbfchar\n");
    }
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    COSStream stream = new COSStream();
    try (OutputStream out = stream.createOutputStream()) {
      out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
    }
    return stream;
  }
}
