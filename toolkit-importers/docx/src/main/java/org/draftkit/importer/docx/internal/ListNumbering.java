package org.draftkit.importer.docx.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Word list numbering (numbering.xml) replayed in document order, giving each numbered paragraph
 * the label a reader sees ("66.", "(a)", "IV.").
 *
 * <p>Counters belong to the abstract list definition, so every {@code w:num} pointing at it
 * continues the same sequence; the first paragraph of a {@code w:num} with a {@code startOverride}
 * for that paragraph's level restarts the count there ("Restart numbering" in Word), and only
 * there: the other levels keep counting (as Word and LibreOffice show the UNFCCC drafts, whose
 * chapters run on across restarted sub-lists). A level restarts when a higher level is used unless
 * its {@code lvlRestart} says otherwise; {@code isLgl} shows the referenced levels as decimals; a
 * {@code lvlOverride} with its own {@code w:lvl} replaces the level for that {@code w:num}; a
 * {@code numStyleLink} is followed to the style that carries the real definition.
 *
 * <p>One instance per document read; not thread-safe.
 */
final class ListNumbering {

  /** A resolved level definition. */
  record Level(
      int start, String format, String text, Integer restart, boolean legal, String pStyle) {}

  /** The label of one numbered paragraph. */
  record Label(String text, String format, int value, int level, String listId) {
    boolean isBullet() {
      return "bullet".equals(format);
    }
  }

  private static final int LEVELS = 9;

  private final Map<String, Level[]> abstractLevels = new HashMap<>();
  private final Map<String, String> abstractNumStyleLink = new HashMap<>();
  private final Map<String, String> numToAbstract = new HashMap<>();
  private final Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();
  private final Map<String, Map<Integer, Level>> levelOverrides = new HashMap<>();
  private final Function<String, String> styleNumId;

  private final Map<String, Integer[]> counters = new HashMap<>();
  private final Set<String> numsSeen = new HashSet<>();

  /**
   * @param styleNumId gives the numId a paragraph style carries (for numStyleLink), or null
   */
  ListNumbering(Function<String, String> styleNumId) {
    this.styleNumId = styleNumId;
  }

  /** Reads numbering.xml (the reader before or on the w:numbering root). */
  static ListNumbering read(XMLStreamReader r, Function<String, String> styleNumId)
      throws XMLStreamException {
    ListNumbering n = new ListNumbering(styleNumId);
    Xml.toRoot(r);
    while (Xml.nextChild(r)) {
      if (Xml.is(r, "abstractNum")) {
        n.abstractNum(r);
      } else if (Xml.is(r, "num")) {
        n.num(r);
      } else {
        Xml.skip(r);
      }
    }
    return n;
  }

  private void abstractNum(XMLStreamReader r) throws XMLStreamException {
    String id = Xml.attr(r, "abstractNumId");
    Level[] levels = new Level[LEVELS];
    while (Xml.nextChild(r)) {
      if (Xml.is(r, "lvl")) {
        Integer ilvl = Xml.intAttr(r, "ilvl");
        Level l = level(r);
        if (ilvl != null && ilvl >= 0 && ilvl < LEVELS) {
          levels[ilvl] = l;
        }
      } else if (Xml.is(r, "numStyleLink")) {
        String style = Xml.attr(r, "val");
        if (id != null && style != null) {
          abstractNumStyleLink.put(id, style);
        }
        Xml.skip(r);
      } else {
        Xml.skip(r);
      }
    }
    if (id != null) {
      abstractLevels.putIfAbsent(id, levels);
    }
  }

  private void num(XMLStreamReader r) throws XMLStreamException {
    String numId = Xml.attr(r, "numId");
    while (Xml.nextChild(r)) {
      if (Xml.is(r, "abstractNumId")) {
        String abs = Xml.attr(r, "val");
        if (numId != null && abs != null) {
          numToAbstract.put(numId, abs);
        }
        Xml.skip(r);
      } else if (Xml.is(r, "lvlOverride") && numId != null) {
        Integer ilvl = Xml.intAttr(r, "ilvl");
        int level = ilvl == null ? 0 : ilvl;
        while (Xml.nextChild(r)) {
          if (Xml.is(r, "startOverride")) {
            Integer v = Xml.intAttr(r, "val");
            if (v != null && level >= 0 && level < LEVELS) {
              startOverrides.computeIfAbsent(numId, k -> new HashMap<>()).put(level, v);
            }
            Xml.skip(r);
          } else if (Xml.is(r, "lvl")) {
            Level l = level(r);
            if (level >= 0 && level < LEVELS) {
              levelOverrides.computeIfAbsent(numId, k -> new HashMap<>()).put(level, l);
            }
          } else {
            Xml.skip(r);
          }
        }
      } else {
        Xml.skip(r);
      }
    }
  }

  /** Reads a w:lvl up to its end tag. */
  private static Level level(XMLStreamReader r) throws XMLStreamException {
    int start = 0;
    String format = "decimal";
    String text = null;
    Integer restart = null;
    boolean legal = false;
    String pStyle = null;
    while (Xml.nextChild(r)) {
      if (Xml.wordNs(r.getNamespaceURI())) {
        switch (r.getLocalName()) {
          case "start" -> {
            Integer v = Xml.intAttr(r, "val");
            start = v == null ? 0 : v;
          }
          case "numFmt" -> {
            String v = Xml.attr(r, "val");
            format = v == null ? "decimal" : v;
          }
          case "lvlText" -> text = Xml.attr(r, "val");
          case "lvlRestart" -> restart = Xml.intAttr(r, "val");
          case "isLgl" -> legal = Xml.toggle(Xml.attr(r, "val"));
          case "pStyle" -> pStyle = Xml.attr(r, "val");
          default -> {}
        }
      }
      Xml.skip(r);
    }
    return new Level(start, format, text, restart, legal, pStyle);
  }

  /** True when the document defines this numId (and it is not 0, "no numbering"). */
  boolean defines(String numId) {
    return numId != null && !"0".equals(numId) && numToAbstract.containsKey(numId);
  }

  /** The level of the list behind {@code numId} that is bound to a paragraph style, or -1. */
  int levelForStyle(String numId, String styleId) {
    Level[] levels = abstractLevels.get(abstractFor(numId));
    if (levels == null || styleId == null) {
      return -1;
    }
    for (int i = 0; i < levels.length; i++) {
      if (levels[i] != null && styleId.equals(levels[i].pStyle())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Counts one paragraph of list {@code numId} at level {@code ilvl} and returns its label, or null
   * when the list or level is undefined.
   */
  Label next(String numId, int ilvl) {
    if (!defines(numId) || ilvl < 0 || ilvl >= LEVELS) {
      return null;
    }
    String absId = abstractFor(numId);
    Level level = level(numId, absId, ilvl);
    if (level == null) {
      return null;
    }
    Integer[] values = counters.computeIfAbsent(absId, k -> new Integer[LEVELS]);
    Integer restartAt =
        numsSeen.add(numId) ? startOverrides.getOrDefault(numId, Map.of()).get(ilvl) : null;
    if (restartAt != null) {
      values[ilvl] = restartAt;
    } else {
      values[ilvl] = values[ilvl] == null ? start(numId, absId, ilvl) : values[ilvl] + 1;
    }
    for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      Level d = level(numId, absId, deeper);
      Integer restart = d == null ? null : d.restart();
      if (restart == null || (restart != 0 && ilvl < restart)) {
        values[deeper] = null;
      }
    }
    String text = render(numId, absId, level, values);
    return new Label(text, level.format(), values[ilvl], ilvl, absId);
  }

  private String render(String numId, String absId, Level level, Integer[] values) {
    String pattern = level.text();
    if (pattern == null) {
      return "";
    }
    if ("bullet".equals(level.format())) {
      return pattern;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%'
          && i + 1 < pattern.length()
          && pattern.charAt(i + 1) >= '1'
          && pattern.charAt(i + 1) <= '9') {
        int ref = pattern.charAt(i + 1) - '1';
        i++;
        Level refLevel = level(numId, absId, ref);
        int v = values[ref] != null ? values[ref] : refLevel == null ? 1 : start(numId, absId, ref);
        String fmt = refLevel == null ? "decimal" : refLevel.format();
        if (level.legal() && !"decimalZero".equals(fmt)) {
          fmt = "decimal";
        }
        sb.append(format(v, fmt));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private int start(String numId, String absId, int ilvl) {
    Integer o = startOverrides.getOrDefault(numId, Map.of()).get(ilvl);
    if (o != null) {
      return o;
    }
    Level l = level(numId, absId, ilvl);
    return l == null ? 1 : l.start();
  }

  private Level level(String numId, String absId, int ilvl) {
    Level o = levelOverrides.getOrDefault(numId, Map.of()).get(ilvl);
    if (o != null) {
      return o;
    }
    Level[] levels = abstractLevels.get(absId);
    return levels == null ? null : levels[ilvl];
  }

  private String abstractFor(String numId) {
    String absId = numToAbstract.get(numId);
    for (int hops = 0; hops < 4 && absId != null; hops++) {
      String style = abstractNumStyleLink.get(absId);
      if (style == null || styleNumId == null) {
        break;
      }
      String linkedNum = styleNumId.apply(style);
      String linkedAbs = linkedNum == null ? null : numToAbstract.get(linkedNum);
      if (linkedAbs == null || linkedAbs.equals(absId)) {
        break;
      }
      absId = linkedAbs;
    }
    return absId;
  }

  /** Formats a counter value in a Word number format ("decimal", "lowerLetter", "upperRoman" …). */
  static String format(int value, String format) {
    switch (format == null ? "decimal" : format) {
      case "none":
        return "";
      case "lowerLetter":
        return letters(value).toLowerCase(Locale.ROOT);
      case "upperLetter":
        return letters(value);
      case "lowerRoman":
        return roman(value).toLowerCase(Locale.ROOT);
      case "upperRoman":
        return roman(value);
      case "decimalZero":
        return value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
      case "ordinal":
        return value + ordinalSuffix(value);
      case "decimalEnclosedParen":
        return "(" + value + ")";
      case "decimalEnclosedFullstop":
        return value + ".";
      case "hindiNumbers":
      case "arabicAbjad":
        return shiftDigits(value, '\u0660');
      case "decimalFullWidth":
      case "decimalFullWidth2":
        return shiftDigits(value, '\uFF10');
      default:
        return Integer.toString(value);
    }
  }

  private static String letters(int value) {
    if (value <= 0) {
      return Integer.toString(value);
    }
    char c = (char) ('A' + (value - 1) % 26);
    return String.valueOf(c).repeat((value - 1) / 26 + 1);
  }

  private static String roman(int value) {
    if (value <= 0 || value >= 4000) {
      return Integer.toString(value);
    }
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    int n = value;
    for (int i = 0; i < v.length; i++) {
      while (n >= v[i]) {
        sb.append(s[i]);
        n -= v[i];
      }
    }
    return sb.toString();
  }

  private static String ordinalSuffix(int n) {
    int mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  private static String shiftDigits(int value, char zero) {
    String d = Integer.toString(value);
    StringBuilder sb = new StringBuilder();
    for (char c : d.toCharArray()) {
      sb.append(Character.isDigit(c) ? (char) (zero + (c - '0')) : c);
    }
    return sb.toString();
  }

  /** The numbering formats whose labels are list bullets rather than numbers. */
  static boolean isBulletFormat(String format) {
    return List.of("bullet", "none").contains(format);
  }
}
