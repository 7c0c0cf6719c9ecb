package org.draftkit.exporter.docx.internal;

import java.util.List;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;

/**
 * How a paragraph of the model is laid out in Word: its style, its indentation, its label as text.
 */
public final class Layout {
  private Layout() {}

  /** Indentation of one sub-item level (twips, 1 cm). */
  static final int LEVEL_INDENT = 567;

  /**
   * The label as printed before the text, with the space after it: "66. ", "83 bis. ", "I. ", "A.
   * ", "(a) ", "PP3 "; "" when the paragraph has none.
   */
  public static String label(Paragraph p) {
    ParagraphNumber n = p.number();
    if (n == null) {
      return "";
    }
    return switch (n.scheme()) {
      case ARABIC, UPPER_ROMAN, UPPER_LETTER -> n.label() + ". ";
      default -> n.label() + " ";
    };
  }

  /**
   * The paragraph style: Heading1 for sections ("I."), Heading2 for lettered ones ("A."), else
   * Normal (null).
   */
  public static String style(Paragraph p) {
    if (p.kind() != ParagraphKind.HEADING) {
      return null;
    }
    if (p.number() == null) {
      return "Heading1";
    }
    return switch (p.number().scheme()) {
      case UPPER_ROMAN -> "Heading1";
      case UPPER_LETTER -> "Heading2";
      default -> "Heading3";
    };
  }

  /** How many parents the paragraph has in {@code all} (0 for a top-level paragraph). */
  public static int depth(Paragraph p, List<Paragraph> all) {
    int depth = 0;
    Integer parent = p.parent();
    while (parent != null && depth < 10 && parent >= 0 && parent < all.size()) {
      depth++;
      parent = all.get(parent).parent();
    }
    return depth;
  }

  /** Starts a paragraph laid out like {@code p} (style, sub-item indentation). */
  public static WordParagraph open(WordDocument doc, Paragraph p, List<Paragraph> all) {
    WordParagraph wp = doc.paragraph(style(p));
    int depth = Layout.depth(p, all);
    if (depth > 0) {
      wp.indent(LEVEL_INDENT * depth, 0);
    }
    if (p.kind() == ParagraphKind.HEADING) {
      wp.keepNext();
    }
    return wp;
  }
}
