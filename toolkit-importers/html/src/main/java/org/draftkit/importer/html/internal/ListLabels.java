package org.draftkit.importer.html.internal;

import java.util.List;
import java.util.Locale;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.ParagraphNumber.Scheme;
import org.jsoup.nodes.Element;

/**
 * The label a browser shows for an ordered-list item: {@code <ol start type reversed>}, {@code <li
 * value>} and the CSS {@code list-style-type} of the list.
 */
final class ListLabels {

  /** How an ordered list counts. */
  enum Style {
    DECIMAL,
    LOWER_ALPHA,
    UPPER_ALPHA,
    LOWER_ROMAN,
    UPPER_ROMAN,
    NONE
  }

  /** The counting state of one open list. Not thread-safe; one per list per import. */
  static final class Counter {
    final boolean ordered;
    final Style style;
    final boolean reversed;
    int next;

    /** The block index of the list item that contains this list, or -1 at the top. */
    final int ownerBlock;

    /** The depth of nested lists (0 for a top-level list). */
    final int depth;

    Counter(boolean ordered, Style style, boolean reversed, int start, int ownerBlock, int depth) {
      this.ordered = ordered;
      this.style = style;
      this.reversed = reversed;
      this.next = start;
      this.ownerBlock = ownerBlock;
      this.depth = depth;
    }

    /** The label of the next item ({@code <li value>} resets the count), or null for bullets. */
    ParagraphNumber take(Element li) {
      String value = li.attr("value").strip();
      if (!value.isEmpty() && value.matches("-?\\d{1,6}")) {
        next = Integer.parseInt(value);
      }
      int n = next;
      next += reversed ? -1 : 1;
      Style s = styleOf(li, ordered ? style : Style.NONE);
      return s == Style.NONE ? null : format(n, s);
    }
  }

  private ListLabels() {}

  /** Opens a list element ({@code <ol>} or {@code <ul>}). */
  static Counter open(Element list, int ownerBlock, int depth) {
    boolean ordered = list.normalName().equals("ol");
    Style style = ordered ? typeStyle(list.attr("type"), Style.DECIMAL) : Style.NONE;
    style = styleOf(list, style);
    boolean reversed = list.hasAttr("reversed");
    int items = 0;
    if (reversed) {
      for (Element c : list.children()) {
        if (c.normalName().equals("li")) {
          items++;
        }
      }
    }
    int start = reversed ? Math.max(items, 1) : 1;
    String s = list.attr("start").strip();
    if (s.matches("-?\\d{1,6}")) {
      start = Integer.parseInt(s);
    }
    return new Counter(ordered, style, reversed, start, ownerBlock, depth);
  }

  private static Style typeStyle(String type, Style fallback) {
    return switch (type.strip()) {
      case "1" -> Style.DECIMAL;
      case "a" -> Style.LOWER_ALPHA;
      case "A" -> Style.UPPER_ALPHA;
      case "i" -> Style.LOWER_ROMAN;
      case "I" -> Style.UPPER_ROMAN;
      default -> fallback;
    };
  }

  /** The style after a {@code type} attribute on an item and CSS {@code list-style(-type)}. */
  private static Style styleOf(Element e, Style fallback) {
    Style s = e.normalName().equals("li") ? typeStyle(e.attr("type"), fallback) : fallback;
    String css = e.attr("style").toLowerCase(Locale.ROOT);
    if (css.isEmpty()) {
      return s;
    }
    for (String declaration : css.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String property = declaration.substring(0, colon).strip();
      if (!property.equals("list-style-type") && !property.equals("list-style")) {
        continue;
      }
      for (String word : declaration.substring(colon + 1).strip().split("\\s+")) {
        switch (word) {
          case "decimal", "decimal-leading-zero" -> s = Style.DECIMAL;
          case "lower-alpha", "lower-latin" -> s = Style.LOWER_ALPHA;
          case "upper-alpha", "upper-latin" -> s = Style.UPPER_ALPHA;
          case "lower-roman" -> s = Style.LOWER_ROMAN;
          case "upper-roman" -> s = Style.UPPER_ROMAN;
          case "none", "disc", "circle", "square" -> s = Style.NONE;
          default -> {
            // images and positions do not change the counter style
          }
        }
      }
    }
    return s;
  }

  /** The normalised label of item {@code n} in a style ("66", "(a)", "(iv)", "B", "IV"). */
  static ParagraphNumber format(int n, Style style) {
    if (n <= 0 && style != Style.DECIMAL) {
      // browsers fall back to decimal outside the alphabetic and roman ranges
      style = Style.DECIMAL;
    }
    return switch (style) {
      case DECIMAL, NONE ->
          n >= 0
              ? ParagraphNumber.arabic(n, 0)
              : new ParagraphNumber(Scheme.OTHER, List.of(), 0, Integer.toString(n));
      case LOWER_ALPHA ->
          new ParagraphNumber(Scheme.LOWER_LETTER, List.of(n), 0, "(" + alpha(n) + ")");
      case UPPER_ALPHA ->
          new ParagraphNumber(
              Scheme.UPPER_LETTER, List.of(n), 0, alpha(n).toUpperCase(Locale.ROOT));
      case LOWER_ROMAN ->
          new ParagraphNumber(
              Scheme.LOWER_ROMAN, List.of(n), 0, "(" + roman(n).toLowerCase(Locale.ROOT) + ")");
      case UPPER_ROMAN -> new ParagraphNumber(Scheme.UPPER_ROMAN, List.of(n), 0, roman(n));
    };
  }

  /** 1 → a, 26 → z, 27 → aa, 28 → ab (CSS lower-alpha). */
  static String alpha(int n) {
    StringBuilder sb = new StringBuilder();
    int v = n;
    while (v > 0) {
      v--;
      sb.append((char) ('a' + v % 26));
      v /= 26;
    }
    return sb.reverse().toString();
  }

  /** 4 → IV; values past 3999 stay decimal, as browsers show them. */
  static String roman(int n) {
    if (n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    int v = n;
    for (int i = 0; i < values.length; i++) {
      while (v >= values[i]) {
        sb.append(symbols[i]);
        v -= values[i];
      }
    }
    return sb.toString();
  }
}
