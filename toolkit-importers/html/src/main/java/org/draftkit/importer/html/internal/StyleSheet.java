package org.draftkit.importer.html.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The class rules of a page's {@code <style>} elements that change how text looks, so that marks
 * set through classes count like inline styles: Google Docs exports strike, bold and italic as
 * {@code <span class="c3">} with {@code .c3{text-decoration:line-through}} in the head, Word as
 * {@code span.MsoFootnoteReference}. Only simple selectors are read ({@code .c3}, {@code span.c3},
 * lists of them); anything more complex is ignored. Immutable.
 */
final class StyleSheet {

  /** A page without class rules. */
  static final StyleSheet EMPTY = new StyleSheet(Map.of());

  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

  /**
   * At-rules with a nested block ({@code @media print { … }}): their rules do not apply to reading.
   */
  private static final Pattern NESTED_AT_RULES =
      Pattern.compile("@[^{};]*\\{(?:[^{}]*\\{[^{}]*\\})*[^{}]*\\}");

  private static final Pattern SIMPLE_AT_RULES = Pattern.compile("@[^{};]*;");
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
  private static final Pattern CLASS_SELECTOR =
      Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9]*)?\\.([A-Za-z_][\\w-]*)$");
  private static final Pattern RELEVANT =
      Pattern.compile("text-decoration|font-weight|font-style|vertical-align|display|visibility");

  private final Map<String, String> byClass;

  private StyleSheet(Map<String, String> byClass) {
    this.byClass = byClass;
  }

  /** Reads the class rules of every {@code <style>} element of the page. */
  static StyleSheet of(Document doc) {
    StringBuilder css = new StringBuilder();
    for (Element style : doc.select("style")) {
      css.append(style.data()).append('\n');
    }
    if (css.length() == 0) {
      return EMPTY;
    }
    String text = COMMENTS.matcher(css).replaceAll(" ");
    text = NESTED_AT_RULES.matcher(text).replaceAll(" ");
    text = SIMPLE_AT_RULES.matcher(text).replaceAll(" ");
    Map<String, String> rules = new HashMap<>();
    Matcher m = RULE.matcher(text);
    while (m.find()) {
      String declarations = m.group(2).strip().toLowerCase(Locale.ROOT);
      if (!RELEVANT.matcher(declarations).find()) {
        continue;
      }
      for (String selector : m.group(1).split(",")) {
        Matcher c = CLASS_SELECTOR.matcher(selector.strip());
        if (c.matches()) {
          rules.merge(c.group(1), declarations, (a, b) -> a + ";" + b);
        }
      }
    }
    return rules.isEmpty() ? EMPTY : new StyleSheet(Map.copyOf(rules));
  }

  /** The declarations that apply to {@code e} through its classes, in class order; "" for none. */
  String declarations(Element e) {
    if (byClass.isEmpty()) {
      return "";
    }
    String classes = e.className();
    if (classes.isBlank()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String c : classes.strip().split("\\s+")) {
      String d = byClass.get(c);
      if (d != null) {
        sb.append(d).append(';');
      }
    }
    return sb.toString();
  }
}
