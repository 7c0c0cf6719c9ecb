package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.draftkit.layout.Preambles;
import org.draftkit.model.ParagraphNumber;

/**
 * Groups the body flow into blocks from the layout: a block ends at a wider vertical gap, a change
 * of font size or heading style, a line that starts with a paragraph label, a line indented
 * differently from the block's continuation lines, or after a short line ending a sentence. Lines
 * continue across page breaks when the indentation says so.
 */
final class BlockSplitter {

  /**
   * Headings that stand alone even when a title line follows ("Article 5", "PART I", "Annex II", in
   * Chinese "第五条", "第二部分", "附件二" (OCR may read one numeral as a digit: "第1三十条"), in Arabic "المادة
   * 5", "الجزء الثاني", "المرفق الأول").
   */
  private static final Pattern STANDALONE =
      Pattern.compile(
          "(?i)^(article|part|annex|chapter|section|appendix|schedule)\\s+[\\w.]+(\\s*\\(.*\\))?$"
              + "|^第\\s?[0-9一二三四五六七八九十百〇零]{1,6}\\s?(条|部分|章|节)$"
              + "|^附件\\s?[0-9一二三四五六七八九十]{1,3}$"
              + "|^(المادة|الجزء|المرفق|الفصل|الفرع)\\s+[\\p{L}\\p{N}]+$");

  /** A line ending a sentence or clause, with the Chinese and Arabic marks. */
  private static final Pattern ENDS_SENTENCE =
      Pattern.compile(".*[.;:!?。；：！？\u061b\u061f]\\W{0,2}$");

  private static final Pattern PREFIXED_LABEL = Pattern.compile("(?i)(pp|op)\\s?\\d+.*");
  private static final Pattern SUFFIXED_LABEL = Pattern.compile("\\d+\\s+\\p{L}+");

  /**
   * Words that end a line in the middle of a reference ("… under paragraph⏎1 above"), in the UN's
   * languages written left to right: English, French, Spanish and Russian.
   */
  private static final Pattern REFERRING_END =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(paragraphs?|para\\.?|subparagraphs?|article|articles|and|or|to|in|of"
              + "|paragraphes?|alinéas?|à|au|aux|du|de|des|et|ou"
              + "|párrafos?|apartados?|incisos?|artículos?|al|del|y|o|en"
              + "|пункт[аеуом]*|подпункт[аеуом]*|стать[яиюей]|и|или|в)$");

  private final PageLayout layout;

  /** The pages read from their images: their lines tell no bold, italic or underline. */
  private final Set<Integer> recognized;

  BlockSplitter(PageLayout layout, Set<Integer> recognized) {
    this.layout = layout;
    this.recognized = Set.copyOf(recognized);
  }

  List<LineBlock> split(List<Line> body) {
    List<LineBlock> blocks = new ArrayList<>();
    LineBlock current = null;
    for (Line l : body) {
      boolean heading = isHeading(l) || current != null && continuesHeading(current, l);
      if (current == null || startsNew(current, l, heading)) {
        current = new LineBlock(l, heading);
        blocks.add(current);
      } else {
        current.lines.add(l);
      }
    }
    return blocks;
  }

  boolean isHeading(Line l) {
    String t = plain(l);
    if (t.length() > 200 || labelOnly(l)) {
      return false;
    }
    if (l.size() > layout.bodySize * 1.15f && t.length() < 200) {
      return true;
    }
    Optional<Labels.Found> label = Labels.locate(t);
    if (label.isPresent() && label.get().number().scheme() == ParagraphNumber.Scheme.ARABIC) {
      return false;
    }
    if (l.allBold() && t.chars().anyMatch(Character::isLetter)) {
      return true;
    }
    float indent = layout.indent(l);
    boolean centred = centred(l);
    // "Option 1: Each Party's first …" set deep in by its outline is text, however centred it
    // looks;
    // a centred line of a script without capitals (Chinese, Arabic) needs none
    boolean alternativeWithText =
        Labels.opensItem(t) && t.indexOf(':') >= 0 && t.indexOf(':') < t.length() - 2;
    return centred
        && !alternativeWithText
        && indent > l.size() * 3
        && l.x1() < layout.right(l.page()) - l.size() * 3
        && t.length() < 120
        && (Character.isUpperCase(t.codePointAt(0))
            || Character.isIdeographic(t.codePointAt(0))
            || Character.isLetter(t.codePointAt(0)) && RightToLeft.isRightToLeft(t))
        && !ENDS_SENTENCE.matcher(t).matches();
  }

  private boolean centred(Line l) {
    return Math.abs(l.centre() - layout.centre(l.page())) < l.size() * 1.5f
        || Math.abs(l.centre() - layout.width(l.page()) / 2) < l.size() * 1.5f;
  }

  /**
   * A centred line that goes on with the heading above it: a heading's later lines may start in
   * lower case ("Статья 38 / Стандарты и/или руководящие принципы, / разрабатываемые …"), which
   * {@link #isHeading} alone does not take for a heading when no bold tells it: on a page read by
   * OCR (on other pages the heading's style tells). The heading line above does not end a sentence,
   * the line is as close as the leading, starts with a lower-case letter, is indented (not a
   * justified line of text), and has no label.
   */
  private boolean continuesHeading(LineBlock b, Line l) {
    Line p = b.last();
    String t = plain(l).strip();
    return b.heading
        && recognized.contains(l.page())
        && p.page() == l.page()
        && l.baseline() > p.baseline()
        && l.baseline() - p.baseline() <= layout.leading(p.size()) * 1.35f
        && !ENDS_SENTENCE.matcher(p.text()).matches()
        && !t.isEmpty()
        && t.length() < 120
        && Character.isLowerCase(t.codePointAt(0))
        && centred(l)
        && layout.indent(l) > l.size()
        && Labels.locate(t).isEmpty();
  }

  /** A line that is nothing but a paragraph label ("Pp4", "12.", "(a)", "（一）"). */
  static boolean labelOnly(Line l) {
    String t = plain(l).strip();
    return t.length() <= 12
        && ParagraphNumber.parse(t).isPresent()
        && ParagraphNumber.parse(t).get().scheme() != ParagraphNumber.Scheme.OTHER
        && (t.endsWith(".")
            || t.endsWith(")")
            || t.endsWith("、")
            || t.endsWith("）")
            || PREFIXED_LABEL.matcher(t).matches()
            || SUFFIXED_LABEL.matcher(t).matches());
  }

  /**
   * Whether {@code l} starts a block. A Chinese line never opens with "、" (the typesetting rules
   * keep it at a line's end): one that does is a paragraph whose numeral OCR lost ("、缔约方").
   */
  private boolean startsNew(LineBlock b, Line l, boolean heading) {
    Line p = b.last();
    boolean samePage = p.page() == l.page();
    if (samePage && l.baseline() <= p.baseline()) {
      return true; // a second column or an out-of-order line
    }
    if (labelOnly(p) && b.lines.size() == 1) {
      return !(samePage
          && l.baseline() - p.baseline() < layout.leading(l.size()) * 1.6f
          && l.x0() > p.x0());
    }
    if (heading != b.heading) {
      return true;
    }
    if (endsShort(p) && emphasised(p) != emphasised(l)) {
      // a short line bold or italic throughout (a heading) and plain text: the structurer decides
      // whether they join
      return true;
    }
    if (Math.abs(l.size() - p.size()) > Math.max(l.size(), p.size()) * 0.15f) {
      return true;
    }
    float leading = layout.leading(p.size());
    if (samePage && l.baseline() - p.baseline() > leading * 1.35f) {
      return true;
    }
    if (heading) {
      return !samePage
          || STANDALONE.matcher(p.text().strip()).matches()
          || STANDALONE.matcher(l.text().strip()).matches();
    }
    if (labelOnly(l)
        || plain(l).startsWith("\u3001")
        || (Labels.locate(plain(l)).isPresent() || Labels.opensItem(l.text()))
            && !continuesSentence(p, l)) {
      return true;
    }
    float tol = Math.max(2.5f, l.size() * 0.35f);
    float indent = layout.indent(l);
    if (b.lines.size() == 1) {
      Line f = b.first();
      float firstIndent = layout.indent(f);
      float hanging = textStart(f) - layout.left(f.page());
      // a label longer than the usual hanging indent ("3quater.") pushes the first line's text
      // further right than the continuation lines: anything up to that text start continues
      boolean continues =
          indent <= Math.max(firstIndent, hanging) + tol
              || !endsShort(f)
                  && !ENDS_SENTENCE.matcher(f.text()).matches()
                  && indent > firstIndent;
      if (!continues) {
        return true;
      }
    } else {
      float cont = layout.indent(b.lines.get(1));
      if (Math.abs(indent - cont) > tol) {
        return true;
      }
    }
    // a preambular paragraph ends with a comma, and the next one opens with its participle
    // ("The General Assembly," / "Recalling …"), whether or not a gap or an indent sets it apart
    if (endsShort(p) && p.text().strip().endsWith(",") && Preambles.opens(plain(l).strip())) {
      return true;
    }
    return endsShort(p) && ENDS_SENTENCE.matcher(p.text()).matches();
  }

  /**
   * Whether the boundary between {@code prev} and the line {@code next} that starts a new block may
   * be the layout's rather than the author's: a full last line, then no wider gap than the leading
   * (a line that merely starts with something like a label: "2025." after "… April").
   */
  boolean mayBeLayoutBoundary(Line prev, Line next) {
    if (prev == null || endsShort(prev)) {
      return false;
    }
    return next.page() != prev.page()
        || next.baseline() - prev.baseline() <= layout.leading(prev.size()) * 1.35f;
  }

  private static boolean emphasised(Line l) {
    return l.allBold() || l.allItalic();
  }

  /**
   * A line starting with what looks like a label can still continue a sentence ("… paragraph\n 1.
   * above").
   */
  private static boolean continuesSentence(Line p, Line l) {
    String prev = p.text();
    char last = prev.charAt(prev.length() - 1);
    return Character.isLetter(last)
        && Character.isLowerCase(last)
        && REFERRING_END.matcher(prev).find();
  }

  private boolean endsShort(Line p) {
    float gap = Math.max(p.size() * 4, 30);
    return RightToLeft.isRightToLeft(p.text())
        ? p.x0() > layout.left(p.page()) + gap
        : p.x1() < layout.right(p.page()) - gap;
  }

  /** Where the text after a leading label starts (a hanging indent), else the line's start. */
  static float textStart(Line l) {
    Optional<Labels.Found> label = Labels.locate(plain(l));
    if (label.isEmpty() || RightToLeft.isRightToLeft(l.text())) {
      return l.x0();
    }
    int chars = 0;
    boolean opening = true;
    for (Span s : l.spans()) {
      opening &= s.raised();
      if (s.raised() && !opening) {
        continue;
      }
      if (chars >= label.get().end()) {
        return s.x0();
      }
      chars += s.text().length();
    }
    return l.x0();
  }

  /**
   * The line's text without raised spans after its first word (footnote markers, superscripts); a
   * raised span that opens the line is kept, since it is a label set a little high ("Pp3").
   */
  static String plain(Line l) {
    List<Span> spans = l.spans();
    int opening = 0;
    while (opening < spans.size() && spans.get(opening).raised()) {
      opening++;
    }
    boolean raised = false;
    for (int i = opening; i < spans.size(); i++) {
      raised |= spans.get(i).raised();
    }
    if (!raised) {
      return l.text();
    }
    StringBuilder sb = new StringBuilder(l.text().length());
    for (int i = 0; i < spans.size(); i++) {
      if (i < opening || !spans.get(i).raised()) {
        sb.append(spans.get(i).text());
      }
    }
    return sb.toString().strip();
  }
}
