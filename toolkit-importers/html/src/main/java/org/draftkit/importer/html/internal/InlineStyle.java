package org.draftkit.importer.html.internal;

import java.util.EnumSet;
import java.util.Locale;
import org.draftkit.model.Mark;
import org.jsoup.nodes.Element;

/**
 * The marks an element adds to (or removes from) the text inside it: its tag ({@code <del>}, {@code
 * <b>} …) and its inline {@code style} ({@code text-decoration: line-through}, {@code font-weight:
 * bold}).
 */
final class InlineStyle {

  private InlineStyle() {}

  /**
   * The marks of text inside {@code e}, given the marks of text around it and the page's class
   * rules.
   */
  static EnumSet<Mark> apply(Element e, EnumSet<Mark> outer, StyleSheet sheet) {
    EnumSet<Mark> marks = EnumSet.copyOf(outer);
    switch (e.normalName()) {
      case "b", "strong" -> marks.add(Mark.BOLD);
      case "i", "em" -> marks.add(Mark.ITALIC);
      case "u" -> marks.add(Mark.UNDERLINE);
      case "s", "strike" -> marks.add(Mark.STRIKE);
      case "del" -> marks.add(Mark.DELETE);
      case "ins" -> marks.add(Mark.INSERT);
      case "sup" -> marks.add(Mark.SUPERSCRIPT);
      default -> {
        // other elements mark nothing by themselves
      }
    }
    String classStyle = sheet.declarations(e);
    if (!classStyle.isEmpty()) {
      applyCss(classStyle, marks);
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      applyCss(style.toLowerCase(Locale.ROOT), marks);
    }
    return marks;
  }

  private static void applyCss(String style, EnumSet<Mark> marks) {
    for (String declaration : style.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String property = declaration.substring(0, colon).strip();
      String value = declaration.substring(colon + 1).replace("!important", "").strip();
      switch (property) {
        case "text-decoration", "text-decoration-line" -> {
          // decorations propagate to descendants: "none" cannot remove an outer one
          if (value.contains("line-through")) {
            marks.add(Mark.STRIKE);
          }
          if (value.contains("underline")) {
            marks.add(Mark.UNDERLINE);
          }
        }
        case "font-weight" -> {
          if (isBold(value)) {
            marks.add(Mark.BOLD);
          } else if (value.equals("normal") || value.equals("lighter") || isLight(value)) {
            marks.remove(Mark.BOLD);
          }
        }
        case "font-style" -> {
          if (value.startsWith("italic") || value.startsWith("oblique")) {
            marks.add(Mark.ITALIC);
          } else if (value.equals("normal")) {
            marks.remove(Mark.ITALIC);
          }
        }
        case "vertical-align" -> {
          if (value.equals("super")) {
            marks.add(Mark.SUPERSCRIPT);
          } else if (value.equals("baseline")) {
            marks.remove(Mark.SUPERSCRIPT);
          }
        }
        default -> {
          // other properties do not change marks
        }
      }
    }
  }

  private static boolean isBold(String value) {
    if (value.equals("bold") || value.equals("bolder")) {
      return true;
    }
    return weight(value) >= 600;
  }

  private static boolean isLight(String value) {
    int w = weight(value);
    return w > 0 && w < 600;
  }

  private static int weight(String value) {
    if (value.length() == 3 && value.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(value);
    }
    return 0;
  }

  /**
   * True when an element's style or classes hide it ({@code display:none}, {@code
   * visibility:hidden}).
   */
  static boolean hides(Element e, StyleSheet sheet) {
    String style = e.attr("style") + ";" + sheet.declarations(e);
    if (style.length() == 1) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
