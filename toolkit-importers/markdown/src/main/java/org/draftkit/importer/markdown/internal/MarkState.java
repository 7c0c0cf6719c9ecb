package org.draftkit.importer.markdown.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Mark;

/**
 * The marks in force at a point of inline content: those of enclosing Markdown emphasis plus those
 * opened by inline HTML tags ({@code <del>}, {@code <ins>}, {@code <s>}, {@code <u>}, {@code <b>}
 * …) that are not closed yet. One instance per paragraph; not thread-safe.
 */
final class MarkState {

  /** HTML elements that carry a mark. */
  static final Map<String, Mark> TAG_MARKS =
      Map.ofEntries(
          Map.entry("del", Mark.DELETE),
          Map.entry("s", Mark.STRIKE),
          Map.entry("strike", Mark.STRIKE),
          Map.entry("ins", Mark.INSERT),
          Map.entry("u", Mark.UNDERLINE),
          Map.entry("b", Mark.BOLD),
          Map.entry("strong", Mark.BOLD),
          Map.entry("i", Mark.ITALIC),
          Map.entry("em", Mark.ITALIC),
          Map.entry("sup", Mark.SUPERSCRIPT));

  private static final Pattern TAG =
      Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\\s[^>]*)?>", Pattern.DOTALL);

  /** What an HTML tag did. */
  enum TagEffect {
    /** Opened or closed a mark, or was an element without meaning here ({@code <span>}). */
    NONE,
    /** A line break ({@code <br>}): the caller adds a space. */
    BREAK
  }

  private final int[] counts = new int[Mark.values().length];
  private final Deque<String> openTags = new ArrayDeque<>();

  void push(Mark mark) {
    counts[mark.ordinal()]++;
  }

  void pop(Mark mark) {
    if (counts[mark.ordinal()] > 0) {
      counts[mark.ordinal()]--;
    }
  }

  /** The marks in force. */
  EnumSet<Mark> marks() {
    EnumSet<Mark> m = EnumSet.noneOf(Mark.class);
    for (Mark mark : Mark.values()) {
      if (counts[mark.ordinal()] > 0) {
        m.add(mark);
      }
    }
    return m;
  }

  /**
   * Applies one inline HTML tag. Comments, declarations and unknown elements change nothing; a
   * closing tag closes the latest open element of its name, if any.
   */
  TagEffect tag(String literal) {
    Matcher m = TAG.matcher(literal.strip());
    if (!m.matches()) {
      return TagEffect.NONE;
    }
    String name = m.group(2).toLowerCase(Locale.ROOT);
    boolean closing = !m.group(1).isEmpty();
    if (name.equals("br")) {
      return TagEffect.BREAK;
    }
    Mark mark = TAG_MARKS.get(name);
    if (mark == null || literal.strip().endsWith("/>")) {
      return TagEffect.NONE;
    }
    if (!closing) {
      openTags.push(name);
      push(mark);
    } else {
      for (Iterator<String> it = openTags.iterator(); it.hasNext(); ) {
        if (it.next().equals(name)) {
          it.remove();
          pop(mark);
          break;
        }
      }
    }
    return TagEffect.NONE;
  }
}
