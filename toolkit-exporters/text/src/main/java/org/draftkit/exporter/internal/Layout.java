package org.draftkit.exporter.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.model.Comment;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphNumber;

/**
 * How a document is laid out as text, shared by the plain-text and Markdown exporters: labels as
 * printed ("66.", "83 bis.", "(a)", "PP3"), the nesting depth of sub-items, the metadata line.
 * Stateless.
 */
public final class Layout {
  private Layout() {}

  /**
   * The label as a reader sees it before the text: "66.", "83 bis.", "I.", "A.", "(a)", "PP3"; null
   * if none.
   */
  public static String printedLabel(Paragraph p) {
    ParagraphNumber n = p.number();
    if (n == null) {
      return null;
    }
    return switch (n.scheme()) {
      case ARABIC, UPPER_ROMAN, UPPER_LETTER -> n.label() + ".";
      default -> n.label();
    };
  }

  /** True for a plain arabic label ("66"), which Markdown reads as an ordered-list marker "66.". */
  public static boolean isListLabel(Paragraph p) {
    ParagraphNumber n = p.number();
    return n != null
        && n.scheme() == ParagraphNumber.Scheme.ARABIC
        && n.parts().size() == 1
        && n.suffix() == 0
        && n.label().matches("\\d{1,9}");
  }

  /**
   * The nesting depth of every paragraph: 0 for top-level ones, parent's depth + 1 for sub-items.
   */
  public static int[] depths(Document doc) {
    List<Paragraph> ps = doc.paragraphs();
    int[] depth = new int[ps.size()];
    for (Paragraph p : ps) {
      depth[p.index()] = p.parent() == null ? 0 : depth[p.parent()] + 1;
    }
    return depth;
  }

  /** The index of the top-level paragraph a paragraph belongs to (itself when top-level). */
  public static int root(Document doc, int index) {
    Paragraph p = doc.paragraphs().get(index);
    while (p.parent() != null) {
      p = doc.paragraphs().get(p.parent());
    }
    return p.index();
  }

  /**
   * The metadata a reader sees at the top of a document, title excepted: symbol, revision, author,
   * date, distribution, session, agenda item — whichever are known.
   */
  public static List<String> metadataItems(Metadata m) {
    List<String> items = new ArrayList<>();
    add(items, m.symbol());
    add(items, m.revision());
    add(items, m.author());
    add(items, m.date() == null ? null : m.date().toString());
    add(items, m.distribution() == null ? null : "Distr.: " + m.distribution());
    add(items, m.session());
    add(items, m.agendaItem());
    return items;
  }

  /**
   * True when the document's first paragraph is a heading repeating the title (then the title is
   * not printed twice).
   */
  public static boolean titleIsFirstHeading(Document doc) {
    String title = doc.metadata().title();
    if (title == null || doc.paragraphs().isEmpty()) {
      return false;
    }
    Paragraph first = doc.paragraphs().get(0);
    return first.isHeading() && first.text().strip().equalsIgnoreCase(title.strip());
  }

  private static void add(List<String> items, String value) {
    if (value != null && !value.isBlank()) {
      items.add(value.strip());
    }
  }

  /** A comment as one entry: "[c1] US, 2025-12-02, on 83 bis (“anchor”): text". */
  public static String commentLine(Document doc, Comment c) {
    StringBuilder sb = new StringBuilder("[").append(c.id()).append(']');
    StringBuilder about = new StringBuilder();
    if (c.author() != null) {
      about.append(c.author());
    }
    if (c.date() != null) {
      about.append(about.length() > 0 ? ", " : "").append(c.date());
    }
    if (c.paragraph() != null && c.paragraph() < doc.paragraphs().size()) {
      Paragraph p = doc.paragraphs().get(c.paragraph());
      about
          .append(about.length() > 0 ? ", " : "")
          .append("on ")
          .append(p.label() != null ? p.label() : "paragraph at position " + (p.index() + 1));
    }
    if (c.anchorText() != null && !c.anchorText().isBlank()) {
      about.append(" (\u201c").append(oneLine(c.anchorText())).append("\u201d)");
    }
    if (about.length() > 0) {
      sb.append(' ').append(about);
    }
    return sb.append(": ").append(c.text()).toString();
  }

  /** The text on one line: inner line breaks and the white space around them become one space. */
  public static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
