package org.draftkit.importer.markdown.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Footnote;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Mark;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;

/**
 * Turns Markdown into {@link Block}s with commonmark-java: headings, paragraphs (quoted or not),
 * every list item as its own block (ordered items with the number written in the source), inline
 * marks from emphasis, {@code ~~strike~~} and inline HTML ({@code <del>}, {@code <ins>} …),
 * footnotes in the kramdown/pandoc syntax ({@code [^1]} and {@code [^1]: text}).
 *
 * <p>Source oddities are read, not dropped: an indented code block (in a negotiation text, almost
 * always text indented by accident) is read again as Markdown, a fenced code block and an HTML
 * block become plain paragraphs; kramdown directives ({@code {:toc}}) and link reference
 * definitions, which are not visible text, are left out, the former with a diagnostic.
 *
 * <p>Thread-safe: the commonmark parser is immutable and every call keeps its state on the stack.
 */
public final class MarkdownBlocks {

  /** Deepest nesting of block containers (quotes, lists) read as structure; deeper is text. */
  private static final int MAX_BLOCK_NESTING = 48;

  /** How often an indented code block inside an indented code block is read again as Markdown. */
  private static final int MAX_REPARSE = 2;

  private static final Pattern FOOTNOTE_DEFINITION =
      Pattern.compile("^\\[\\^([^\\]\\s]{1,40})\\]:\\s*");
  private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]{1,40})\\]");
  private static final Pattern KRAMDOWN_ONLY = Pattern.compile("^(?:TOC\\s+)?\\{:[^}\\n]*\\}$");
  private static final Pattern KRAMDOWN_TRAILING = Pattern.compile("\\s*\\{:[^}\\n]*\\}$");

  /**
   * "##" and a no-break space: not a heading for CommonMark, one for kramdown (Jekyll), which wrote
   * such files.
   */
  private static final Pattern NBSP_HEADING = Pattern.compile("^#{1,6}\u00a0[\\s\u00a0]*(?=\\S)");

  private static final Pattern ORDERED_MARKER = Pattern.compile("^\\s*(\\d{1,9})[.)]");
  private static final Pattern HTML_TOKEN =
      Pattern.compile("<!--.*?-->|<[!?/A-Za-z][^>]*>", Pattern.DOTALL);
  private static final Pattern HTML_BLOCK_BREAK =
      Pattern.compile(
          "</?(?:p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|br|hr)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  private final Parser parser;

  /** A reader with its commonmark parser. */
  public MarkdownBlocks() {
    parser =
        Parser.builder()
            .extensions(List.of(StrikethroughExtension.builder().requireTwoTildes(true).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .maxOpenBlockParsers(MAX_BLOCK_NESTING)
            .build();
  }

  /**
   * Reads Markdown text.
   *
   * @param markdown the text (line ends already {@code \n})
   * @param firstLine the source line number of the text's first line (after front matter)
   * @param source the source name for locations
   */
  public Parsed read(String markdown, int firstLine, String source) {
    Walk walk = new Walk(source);
    walk.blocks(parser.parse(markdown), new Input(markdown, firstLine, 0), null);
    return walk.finish();
  }

  /** The text a parse tree was made from, and where it sits in the source. */
  private record Input(String text, int firstLine, int reparseDepth) {}

  /** The state of one read. */
  private final class Walk {
    private final String source;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** Footnote labels referenced, with the line of the first reference. */
    private final Map<String, Integer> references = new LinkedHashMap<>();

    /** The footnote whose definition was the last top-level block, while it may go on. */
    private int openFootnote = -1;

    Walk(String source) {
      this.source = source;
    }

    Parsed finish() {
      Set<String> defined = new LinkedHashSet<>();
      footnotes.forEach(f -> defined.add(f.label()));
      references.forEach(
          (ref, line) -> {
            if (!defined.contains(ref)) {
              diagnostics.add(
                  Diagnostic.warning(
                      "md.footnote-undefined",
                      "footnote [^" + ref + "] is referenced but never defined",
                      location(line)));
            }
          });
      return new Parsed(blocks, footnotes, diagnostics);
    }

    void blocks(Node container, Input in, Integer parent) {
      for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
        block(n, in, parent);
      }
    }

    private void block(Node n, Input in, Integer parent) {
      if (parent == null && openFootnote >= 0 && continuesFootnote(n)) {
        return;
      }
      openFootnote = -1;
      if (n instanceof Heading) {
        add(Block.Role.HEADING, joinLines(inlineLines(n)), null, parent, line(n, in));
      } else if (n instanceof Paragraph p) {
        paragraph(p, in, parent);
      } else if (n instanceof BlockQuote) {
        blocks(n, in, parent);
      } else if (n instanceof OrderedList || n instanceof BulletList) {
        list(n, in, adoptIndentedList(n, parent));
      } else if (n instanceof IndentedCodeBlock code) {
        indentedCode(code, in, parent);
      } else if (n instanceof FencedCodeBlock code) {
        diagnostics.add(
            Diagnostic.info(
                "md.code-block",
                "a fenced code block was read as a plain paragraph",
                location(line(n, in))));
        add(
            Block.Role.PARAGRAPH,
            List.of(Run.plain(joinLiteral(code.getLiteral()))),
            null,
            parent,
            line(n, in));
      } else if (n instanceof HtmlBlock html) {
        htmlBlock(html, in, parent);
      } else if (n instanceof ThematicBreak || n instanceof LinkReferenceDefinition) {
        // not visible text
      } else {
        blocks(n, in, parent);
      }
    }

    /**
     * The parent for a list that commonmark leaves at the top level although its author indented it
     * under the list item before, which introduces it with a colon ("7. … the following:" then " 1.
     * …" indented by less than the item's content): that item. Otherwise {@code parent}.
     */
    private Integer adoptIndentedList(Node list, Integer parent) {
      if (parent != null
          || blocks.isEmpty()
          || !(list.getFirstChild() instanceof ListItem first)
          || first.getMarkerIndent() == null
          || first.getMarkerIndent() < 1) {
        return parent;
      }
      Block last = blocks.get(blocks.size() - 1);
      boolean introduces =
          last.parent() == null
              && last.text().endsWith(":")
              && (last.role() == Block.Role.ORDERED_ITEM || last.role() == Block.Role.BULLET_ITEM);
      return introduces ? Integer.valueOf(blocks.size() - 1) : parent;
    }

    private void paragraph(Paragraph p, Input in, Integer parent) {
      List<List<Run>> lines = inlineLines(p);
      if (parent == null && footnoteDefinitions(lines, line(p, in))) {
        return;
      }
      Matcher heading = NBSP_HEADING.matcher(RunText.text(lines.get(0)));
      if (heading.lookingAt()) {
        diagnostics.add(
            Diagnostic.info(
                "md.heading-no-break-space",
                "a heading marker followed by a no-break space was read as a heading",
                location(line(p, in))));
        add(
            Block.Role.HEADING,
            RunText.dropPrefix(lines.get(0), heading.end()),
            null,
            parent,
            line(p, in));
        if (lines.size() > 1) {
          addSplit(
              parent == null ? Block.Role.PARAGRAPH : Block.Role.CONTINUATION,
              lines.subList(1, lines.size()),
              null,
              parent,
              line(p, in) + 1);
        }
        return;
      }
      addSplit(
          parent == null ? Block.Role.PARAGRAPH : Block.Role.CONTINUATION,
          lines,
          null,
          parent,
          line(p, in));
    }

    /**
     * Reads a top-level paragraph that holds footnote definitions ({@code [^1]: text}, one or more,
     * each starting a line); text before the first one stays a paragraph.
     *
     * @return false when the paragraph holds no definition
     */
    private boolean footnoteDefinitions(List<List<Run>> lines, int line) {
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (FOOTNOTE_DEFINITION.matcher(RunText.text(RunText.strip(lines.get(i)))).lookingAt()) {
          starts.add(i);
        }
      }
      if (starts.isEmpty()) {
        return false;
      }
      if (starts.get(0) > 0) {
        addSplit(Block.Role.PARAGRAPH, lines.subList(0, starts.get(0)), null, null, line);
      }
      starts.add(lines.size());
      for (int k = 0; k < starts.size() - 1; k++) {
        List<Run> runs = RunText.strip(joinLines(lines.subList(starts.get(k), starts.get(k + 1))));
        Matcher def = FOOTNOTE_DEFINITION.matcher(RunText.text(runs));
        def.lookingAt();
        int at = line + starts.get(k);
        List<Run> body = footnoteReferences(RunText.strip(RunText.dropPrefix(runs, def.end())), at);
        footnotes.add(new Footnote(def.group(1), body, location(at)));
      }
      openFootnote = footnotes.size() - 1;
      return true;
    }

    /**
     * Adds {@code n} to the open footnote when it continues it: an indented block after the
     * definition (kramdown's multi-paragraph notes), or a paragraph that finishes its sentence.
     */
    private boolean continuesFootnote(Node n) {
      Footnote open = footnotes.get(openFootnote);
      List<Run> more;
      if (n instanceof IndentedCodeBlock code) {
        more = List.of(Run.plain(joinLiteral(code.getLiteral())));
      } else if (n instanceof Paragraph p) {
        more = RunText.strip(joinLines(inlineLines(p)));
        String before = open.text();
        String after = RunText.text(more);
        if (before.isEmpty()
            || after.isEmpty()
            || !Character.isLetterOrDigit(before.charAt(before.length() - 1))
            || !Character.isLowerCase(after.codePointAt(0))) {
          return false;
        }
      } else {
        return false;
      }
      footnotes.set(
          openFootnote,
          new Footnote(
              open.label(),
              RunText.join(open.runs(), footnoteReferences(more, open.location().line())),
              open.location()));
      return true;
    }

    /**
     * The items of a list. An item indented further than an earlier item of the same list that
     * introduces it with a colon belongs to that item, as its author meant ("7. … the following:"
     * then " 1. …" indented by less than commonmark needs to nest it).
     */
    private void list(Node list, Input in, Integer parent) {
      boolean ordered = list instanceof OrderedList;
      int position = 0;
      Integer introducer = null;
      int introducerIndent = 0;
      for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
        ListItem item = (ListItem) node;
        int indent = item.getMarkerIndent() == null ? 0 : item.getMarkerIndent();
        boolean nested = introducer != null && indent > introducerIndent;
        if (!nested) {
          introducer = null;
        }
        ParagraphNumber label = null;
        if (ordered) {
          Integer start = ((OrderedList) list).getMarkerStartNumber();
          int number = markerNumber(item, in, (start == null ? 1 : start) + position);
          label = ParagraphNumber.of(Integer.toString(number));
        }
        position++;
        Integer index =
            item(
                item,
                in,
                ordered ? Block.Role.ORDERED_ITEM : Block.Role.BULLET_ITEM,
                label,
                nested ? introducer : parent);
        if (!nested && index != null && blocks.get(index).text().endsWith(":")) {
          introducer = index;
          introducerIndent = indent;
        }
      }
    }

    private Integer item(
        ListItem item, Input in, Block.Role role, ParagraphNumber label, Integer parent) {
      Node first = item.getFirstChild();
      Integer index;
      if (first instanceof Paragraph p) {
        index = addSplit(role, inlineLines(p), label, parent, line(item, in));
        first = first.getNext();
      } else if (label != null) {
        index = add(role, List.of(), label, parent, line(item, in));
      } else {
        index = null;
      }
      Integer childParent = index != null ? index : parent;
      for (Node n = first; n != null; n = n.getNext()) {
        block(n, in, childParent);
      }
      return index;
    }

    /**
     * Adds a paragraph, split where one of its lines starts with a paragraph label: "(a) …" on its
     * own line is a sub-item even without a blank line before it. The later parts belong to the
     * first one when that is a list item, else to the same parent.
     *
     * @return the index of the first part, or null when it was left out
     */
    private Integer addSplit(
        Block.Role role, List<List<Run>> lines, ParagraphNumber label, Integer parent, int line) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 1; i < lines.size(); i++) {
        if (LeadingLabel.find(RunText.text(RunText.strip(lines.get(i)))).isPresent()) {
          starts.add(i);
        }
      }
      starts.add(lines.size());
      Integer first = add(role, joinLines(lines.subList(0, starts.get(1))), label, parent, line);
      boolean item = role == Block.Role.ORDERED_ITEM || role == Block.Role.BULLET_ITEM;
      Integer restParent = item && first != null ? first : parent;
      for (int k = 1; k < starts.size() - 1; k++) {
        add(
            restParent == null ? Block.Role.PARAGRAPH : Block.Role.CONTINUATION,
            joinLines(lines.subList(starts.get(k), starts.get(k + 1))),
            null,
            restParent,
            line + starts.get(k));
      }
      return first;
    }

    private void indentedCode(IndentedCodeBlock code, Input in, Integer parent) {
      int line = line(code, in);
      if (in.reparseDepth() >= MAX_REPARSE) {
        add(
            Block.Role.PARAGRAPH,
            List.of(Run.plain(joinLiteral(code.getLiteral()))),
            null,
            parent,
            line);
        return;
      }
      diagnostics.add(
          Diagnostic.info(
              "md.indented-text",
              "indented text (a Markdown code block) was read as ordinary Markdown",
              location(line)));
      String literal = code.getLiteral();
      blocks(parser.parse(literal), new Input(literal, line, in.reparseDepth() + 1), parent);
    }

    private void htmlBlock(HtmlBlock html, Input in, Integer parent) {
      String literal = html.getLiteral();
      int line = line(html, in);
      MarkState state = new MarkState();
      List<Run> runs = new ArrayList<>();
      boolean sawText = false;
      int pos = 0;
      Matcher m = HTML_TOKEN.matcher(literal);
      while (true) {
        boolean found = m.find();
        int end = found ? m.start() : literal.length();
        String text = decodeEntities(literal.substring(pos, end).replace('\n', ' '));
        if (!text.isEmpty()) {
          runs.add(Run.of(text, state.marks()));
        }
        if (!found) {
          break;
        }
        String tag = m.group();
        if (HTML_BLOCK_BREAK.matcher(tag).matches()) {
          sawText |= flushHtml(runs, parent, line);
        } else if (state.tag(tag) == MarkState.TagEffect.BREAK) {
          runs.add(Run.plain(" "));
        }
        pos = m.end();
      }
      sawText |= flushHtml(runs, parent, line);
      if (sawText) {
        diagnostics.add(
            Diagnostic.info(
                "md.html-block", "an HTML block was read as text (tags left out)", location(line)));
      }
    }

    private boolean flushHtml(List<Run> runs, Integer parent, int line) {
      List<Run> stripped = RunText.strip(runs);
      runs.clear();
      if (stripped.isEmpty()) {
        return false;
      }
      add(
          parent == null ? Block.Role.PARAGRAPH : Block.Role.CONTINUATION,
          stripped,
          null,
          parent,
          line);
      return true;
    }

    /** Adds a block unless it is a kramdown directive; returns its index, or null when left out. */
    private Integer add(
        Block.Role role, List<Run> raw, ParagraphNumber label, Integer parent, int line) {
      List<Run> runs = RunText.strip(raw);
      String text = RunText.text(runs);
      if (KRAMDOWN_ONLY.matcher(text).matches()) {
        diagnostics.add(
            Diagnostic.info(
                "md.kramdown-directive",
                "kramdown directive '" + text + "' left out (not document text)",
                location(line)));
        return null;
      }
      Matcher trailing = KRAMDOWN_TRAILING.matcher(text);
      if (trailing.find() && trailing.start() > 0) {
        diagnostics.add(
            Diagnostic.info(
                "md.kramdown-directive",
                "kramdown attributes '"
                    + text.substring(trailing.start()).strip()
                    + "' left out (not document text)",
                location(line)));
        runs = RunText.strip(RunText.cut(runs, trailing.start(), text.length()));
      }
      blocks.add(new Block(role, footnoteReferences(runs, line), label, parent, line));
      return blocks.size() - 1;
    }

    /**
     * The inline content of a block as runs, one list per source line (soft and hard line breaks
     * end a line); walks the tree without recursion.
     */
    private List<List<Run>> inlineLines(Node block) {
      MarkState state = new MarkState();
      List<List<Run>> lines = new ArrayList<>();
      List<Run> runs = new ArrayList<>();
      Deque<Object[]> stack = new ArrayDeque<>();
      for (Node c = block.getLastChild(); c != null; c = c.getPrevious()) {
        stack.push(new Object[] {c, Boolean.FALSE});
      }
      while (!stack.isEmpty()) {
        Object[] top = stack.pop();
        Node n = (Node) top[0];
        Mark mark = markOf(n);
        if ((Boolean) top[1]) {
          state.pop(mark);
          continue;
        }
        if (n instanceof Text t) {
          runs.add(Run.of(t.getLiteral(), state.marks()));
        } else if (n instanceof Code c) {
          runs.add(Run.of(c.getLiteral(), state.marks()));
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
          lines.add(Runs.normalize(runs));
          runs = new ArrayList<>();
        } else if (n instanceof HtmlInline h) {
          if (state.tag(h.getLiteral()) == MarkState.TagEffect.BREAK) {
            runs.add(Run.of(" ", state.marks()));
          }
        } else {
          if (mark != null) {
            state.push(mark);
            stack.push(new Object[] {n, Boolean.TRUE});
          }
          for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
            stack.push(new Object[] {c, Boolean.FALSE});
          }
        }
      }
      lines.add(Runs.normalize(runs));
      return lines;
    }

    /**
     * Lines joined with one space each; the space carries the marks that the text on both sides of
     * it shares, so that "**a\nb**" stays bold throughout and "~~a~~\nb" strikes no space.
     */
    private List<Run> joinLines(List<List<Run>> lines) {
      List<Run> out = new ArrayList<>();
      for (List<Run> line : lines) {
        if (line.isEmpty()) {
          continue;
        }
        if (!out.isEmpty()) {
          EnumSet<Mark> shared = EnumSet.noneOf(Mark.class);
          shared.addAll(out.get(out.size() - 1).marks());
          shared.retainAll(line.get(0).marks());
          shared.remove(Mark.FOOTNOTE_REFERENCE);
          out.add(Run.of(" ", shared));
        }
        out.addAll(line);
      }
      return Runs.normalize(out);
    }

    /** Splits {@code [^label]} out of the runs as footnote reference runs. */
    private List<Run> footnoteReferences(List<Run> runs, int line) {
      List<Run> out = new ArrayList<>(runs.size());
      for (Run r : runs) {
        Matcher m = FOOTNOTE_REFERENCE.matcher(r.text());
        int pos = 0;
        while (m.find()) {
          if (m.start() > pos) {
            out.add(r.withText(r.text().substring(pos, m.start())));
          }
          String label = m.group(1);
          references.putIfAbsent(label, line);
          out.add(new Run(label, EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, label));
          pos = m.end();
        }
        if (pos == 0) {
          out.add(r);
        } else if (pos < r.text().length()) {
          out.add(r.withText(r.text().substring(pos)));
        }
      }
      return out;
    }

    private int markerNumber(Node item, Input in, int fallback) {
      List<SourceSpan> spans = item.getSourceSpans();
      if (!spans.isEmpty()) {
        SourceSpan s = spans.get(0);
        int from = s.getInputIndex();
        String raw =
            in.text()
                .substring(from, Math.min(in.text().length(), from + Math.min(s.getLength(), 16)));
        Matcher m = ORDERED_MARKER.matcher(raw);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      return fallback;
    }

    private int line(Node n, Input in) {
      List<SourceSpan> spans = n.getSourceSpans();
      return spans.isEmpty() ? in.firstLine() : in.firstLine() + spans.get(0).getLineIndex();
    }

    private SourceLocation location(int line) {
      return SourceLocation.line(source, line);
    }
  }

  private static Mark markOf(Node n) {
    if (n instanceof StrongEmphasis) {
      return Mark.BOLD;
    }
    if (n instanceof Emphasis) {
      return Mark.ITALIC;
    }
    if (n instanceof Strikethrough) {
      return Mark.STRIKE;
    }
    return null;
  }

  private static String joinLiteral(String literal) {
    return literal.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /** Decodes the character references most often met in HTML blocks; others stay as written. */
  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = codePoint(Integer.parseInt(e.substring(2), 16));
      } else if (e.startsWith("#")) {
        r = codePoint(Integer.parseInt(e.substring(1)));
      } else {
        r =
            switch (e) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              case "nbsp" -> "\u00a0";
              case "ndash" -> "\u2013";
              case "mdash" -> "\u2014";
              case "lsquo" -> "\u2018";
              case "rsquo" -> "\u2019";
              case "ldquo" -> "\u201c";
              case "rdquo" -> "\u201d";
              default -> null;
            };
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String codePoint(int cp) {
    return cp > 0 && Character.isValidCodePoint(cp) && (cp < 0xd800 || cp > 0xdfff)
        ? new String(Character.toChars(cp))
        : "\ufffd";
  }
}
