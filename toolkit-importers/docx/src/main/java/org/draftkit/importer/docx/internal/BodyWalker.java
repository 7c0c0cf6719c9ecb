package org.draftkit.importer.docx.internal;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.datatype.XMLGregorianCalendar;
import org.docx4j.TraversalUtil;
import org.docx4j.mce.AlternateContent;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTFtnEdnRef;
import org.docx4j.wml.CTMarkup;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.CTTrackChange;
import org.docx4j.wml.CTTxbxContent;
import org.docx4j.wml.CommentRangeEnd;
import org.docx4j.wml.CommentRangeStart;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.DelText;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.ParaRPr;
import org.docx4j.wml.Pict;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.RunTrackChange;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * Walks WordprocessingML block content (a body, a table cell, a note, a comment, a header) into
 * {@link Block}s with marked runs. One walker per part and read; not thread-safe.
 *
 * <p>Visible text only: field instructions are skipped and their results kept; deleted text is
 * kept with {@link Mark#DELETE}; hidden ({@code w:vanish}) text is left out and counted; tabs and
 * breaks become spaces; non-breaking hyphens become hyphens.
 */
final class BodyWalker {

  /** Labels footnote and endnote references in the order the body meets them. */
  interface NoteLabels {
    /**
     * The label to print for a reference.
     *
     * @param endnote true for an endnote reference
     * @param id the note id
     * @param customMark the mark typed after the reference, or null for automatic numbering
     */
    String label(boolean endnote, String id, String customMark);
  }

  /** Where comment anchors go. */
  static final class CommentAnchors {
    /** comment id → index (into the body's blocks) of the paragraph it is anchored on */
    final Map<String, Integer> paragraph = new TreeMap<>();
    /** comment id → anchored text */
    final Map<String, StringBuilder> text = new TreeMap<>();
  }

  private record Change(Mark mark, String author, String date) {}

  private final StyleSheet styles;
  private final ListNumbering numbering;
  private final NoteLabels notes;
  private final CommentAnchors anchors;
  private final List<Block> blocks = new ArrayList<>();

  private final Deque<Change> changes = new ArrayDeque<>();
  /** Open fields: true once past the separator, i.e. in the result. */
  private final Deque<Boolean> fields = new ArrayDeque<>();
  /** Open comment ranges, in the order they were opened. */
  private final List<String> openComments = new ArrayList<>();
  private final List<List<Object>> pendingTextBoxes = new ArrayList<>();
  /** Comment ids some text run carries as its ref. */
  private final java.util.Set<String> commentsOnRuns = new java.util.HashSet<>();

  private Block current;
  private RunFormat paragraphFormat = RunFormat.NONE;
  private int tableDepth;
  private boolean inTextBox;
  private int ordinal;
  private String pendingCustomMark;
  private boolean pendingCustomEndnote;
  private int hiddenWords;
  private int skippedObjects;

  /**
   * @param numbering list numbering to count body paragraphs with, or null (notes, comments)
   * @param anchors where comment ranges are recorded, or null to ignore them
   */
  BodyWalker(StyleSheet styles, ListNumbering numbering, NoteLabels notes, CommentAnchors anchors) {
    this.styles = styles;
    this.numbering = numbering;
    this.notes = notes;
    this.anchors = anchors;
  }

  /** Walks block-level content and returns every paragraph met so far. */
  List<Block> walk(List<Object> content) {
    blocks(content);
    return blocks;
  }

  /** Words of hidden text left out. */
  int hiddenWords() {
    return hiddenWords;
  }

  /** Embedded objects (equations, OLE objects) whose text could not be read. */
  int skippedObjects() {
    return skippedObjects;
  }

  private void blocks(List<Object> content) {
    if (content == null) {
      return;
    }
    for (Object item : content) {
      block(item);
    }
  }

  private void block(Object item) {
    Object o = unwrap(item);
    if (o instanceof P p) {
      paragraph(p);
    } else if (o instanceof Tbl t) {
      table(t);
    } else if (o instanceof SdtElement sdt) {
      if (sdt.getSdtContent() != null) {
        blocks(sdt.getSdtContent().getContent());
      }
    } else if (o instanceof CommentRangeStart s) {
      openComment(str(s.getId()));
    } else if (o instanceof CommentRangeEnd e) {
      openComments.remove(str(e.getId()));
    } else if (o instanceof RunIns || o instanceof RunDel || o instanceof R) {
      // run-level content directly in a block container (malformed but seen): keep its text
      if (current == null) {
        startParagraph(null);
        inline(o);
        endParagraph();
      } else {
        inline(o);
      }
    } else if (o instanceof ContentAccessor ca) {
      blocks(ca.getContent());
    }
  }

  private void table(Tbl t) {
    tableDepth++;
    for (Object rowItem : t.getContent()) {
      Object row = unwrap(rowItem);
      if (row instanceof Tr tr) {
        row(tr);
      } else if (row instanceof SdtElement sdt && sdt.getSdtContent() != null) {
        for (Object inner : sdt.getSdtContent().getContent()) {
          if (unwrap(inner) instanceof Tr tr) {
            row(tr);
          } else {
            block(inner);
          }
        }
      } else {
        block(row);
      }
    }
    tableDepth--;
  }

  private void row(Tr tr) {
    for (Object cellItem : tr.getContent()) {
      Object cell = unwrap(cellItem);
      if (cell instanceof Tc tc) {
        blocks(tc.getContent());
      } else if (cell instanceof SdtElement sdt && sdt.getSdtContent() != null) {
        for (Object inner : sdt.getSdtContent().getContent()) {
          if (unwrap(inner) instanceof Tc tc) {
            blocks(tc.getContent());
          } else {
            block(inner);
          }
        }
      } else {
        block(cell);
      }
    }
  }

  private void paragraph(P p) {
    startParagraph(p.getPPr());
    for (Object item : p.getContent()) {
      inline(item);
    }
    endParagraph();
  }

  private void startParagraph(PPr pPr) {
    current = new Block(++ordinal);
    current.tableDepth = tableDepth;
    current.textBox = inTextBox;
    String style = styles.paragraphStyle(pPr);
    current.style = style;
    paragraphFormat = styles.paragraphRunFormat(style);
    int outline = styles.outlineLevel(style);
    if (pPr != null && pPr.getOutlineLvl() != null && pPr.getOutlineLvl().getVal() != null) {
      int v = pPr.getOutlineLvl().getVal().intValue();
      outline = v < 9 ? v : -1;
    }
    current.outlineLevel = outline;
    if (pPr != null) {
      ParaRPr mark = pPr.getRPr();
      if (mark != null) {
        if (mark.getIns() != null) {
          current.markChange = new Block.MarkChange(Mark.INSERT, mark.getIns().getAuthor(), date(mark.getIns()));
        } else if (mark.getDel() != null) {
          current.markChange = new Block.MarkChange(Mark.DELETE, mark.getDel().getAuthor(), date(mark.getDel()));
        } else if (mark.getMoveFrom() != null) {
          current.markChange = new Block.MarkChange(Mark.MOVE_FROM, mark.getMoveFrom().getAuthor(),
              date(mark.getMoveFrom()));
        } else if (mark.getMoveTo() != null) {
          current.markChange = new Block.MarkChange(Mark.MOVE_TO, mark.getMoveTo().getAuthor(),
              date(mark.getMoveTo()));
        }
      }
    }
    if (numbering != null) {
      current.label = label(pPr, style);
    }
    blocks.add(current);
  }

  private ListNumbering.Label label(PPr pPr, String style) {
    String numId = null;
    int ilvl = -1;
    if (pPr != null && pPr.getNumPr() != null) {
      if (pPr.getNumPr().getNumId() != null && pPr.getNumPr().getNumId().getVal() != null) {
        numId = pPr.getNumPr().getNumId().getVal().toString();
      }
      if (pPr.getNumPr().getIlvl() != null && pPr.getNumPr().getIlvl().getVal() != null) {
        ilvl = pPr.getNumPr().getIlvl().getVal().intValue();
      }
    }
    StyleSheet.StyleNumbering fromStyle = styles.numbering(style);
    if (numId == null && fromStyle != null) {
      numId = fromStyle.numId();
      if (ilvl < 0) {
        ilvl = fromStyle.ilvl();
      }
    }
    if (numId == null || "0".equals(numId)) {
      return null;
    }
    if (ilvl < 0) {
      ilvl = Math.max(0, numbering.levelForStyle(numId, style));
    }
    return numbering.next(numId, ilvl);
  }

  private void endParagraph() {
    current = null;
    paragraphFormat = RunFormat.NONE;
    if (!pendingTextBoxes.isEmpty()) {
      List<List<Object>> boxes = new ArrayList<>(pendingTextBoxes);
      pendingTextBoxes.clear();
      boolean was = inTextBox;
      inTextBox = true;
      for (List<Object> box : boxes) {
        blocks(box);
      }
      inTextBox = was;
    }
  }

  private void inline(Object item) {
    Object o = unwrap(item);
    if (o instanceof R r) {
      run(r);
    } else if (o instanceof RunIns ins) {
      withChange(new Change(Mark.INSERT, ins.getAuthor(), date(ins)), ins.getCustomXmlOrSmartTagOrSdt());
    } else if (o instanceof RunDel del) {
      withChange(new Change(Mark.DELETE, del.getAuthor(), date(del)), del.getCustomXmlOrSmartTagOrSdt());
    } else if (o instanceof RunTrackChange move && item instanceof JAXBElement<?> el) {
      String name = el.getName().getLocalPart();
      Mark mark = "moveFrom".equals(name) ? Mark.MOVE_FROM : "moveTo".equals(name) ? Mark.MOVE_TO : null;
      if (mark == null) {
        inlines(move.getAccOrBarOrBox());
      } else {
        withChange(new Change(mark, move.getAuthor(), date(move)), move.getAccOrBarOrBox());
      }
    } else if (o instanceof CommentRangeStart s) {
      openComment(str(s.getId()));
    } else if (o instanceof CommentRangeEnd e) {
      openComments.remove(str(e.getId()));
    } else if (o instanceof SdtElement sdt) {
      if (sdt.getSdtContent() != null) {
        inlines(sdt.getSdtContent().getContent());
      }
    } else if (o instanceof CTSimpleField f) {
      inlines(f.getContent());
    } else if (o instanceof P nested) {
      // a paragraph inside a paragraph (malformed content controls): keep it as its own paragraph
      pendingTextBoxes.add(List.of(nested));
    } else if (o instanceof ContentAccessor ca) {
      // hyperlinks, smart tags, custom XML, bidi overrides
      inlines(ca.getContent());
    } else if (o instanceof CTMarkup || o instanceof org.docx4j.wml.ProofErr) {
      // bookmarks, move ranges, permissions, proofing marks: no text
    } else if (o != null && o.getClass().getName().startsWith("org.docx4j.math.")) {
      skippedObjects++;
    }
  }

  private void inlines(List<Object> content) {
    if (content != null) {
      for (Object o : content) {
        inline(o);
      }
    }
  }

  private void withChange(Change change, List<Object> content) {
    changes.push(change);
    try {
      inlines(content);
    } finally {
      changes.pop();
    }
  }

  private void run(R r) {
    RunFormat f = runFormat(r.getRPr());
    for (Object item : r.getContent()) {
      Object o = unwrap(item);
      String name = item instanceof JAXBElement<?> el ? el.getName().getLocalPart() : "";
      if (o instanceof Text t) {
        if (name.equals("instrText") || name.equals("delInstrText")) {
          continue;
        }
        text(t.getValue(), f);
      } else if (o instanceof DelText t) {
        text(t.getValue(), f);
      } else if (o instanceof R.Tab || o instanceof R.Ptab || o instanceof R.Cr) {
        text(" ", f);
      } else if (o instanceof Br) {
        text(" ", f);
      } else if (o instanceof R.NoBreakHyphen) {
        text("-", f);
      } else if (o instanceof R.Sym sym) {
        text(symbol(sym), f);
      } else if (o instanceof FldChar fc) {
        fieldChar(fc);
      } else if (o instanceof CTFtnEdnRef ref) {
        noteReference(name.startsWith("endnote"), ref, f);
      } else if (o instanceof R.CommentReference cr) {
        commentReference(str(cr.getId()));
      } else if (o instanceof Drawing || o instanceof Pict || o instanceof AlternateContent) {
        collectTextBoxes(o, 0);
      } else if (o instanceof org.docx4j.wml.CTObject) {
        skippedObjects++;
      }
    }
    if (pendingCustomMark != null) {
      // the custom mark never came: fall back to automatic numbering
      String id = pendingCustomMark;
      pendingCustomMark = null;
      emit(notes.label(pendingCustomEndnote, id, null), f, Mark.FOOTNOTE_REFERENCE, id);
    }
  }

  private RunFormat runFormat(RPr rPr) {
    RunFormat f = paragraphFormat;
    if (rPr != null) {
      if (rPr.getRStyle() != null && rPr.getRStyle().getVal() != null) {
        f = f.toggle(styles.characterFormat(rPr.getRStyle().getVal()));
      }
      f = f.overlay(StyleSheet.of(rPr));
    }
    return f;
  }

  private void fieldChar(FldChar fc) {
    STFldCharType type = fc.getFldCharType();
    if (type == STFldCharType.BEGIN) {
      fields.push(Boolean.FALSE);
    } else if (type == STFldCharType.SEPARATE) {
      if (!fields.isEmpty()) {
        fields.pop();
        fields.push(Boolean.TRUE);
      }
    } else if (type == STFldCharType.END) {
      if (!fields.isEmpty()) {
        fields.pop();
      }
    }
  }

  private boolean inFieldInstruction() {
    for (Boolean inResult : fields) {
      if (!inResult) {
        return true;
      }
    }
    return false;
  }

  private void text(String value, RunFormat f) {
    if (value == null || value.isEmpty() || inFieldInstruction()) {
      return;
    }
    if (pendingCustomMark != null) {
      String id = pendingCustomMark;
      pendingCustomMark = null;
      emit(notes.label(pendingCustomEndnote, id, value), f, Mark.FOOTNOTE_REFERENCE, id);
      return;
    }
    if (f.isHidden()) {
      hiddenWords += Words.count(value);
      return;
    }
    emit(value, f, null, null);
  }

  private void noteReference(boolean endnote, CTFtnEdnRef ref, RunFormat f) {
    String id = str(ref.getId());
    if (id == null || notes == null) {
      return;
    }
    String key = (endnote ? "e" : "f") + id;
    if (ref.isCustomMarkFollows()) {
      pendingCustomMark = key;
      pendingCustomEndnote = endnote;
      return;
    }
    emit(notes.label(endnote, key, null), f, Mark.FOOTNOTE_REFERENCE, key);
  }

  private void emit(String value, RunFormat f, Mark special, String noteKey) {
    if (current == null) {
      startParagraph(null);
    }
    EnumSet<Mark> marks = f.marks();
    String author = null;
    String date = null;
    Change change = changes.peek();
    if (change != null) {
      marks.add(change.mark());
      author = change.author();
      date = change.date();
    }
    String ref = null;
    if (special == Mark.FOOTNOTE_REFERENCE) {
      marks.add(Mark.FOOTNOTE_REFERENCE);
      marks.remove(Mark.SUPERSCRIPT);
      ref = value;
    } else if (!openComments.isEmpty()) {
      marks.add(Mark.COMMENT_ANCHOR);
      ref = openComments.get(openComments.size() - 1);
      commentsOnRuns.add(ref);
    }
    if (anchors != null) {
      for (String id : openComments) {
        anchors.text.computeIfAbsent(id, k -> new StringBuilder()).append(value);
      }
    }
    current.runs.add(new Run(value, marks, author, date, ref));
  }

  private void openComment(String id) {
    if (id == null) {
      return;
    }
    openComments.remove(id);
    openComments.add(id);
    if (anchors != null && current != null) {
      anchors.paragraph.putIfAbsent(id, blocks.size() - 1);
    } else if (anchors != null) {
      anchors.paragraph.putIfAbsent(id, blocks.size());
    }
  }

  private void commentReference(String id) {
    if (id == null || anchors == null) {
      return;
    }
    if (current == null) {
      startParagraph(null);
    }
    anchors.paragraph.putIfAbsent(id, blocks.size() - 1);
    if (commentsOnRuns.add(id)) {
      // a point comment, or one whose text is covered by a comment opened inside it: mark where
      // its reference sits with an empty anchor run, so every comment is found on some run
      Change change = changes.peek();
      EnumSet<Mark> marks = EnumSet.of(Mark.COMMENT_ANCHOR);
      if (change != null) {
        marks.add(change.mark());
      }
      current.runs.add(new Run("", marks, change == null ? null : change.author(),
          change == null ? null : change.date(), id));
    }
  }

  private void collectTextBoxes(Object o, int depth) {
    if (o == null || depth > 14) {
      return;
    }
    Object u = unwrap(o);
    if (u instanceof AlternateContent ac) {
      if (!ac.getChoice().isEmpty()) {
        for (Object c : ac.getChoice().get(0).getAny()) {
          collectTextBoxes(c, depth + 1);
        }
      } else if (ac.getFallback() != null) {
        for (Object c : ac.getFallback().getAny()) {
          collectTextBoxes(c, depth + 1);
        }
      }
      return;
    }
    if (u instanceof CTTxbxContent box) {
      pendingTextBoxes.add(box.getContent());
      return;
    }
    if (u instanceof org.docx4j.vml.CTTextbox vml) {
      if (vml.getTxbxContent() != null) {
        pendingTextBoxes.add(vml.getTxbxContent().getContent());
      }
      return;
    }
    if (u instanceof org.docx4j.com.microsoft.schemas.office.word.x2010.wordprocessingShape.CTWordprocessingShape wsp) {
      if (wsp.getTxbx() != null && wsp.getTxbx().getTxbxContent() != null) {
        pendingTextBoxes.add(wsp.getTxbx().getTxbxContent().getContent());
      }
      return;
    }
    if (u instanceof P || u instanceof Tbl) {
      // docx4j hands out a drawing's text box content as its children
      pendingTextBoxes.add(List.of(u));
      return;
    }
    if (u instanceof String || u instanceof org.w3c.dom.Node || u instanceof Enum<?>) {
      return;
    }
    List<Object> children;
    try {
      children = TraversalUtil.getChildrenImpl(u);
    } catch (RuntimeException e) {
      skippedObjects++;
      return;
    }
    if (children != null) {
      for (Object c : List.copyOf(children)) {
        collectTextBoxes(c, depth + 1);
      }
    }
  }

  private static String symbol(R.Sym sym) {
    String hex = sym.getChar();
    if (hex == null) {
      return "";
    }
    try {
      int cp = Integer.parseInt(hex, 16);
      if (cp >= 0xF000 && cp <= 0xF0FF) {
        cp -= 0xF000; // symbol fonts map their glyphs into the private use area
      }
      return cp < 0x20 ? "" : new String(Character.toChars(cp));
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static Object unwrap(Object o) {
    return o instanceof JAXBElement<?> el ? el.getValue() : o;
  }

  static String str(java.math.BigInteger v) {
    return v == null ? null : v.toString();
  }

  static String date(CTTrackChange c) {
    XMLGregorianCalendar d = c.getDate();
    return d == null ? null : d.toXMLFormat();
  }
}
