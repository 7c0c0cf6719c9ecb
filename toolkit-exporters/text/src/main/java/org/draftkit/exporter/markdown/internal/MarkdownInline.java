package org.draftkit.exporter.markdown.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * Renders runs as inline Markdown in the convention stakeholders use: struck or deleted text as
 * {@code ~~x~~}, inserted or bold text as {@code **x**}, italic as {@code *x*}, underline as {@code
 * <u>x</u>}, superscript as {@code <sup>x</sup>}, footnote references as {@code [^1]}. Plain text
 * is escaped so that a CommonMark reader gives back the same characters.
 *
 * <p>Delimiters nest in a fixed order and never enclose white space at their edges (it is moved
 * outside, where CommonMark needs it). Where a CommonMark reader would not pair the delimiters as
 * written (inside a word, {@code a**"b"**c}, or between punctuation) the span is written with the
 * equivalent HTML tag instead ({@code <strong>}, {@code <em>}, {@code <del>}). Stateless and
 * thread-safe.
 */
public final class MarkdownInline {
  private MarkdownInline() {}

  /** The inline styles, outermost first; {@code delimiter} is null where only HTML exists. */
  enum Style {
    STRIKE("~~", "<del>", "</del>"),
    STRONG("**", "<strong>", "</strong>"),
    EMPHASIS("*", "<em>", "</em>"),
    UNDERLINE(null, "<u>", "</u>"),
    SUPERSCRIPT(null, "<sup>", "</sup>");

    final String delimiter;
    final String htmlOpen;
    final String htmlClose;

    Style(String delimiter, String htmlOpen, String htmlClose) {
      this.delimiter = delimiter;
      this.htmlOpen = htmlOpen;
      this.htmlClose = htmlClose;
    }

    boolean starFamily() {
      return this == STRONG || this == EMPHASIS;
    }
  }

  private sealed interface Tok permits Text, Ref, Open, Close {}

  private record Text(String raw) implements Tok {}

  private record Ref(String key) implements Tok {}

  private record Open(Style style) implements Tok {}

  private record Close(Style style) implements Tok {}

  private enum CharClass {
    SPACE,
    PUNCT,
    OTHER
  }

  /**
   * Renders runs as one paragraph's inline Markdown. Line breaks inside the text become hard breaks
   * ({@code \} at the end of the line); the caller indents the lines that follow. White space at
   * the start and end is left out, as a Markdown reader would drop it.
   *
   * @param runs the runs
   * @param footnoteKeys footnote label → Markdown footnote key, for references to known footnotes
   * @param heading true inside an ATX heading (then {@code #} is escaped and line breaks become
   *     spaces)
   */
  public static String render(List<Run> runs, Map<String, String> footnoteKeys, boolean heading) {
    List<Tok> toks = simplify(tokens(runs, footnoteKeys, heading));
    // white space at the edges of a paragraph cannot be written in Markdown: leave it out
    if (!toks.isEmpty() && toks.get(0) instanceof Text first) {
      toks.set(0, new Text(first.raw().substring(leadingSpace(first.raw()))));
    }
    if (!toks.isEmpty() && toks.get(toks.size() - 1) instanceof Text last) {
      String raw = last.raw();
      toks.set(toks.size() - 1, new Text(raw.substring(0, raw.length() - trailingSpace(raw))));
    }
    return emit(simplify(toks), heading);
  }

  /** Escapes plain text (no marks) for use at the start of a Markdown line. */
  public static String escape(String raw, boolean heading) {
    return escapeText(raw, true, heading);
  }

  /**
   * A footnote key inside {@code [^…]}: Markdown punctuation escaped so that it reads back as
   * written.
   */
  public static String escapeKey(String key) {
    return escapeText(key, false, false);
  }

  private static List<Tok> tokens(
      List<Run> runs, Map<String, String> footnoteKeys, boolean heading) {
    List<Tok> toks = new ArrayList<>();
    List<Style> stack = new ArrayList<>();
    for (Run r : runs) {
      String key =
          r.has(Mark.FOOTNOTE_REFERENCE) && r.ref() != null ? footnoteKeys.get(r.ref()) : null;
      String text = normalizeBreaks(r.text(), heading);
      if (key == null && text.isEmpty()) {
        continue;
      }
      EnumSet<Style> want = styles(r, key != null);
      int keep = 0;
      while (keep < stack.size() && want.contains(stack.get(keep))) {
        keep++;
      }
      for (int i = stack.size() - 1; i >= keep; i--) {
        toks.add(new Close(stack.remove(i)));
      }
      for (Style s : want) {
        if (!stack.contains(s)) {
          stack.add(s);
          toks.add(new Open(s));
        }
      }
      toks.add(key != null ? new Ref(key) : new Text(text));
    }
    for (int i = stack.size() - 1; i >= 0; i--) {
      toks.add(new Close(stack.get(i)));
    }
    return toks;
  }

  private static EnumSet<Style> styles(Run r, boolean footnoteReference) {
    EnumSet<Style> s = EnumSet.noneOf(Style.class);
    if (r.has(Mark.STRIKE) || r.has(Mark.DELETE) || r.has(Mark.MOVE_FROM)) {
      s.add(Style.STRIKE);
    }
    if (r.has(Mark.BOLD) || r.has(Mark.INSERT) || r.has(Mark.MOVE_TO)) {
      s.add(Style.STRONG);
    }
    if (r.has(Mark.ITALIC)) {
      s.add(Style.EMPHASIS);
    }
    if (r.has(Mark.UNDERLINE)) {
      s.add(Style.UNDERLINE);
    }
    if (r.has(Mark.SUPERSCRIPT) && !footnoteReference) {
      s.add(Style.SUPERSCRIPT);
    }
    return s;
  }

  /**
   * Moves white space out of delimiter edges, drops empty spans and texts, joins a span closed and
   * reopened at once, until nothing changes.
   */
  private static List<Tok> simplify(List<Tok> in) {
    List<Tok> toks = new ArrayList<>(in);
    int i = 0;
    while (i < toks.size()) {
      if (simplifyAt(toks, i)) {
        i = Math.max(0, i - 2); // a change can only open new work just before it
      } else {
        i++;
      }
    }
    return toks;
  }

  /** Applies one simplification at {@code i}; true when the list changed. */
  private static boolean simplifyAt(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    Tok next = i + 1 < toks.size() ? toks.get(i + 1) : null;
    if (t instanceof Text x && x.raw().isEmpty()) {
      toks.remove(i);
      return true;
    }
    if (t instanceof Text a && next instanceof Text b) {
      toks.set(i, new Text(a.raw() + b.raw()));
      toks.remove(i + 1);
      return true;
    }
    if (t instanceof Open && next instanceof Text x) {
      int n = leadingSpace(x.raw());
      if (n > 0) {
        toks.set(i + 1, new Text(x.raw().substring(n)));
        toks.add(i, new Text(x.raw().substring(0, n)));
        return true;
      }
    }
    if (t instanceof Text x && next instanceof Close) {
      int n = trailingSpace(x.raw());
      if (n > 0) {
        String raw = x.raw();
        toks.set(i, new Text(raw.substring(0, raw.length() - n)));
        toks.add(i + 2, new Text(raw.substring(raw.length() - n)));
        return true;
      }
    }
    if ((t instanceof Open o && next instanceof Close c && o.style() == c.style())
        || (t instanceof Close c2 && next instanceof Open o2 && c2.style() == o2.style())) {
      toks.remove(i + 1);
      toks.remove(i);
      return true;
    }
    return false;
  }

  private static String emit(List<Tok> toks, boolean heading) {
    boolean[] html = new boolean[toks.size()];
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i) instanceof Open o) {
        int j = matchingClose(toks, i, o.style());
        boolean useHtml =
            o.style().delimiter == null
                || !flanks(toks, i, j)
                || (o.style().starFamily()
                    && i > 0
                    && toks.get(i - 1) instanceof Close c
                    && c.style().starFamily()
                    && !html[i - 1]);
        html[i] = useHtml;
        html[j] = useHtml;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t instanceof Text x) {
        boolean lineStart = sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n';
        sb.append(escapeText(x.raw(), lineStart, heading));
      } else if (t instanceof Ref r) {
        sb.append("[^").append(escapeKey(r.key())).append(']');
      } else if (t instanceof Open o) {
        sb.append(html[i] ? o.style().htmlOpen : o.style().delimiter);
      } else if (t instanceof Close c) {
        sb.append(html[i] ? c.style().htmlClose : c.style().delimiter);
      }
    }
    return sb.toString();
  }

  private static int matchingClose(List<Tok> toks, int open, Style style) {
    for (int j = open + 1; j < toks.size(); j++) {
      if (toks.get(j) instanceof Close c && c.style() == style) {
        return j;
      }
    }
    throw new IllegalStateException("unbalanced " + style);
  }

  /**
   * CommonMark's flanking rules, made strict: the opening run must be left-flanking and not
   * right-flanking, the closing run right-flanking and not left-flanking. A run that could both
   * open and close (inside a word, or between two punctuation marks) is where readers pair
   * delimiters differently from the writer's intent, so such spans are written as HTML.
   */
  private static boolean flanks(List<Tok> toks, int open, int close) {
    CharClass before = open == 0 ? CharClass.SPACE : lastClass(toks.get(open - 1));
    CharClass innerFirst = firstClass(toks.get(open + 1));
    CharClass innerLast = lastClass(toks.get(close - 1));
    CharClass after = close + 1 >= toks.size() ? CharClass.SPACE : firstClass(toks.get(close + 1));
    if (innerFirst == CharClass.SPACE || innerLast == CharClass.SPACE) {
      return false;
    }
    boolean opensOnly =
        before == CharClass.SPACE || (before == CharClass.PUNCT && innerFirst == CharClass.OTHER);
    boolean closesOnly =
        after == CharClass.SPACE || (after == CharClass.PUNCT && innerLast == CharClass.OTHER);
    return opensOnly && closesOnly;
  }

  private static CharClass firstClass(Tok t) {
    return t instanceof Text x ? classOf(x.raw().codePointAt(0)) : CharClass.PUNCT;
  }

  private static CharClass lastClass(Tok t) {
    return t instanceof Text x
        ? classOf(x.raw().codePointBefore(x.raw().length()))
        : CharClass.PUNCT;
  }

  private static CharClass classOf(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return CharClass.SPACE;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          CharClass.PUNCT;
      default -> CharClass.OTHER;
    };
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && classOf(s.charAt(i)) == CharClass.SPACE) {
      i++;
    }
    return i;
  }

  private static int trailingSpace(String s) {
    int i = s.length();
    while (i > 0 && classOf(s.charAt(i - 1)) == CharClass.SPACE) {
      i--;
    }
    return s.length() - i;
  }

  private static String normalizeBreaks(String s, boolean heading) {
    String t = s.replace("\r\n", "\n").replace('\r', '\n');
    return heading ? t.replace('\n', ' ') : t;
  }

  /**
   * Backslash-escapes what CommonMark (with strikethrough) would read as markup; at the start of a
   * line also what would start a block (heading, quote, list item, thematic break).
   */
  private static String escapeText(String raw, boolean lineStart, boolean heading) {
    StringBuilder sb = new StringBuilder(raw.length() + 8);
    boolean atLineStart = lineStart;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n') {
        sb.append("\\\n");
        atLineStart = true;
        continue;
      }
      if (atLineStart) {
        atLineStart = false;
        if (c == '#' || c == '-' || c == '+' || c == '=') {
          sb.append('\\').append(c);
          continue;
        }
        int digits = 0;
        while (i + digits < raw.length()
            && digits < 10
            && Character.isDigit(raw.charAt(i + digits))
            && raw.charAt(i + digits) < 128) {
          digits++;
        }
        if (digits > 0
            && digits < 10
            && i + digits < raw.length()
            && (raw.charAt(i + digits) == '.' || raw.charAt(i + digits) == ')')) {
          sb.append(raw, i, i + digits).append('\\').append(raw.charAt(i + digits));
          i += digits;
          continue;
        }
      }
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '~' -> sb.append('\\').append(c);
        case '#' -> sb.append(heading ? "\\#" : "#");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
