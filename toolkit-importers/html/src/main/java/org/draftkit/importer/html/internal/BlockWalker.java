package org.draftkit.importer.html.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Mark;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walks a DOM subtree (iteratively, so deep nesting cannot overflow the stack) and cuts its text
 * into {@link Block}s the way a browser lays it out: a new block at every block-level element,
 * whitespace collapsed, {@code <br>} as a space, marks from tags and inline styles, list labels
 * from {@code <ol>}/{@code <li>}, footnote references as marked runs. Not thread-safe: one walker
 * per subtree.
 */
final class BlockWalker implements NodeFilter {

  /** Thrown out of the walk when the import runs past its deadline. */
  static final class DeadlineExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeadlineExceeded() {
      super("deadline exceeded", null, false, false);
    }
  }

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "dd",
          "dt",
          "dl",
          "blockquote",
          "pre",
          "td",
          "th",
          "tr",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "caption",
          "section",
          "article",
          "main",
          "aside",
          "header",
          "footer",
          "nav",
          "figure",
          "figcaption",
          "address",
          "center",
          "ul",
          "ol",
          "hr",
          "form",
          "fieldset",
          "legend",
          "details",
          "summary",
          "body",
          "html",
          "listing",
          "xmp",
          "menu",
          "dir",
          "hgroup",
          "search",
          "option",
          "optgroup",
          "frameset",
          "noframes");

  /** The inline marks and change attribution in force inside an element. */
  private record Frame(EnumSet<Mark> marks, String author, String date) {}

  /** An open list item: its label, its block once it has text, and the item its list is in. */
  private static final class Item {
    final ParagraphNumber label;
    final Item owner;
    int block = -1;

    Item(ParagraphNumber label, Item owner) {
      this.label = label;
      this.owner = owner;
    }
  }

  /** An open list: its counter and the item it is nested in. */
  private record OpenList(ListLabels.Counter counter, Item owner) {}

  private final FootnoteFinder.Notes notes;
  private final StyleSheet sheet;
  private final long deadlineNanos;
  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final Deque<OpenList> lists = new ArrayDeque<>();
  private final Deque<Item> items = new ArrayDeque<>();
  private final Deque<Integer> headings = new ArrayDeque<>();
  private final Deque<String> blockTags = new ArrayDeque<>();
  private final List<Run> pending = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private EnumSet<Mark> textMarks = EnumSet.noneOf(Mark.class);
  private String textAuthor;
  private String textDate;
  private boolean spaceBefore = true;

  /** The last inline element closed held only a label: the text after it is a new word. */
  private boolean labelEnded;

  private int pendingLine;
  private int tableDepth;
  private int preDepth;
  private long visited;

  BlockWalker(FootnoteFinder.Notes notes, StyleSheet sheet, long deadlineNanos) {
    this.notes = notes;
    this.sheet = sheet;
    this.deadlineNanos = deadlineNanos;
    frames.push(new Frame(EnumSet.noneOf(Mark.class), null, null));
  }

  /** Walks {@code root} and returns its blocks. */
  List<Block> walk(Element root) {
    root.filter(this);
    flush();
    return blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if ((++visited & 0xfff) == 0 && System.nanoTime() - deadlineNanos > 0) {
      throw new DeadlineExceeded();
    }
    if (node instanceof TextNode t) {
      append(t.getWholeText(), line(t));
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    if (notes.backlinks().contains(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String noteLabel = notes.refLabel(e);
    if (noteLabel != null) {
      emitNoteRef(noteLabel, line(e));
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      append(preDepth > 0 ? "\n" : " ", line(e));
      return FilterResult.SKIP_ENTIRELY;
    }
    Frame outer = frames.peek();
    Frame frame =
        new Frame(InlineStyle.apply(e, outer.marks(), sheet), outer.author(), outer.date());
    if (tag.equals("ins") || tag.equals("del")) {
      String author = e.attr("data-author");
      String date = e.attr("datetime");
      frame =
          new Frame(
              frame.marks(),
              author.isBlank() ? null : author.strip(),
              date.isBlank() ? null : date.strip());
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      openBlock(e, tag);
    }
    frames.push(frame);
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    frames.pop();
    String tag = e.normalName();
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      closeBlock(tag);
    } else if (isLabelElement(e)) {
      labelEnded = true;
    }
    return FilterResult.CONTINUE;
  }

  /**
   * An inline element holding only a paragraph label ("1.", "(a)"): pages that lay the label out in
   * its own box ({@code <span class="num">1.</span><span>Text</span>}) show a gap after it.
   */
  private static boolean isLabelElement(Element e) {
    if (e.childNodeSize() != 1 || !(e.childNode(0) instanceof TextNode t)) {
      return false;
    }
    String label = t.getWholeText().strip();
    if (label.isEmpty() || label.length() > 12) {
      return false;
    }
    return LeadingLabel.find(label + " x").map(l -> l.length() == label.length() + 1).orElse(false);
  }

  private void openBlock(Element e, String tag) {
    blockTags.push(tag);
    switch (tag) {
      case "ol", "ul", "menu", "dir" -> {
        Item owner = items.peek();
        lists.push(new OpenList(ListLabels.open(e, -1, lists.size()), owner));
      }
      case "li" -> {
        OpenList list = lists.peek();
        ParagraphNumber label = list == null ? null : list.counter().take(e);
        items.push(new Item(label, list == null ? items.peek() : list.owner()));
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> headings.push(tag.charAt(1) - '0');
      case "table" -> tableDepth++;
      case "pre", "listing", "xmp" -> preDepth++;
      default -> {
        // other blocks only break the text
      }
    }
  }

  private void closeBlock(String tag) {
    blockTags.pop();
    switch (tag) {
      case "ol", "ul", "menu", "dir" -> lists.pop();
      case "li" -> items.pop();
      case "h1", "h2", "h3", "h4", "h5", "h6" -> headings.pop();
      case "table" -> tableDepth--;
      case "pre", "listing", "xmp" -> preDepth--;
      default -> {
        // nothing to close
      }
    }
  }

  private void append(String raw, int line) {
    String s = clean(raw);
    if (s.isEmpty()) {
      return;
    }
    Frame f = frames.peek();
    if (!f.marks().equals(textMarks)
        || !java.util.Objects.equals(f.author(), textAuthor)
        || !java.util.Objects.equals(f.date(), textDate)) {
      endRun();
      textMarks = f.marks();
      textAuthor = f.author();
      textDate = f.date();
    }
    if (preDepth > 0) {
      if (pendingLine == 0) {
        pendingLine = line;
      }
      text.append(s);
      spaceBefore = s.endsWith(" ") || s.endsWith("\n");
      return;
    }
    StringBuilder collapsed = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        if (!spaceBefore) {
          collapsed.append(' ');
          spaceBefore = true;
        }
      } else {
        if (pendingLine == 0) {
          pendingLine = line;
        }
        if (labelEnded && !spaceBefore) {
          collapsed.append(' ');
        }
        labelEnded = false;
        collapsed.append(c);
        spaceBefore = false;
      }
    }
    text.append(collapsed);
  }

  /** Decoded text with invisible characters removed, no-break spaces and hyphens made plain. */
  private static String clean(String raw) {
    StringBuilder sb = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean drop = c == '\u200b' || c == '\u00ad' || c == '\ufeff' || c == '\u2060';
      boolean space = c == '\u00a0' || c == '\u202f' || c == '\u2007';
      boolean hyphen = c == '\u2011';
      if (drop || space || hyphen) {
        if (sb == null) {
          sb = new StringBuilder(raw.length()).append(raw, 0, i);
        }
        if (space) {
          sb.append(' ');
        } else if (hyphen) {
          sb.append('-');
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? raw : sb.toString();
  }

  private void emitNoteRef(String label, int line) {
    endRun();
    if (pendingLine == 0) {
      pendingLine = line;
    }
    EnumSet<Mark> marks = EnumSet.copyOf(frames.peek().marks());
    marks.remove(Mark.SUPERSCRIPT);
    marks.add(Mark.FOOTNOTE_REFERENCE);
    pending.add(new Run(label, marks, null, null, label));
    spaceBefore = false;
  }

  private void endRun() {
    if (text.length() > 0) {
      pending.add(new Run(text.toString(), textMarks, textAuthor, textDate, null));
      text.setLength(0);
    }
  }

  /** Ends the current block: keeps it when it has visible text or a note reference. */
  private void flush() {
    endRun();
    boolean visible = false;
    for (Run r : pending) {
      visible |= r.ref() != null || !r.text().isBlank();
    }
    if (visible) {
      Item item = items.peek();
      ParagraphNumber label = null;
      boolean listItem = false;
      int parent = -1;
      if (item != null) {
        if (item.block < 0) {
          item.block = blocks.size();
          label = item.label;
          listItem = true;
        }
        for (Item o = item.owner; o != null; o = o.owner) {
          if (o.block >= 0) {
            parent = o.block;
            break;
          }
        }
      }
      int heading = headings.isEmpty() ? 0 : headings.peek();
      String tag = blockTags.isEmpty() ? "body" : blockTags.peek();
      blocks.add(
          new Block(pending, tag, heading, label, listItem, parent, tableDepth, pendingLine));
    }
    pending.clear();
    spaceBefore = true;
    labelEnded = false;
    pendingLine = 0;
  }

  private static int line(Node n) {
    return n.sourceRange().isTracked() ? Math.max(0, n.sourceRange().start().lineNumber()) : 0;
  }
}
