package org.draftkit.exporter.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.spi.ExportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads what the exporter writes with a real CommonMark parser (with strikethrough): the text comes
 * back the same (white space aside) and every visible character keeps its marks.
 */
class MarkdownReparseTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(StrikethroughExtension.create())).build();
  private static final String ALPHABET = "abc XYZ 0123456789 ..))((*_~`[]<>&#!-+=:|\\\"'^é😀\n";
  private static final Mark[] MARKS = {
    Mark.BOLD, Mark.INSERT, Mark.ITALIC, Mark.STRIKE, Mark.DELETE, Mark.UNDERLINE
  };

  /**
   * A visible character with the styles a reader sees on it: s = struck, b = bold, i = italic, u =
   * underline.
   */
  private record Styled(int codePoint, String styles) {}

  private static String md(Document doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocumentMarkdownExporter().write(doc, out, ExportContext.defaults());
    return out.toString(UTF_8);
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 500).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomMarkedTextReadsBackTheSame(long seed) throws Exception {
    Random rnd = new Random(seed);
    List<Run> runs = new ArrayList<>();
    int n = 1 + rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      int len = 1 + rnd.nextInt(12);
      for (int j = 0; j < len; j++) {
        text.appendCodePoint(
            ALPHABET.codePointAt(
                ALPHABET.offsetByCodePoints(
                    0, rnd.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
      }
      Set<Mark> marks = EnumSet.noneOf(Mark.class);
      for (Mark m : MARKS) {
        if (rnd.nextInt(4) == 0) {
          marks.add(m);
        }
      }
      runs.add(Run.of(text.toString(), marks));
    }
    Document.Builder b = Document.builder();
    b.add(null, ParagraphKind.OTHER, runs, null, null);
    String markdown = md(b.build());

    Node root = PARSER.parse(markdown);
    List<Styled> actual = new ArrayList<>();
    if (root.getFirstChild() != null) { // a paragraph of white space only is left out
      assertInstanceOf(Paragraph.class, root.getFirstChild(), markdown);
      assertEquals(null, root.getFirstChild().getNext(), "one paragraph: " + markdown);
      visit(root.getFirstChild(), "", actual);
    }
    assertEquals(expected(runs), actual, () -> "markdown was: " + markdown);
  }

  @Test
  void labelsReadAsTheirNumbers() throws Exception {
    Document.Builder b = Document.builder();
    int p66 =
        b.add(
            ParagraphNumber.of("66"),
            ParagraphKind.OPERATIVE,
            List.of(Run.plain("We invite:")),
            null,
            null);
    b.add(
        ParagraphNumber.of("(a)"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("first;")),
        p66,
        null);
    b.add(
        ParagraphNumber.of("83 bis"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("We recognise.")),
        null,
        null);
    Node root = PARSER.parse(md(b.build()));
    OrderedList list = assertInstanceOf(OrderedList.class, root.getFirstChild());
    assertEquals(66, list.getMarkerStartNumber());
    Node item = list.getFirstChild();
    assertEquals("We invite:", plain(item.getFirstChild()));
    assertEquals(
        "(a) first;", plain(item.getFirstChild().getNext()), "the sub-item is inside paragraph 66");
    assertEquals("83 bis. We recognise.", plain(list.getNext()));
  }

  private static String plain(Node node) {
    StringBuilder sb = new StringBuilder();
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        sb.append(t.getLiteral());
      }
    }
    return sb.toString();
  }

  private static List<Styled> expected(List<Run> runs) {
    List<Styled> out = new ArrayList<>();
    for (Run r : runs) {
      String styles =
          styles(
              r.has(Mark.STRIKE) || r.has(Mark.DELETE),
              r.has(Mark.BOLD) || r.has(Mark.INSERT),
              r.has(Mark.ITALIC),
              r.has(Mark.UNDERLINE));
      r.text()
          .codePoints()
          .filter(cp -> !Character.isWhitespace(cp))
          .forEach(cp -> out.add(new Styled(cp, styles)));
    }
    return out;
  }

  private static String styles(boolean s, boolean b, boolean i, boolean u) {
    return (s ? "s" : "") + (b ? "b" : "") + (i ? "i" : "") + (u ? "u" : "");
  }

  /**
   * Collects visible characters in order with the styles of their ancestors and of open HTML tags.
   */
  private static void visit(Node node, String inherited, List<Styled> out) {
    int[] html = new int[4]; // open <del>, <strong>, <em>, <u> inside this node
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      String here = merge(inherited, styles(html[0] > 0, html[1] > 0, html[2] > 0, html[3] > 0));
      if (c instanceof Text t) {
        t.getLiteral()
            .codePoints()
            .filter(cp -> !Character.isWhitespace(cp))
            .forEach(cp -> out.add(new Styled(cp, here)));
      } else if (c instanceof HtmlInline h) {
        String tag = h.getLiteral();
        int k =
            switch (tag.replace("/", "")) {
              case "<del>" -> 0;
              case "<strong>" -> 1;
              case "<em>" -> 2;
              case "<u>" -> 3;
              default -> throw new AssertionError("unexpected HTML " + tag);
            };
        html[k] += tag.startsWith("</") ? -1 : 1;
      } else if (c instanceof Strikethrough) {
        visit(c, merge(here, "s"), out);
      } else if (c instanceof StrongEmphasis) {
        visit(c, merge(here, "b"), out);
      } else if (c instanceof Emphasis) {
        visit(c, merge(here, "i"), out);
      } else if (!(c instanceof HardLineBreak || c instanceof SoftLineBreak)) {
        throw new AssertionError("unexpected " + c);
      }
    }
  }

  private static String merge(String a, String b) {
    StringBuilder sb = new StringBuilder();
    for (char c : "sbiu".toCharArray()) {
      if (a.indexOf(c) >= 0 || b.indexOf(c) >= 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
