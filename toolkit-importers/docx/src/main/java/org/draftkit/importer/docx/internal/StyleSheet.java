package org.draftkit.importer.docx.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The document's styles (styles.xml) reduced to what the importer needs: the run formatting a
 * paragraph or character style gives (with {@code basedOn} inheritance), a paragraph style's list
 * numbering and outline level, and whether it is a heading style. One instance per document read.
 */
final class StyleSheet {

  /**
   * Numbering carried by a paragraph style: the numId and the level (-1 when the style does not
   * say).
   */
  record StyleNumbering(String numId, int ilvl) {}

  /** One w:style, as far as it matters here. */
  private record Style(
      String id,
      String type,
      boolean isDefault,
      String name,
      String basedOn,
      String numId,
      int ilvl,
      Integer outlineLevel,
      RunFormat format) {}

  private static final Pattern HEADING_NAME =
      Pattern.compile("(?i)^(heading\\s*[1-9]|title|subtitle|_\\s*H\\s*_.*)$");

  /** A style sheet for a document without a styles part. */
  static StyleSheet empty() {
    return new StyleSheet(Map.of(), RunFormat.NONE, null);
  }

  private final Map<String, Style> styles;
  private final RunFormat defaults;
  private final String defaultParagraphStyle;
  private final Map<String, RunFormat> resolved = new HashMap<>();
  private final Map<String, Integer> outlineLevels = new HashMap<>();

  private StyleSheet(Map<String, Style> styles, RunFormat defaults, String defaultParagraphStyle) {
    this.styles = styles;
    this.defaults = defaults;
    this.defaultParagraphStyle = defaultParagraphStyle;
  }

  /** Reads styles.xml (the reader before or on the w:styles root). */
  static StyleSheet read(XMLStreamReader r) throws XMLStreamException {
    Xml.toRoot(r);
    Map<String, Style> styles = new HashMap<>();
    RunFormat defaults = RunFormat.NONE;
    String defaultPara = null;
    while (Xml.nextChild(r)) {
      if (Xml.is(r, "docDefaults")) {
        while (Xml.nextChild(r)) {
          if (Xml.is(r, "rPrDefault")) {
            while (Xml.nextChild(r)) {
              if (Xml.is(r, "rPr")) {
                defaults = Xml.runProperties(r).format();
              } else {
                Xml.skip(r);
              }
            }
          } else {
            Xml.skip(r);
          }
        }
      } else if (Xml.is(r, "style")) {
        Style s = style(r);
        if (s.id() != null) {
          styles.putIfAbsent(s.id(), s);
          if (defaultPara == null && s.isDefault() && "paragraph".equals(s.type())) {
            defaultPara = s.id();
          }
        }
      } else {
        Xml.skip(r);
      }
    }
    return new StyleSheet(styles, defaults, defaultPara);
  }

  private static Style style(XMLStreamReader r) throws XMLStreamException {
    String id = Xml.attr(r, "styleId");
    String type = Xml.attr(r, "type");
    boolean isDefault = Xml.bool(Xml.attr(r, "default"));
    String name = null;
    String basedOn = null;
    String numId = null;
    int ilvl = -1;
    Integer outline = null;
    RunFormat format = RunFormat.NONE;
    while (Xml.nextChild(r)) {
      if (!Xml.wordNs(r.getNamespaceURI())) {
        Xml.skip(r);
        continue;
      }
      switch (r.getLocalName()) {
        case "name" -> {
          name = Xml.attr(r, "val");
          Xml.skip(r);
        }
        case "basedOn" -> {
          basedOn = Xml.attr(r, "val");
          Xml.skip(r);
        }
        case "rPr" -> format = Xml.runProperties(r).format();
        case "pPr" -> {
          while (Xml.nextChild(r)) {
            if (Xml.is(r, "numPr")) {
              while (Xml.nextChild(r)) {
                if (Xml.is(r, "numId")) {
                  numId = Xml.attr(r, "val");
                } else if (Xml.is(r, "ilvl")) {
                  Integer v = Xml.intAttr(r, "val");
                  ilvl = v == null ? -1 : v;
                }
                Xml.skip(r);
              }
            } else if (Xml.is(r, "outlineLvl")) {
              outline = Xml.intAttr(r, "val");
              Xml.skip(r);
            } else {
              Xml.skip(r);
            }
          }
        }
        default -> Xml.skip(r);
      }
    }
    return new Style(id, type, isDefault, name, basedOn, numId, ilvl, outline, format);
  }

  /** The document's default paragraph style (used when a paragraph names none), or null. */
  String defaultParagraphStyle() {
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
    ArrayDeque<Style> stack = new ArrayDeque<>(); // leaf → root, applied root → leaf
    String id = styleId;
    for (int hops = 0; hops < 20 && id != null; hops++) {
      Style s = styles.get(id);
      if (s == null) {
        break;
      }
      stack.push(s);
      id = s.basedOn();
    }
    RunFormat f = RunFormat.NONE;
    while (!stack.isEmpty()) {
      f = f.overlay(stack.pop().format());
    }
    resolved.put(styleId, f);
    return f;
  }

  /**
   * The list numbering a paragraph style carries, or null. The numId and the level are inherited
   * separately through {@code basedOn}: a style may set only the level and take the list from the
   * style it is based on.
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
      if (numId == null && s.numId() != null) {
        numId = s.numId();
      }
      if (ilvl < 0 && s.ilvl() >= 0) {
        ilvl = s.ilvl();
      }
      id = s.basedOn();
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
      if (s.outlineLevel() != null) {
        result = s.outlineLevel() < 9 ? s.outlineLevel() : -1;
        break;
      }
      String name = s.name() == null ? "" : s.name().strip();
      if (HEADING_NAME.matcher(name).matches()) {
        result = headingLevelFromName(name);
        break;
      }
      id = s.basedOn();
    }
    outlineLevels.put(styleId, result);
    return result;
  }

  private static int headingLevelFromName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < n.length(); i++) {
      if (Character.isDigit(n.charAt(i))) {
        return Math.max(0, n.charAt(i) - '1');
      }
    }
    return 0;
  }
}
