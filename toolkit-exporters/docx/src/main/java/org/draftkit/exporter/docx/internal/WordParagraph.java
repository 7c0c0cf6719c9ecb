package org.draftkit.exporter.docx.internal;

import jakarta.xml.bind.JAXBElement;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTFtnEdnRef;
import org.docx4j.wml.CTMoveBookmark;
import org.docx4j.wml.CTMoveFromRangeEnd;
import org.docx4j.wml.CTMoveToRangeEnd;
import org.docx4j.wml.CTTrackChange;
import org.docx4j.wml.CTVerticalAlignRun;
import org.docx4j.wml.CommentRangeEnd;
import org.docx4j.wml.CommentRangeStart;
import org.docx4j.wml.DelText;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.ParaRPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.RunTrackChange;
import org.docx4j.wml.STVerticalAlignRun;
import org.docx4j.wml.Text;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;
import org.draftkit.model.Mark;

/**
 * One paragraph being written: its properties, runs (plain or inside {@code w:ins}, {@code w:del},
 * {@code w:moveFrom}, {@code w:moveTo}), footnote references, comment and move ranges, and the
 * tracked state of its paragraph mark. Consecutive runs with the same revision and attribution
 * share one change element. Not thread-safe.
 */
public final class WordParagraph {

  private final WordDocument doc;
  private final ObjectFactory f;
  private final P p;
  private List<Object> open;
  private Revision openRevision = Revision.NONE;
  private Change openChange;
  /** The last plain-text run written, to extend when the next has the same look and place. */
  private R lastRun;
  private Object lastText;
  private Set<Mark> lastLook;

  WordParagraph(WordDocument doc, P p) {
    this.doc = doc;
    this.f = doc.factory;
    this.p = p;
  }

  /** Sets the paragraph style ({@code null} leaves Normal). */
  public WordParagraph style(String styleId) {
    if (styleId != null) {
      PPrBase.PStyle s = f.createPPrBasePStyle();
      s.setVal(styleId);
      pPr().setPStyle(s);
    }
    return this;
  }

  /** Indents the paragraph: {@code left} for every line, the first line {@code hanging} less (twips). */
  public WordParagraph indent(int left, int hanging) {
    PPrBase.Ind ind = f.createPPrBaseInd();
    ind.setLeft(BigInteger.valueOf(left));
    if (hanging > 0) {
      ind.setHanging(BigInteger.valueOf(hanging));
    }
    pPr().setInd(ind);
    return this;
  }

  /** Keeps the paragraph on the page of the next one (headings). */
  public WordParagraph keepNext() {
    pPr().setKeepNext(new BooleanDefaultTrue());
    return this;
  }

  /** Sets the space after the paragraph (twips). */
  public WordParagraph spacingAfter(int twips) {
    PPrBase.Spacing s = f.createPPrBaseSpacing();
    s.setAfter(BigInteger.valueOf(twips));
    pPr().setSpacing(s);
    return this;
  }

  /** Appends untracked text formatted by {@code marks} (bold, italic, underline, strike, superscript). */
  public WordParagraph text(String text, Set<Mark> marks) {
    return run(text, marks, Revision.NONE, null);
  }

  /**
   * Appends text formatted by {@code marks}, tracked as {@code revision} by {@code change}
   * (ignored for {@link Revision#NONE}). Deleted text is written as {@code w:delText}.
   */
  public WordParagraph run(String text, Set<Mark> marks, Revision revision, Change change) {
    if (text.isEmpty()) {
      return this;
    }
    List<Object> target = container(revision, change);
    Set<Mark> look = look(marks);
    if (lastRun != null && !target.isEmpty() && target.get(target.size() - 1) == lastRun && look.equals(lastLook)
        && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      if (lastText instanceof Text t) {
        t.setValue(t.getValue() + XmlText.clean(text));
        return this;
      }
      if (lastText instanceof DelText t) {
        t.setValue(t.getValue() + XmlText.clean(text));
        return this;
      }
    }
    R r = newRun(marks, null);
    addText(r, text, revision == Revision.DELETE);
    target.add(r);
    lastRun = r;
    lastLook = look;
    Object lastChild = r.getContent().isEmpty() ? null : r.getContent().get(r.getContent().size() - 1);
    lastText = lastChild instanceof JAXBElement<?> e ? e.getValue() : lastChild;
    return this;
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

  /**
   * Appends a reference to footnote {@code id} (from {@link WordDocument#footnote}), tracked like
   * {@link #run}. With a custom mark, the mark is printed instead of Word's number.
   */
  public WordParagraph footnoteReference(int id, String customMark, Revision revision, Change change) {
    R r = newRun(Set.of(), WordDocument.STYLE_FOOTNOTE_REFERENCE);
    CTFtnEdnRef ref = f.createCTFtnEdnRef();
    ref.setId(BigInteger.valueOf(id));
    if (customMark != null) {
      ref.setCustomMarkFollows(Boolean.TRUE);
    }
    r.getContent().add(f.createRFootnoteReference(ref));
    if (customMark != null) {
      addText(r, customMark, revision == Revision.DELETE);
    }
    container(revision, change).add(r);
    return this;
  }

  /** Opens the range comment {@code id} is anchored on. */
  public WordParagraph commentStart(int id) {
    close();
    CommentRangeStart s = f.createCommentRangeStart();
    s.setId(BigInteger.valueOf(id));
    p.getContent().add(s);
    return this;
  }

  /** Closes the range of comment {@code id} and places its reference mark. */
  public WordParagraph commentEnd(int id) {
    close();
    CommentRangeEnd e = f.createCommentRangeEnd();
    e.setId(BigInteger.valueOf(id));
    p.getContent().add(e);
    R r = newRun(Set.of(), WordDocument.STYLE_COMMENT_REFERENCE);
    R.CommentReference ref = f.createRCommentReference();
    ref.setId(BigInteger.valueOf(id));
    r.getContent().add(f.createRCommentReference(ref));
    p.getContent().add(r);
    return this;
  }

  /**
   * Opens a named move range ({@link Revision#MOVE_FROM} at the origin, {@link Revision#MOVE_TO}
   * at the destination; both carry the same name) and returns its id for {@link #moveRangeEnd}.
   */
  public int moveRangeStart(Revision side, String name, Change change) {
    close();
    CTMoveBookmark b = f.createCTMoveBookmark();
    int id = doc.nextMarkupId();
    b.setId(BigInteger.valueOf(id));
    b.setName(name);
    b.setAuthor(change.author());
    b.setDate(doc.calendar(change.date()));
    p.getContent().add(side == Revision.MOVE_FROM ? f.createPMoveFromRangeStart(b) : f.createPMoveToRangeStart(b));
    return id;
  }

  /** Closes the move range {@code id}. */
  public WordParagraph moveRangeEnd(Revision side, int id) {
    close();
    if (side == Revision.MOVE_FROM) {
      CTMoveFromRangeEnd e = f.createCTMoveFromRangeEnd();
      e.setId(BigInteger.valueOf(id));
      p.getContent().add(f.createPMoveFromRangeEnd(e));
    } else {
      CTMoveToRangeEnd e = f.createCTMoveToRangeEnd();
      e.setId(BigInteger.valueOf(id));
      p.getContent().add(f.createPMoveToRangeEnd(e));
    }
    return this;
  }

  /**
   * Tracks the paragraph mark itself: an inserted mark disappears when the insertion is rejected,
   * a deleted one when the deletion is accepted (joining the paragraph with the next).
   */
  public WordParagraph mark(Revision revision, Change change) {
    if (revision == Revision.NONE) {
      return this;
    }
    ParaRPr rPr = pPr().getRPr();
    if (rPr == null) {
      rPr = f.createParaRPr();
      pPr().setRPr(rPr);
    }
    CTTrackChange t = doc.track(f.createCTTrackChange(), change);
    switch (revision) {
      case INSERT -> rPr.setIns(t);
      case DELETE -> rPr.setDel(t);
      case MOVE_FROM -> rPr.setMoveFrom(t);
      case MOVE_TO -> rPr.setMoveTo(t);
      default -> throw new IllegalArgumentException("revision " + revision);
    }
    return this;
  }

  /** A run in a character style, appended untracked (used for reference marks). */
  R styledRun(String styleId) {
    close();
    R r = newRun(Set.of(), styleId);
    p.getContent().add(r);
    return r;
  }

  private PPr pPr() {
    PPr pPr = p.getPPr();
    if (pPr == null) {
      pPr = f.createPPr();
      p.setPPr(pPr);
    }
    return pPr;
  }

  private void close() {
    open = null;
    openRevision = Revision.NONE;
    openChange = null;
  }

  private List<Object> container(Revision revision, Change change) {
    if (revision == Revision.NONE) {
      close();
      return p.getContent();
    }
    if (open != null && openRevision == revision && openChange.equals(change)) {
      return open;
    }
    switch (revision) {
      case INSERT -> {
        RunIns ins = doc.track(f.createRunIns(), change);
        p.getContent().add(ins);
        open = ins.getCustomXmlOrSmartTagOrSdt();
      }
      case DELETE -> {
        RunDel del = doc.track(f.createRunDel(), change);
        p.getContent().add(del);
        open = del.getCustomXmlOrSmartTagOrSdt();
      }
      case MOVE_FROM, MOVE_TO -> {
        RunTrackChange move = doc.track(f.createRunTrackChange(), change);
        p.getContent().add(revision == Revision.MOVE_FROM ? f.createPMoveFrom(move) : f.createPMoveTo(move));
        open = move.getAccOrBarOrBox();
      }
      default -> throw new IllegalArgumentException("revision " + revision);
    }
    openRevision = revision;
    openChange = change;
    return open;
  }

  private R newRun(Set<Mark> marks, String styleId) {
    R r = f.createR();
    RPr rPr = null;
    if (styleId != null) {
      rPr = f.createRPr();
      RStyle s = f.createRStyle();
      s.setVal(styleId);
      rPr.setRStyle(s);
    }
    for (Mark m : marks) {
      if (!WordDocument.isFormatting(m)) {
        continue;
      }
      if (rPr == null) {
        rPr = f.createRPr();
      }
      switch (m) {
        case BOLD -> rPr.setB(new BooleanDefaultTrue());
        case ITALIC -> rPr.setI(new BooleanDefaultTrue());
        case STRIKE -> rPr.setStrike(new BooleanDefaultTrue());
        case UNDERLINE -> {
          U u = f.createU();
          u.setVal(UnderlineEnumeration.SINGLE);
          rPr.setU(u);
        }
        case SUPERSCRIPT -> {
          CTVerticalAlignRun v = f.createCTVerticalAlignRun();
          v.setVal(STVerticalAlignRun.SUPERSCRIPT);
          rPr.setVertAlign(v);
        }
        default -> { }
      }
    }
    if (rPr != null) {
      r.setRPr(rPr);
    }
    return r;
  }

  private void addText(R r, String text, boolean deleted) {
    String clean = XmlText.clean(text);
    int start = 0;
    for (int i = 0; i <= clean.length(); i++) {
      char c = i < clean.length() ? clean.charAt(i) : '\n';
      boolean end = i == clean.length();
      if (c != '\t' && c != '\n' && c != '\r' && !end) {
        continue;
      }
      if (i > start) {
        r.getContent().add(textElement(clean.substring(start, i), deleted));
      }
      if (!end) {
        if (c == '\t') {
          r.getContent().add(f.createRTab(f.createRTab()));
        } else if (c == '\n') {
          r.getContent().add(f.createBr());
        }
      }
      start = i + 1;
    }
  }

  private Object textElement(String s, boolean deleted) {
    if (deleted) {
      DelText t = f.createDelText();
      t.setValue(s);
      t.setSpace("preserve");
      return t;
    }
    return text(f, s);
  }

  /** A {@code w:t} keeping its spaces. */
  static Object text(ObjectFactory f, String s) {
    Text t = f.createText();
    t.setValue(XmlText.clean(s));
    t.setSpace("preserve");
    return f.createRT(t);
  }
}
