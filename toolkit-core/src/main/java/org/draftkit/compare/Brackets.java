package org.draftkit.compare;

import java.util.regex.Pattern;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;

/**
 * Public as an answer of {@link LineageText#brackets}. What is still under negotiation in a
 * paragraph: its {@code [bracketed]} spans (nested brackets count once, by their outermost span)
 * and the "Option 1 / Option 2" or "Alt." alternatives listed under it.
 *
 * @param brackets the outermost bracketed spans in its text
 * @param options the alternatives among its sub-items (or 1 when it is itself an option)
 * @since 0.1
 */
public record Brackets(int brackets, int options) {

  private static final Pattern OPTION =
      Pattern.compile("(?i)^\\s*(option\\s+([0-9]+|[A-Z]|[IVX]+)\\b|alt\\.?\\s*\\d*\\b)");

  /** Nothing left under negotiation. */
  public boolean agreed() {
    return brackets == 0 && options == 0;
  }

  /** The status of a paragraph of {@code doc}. */
  public static Brackets of(Document doc, Paragraph p) {
    int options = isOption(p) ? 1 : 0;
    for (int i = p.index() + 1; i < doc.paragraphs().size(); i++) {
      Paragraph q = doc.paragraphs().get(i);
      if (q.parent() == null || q.parent() < p.index()) {
        break;
      }
      if (q.parent() == p.index() && isOption(q)) {
        options++;
      }
    }
    return new Brackets(spans(p.text()), options);
  }

  /** True for an "Option 2: …" or "Alt. …" paragraph. */
  public static boolean isOption(Paragraph p) {
    return OPTION.matcher(p.text()).find();
  }

  /** The outermost bracketed spans of a text. */
  static int spans(String text) {
    int depth = 0;
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        if (depth++ == 0) {
          n++;
        }
      } else if (c == ']' && depth > 0) {
        depth--;
      }
    }
    return n;
  }

  /** "agreed", "2 brackets", "1 bracket, 3 options", "option". */
  public String describe() {
    if (agreed()) {
      return "agreed";
    }
    StringBuilder sb = new StringBuilder();
    if (brackets > 0) {
      sb.append(brackets).append(brackets == 1 ? " bracket" : " brackets");
    }
    if (options > 0) {
      sb.append(sb.length() > 0 ? ", " : "")
          .append(options)
          .append(options == 1 ? " option" : " options");
    }
    return sb.toString();
  }

  /**
   * What happened to the open points from one revision to the next: "opened" (more brackets or
   * options), "narrowed" (fewer, some left), "resolved" (none left), "dropped" (the paragraph went
   * with points open), or null when nothing changed.
   *
   * @param before the status in the older revision, or null where the paragraph did not exist
   * @param after the status in the newer revision, or null where it does not exist
   */
  public static String event(Brackets before, Brackets after) {
    if (before == null && after == null) {
      return null;
    }
    if (after == null) {
      return before.agreed() ? null : "dropped";
    }
    if (before == null) {
      return after.agreed() ? null : "opened";
    }
    int b = before.brackets + before.options;
    int a = after.brackets + after.options;
    if (after.brackets > before.brackets || after.options > before.options) {
      return "opened";
    }
    if (a < b) {
      return a == 0 ? "resolved" : "narrowed";
    }
    return null;
  }
}
