package org.draftkit.importer.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.CommentsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.EndnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Metadata;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;
import org.draftkit.spi.ImportContext;

/** One read of one loaded Word package into a {@link Document}. Not thread-safe; used once. */
final class DocxReader {

  private final WordprocessingMLPackage pkg;
  private final ImportContext context;
  private final String source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final XMLInputFactory xml;

  DocxReader(WordprocessingMLPackage pkg, ImportContext context) {
    this.pkg = pkg;
    this.context = context;
    this.source = context.sourceName();
    this.xml = XMLInputFactory.newFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  Document read() {
    MainDocumentPart main = pkg.getMainDocumentPart();
    if (main == null) {
      throw new IllegalStateException("the package has no main document part");
    }
    StyleSheet styles = main.getStyleDefinitionsPart() == null ? null
        : parseOptional("styles", main.getStyleDefinitionsPart(), StyleSheet::read);
    if (styles == null) {
      styles = StyleSheet.empty();
    }
    StyleSheet styleSheet = styles;
    ListNumbering numbering = main.getNumberingDefinitionsPart() == null ? null
        : parseOptional("numbering", main.getNumberingDefinitionsPart(), r -> ListNumbering.read(r, styleSheet::numIdOf));
    if (numbering == null) {
      numbering = new ListNumbering(styles::numIdOf);
    }
    NoteNumbering notes = settings(main);

    PartWalker.CommentAnchors anchors = new PartWalker.CommentAnchors();
    PartWalker body = new PartWalker(styles, numbering, notes, anchors);
    List<Block> blocks = parse(main, body::walkBody);

    List<Footnote> footnotes = notes(main, styles, notes);
    Assembler.Result assembled = new Assembler(source).assemble(blocks);
    List<Comment> comments = comments(main, styles, notes, anchors, assembled);
    Metadata metadata = FrontMatter.metadata(assembled.paragraphs(), coreProperties(), source);

    if (body.hiddenWords() > 0) {
      diagnostics.add(Diagnostic.info("docx.hidden-text-excluded",
          body.hiddenWords() + " words of hidden text (w:vanish) left out of the body", SourceLocation.line(source, 0)));
    }
    if (body.altChunks() > 0) {
      diagnostics.add(Diagnostic.warning("docx.embedded-document-skipped", body.altChunks()
          + " embedded documents (w:altChunk) whose content is not imported", SourceLocation.line(source, 0)));
    }
    headerFooterDiagnostic(styles);
    diagnostics.addAll(assembled.diagnostics());

    Document.Builder b = Document.builder().metadata(metadata);
    for (var p : assembled.paragraphs()) {
      b.add(p, p.parent());
    }
    footnotes.forEach(b::footnote);
    comments.forEach(b::comment);
    diagnostics.forEach(b::diagnostic);
    return b.build();
  }

  @FunctionalInterface
  private interface PartParser<T> {
    T parse(XMLStreamReader reader) throws XMLStreamException;
  }

  /** Streams a part's XML as docx4j stored it, without unmarshalling it into JAXB objects. */
  private <T> T parse(Part part, PartParser<T> parser) {
    String name = part.getPartName().getName();
    try (InputStream in = pkg.getSourcePartStore().loadPart(name.startsWith("/") ? name.substring(1) : name)) {
      XMLStreamReader reader = xml.createXMLStreamReader(in);
      try {
        return parser.parse(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(name + " is not well-formed XML: " + Docx4jRuntime.rootMessage(e), e);
    } catch (IOException | org.docx4j.openpackaging.exceptions.Docx4JException e) {
      throw new IllegalStateException("cannot read " + name + ": " + Docx4jRuntime.rootMessage(e), e);
    }
  }

  /** A part other than the body, parsed; when it cannot be read, say so and go on without it. */
  private <T> T parseOptional(String what, Part part, PartParser<T> parser) {
    try {
      return parse(part, parser);
    } catch (IllegalStateException e) {
      diagnostics.add(Diagnostic.warning("docx.part-unreadable", "the " + what
          + " part could not be read and was left out: " + e.getMessage(), SourceLocation.line(source, 0)));
      return null;
    }
  }

  private NoteNumbering settings(MainDocumentPart main) {
    NoteNumbering n = main.getDocumentSettingsPart() == null ? null
        : parseOptional("settings", main.getDocumentSettingsPart(), NoteNumbering::read);
    return n != null ? n : new NoteNumbering("decimal", 1, "lowerRoman", 1);
  }

  private List<Footnote> notes(MainDocumentPart main, StyleSheet styles, NoteNumbering numbering) {
    Map<String, PartWalker.Item> bodies = new LinkedHashMap<>();
    FootnotesPart fp = main.getFootnotesPart();
    if (fp != null) {
      List<PartWalker.Item> items = parseOptional("footnotes", fp,
          new PartWalker(styles, null, numbering, null)::walkItems);
      if (items != null) {
        items.stream().filter(DocxReader::isNote).forEach(i -> bodies.put("f" + i.id(), i));
      }
    }
    EndnotesPart ep = main.getEndNotesPart();
    if (ep != null) {
      List<PartWalker.Item> items = parseOptional("endnotes", ep,
          new PartWalker(styles, null, numbering, null)::walkItems);
      if (items != null) {
        items.stream().filter(DocxReader::isNote).forEach(i -> bodies.put("e" + i.id(), i));
      }
    }
    List<Footnote> out = new ArrayList<>();
    for (String key : numbering.referencedKeys()) {
      PartWalker.Item note = bodies.remove(key);
      if (note == null) {
        diagnostics.add(Diagnostic.warning("docx.note-missing", "reference to "
            + (key.startsWith("e") ? "endnote " : "footnote ") + key.substring(1) + " whose body is missing",
            SourceLocation.line(source, 0)));
        continue;
      }
      out.add(new Footnote(numbering.labelOf(key), Assembler.joinBlocks(note.blocks()), SourceLocation.line(source, 0)));
    }
    for (Map.Entry<String, PartWalker.Item> e : bodies.entrySet()) {
      List<Run> runs = Assembler.joinBlocks(e.getValue().blocks());
      if (Runs.text(runs).isBlank()) {
        continue;
      }
      String label = (e.getKey().startsWith("e") ? "endnote " : "footnote ") + e.getKey().substring(1);
      diagnostics.add(Diagnostic.info("docx.note-unreferenced", "the " + label
          + " is never referenced in the body; kept with that label", SourceLocation.line(source, 0)));
      out.add(new Footnote(label, runs, SourceLocation.line(source, 0)));
    }
    return out;
  }

  private static boolean isNote(PartWalker.Item n) {
    return n.id() != null && (n.type() == null || n.type().equals("normal"));
  }

  private List<Comment> comments(MainDocumentPart main, StyleSheet styles, NoteNumbering notes,
      PartWalker.CommentAnchors anchors, Assembler.Result assembled) {
    CommentsPart cp = main.getCommentsPart();
    if (cp == null) {
      return List.of();
    }
    List<PartWalker.Item> items = parseOptional("comments", cp, new PartWalker(styles, null, notes, null)::walkItems);
    if (items == null) {
      return List.of();
    }
    List<Comment> out = new ArrayList<>();
    int unanchored = 0;
    for (PartWalker.Item c : items) {
      if (c.id() == null) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (Block b : c.blocks()) {
        String t = b.text().strip();
        if (t.isEmpty()) {
          continue;
        }
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(t);
      }
      Integer blockIndex = anchors.paragraph.get(c.id());
      Integer paragraph = blockIndex == null ? null : assembled.paragraphFor(blockIndex);
      if (paragraph == null) {
        unanchored++;
      }
      StringBuilder anchored = anchors.text.get(c.id());
      String anchorText = anchored == null ? null : anchored.toString().strip();
      out.add(new Comment(c.id(), blankToNull(c.author()), blankToNull(c.date()), text.toString(), paragraph,
          anchorText == null || anchorText.isEmpty() ? null : anchorText));
    }
    if (unanchored > 0) {
      diagnostics.add(Diagnostic.warning("docx.comment-unanchored", unanchored
          + " comments are not anchored in the body (no range or reference found)", SourceLocation.line(source, 0)));
    }
    return out;
  }

  private void headerFooterDiagnostic(StyleSheet styles) {
    int words = 0;
    int parts = 0;
    Map<String, Part> sorted = new TreeMap<>();
    for (Map.Entry<org.docx4j.openpackaging.parts.PartName, Part> e : pkg.getParts().getParts().entrySet()) {
      if (e.getValue() instanceof HeaderPart || e.getValue() instanceof FooterPart) {
        sorted.put(e.getKey().getName(), e.getValue());
      }
    }
    for (Map.Entry<String, Part> e : sorted.entrySet()) {
      PartWalker walker = new PartWalker(styles, null, (endnote, key, custom) -> custom == null ? "" : custom, null);
      List<Block> blocks = parseOptional(e.getKey(), e.getValue(), walker::walkBody);
      if (blocks == null) {
        continue;
      }
      int w = 0;
      for (Block b : blocks) {
        w += Words.count(b.text());
      }
      if (w > 0) {
        parts++;
        words += w;
      }
    }
    if (words > 0) {
      diagnostics.add(Diagnostic.info("docx.header-footer-excluded", words + " words in " + parts
          + " headers/footers left out of the body", SourceLocation.line(source, 0)));
    }
  }

  private CoreProperties coreProperties() {
    if (pkg.getDocPropsCorePart() == null) {
      return CoreProperties.NONE;
    }
    CoreProperties p = parseOptional("document properties", pkg.getDocPropsCorePart(), CoreProperties::read);
    return p == null ? CoreProperties.NONE : p;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Footnote and endnote labels in the order the body references them. */
  static final class NoteNumbering implements PartWalker.NoteLabels {
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final String footnoteFormat;
    private final String endnoteFormat;
    private int footnotes;
    private int endnotes;

    NoteNumbering(String footnoteFormat, int footnoteStart, String endnoteFormat, int endnoteStart) {
      this.footnoteFormat = footnoteFormat;
      this.endnoteFormat = endnoteFormat;
      this.footnotes = footnoteStart - 1;
      this.endnotes = endnoteStart - 1;
    }

    /** Reads the footnote and endnote numbering of settings.xml (w:footnotePr, w:endnotePr). */
    static NoteNumbering read(XMLStreamReader r) throws XMLStreamException {
      String[] format = {"decimal", "lowerRoman"};
      int[] start = {1, 1};
      Xml.toRoot(r);
      while (Xml.nextChild(r)) {
        int which = Xml.is(r, "footnotePr") ? 0 : Xml.is(r, "endnotePr") ? 1 : -1;
        if (which < 0) {
          Xml.skip(r);
          continue;
        }
        while (Xml.nextChild(r)) {
          if (Xml.is(r, "numFmt") && Xml.attr(r, "val") != null) {
            format[which] = Xml.attr(r, "val");
          } else if (Xml.is(r, "numStart") && Xml.intAttr(r, "val") != null) {
            start[which] = Xml.intAttr(r, "val");
          }
          Xml.skip(r);
        }
      }
      return new NoteNumbering(format[0], start[0], format[1], start[1]);
    }

    @Override
    public String label(boolean endnote, String key, String customMark) {
      String existing = labels.get(key);
      if (existing != null) {
        return existing;
      }
      String label;
      if (customMark != null && !customMark.isBlank()) {
        label = customMark.strip();
      } else if (endnote) {
        label = ListNumbering.format(++endnotes, endnoteFormat);
      } else {
        label = ListNumbering.format(++footnotes, footnoteFormat);
      }
      labels.put(key, label);
      return label;
    }

    String labelOf(String key) {
      return labels.get(key);
    }

    List<String> referencedKeys() {
      return new ArrayList<>(labels.keySet());
    }

  }
}
