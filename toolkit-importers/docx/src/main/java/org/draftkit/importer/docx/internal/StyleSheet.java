package org.draftkit.importer.docx.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.PPr;
import org.docx4j.wml.RPrAbstract;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.docx4j.wml.UnderlineEnumeration;

/**
 * The document's styles (styles.xml) reduced to what the importer needs: the run formatting a
 * paragraph or character style gives (with {@code basedOn} inheritance), a paragraph style's list
 * numbering and outline level, and whether it is a heading style. One instance per document read.
 */
final class StyleSheet {

  /** Numbering carried by a paragraph style: the numId and the level (-1 when the style does not say). */
  record StyleNumbering(String numId, int ilvl) {}

  private static final Pattern HEADING_NAME = Pattern.compile(
      "(?i)^(heading\\s*[1-9]|title|subtitle|_\\s*H\\s*_.*)$");

  private final Map<String, Style> styles = new HashMap<>();
  private final RunFormat defaults;
  private final String defaultParagraphStyle;
  private final Map<String, RunFormat> resolved = new HashMap<>();
  private final Map<String, Integer> outlineLevels = new HashMap<>();

  StyleSheet(Styles content) {
    RunFormat d = RunFormat.NONE;
    String defaultPara = null;
    if (content != null) {
      for (Style s : content.getStyle()) {
        if (s.getStyleId() != null) {
          styles.put(s.getStyleId(), s);
          if (s.isDefault() && "paragraph".equals(s.getType())) {
            defaultPara = s.getStyleId();
          }
        }
      }
      if (content.getDocDefaults() != null && content.getDocDefaults().getRPrDefault() != null) {
        d = of(content.getDocDefaults().getRPrDefault().getRPr());
      }
    }
    defaults = d;
    defaultParagraphStyle = defaultPara;
  }

  /** The style a paragraph uses: its own, else the document's default paragraph style. */
  String paragraphStyle(PPr pPr) {
    if (pPr != null && pPr.getPStyle() != null && pPr.getPStyle().getVal() != null) {
      return pPr.getPStyle().getVal();
    }
    return defaultParagraphStyle;
  }

  /** The formatting runs of a paragraph in {@code styleId} start with (defaults included). */
  RunFormat paragraphRunFormat(String styleId) {
    return defaults.overlay(chain(styleId));
  }

  /** The formatting a character style applies, before toggling against the paragraph's. */
  RunFormat characterFormat(String styleId) {
    return chain(styleId);
  }

  private RunFormat chain(String styleId) {
    if (styleId == null) {
      return RunFormat.NONE;
    }
    RunFormat cached = resolved.get(styleId);
    if (cached != null) {
      return cached;
    }
    RunFormat f = RunFormat.NONE;
    String id = styleId;
    // collect leaf → root, then apply root → leaf
    java.util.ArrayDeque<Style> stack = new java.util.ArrayDeque<>();
    for (int hops = 0; hops < 20 && id != null; hops++) {
      Style s = styles.get(id);
      if (s == null) {
        break;
      }
      stack.push(s);
      id = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
    }
    while (!stack.isEmpty()) {
      Style s = stack.pop();
      f = f.overlay(of(s.getRPr()));
    }
    resolved.put(styleId, f);
    return f;
  }

  /**
   * The list numbering a paragraph style carries, or null. The numId and the level are inherited
   * separately through {@code basedOn}: a style may set only the level and take the list from
   * the style it is based on.
   */
  StyleNumbering numbering(String styleId) {
    String numId = null;
    int ilvl = -1;
    String id = styleId;
    for (int hops = 0; hops < 20 && id != null && (numId == null || ilvl < 0); hops++) {
      Style s = styles.get(id);
      if (s == null) {
        break;
      }
      PPr p = s.getPPr();
      if (p != null && p.getNumPr() != null) {
        if (numId == null && p.getNumPr().getNumId() != null && p.getNumPr().getNumId().getVal() != null) {
          numId = p.getNumPr().getNumId().getVal().toString();
        }
        if (ilvl < 0 && p.getNumPr().getIlvl() != null && p.getNumPr().getIlvl().getVal() != null) {
          ilvl = p.getNumPr().getIlvl().getVal().intValue();
        }
      }
      id = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
    }
    return numId == null ? null : new StyleNumbering(numId, ilvl);
  }

  /** The numId a paragraph style carries (for numStyleLink), or null. */
  String numIdOf(String styleId) {
    StyleNumbering n = numbering(styleId);
    return n == null ? null : n.numId();
  }

  /** The outline level (0–8) of a paragraph style chain, or -1 for body text. */
  int outlineLevel(String styleId) {
    if (styleId == null) {
      return -1;
    }
    Integer cached = outlineLevels.get(styleId);
    if (cached != null) {
      return cached;
    }
    int result = -1;
    String id = styleId;
    for (int hops = 0; hops < 20 && id != null; hops++) {
      Style s = styles.get(id);
      if (s == null) {
        break;
      }
      PPr p = s.getPPr();
      if (p != null && p.getOutlineLvl() != null && p.getOutlineLvl().getVal() != null) {
        int v = p.getOutlineLvl().getVal().intValue();
        result = v < 9 ? v : -1;
        break;
      }
      String name = s.getName() == null ? "" : s.getName().getVal();
      if (name != null && HEADING_NAME.matcher(name.strip()).matches()) {
        result = headingLevelFromName(name);
        break;
      }
      id = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
    }
    outlineLevels.put(styleId, result);
    return result;
  }

  private static int headingLevelFromName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < n.length(); i++) {
      if (Character.isDigit(n.charAt(i))) {
        return Math.max(0, n.charAt(i) - '1');
      }
    }
    return 0;
  }

  /** The run formatting written on one rPr (direct formatting or a style's). */
  static RunFormat of(RPrAbstract r) {
    if (r == null) {
      return RunFormat.NONE;
    }
    Boolean underline = null;
    if (r.getU() != null) {
      UnderlineEnumeration u = r.getU().getVal();
      underline = u == null || u != UnderlineEnumeration.NONE;
    }
    Boolean superscript = null;
    if (r.getVertAlign() != null && r.getVertAlign().getVal() != null) {
      superscript = "superscript".equals(r.getVertAlign().getVal().value());
    }
    return new RunFormat(bool(r.getB()), bool(r.getI()), bool(r.getStrike()), bool(r.getDstrike()),
        underline, bool(r.getVanish()), superscript);
  }

  private static Boolean bool(BooleanDefaultTrue b) {
    return b == null ? null : b.isVal();
  }
}
