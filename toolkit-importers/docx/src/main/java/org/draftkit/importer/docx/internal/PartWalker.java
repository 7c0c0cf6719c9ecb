package org.draftkit.importer.docx.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * Walks the WordprocessingML of one part (the body, the notes, the comments, a header) with StAX
 * into {@link Block}s with marked runs; a recursive descent over the element tree, so unknown
 * wrappers are looked into rather than dropped. One walker per part and read; not thread-safe.
 *
 * <p>Visible text only: field instructions are skipped and their results kept; deleted text is kept
 * with {@link Mark#DELETE}; hidden ({@code w:vanish}) text is left out and counted; tabs and breaks
 * become spaces; non-breaking hyphens become hyphens; formatting and paragraph-property revisions
 * ({@code w:rPrChange}, {@code w:pPrChange}) are the old values and are not applied. Of an {@code
 * mc:AlternateContent} only the first choice is read (the fallback repeats it).
 */
final class PartWalker {

  /** Labels footnote and endnote references in the order the body meets them. */
  interface NoteLabels {
    /**
     * The label to print for a reference.
     *
     * @param endnote true for an endnote reference
     * @param key the note key ("f5", "e2")
     * @param customMark the mark typed after the reference, or null for automatic numbering
     */
    String label(boolean endnote, String key, String customMark);
  }

  /** Where comment anchors go. */
  static final class CommentAnchors {
    /** comment id → index (into the body's blocks) of the paragraph it is anchored on */
    final Map<String, Integer> paragraph = new TreeMap<>();

    /** comment id → anchored text */
    final Map<String, StringBuilder> text = new TreeMap<>();
  }

  /** A note or comment read from its part: its id, attributes and blocks. */
  record Item(String id, String type, String author, String date, List<Block> blocks) {}

  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
  private static final String MATH_STRICT = "http://purl.oclc.org/ooxml/officeDocument/math";

  private record Change(Mark mark, String author, String date) {}

  private final StyleSheet styles;
  private final ListNumbering numbering;
  private final NoteLabels notes;
  private final CommentAnchors anchors;
  private List<Block> blocks = new ArrayList<>();

  private final Deque<Change> changes = new ArrayDeque<>();

  /** Open fields: true once past the separator, i.e. in the result. */
  private final Deque<Boolean> fields = new ArrayDeque<>();

  /** Open comment ranges, in the order they were opened. */
  private final List<String> openComments = new ArrayList<>();

  /** Comment ids some text run carries as its ref. */
  private final Set<String> commentsOnRuns = new HashSet<>();

  /** Paragraphs of text boxes met inside the current paragraph, emitted after it. */
  private final List<Block> pendingBoxes = new ArrayList<>();

  private XMLStreamReader r;
  private Block current;
  private boolean labelled;
  private RunFormat paragraphFormat = RunFormat.NONE;
  private int tableDepth;
  private boolean inTextBox;
  private int ordinal;
  private String pendingCustomMark;
  private boolean pendingCustomEndnote;
  private int hiddenWords;
  private int altChunks;
  private long deadline = Long.MAX_VALUE;

  /** The walk ran past the time limit. */
  static final class TimeLimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeLimitReached() {
      super("time limit reached", null, false, false);
    }
  }

  /**
   * @param numbering list numbering to count body paragraphs with, or null (notes, comments)
   * @param anchors where comment ranges are recorded, or null to ignore them
   */
  PartWalker(StyleSheet styles, ListNumbering numbering, NoteLabels notes, CommentAnchors anchors) {
    this.styles = styles;
    this.numbering = numbering;
    this.notes = notes;
    this.anchors = anchors;
  }

  /**
   * Stops the walk with {@link TimeLimitReached} once {@link System#nanoTime()} passes {@code
   * nanoTime}.
   */
  PartWalker deadline(long nanoTime) {
    this.deadline = nanoTime;
    return this;
  }

  /**
   * Walks a part whose root holds block content (w:document/w:body, w:hdr, w:ftr) and returns its
   * paragraphs.
   */
  List<Block> walkBody(XMLStreamReader reader) throws XMLStreamException {
    this.r = reader;
    toRoot();
    String root = r.getLocalName();
    if (root.equals("document")) {
      while (nextChild()) {
        if (isW("body")) {
          blockContent();
        } else {
          skip();
        }
      }
    } else {
      blockContent();
    }
    return blocks;
  }

  /**
   * Walks a part of items (w:footnotes, w:endnotes, w:comments) and returns each item's blocks;
   * comment ranges inside them are ignored.
   */
  List<Item> walkItems(XMLStreamReader reader) throws XMLStreamException {
    this.r = reader;
    toRoot();
    List<Item> items = new ArrayList<>();
    while (nextChild()) {
      if (isW("footnote") || isW("endnote") || isW("comment")) {
        String id = attr("id");
        String type = attr("type");
        String author = attr("author");
        String date = attr("date");
        blocks = new ArrayList<>();
        blockContent();
        items.add(new Item(id, type, author, date, blocks));
      } else {
        skip();
      }
    }
    blocks = new ArrayList<>();
    return items;
  }

  /** Words of hidden text left out. */
  int hiddenWords() {
    return hiddenWords;
  }

  /** Embedded documents (w:altChunk) whose content is not imported. */
  int altChunks() {
    return altChunks;
  }

  // ---- block level -------------------------------------------------------------------------

  /** Reads the children of the current element as block content, up to its end tag. */
  private void blockContent() throws XMLStreamException {
    while (nextChild()) {
      block();
    }
  }

  private void block() throws XMLStreamException {
    String ns = r.getNamespaceURI();
    if (isMc(ns)) {
      alternateContent(true);
      return;
    }
    if (!wordNs(ns)) {
      blockContent(); // unknown wrapper: look inside
      return;
    }
    switch (r.getLocalName()) {
      case "p" -> paragraph();
      case "tbl" -> {
        tableDepth++;
        blockContent();
        tableDepth--;
      }
      case "sdt" -> sdt(true);
      case "commentRangeStart" -> {
        openComment(attr("id"));
        skip();
      }
      case "commentRangeEnd" -> {
        openComments.remove(attr("id"));
        skip();
      }
      case "ins", "del", "moveFrom", "moveTo" -> withChange(true);
      case "altChunk" -> {
        altChunks++;
        skip();
      }
      case "r" -> {
        // a run outside any paragraph (seen in damaged files): keep its text in a paragraph of its
        // own
        boolean opened = current == null;
        if (opened) {
          startParagraph();
        }
        run();
        if (opened) {
          endParagraph();
        }
      }
      case "tblPr",
          "tblGrid",
          "trPr",
          "tcPr",
          "sectPr",
          "tblPrEx",
          "bookmarkStart",
          "bookmarkEnd",
          "moveFromRangeStart",
          "moveFromRangeEnd",
          "moveToRangeStart",
          "moveToRangeEnd",
          "permStart",
          "permEnd",
          "proofErr",
          "sdtPr",
          "sdtEndPr",
          "customXmlPr" ->
          skip();
      default -> blockContent(); // tr, tc, customXml, sdtContent and anything unknown
    }
  }

  private void sdt(boolean blockLevel) throws XMLStreamException {
    while (nextChild()) {
      if (isW("sdtContent")) {
        if (blockLevel) {
          blockContent();
        } else {
          inlineContent();
        }
      } else {
        skip();
      }
    }
  }

  private void withChange(boolean blockLevel) throws XMLStreamException {
    String name = r.getLocalName();
    Mark mark =
        switch (name) {
          case "ins" -> Mark.INSERT;
          case "del" -> Mark.DELETE;
          case "moveFrom" -> Mark.MOVE_FROM;
          default -> Mark.MOVE_TO;
        };
    changes.push(new Change(mark, attr("author"), attr("date")));
    try {
      if (blockLevel) {
        blockContent();
      } else {
        inlineContent();
      }
    } finally {
      changes.pop();
    }
  }

  private void alternateContent(boolean blockLevel) throws XMLStreamException {
    if (!r.getLocalName().equals("AlternateContent")) {
      if (blockLevel) {
        blockContent();
      } else {
        inlineContent();
      }
      return;
    }
    boolean taken = false;
    while (nextChild()) {
      boolean choice = isMc(r.getNamespaceURI()) && r.getLocalName().equals("Choice");
      boolean fallback = isMc(r.getNamespaceURI()) && r.getLocalName().equals("Fallback");
      if ((choice || fallback) && !taken) {
        taken = true;
        if (blockLevel) {
          blockContent();
        } else {
          inlineContent();
        }
      } else {
        skip();
      }
    }
  }

  // ---- paragraphs --------------------------------------------------------------------------

  private void paragraph() throws XMLStreamException {
    Block outer = current;
    boolean outerLabelled = labelled;
    RunFormat outerFormat = paragraphFormat;
    List<Block> outerPending = outer == null ? null : new ArrayList<>(pendingBoxes);
    if (outer != null) {
      // a paragraph inside a paragraph (a text box, or malformed content): it follows the outer one
      pendingBoxes.clear();
    }
    startParagraph();
    while (nextChild()) {
      if (isW("pPr")) {
        paragraphProperties();
      } else {
        inline();
      }
    }
    endParagraph();
    if (outer != null) {
      List<Block> inner = new ArrayList<>(blocks.subList(blocks.indexOf(outer) + 1, blocks.size()));
      blocks.subList(blocks.indexOf(outer) + 1, blocks.size()).clear();
      current = outer;
      labelled = outerLabelled;
      paragraphFormat = outerFormat;
      pendingBoxes.clear();
      pendingBoxes.addAll(outerPending);
      pendingBoxes.addAll(inner);
    }
  }

  private void startParagraph() {
    if ((ordinal & 0xFF) == 0xFF && System.nanoTime() - deadline > 0) {
      throw new TimeLimitReached();
    }
    current = new Block(++ordinal);
    current.tableDepth = tableDepth;
    current.textBox = inTextBox;
    current.style = styles.defaultParagraphStyle();
    paragraphFormat = styles.paragraphRunFormat(current.style);
    current.outlineLevel = styles.outlineLevel(current.style);
    labelled = false;
    blocks.add(current);
  }

  private void endParagraph() {
    label(null, -1);
    current = null;
    paragraphFormat = RunFormat.NONE;
    if (!pendingBoxes.isEmpty()) {
      blocks.addAll(pendingBoxes);
      pendingBoxes.clear();
    }
  }

  private void paragraphProperties() throws XMLStreamException {
    String numId = null;
    int ilvl = -1;
    while (nextChild()) {
      if (!wordNs(r.getNamespaceURI())) {
        skip();
        continue;
      }
      switch (r.getLocalName()) {
        case "pStyle" -> {
          String s = attr("val");
          if (s != null) {
            current.style = s;
            paragraphFormat = styles.paragraphRunFormat(s);
            current.outlineLevel = styles.outlineLevel(s);
          }
          skip();
        }
        case "outlineLvl" -> {
          Integer v = intAttr("val");
          if (v != null) {
            current.outlineLevel = v < 9 ? v : -1;
          }
          skip();
        }
        case "numPr" -> {
          while (nextChild()) {
            if (isW("numId")) {
              numId = attr("val");
            } else if (isW("ilvl")) {
              Integer v = intAttr("val");
              ilvl = v == null ? -1 : v;
            }
            skip();
          }
        }
        case "rPr" -> paragraphMark();
        default -> skip(); // pPrChange holds the old properties: not applied
      }
    }
    label(numId, ilvl);
  }

  /** The paragraph mark's run properties: only its tracked insertion, deletion or move matters. */
  private void paragraphMark() throws XMLStreamException {
    while (nextChild()) {
      if (wordNs(r.getNamespaceURI()) && current.markChange == null) {
        Mark m =
            switch (r.getLocalName()) {
              case "ins" -> Mark.INSERT;
              case "del" -> Mark.DELETE;
              case "moveFrom" -> Mark.MOVE_FROM;
              case "moveTo" -> Mark.MOVE_TO;
              default -> null;
            };
        if (m != null) {
          current.markChange = new Block.MarkChange(m, attr("author"), attr("date"));
        }
      }
      skip();
    }
  }

  /** Counts the paragraph in its list, once, from its own numPr or its style's. */
  private void label(String directNumId, int directIlvl) {
    if (labelled || current == null) {
      return;
    }
    labelled = true;
    if (numbering == null) {
      return;
    }
    String numId = directNumId;
    int ilvl = directIlvl;
    StyleSheet.StyleNumbering fromStyle = styles.numbering(current.style);
    if (numId == null && fromStyle != null) {
      numId = fromStyle.numId();
      if (ilvl < 0) {
        ilvl = fromStyle.ilvl();
      }
    }
    if (numId == null || "0".equals(numId)) {
      return;
    }
    if (ilvl < 0) {
      ilvl = Math.max(0, numbering.levelForStyle(numId, current.style));
    }
    current.label = numbering.next(numId, ilvl);
  }

  // ---- inline level ------------------------------------------------------------------------

  private void inlineContent() throws XMLStreamException {
    while (nextChild()) {
      inline();
    }
  }

  private void inline() throws XMLStreamException {
    label(null, -1);
    String ns = r.getNamespaceURI();
    if (isMc(ns)) {
      alternateContent(false);
      return;
    }
    if (isMath(ns)) {
      math();
      return;
    }
    if (!wordNs(ns)) {
      inlineContent();
      return;
    }
    switch (r.getLocalName()) {
      case "r" -> run();
      case "ins", "del", "moveFrom", "moveTo" -> withChange(false);
      case "commentRangeStart" -> {
        openComment(attr("id"));
        skip();
      }
      case "commentRangeEnd" -> {
        openComments.remove(attr("id"));
        skip();
      }
      case "sdt" -> sdt(false);
      case "p" -> paragraph();
      case "tbl" -> {
        tableDepth++;
        blockContent();
        tableDepth--;
      }
      case "bookmarkStart",
          "bookmarkEnd",
          "proofErr",
          "permStart",
          "permEnd",
          "moveFromRangeStart",
          "moveFromRangeEnd",
          "moveToRangeStart",
          "moveToRangeEnd",
          "customXmlPr",
          "smartTagPr",
          "customXmlInsRangeStart",
          "customXmlInsRangeEnd",
          "customXmlDelRangeStart",
          "customXmlDelRangeEnd",
          "customXmlMoveFromRangeStart",
          "customXmlMoveFromRangeEnd",
          "customXmlMoveToRangeStart",
          "customXmlMoveToRangeEnd" ->
          skip();
      // hyperlink, smartTag, customXml, fldSimple, dir, bdo, and anything unknown: look inside
      default -> inlineContent();
    }
  }

  /** Office Math: the m:t text, as plain text. */
  private void math() throws XMLStreamException {
    while (nextChild()) {
      if (isMath(r.getNamespaceURI()) && r.getLocalName().equals("t")) {
        text(r.getElementText(), paragraphFormat);
      } else if (isW("r") || isW("ins") || isW("del")) {
        inline();
      } else {
        math();
      }
    }
  }

  private void run() throws XMLStreamException {
    RunFormat f = paragraphFormat;
    while (nextChild()) {
      if (!wordNs(r.getNamespaceURI())) {
        if (isMc(r.getNamespaceURI())) {
          textBoxes();
        } else {
          skip();
        }
        continue;
      }
      switch (r.getLocalName()) {
        case "rPr" -> f = runProperties(paragraphFormat);
        case "t", "delText" -> text(r.getElementText(), f);
        case "instrText", "delInstrText" -> skip();
        case "tab", "ptab", "br", "cr" -> {
          text(" ", f);
          skip();
        }
        case "noBreakHyphen" -> {
          text("-", f);
          skip();
        }
        case "sym" -> {
          text(symbol(attr("char")), f);
          skip();
        }
        case "fldChar" -> {
          fieldChar(attr("fldCharType"));
          skip();
        }
        case "footnoteReference", "endnoteReference" -> {
          noteReference(
              r.getLocalName().startsWith("endnote"),
              attr("id"),
              Xml.bool(attr("customMarkFollows")),
              f);
          skip();
        }
        case "commentReference" -> {
          commentReference(attr("id"));
          skip();
        }
        case "drawing", "pict", "object" -> textBoxes();
        case "ruby" -> ruby(f);
        default ->
            skip(); // footnoteRef, annotationRef, separators, page break marks, dates, images
      }
    }
    if (pendingCustomMark != null) {
      // the custom mark never came: fall back to automatic numbering
      String key = pendingCustomMark;
      pendingCustomMark = null;
      emit(notes.label(pendingCustomEndnote, key, null), f, true);
    }
  }

  private void ruby(RunFormat f) throws XMLStreamException {
    while (nextChild()) {
      if (isW("rubyBase")) {
        inlineContent();
      } else {
        skip(); // the ruby text above the base
      }
    }
  }

  /** Run properties over the paragraph's: character style toggles, then direct formatting. */
  private RunFormat runProperties(RunFormat base) throws XMLStreamException {
    Xml.RunProperties p = Xml.runProperties(r);
    RunFormat f = base;
    if (p.style() != null) {
      f = f.toggle(styles.characterFormat(p.style()));
    }
    return f.overlay(p.format());
  }

  /** Text boxes inside a drawing, picture or object: their paragraphs follow the current one. */
  private void textBoxes() throws XMLStreamException {
    if (isMc(r.getNamespaceURI()) && r.getLocalName().equals("AlternateContent")) {
      boolean taken = false;
      while (nextChild()) {
        if (!taken
            && isMc(r.getNamespaceURI())
            && (r.getLocalName().equals("Choice") || r.getLocalName().equals("Fallback"))) {
          taken = true;
          textBoxes();
        } else {
          skip();
        }
      }
      return;
    }
    while (nextChild()) {
      if (isW("txbxContent")) {
        boolean was = inTextBox;
        inTextBox = true;
        Block outer = current;
        boolean outerLabelled = labelled;
        RunFormat outerFormat = paragraphFormat;
        List<Block> outerPending = new ArrayList<>(pendingBoxes);
        pendingBoxes.clear();
        int from = blocks.size();
        current = null;
        blockContent();
        List<Block> inner = new ArrayList<>(blocks.subList(from, blocks.size()));
        blocks.subList(from, blocks.size()).clear();
        pendingBoxes.clear();
        pendingBoxes.addAll(outerPending);
        pendingBoxes.addAll(inner);
        current = outer;
        labelled = outerLabelled;
        paragraphFormat = outerFormat;
        inTextBox = was;
      } else if (isW("r") || isW("p")) {
        inline();
      } else {
        textBoxes();
      }
    }
  }

  private void fieldChar(String type) {
    if ("begin".equals(type)) {
      fields.push(Boolean.FALSE);
    } else if ("separate".equals(type)) {
      if (!fields.isEmpty()) {
        fields.pop();
        fields.push(Boolean.TRUE);
      }
    } else if ("end".equals(type) && !fields.isEmpty()) {
      fields.pop();
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
      String key = pendingCustomMark;
      pendingCustomMark = null;
      emit(notes.label(pendingCustomEndnote, key, value), f, true);
      return;
    }
    if (f.isHidden()) {
      hiddenWords += Words.count(value);
      return;
    }
    emit(value, f, false);
  }

  private void noteReference(boolean endnote, String id, boolean customMark, RunFormat f) {
    if (id == null || notes == null) {
      return;
    }
    String key = (endnote ? "e" : "f") + id;
    if (customMark) {
      pendingCustomMark = key;
      pendingCustomEndnote = endnote;
      return;
    }
    emit(notes.label(endnote, key, null), f, true);
  }

  private void emit(String value, RunFormat f, boolean noteReference) {
    if (current == null) {
      startParagraph();
      labelled = true;
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
    if (noteReference) {
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
    if (anchors != null) {
      anchors.paragraph.putIfAbsent(id, current != null ? blocks.indexOf(current) : blocks.size());
    }
  }

  private void commentReference(String id) {
    if (id == null || anchors == null) {
      return;
    }
    if (current == null) {
      startParagraph();
      labelled = true;
    }
    anchors.paragraph.putIfAbsent(id, blocks.indexOf(current));
    if (commentsOnRuns.add(id)) {
      // a point comment, or one whose text is covered by a comment opened inside it: mark where
      // its reference sits with an empty anchor run, so every comment is found on some run
      Change change = changes.peek();
      EnumSet<Mark> marks = EnumSet.of(Mark.COMMENT_ANCHOR);
      if (change != null) {
        marks.add(change.mark());
      }
      current.runs.add(
          new Run(
              "",
              marks,
              change == null ? null : change.author(),
              change == null ? null : change.date(),
              id));
    }
  }

  // ---- StAX helpers: Xml's, on this walker's reader ------------------------------------------

  private void toRoot() throws XMLStreamException {
    Xml.toRoot(r);
  }

  private boolean nextChild() throws XMLStreamException {
    return Xml.nextChild(r);
  }

  private void skip() throws XMLStreamException {
    Xml.skip(r);
  }

  private boolean isW(String localName) {
    return Xml.is(r, localName);
  }

  private static boolean wordNs(String ns) {
    return Xml.wordNs(ns);
  }

  private static boolean isMc(String ns) {
    return MC.equals(ns);
  }

  private static boolean isMath(String ns) {
    return MATH.equals(ns) || MATH_STRICT.equals(ns);
  }

  private String attr(String localName) {
    return Xml.attr(r, localName);
  }

  private Integer intAttr(String localName) {
    return Xml.intAttr(r, localName);
  }

  private static String symbol(String hex) {
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
}
