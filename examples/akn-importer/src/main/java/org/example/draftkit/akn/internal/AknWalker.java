package org.example.draftkit.akn.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.SourceLocation;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks one parsed Akoma Ntoso tree and builds the {@link Document}. Holds the state of one
 * import: create one per document, never share it.
 */
public final class AknWalker {

  /** Hierarchy levels whose {@code <num>} and {@code <heading>} make a heading. */
  private static final Set<String> HEADED = Set.of("book", "tome", "part", "subpart", "title", "subtitle",
      "chapter", "subchapter", "section", "subsection", "division", "subdivision", "article", "clause",
      "subclause", "rule", "subrule", "level", "hcontainer", "tblock", "transitional");

  /** Numbered blocks: a paragraph and its sub-items. */
  private static final Set<String> NUMBERED = Set.of("paragraph", "subparagraph", "point", "item", "indent",
      "alinea", "recital", "citation", "li");

  /** Containers without text of their own. */
  private static final Set<String> TRANSPARENT = Set.of("body", "mainBody", "judgmentBody", "debateBody",
      "amendmentBody", "collectionBody", "preamble", "preface", "conclusions", "recitals", "citations",
      "attachments", "attachment", "components", "component", "interstitial", "container", "blockContainer",
      "ul", "ol", "list", "blockList", "coverPage", "act", "bill", "doc", "statement", "debate",
      "debateReport", "judgment", "amendment", "amendmentList", "officialGazette", "documentCollection",
      "portion", "portionBody");

  /** The text of a numbered block (what comes before its sub-items). */
  private static final Set<String> BLOCK_TEXT = Set.of("intro", "content", "p", "listIntroduction");

  /** Text after a list of sub-items. */
  private static final Set<String> WRAP_UP = Set.of("wrapUp", "listWrapUp");

  /** Elements that carry no reading text. */
  private static final Set<String> SKIPPED = Set.of("meta", "componentRef", "documentRef", "img", "toc");

  private final String source;
  private final SourceLocation location;
  private final Document.Builder doc = Document.builder();
  private final List<Footnote> footnotes = new ArrayList<>();
  private final Map<String, Element> notesById = new HashMap<>();
  private final Metadata.Builder metadata = Metadata.builder();
  private int autoNoteLabel;

  /** @param source the file name, for locations and diagnostics */
  public AknWalker(String source) {
    this.source = source;
    this.location = new SourceLocation(source, 0, 0);
  }

  /** Reads the {@code <akomaNtoso>} element. */
  public Document read(Element akomaNtoso) {
    Element document = firstChildElement(akomaNtoso);
    if (document == null) {
      diagnostic("akn.empty", "the <akomaNtoso> element holds no document");
      return finish();
    }
    readMeta(child(document, "meta"));
    metadata.source(source);
    for (Element part : childElements(document)) {
      switch (part.getLocalName()) {
        case "meta" -> { }
        case "preface", "coverPage" -> preface(part);
        case "preamble" -> block(part, ParagraphKind.PREAMBULAR, null);
        case "conclusions", "attachments", "components" -> block(part, ParagraphKind.OTHER, null);
        default -> block(part, ParagraphKind.OPERATIVE, null);
      }
    }
    return finish();
  }

  private Document finish() {
    doc.metadata(metadata.build());
    for (Footnote f : footnotes) {
      doc.footnote(f);
    }
    return doc.build();
  }

  // ---- metadata ----

  private void readMeta(Element meta) {
    if (meta == null) {
      return;
    }
    Element identification = child(meta, "identification");
    Element work = identification == null ? null : child(identification, "FRBRWork");
    Element expression = identification == null ? null : child(identification, "FRBRExpression");
    String name = attribute(child(work, "FRBRname"), "value");
    if (name != null) {
      metadata.symbol(name);
    }
    String date = attribute(child(expression, "FRBRdate"), "date");
    setDate(date != null ? date : attribute(child(work, "FRBRdate"), "date"));
    String language = attribute(child(expression, "FRBRlanguage"), "language");
    if (language != null) {
      metadata.language(twoLetterLanguage(language));
    }
    String version = attribute(child(expression, "FRBRversionNumber"), "value");
    if (version != null) {
      metadata.revision(version);
    }
    Element notes = child(meta, "notes");
    if (notes != null) {
      for (Element note : childElements(notes)) {
        String id = note.getAttribute("eId").isEmpty() ? note.getAttribute("id") : note.getAttribute("eId");
        if (!id.isEmpty()) {
          notesById.put(id, note);
        }
      }
    }
  }

  private void preface(Element preface) {
    for (Element e : descendants(preface, "docNumber")) {
      metadata.symbol(text(e));
    }
    for (Element e : descendants(preface, "docTitle")) {
      metadata.title(text(e));
    }
    if (descendants(preface, "docTitle").isEmpty()) {
      for (Element e : descendants(preface, "longTitle")) {
        metadata.title(text(e));
      }
    }
    for (Element e : descendants(preface, "docDate")) {
      setDate(e.getAttribute("date"));
    }
    for (Element e : descendants(preface, "session")) {
      metadata.session(text(e));
    }
    for (Element e : descendants(preface, "docProponent")) {
      metadata.author(text(e));
    }
    for (Element e : descendants(preface, "docStatus")) {
      metadata.distribution(text(e));
    }
    // the preface text stays in the document: one paragraph per block, the title as a heading
    for (Element e : childElements(preface)) {
      boolean title = !descendants(e, "docTitle").isEmpty() || "longTitle".equals(e.getLocalName());
      if (title) {
        textParagraph(e, ParagraphKind.HEADING, null);
      } else {
        block(e, ParagraphKind.OTHER, null);
      }
    }
  }

  private void setDate(String iso) {
    if (iso == null || iso.isEmpty()) {
      return;
    }
    try {
      metadata.date(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
    } catch (DateTimeParseException e) {
      diagnostic("akn.date-unparsed", "the date '" + iso + "' is not an ISO date; it is left out of the metadata");
    }
  }

  /** "eng" (ISO 639-2, as Akoma Ntoso writes it) to "en"; other codes are kept as written. */
  private static String twoLetterLanguage(String code) {
    if (code.length() != 3) {
      return code;
    }
    for (String two : Locale.getISOLanguages()) {
      try {
        if (new Locale(two).getISO3Language().equals(code)) {
          return two;
        }
      } catch (MissingResourceException e) {
        // no three-letter code known for this language: not the one sought
      }
    }
    return code;
  }

  // ---- blocks ----

  private void block(Element e, ParagraphKind kind, Integer parent) {
    String name = e.getLocalName();
    if (SKIPPED.contains(name)) {
      return;
    }
    if (HEADED.contains(name)) {
      headed(e, kind, parent);
    } else if (NUMBERED.contains(name)) {
      numbered(e, kind, parent);
    } else if (TRANSPARENT.contains(name)) {
      for (Element child : childElements(e)) {
        if (BLOCK_TEXT.contains(child.getLocalName()) || WRAP_UP.contains(child.getLocalName())) {
          textParagraph(child, paragraphKindOfText(kind), parent);
        } else {
          block(child, kind, parent);
        }
      }
    } else if ("formula".equals(name) || "longTitle".equals(name)) {
      textParagraph(e, ParagraphKind.OTHER, parent);
    } else if ("p".equals(name) || BLOCK_TEXT.contains(name) || WRAP_UP.contains(name)) {
      textParagraph(e, paragraphKindOfText(kind), parent);
    } else if ("table".equals(name)) {
      table(e, parent);
    } else if (!text(e).isEmpty()) {
      diagnostic("akn.element-as-text", "<" + e.getTagName() + "> is not interpreted; its text is kept as a paragraph");
      textParagraph(e, ParagraphKind.OTHER, parent);
    }
  }

  /** Unnumbered text in the body is not an operative paragraph; in the preamble it is preambular. */
  private static ParagraphKind paragraphKindOfText(ParagraphKind context) {
    return context == ParagraphKind.PREAMBULAR ? ParagraphKind.PREAMBULAR : ParagraphKind.OTHER;
  }

  private void headed(Element e, ParagraphKind kind, Integer parent) {
    Element num = child(e, "num");
    List<Run> runs = new ArrayList<>();
    RunCollector heading = new RunCollector();
    for (Element child : childElements(e)) {
      if ("heading".equals(child.getLocalName()) || "subheading".equals(child.getLocalName())) {
        heading.separate();
        inline(child, EnumSet.noneOf(Mark.class), heading);
      }
    }
    runs.addAll(heading.runs());
    if (num != null || !runs.isEmpty()) {
      doc.add(number(num), ParagraphKind.HEADING, runs, parent, location);
    }
    for (Element child : childElements(e)) {
      String n = child.getLocalName();
      if (!"num".equals(n) && !"heading".equals(n) && !"subheading".equals(n)) {
        block(child, kind, parent);
      }
    }
  }

  private void numbered(Element e, ParagraphKind kind, Integer parent) {
    Element num = child(e, "num");
    RunCollector text = new RunCollector();
    List<Element> rest = new ArrayList<>();
    for (Element child : childElements(e)) {
      String n = child.getLocalName();
      if ("num".equals(n)) {
        continue;
      }
      if (rest.isEmpty() && (BLOCK_TEXT.contains(n) || "heading".equals(n))) {
        text.separate();
        inline(child, EnumSet.noneOf(Mark.class), text);
      } else {
        rest.add(child);
      }
    }
    Integer self = parent;
    if (num != null || !text.isEmpty()) {
      self = doc.add(number(num), kind, text.runs(), parent, location);
    }
    for (Element child : rest) {
      if (WRAP_UP.contains(child.getLocalName())) {
        textParagraph(child, ParagraphKind.OTHER, self);
      } else {
        block(child, kind, self);
      }
    }
  }

  private void textParagraph(Element e, ParagraphKind kind, Integer parent) {
    RunCollector text = new RunCollector();
    inline(e, EnumSet.noneOf(Mark.class), text);
    if (!text.isEmpty()) {
      doc.add(null, kind, text.runs(), parent, location);
    }
  }

  private void table(Element table, Integer parent) {
    diagnostic("akn.table-as-text", "a table is kept as one paragraph per row, cells separated by ' | '");
    for (Element row : descendants(table, "tr")) {
      RunCollector text = new RunCollector();
      for (Element cell : childElements(row)) {
        if (!text.isEmpty()) {
          text.text(" | ", EnumSet.noneOf(Mark.class));
        }
        inline(cell, EnumSet.noneOf(Mark.class), text);
      }
      if (!text.isEmpty()) {
        doc.add(null, ParagraphKind.OTHER, text.runs(), parent, location);
      }
    }
  }

  private ParagraphNumber number(Element num) {
    if (num == null) {
      return null;
    }
    String label = text(num);
    if (label.isEmpty()) {
      return null;
    }
    return ParagraphNumber.parse(label).orElseGet(() -> {
      diagnostic("akn.number-unparsed", "the number '" + label + "' is kept as written");
      return ParagraphNumber.of(label);
    });
  }

  // ---- inline content ----

  private void inline(Node node, EnumSet<Mark> marks, RunCollector out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.text(n.getNodeValue(), marks);
      } else if (n.getNodeType() == Node.ELEMENT_NODE) {
        inlineElement((Element) n, marks, out);
      }
    }
  }

  private void inlineElement(Element e, EnumSet<Mark> marks, RunCollector out) {
    String name = e.getLocalName();
    Mark mark = switch (name) {
      case "i" -> Mark.ITALIC;
      case "b" -> Mark.BOLD;
      case "u" -> Mark.UNDERLINE;
      case "sup" -> Mark.SUPERSCRIPT;
      case "ins" -> Mark.INSERT;
      case "del" -> Mark.DELETE;
      default -> null;
    };
    if (mark != null) {
      EnumSet<Mark> inner = EnumSet.copyOf(marks);
      inner.add(mark);
      inline(e, inner, out);
      return;
    }
    switch (name) {
      case "authorialNote" -> footnoteReference(e, e.getAttribute("marker"), out);
      case "noteRef" -> {
        String id = e.getAttribute("href").replaceFirst("^#", "");
        Element note = notesById.get(id);
        if (note == null) {
          diagnostic("akn.note-missing", "the note reference '" + e.getAttribute("href") + "' has no note in <meta><notes>");
        }
        footnoteReference(note, e.getAttribute("marker"), out);
      }
      case "eol", "eop", "br" -> out.text(" ", marks);
      case "p", "intro", "content", "heading", "subheading", "wrapUp", "block" -> {
        out.separate();
        inline(e, marks, out);
      }
      case "img" -> diagnostic("akn.image-dropped", "an image (" + e.getAttribute("src") + ") has no text and is left out");
      default -> inline(e, marks, out);
    }
  }

  private void footnoteReference(Element body, String marker, RunCollector out) {
    String label = marker == null || marker.isEmpty() ? Integer.toString(++autoNoteLabel) : marker;
    out.reference(label);
    if (body != null) {
      RunCollector text = new RunCollector();
      inline(body, EnumSet.noneOf(Mark.class), text);
      footnotes.add(new Footnote(label, text.runs(), location));
    }
  }

  private void diagnostic(String code, String message) {
    doc.diagnostic(Diagnostic.warning(code, source + ": " + message, location));
  }

  // ---- DOM helpers ----

  private static List<Element> childElements(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static Element firstChildElement(Element e) {
    List<Element> children = childElements(e);
    return children.isEmpty() ? null : children.get(0);
  }

  private static Element child(Element e, String localName) {
    if (e == null) {
      return null;
    }
    for (Element c : childElements(e)) {
      if (localName.equals(c.getLocalName())) {
        return c;
      }
    }
    return null;
  }

  private static List<Element> descendants(Element e, String localName) {
    List<Element> out = new ArrayList<>();
    for (Element c : childElements(e)) {
      if (localName.equals(c.getLocalName())) {
        out.add(c);
      }
      out.addAll(descendants(c, localName));
    }
    return out;
  }

  private static String attribute(Element e, String name) {
    if (e == null || !e.hasAttribute(name)) {
      return null;
    }
    String v = e.getAttribute(name).strip();
    return v.isEmpty() ? null : v;
  }

  /** The element's text with XML layout whitespace collapsed. */
  private static String text(Element e) {
    return e.getTextContent().replaceAll("[ \\t\\r\\n]+", " ").strip();
  }
}
