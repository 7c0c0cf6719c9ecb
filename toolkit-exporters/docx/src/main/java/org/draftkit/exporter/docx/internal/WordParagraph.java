package org.draftkit.exporter.docx.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.draftkit.model.Mark;

/**
 * One paragraph being written: its properties, runs (plain or inside {@code w:ins}, {@code w:del},
 * {@code w:moveFrom}, {@code w:moveTo}), footnote references, comment and move ranges, and the
 * tracked state of its paragraph mark. Consecutive runs with the same revision and attribution
 * share one change element; consecutive text of the same look shares one run. Not thread-safe.
 */
public final class WordParagraph {

  /** The schema order of the paragraph properties written here (CT_PPr). */
  private static final List<String> PPR =
      List.of("w:pStyle", "w:keepNext", "w:spacing", "w:ind", "w:rPr");

  /** The schema order of the tracked paragraph-mark properties (CT_ParaRPr). */
  private static final List<String> PARA_RPR = List.of("w:ins", "w:del", "w:moveFrom", "w:moveTo");

  private final WordDocument doc;
  private final XmlElement p;
  private XmlElement open;
  private Revision openRevision = Revision.NONE;
  private Change openChange;

  /**
   * The last text run written and its text element, to extend when the next has the same look and
   * place.
   */
  private XmlElement lastRun;

  private XmlElement lastText;
  private Set<Mark> lastLook;

  WordParagraph(WordDocument doc, XmlElement p) {
    this.doc = doc;
    this.p = p;
  }

  /** Sets the paragraph style ({@code null} leaves Normal). */
  public WordParagraph style(String styleId) {
    if (styleId != null) {
      pPr().set(new XmlElement("w:pStyle").attr("w:val", styleId), PPR);
    }
    return this;
  }

  /**
   * Indents the paragraph: {@code left} for every line, the first line {@code hanging} less
   * (twips).
   */
  public WordParagraph indent(int left, int hanging) {
    XmlElement ind = new XmlElement("w:ind").attr("w:left", left);
    if (hanging > 0) {
      ind.attr("w:hanging", hanging);
    }
    pPr().set(ind, PPR);
    return this;
  }

  /** Keeps the paragraph on the page of the next one (headings). */
  public WordParagraph keepNext() {
    pPr().set(new XmlElement("w:keepNext"), PPR);
    return this;
  }

  /** Sets the space after the paragraph (twips). */
  public WordParagraph spacingAfter(int twips) {
    pPr().set(new XmlElement("w:spacing").attr("w:after", twips), PPR);
    return this;
  }

  /**
   * Appends untracked text formatted by {@code marks} (bold, italic, underline, strike,
   * superscript).
   */
  public WordParagraph text(String text, Set<Mark> marks) {
    return run(text, marks, Revision.NONE, null);
  }

  /**
   * Appends text formatted by {@code marks}, tracked as {@code revision} by {@code change} (ignored
   * for {@link Revision#NONE}). Deleted text is written as {@code w:delText}.
   */
  public WordParagraph run(String text, Set<Mark> marks, Revision revision, Change change) {
    if (text.isEmpty()) {
      return this;
    }
    XmlElement target = container(revision, change);
    Set<Mark> look = look(marks);
    List<XmlElement> siblings = target.children();
    if (lastRun != null
        && !siblings.isEmpty()
        && siblings.get(siblings.size() - 1) == lastRun
        && lastText != null
        && look.equals(lastLook)
        && text.indexOf('\t') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      lastText.text(XmlText.clean(text));
      return this;
    }
    XmlElement r = newRun(look, null);
    lastText = addText(r, text, revision == Revision.DELETE);
    target.add(r);
    lastRun = r;
    lastLook = look;
    return this;
  }

  /**
   * Appends a reference to footnote {@code id} (from {@link WordDocument#footnote}), tracked like
   * {@link #run}. With a custom mark, the mark is printed instead of Word's number.
   */
  public WordParagraph footnoteReference(
      int id, String customMark, Revision revision, Change change) {
    XmlElement r = newRun(Set.of(), WordDocument.STYLE_FOOTNOTE_REFERENCE);
    XmlElement ref = r.add("w:footnoteReference");
    if (customMark != null) {
      ref.attr("w:customMarkFollows", "1");
    }
    ref.attr("w:id", id);
    if (customMark != null) {
      addText(r, customMark, revision == Revision.DELETE);
    }
    container(revision, change).add(r);
    return this;
  }

  /** Opens the range comment {@code id} is anchored on. */
  public WordParagraph commentStart(int id) {
    close();
    p.add("w:commentRangeStart").attr("w:id", id);
    return this;
  }

  /** Closes the range of comment {@code id} and places its reference mark. */
  public WordParagraph commentEnd(int id) {
    close();
    p.add("w:commentRangeEnd").attr("w:id", id);
    XmlElement r = newRun(Set.of(), WordDocument.STYLE_COMMENT_REFERENCE);
    r.add("w:commentReference").attr("w:id", id);
    p.add(r);
    return this;
  }

  /**
   * Opens a named move range ({@link Revision#MOVE_FROM} at the origin, {@link Revision#MOVE_TO} at
   * the destination; both carry the same name) and returns its id for {@link #moveRangeEnd}.
   * ECMA-376 requires both {@code w:author} and {@code w:date} here: an undated change gets {@link
   * Change#UNDATED}.
   */
  public int moveRangeStart(Revision side, String name, Change change) {
    close();
    int id = doc.nextMarkupId();
    p.add(side == Revision.MOVE_FROM ? "w:moveFromRangeStart" : "w:moveToRangeStart")
        .attr("w:author", change.author())
        .attr("w:date", change.requiredDate())
        .attr("w:name", name)
        .attr("w:id", id);
    return id;
  }

  /** Closes the move range {@code id}. */
  public WordParagraph moveRangeEnd(Revision side, int id) {
    close();
    p.add(side == Revision.MOVE_FROM ? "w:moveFromRangeEnd" : "w:moveToRangeEnd").attr("w:id", id);
    return this;
  }

  /**
   * Tracks the paragraph mark itself: an inserted mark disappears when the insertion is rejected, a
   * deleted one when the deletion is accepted (joining the paragraph with the next).
   */
  public WordParagraph mark(Revision revision, Change change) {
    if (revision == Revision.NONE) {
      return this;
    }
    XmlElement rPr = pPr().first("w:rPr");
    if (rPr == null) {
      rPr = pPr().set(new XmlElement("w:rPr"), PPR);
    }
    rPr.set(doc.track(new XmlElement(element(revision)), change), PARA_RPR);
    return this;
  }

  /** A run in a character style, appended untracked (used for reference marks). */
  XmlElement styledRun(String styleId) {
    close();
    return p.add(newRun(Set.of(), styleId));
  }

  private XmlElement pPr() {
    List<XmlElement> children = p.children();
    if (!children.isEmpty() && children.get(0).name().equals("w:pPr")) {
      return children.get(0);
    }
    XmlElement pPr = new XmlElement("w:pPr");
    children.add(0, pPr);
    return pPr;
  }

  private void close() {
    open = null;
    openRevision = Revision.NONE;
    openChange = null;
  }

  private XmlElement container(Revision revision, Change change) {
    if (revision == Revision.NONE) {
      close();
      return p;
    }
    if (open != null && openRevision == revision && openChange.equals(change)) {
      return open;
    }
    open = p.add(doc.track(new XmlElement(element(revision)), change));
    openRevision = revision;
    openChange = change;
    return open;
  }

  private static String element(Revision revision) {
    return switch (revision) {
      case INSERT -> "w:ins";
      case DELETE -> "w:del";
      case MOVE_FROM -> "w:moveFrom";
      case MOVE_TO -> "w:moveTo";
      case NONE -> throw new IllegalArgumentException("an untracked run has no change element");
    };
  }

  private static Set<Mark> look(Set<Mark> marks) {
    EnumSet<Mark> look = EnumSet.noneOf(Mark.class);
    for (Mark m : marks) {
      if (WordDocument.isFormatting(m)) {
        look.add(m);
      }
    }
    return look;
  }

  /** A run with the formatting of {@code look} (written in the schema's CT_RPr order). */
  private static XmlElement newRun(Set<Mark> look, String styleId) {
    XmlElement r = new XmlElement("w:r");
    if (styleId == null && look.isEmpty()) {
      return r;
    }
    XmlElement rPr = r.add("w:rPr");
    if (styleId != null) {
      rPr.add("w:rStyle").attr("w:val", styleId);
    }
    if (look.contains(Mark.BOLD)) {
      rPr.add("w:b");
    }
    if (look.contains(Mark.ITALIC)) {
      rPr.add("w:i");
    }
    if (look.contains(Mark.STRIKE)) {
      rPr.add("w:strike");
    }
    if (look.contains(Mark.UNDERLINE)) {
      rPr.add("w:u").attr("w:val", "single");
    }
    if (look.contains(Mark.SUPERSCRIPT)) {
      rPr.add("w:vertAlign").attr("w:val", "superscript");
    }
    return r;
  }

  /**
   * Adds text to a run (tabs and line breaks as their elements); returns the last text element, or
   * null.
   */
  private static XmlElement addText(XmlElement r, String text, boolean deleted) {
    String clean = XmlText.clean(text);
    XmlElement last = null;
    int start = 0;
    for (int i = 0; i <= clean.length(); i++) {
      boolean end = i == clean.length();
      char c = end ? '\n' : clean.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r' && !end) {
        continue;
      }
      if (i > start) {
        last = r.add(textElement(deleted ? "w:delText" : "w:t", clean.substring(start, i)));
      }
      if (!end) {
        last = null;
        if (c == '\t') {
          r.add("w:tab");
        } else if (c == '\n') {
          r.add("w:br");
        }
      }
      start = i + 1;
    }
    return last;
  }

  /** A {@code w:t} or {@code w:delText} keeping its spaces. */
  static XmlElement textElement(String name, String s) {
    return new XmlElement(name).attr("xml:space", "preserve").text(XmlText.clean(s));
  }
}
