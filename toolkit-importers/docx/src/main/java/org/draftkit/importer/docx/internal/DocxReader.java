package org.draftkit.importer.docx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Metadata;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;
import org.draftkit.spi.ImportContext;
import org.draftkit.structure.Structure;

/**
 * One read of one Word package into a {@link Document}: the main document part and the parts it
 * relates to (styles, numbering, settings, footnotes, endnotes, comments, headers, footers, core
 * properties), each streamed with StAX. Not thread-safe; used once.
 */
public final class DocxReader {

  private final Opc opc;
  private final String source;
  private final long deadline;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private DocxReader(Opc opc, ImportContext context) {
    this.opc = opc;
    this.source = context.sourceName();
    this.deadline = System.nanoTime() + context.limits().timeout().toNanos();
  }

  /**
   * Reads a package that {@link PackageGuard#open} accepted.
   *
   * @param parts the package's XML entries by name
   * @throws ImportException when the main document cannot be read
   */
  public static Document read(Map<String, byte[]> parts, ImportContext context)
      throws ImportException {
    XMLInputFactory xml = XMLInputFactory.newFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_COALESCING, false);
    try {
      return new DocxReader(new Opc(parts, xml), context).read();
    } catch (PartWalker.TimeLimitReached e) {
      throw LimitExceededException.timeLimit(context.sourceName(), context.limits(), e);
    } catch (XMLStreamException e) {
      throw new CorruptDocumentException(
          context.sourceName(), "damaged Word document: " + rootMessage(e), e);
    } catch (RuntimeException e) {
      throw new CorruptDocumentException(
          context.sourceName(), "unreadable Word content: " + rootMessage(e), e);
    } catch (StackOverflowError e) {
      // the walk descends the element tree: a hostile file can nest elements without end
      throw new CorruptDocumentException(
          context.sourceName(), "elements nested too deeply to read", null);
    }
  }

  private Document read() throws XMLStreamException {
    String main = opc.mainPart();
    List<Opc.Relationship> rels = opc.relationships(main);
    StyleSheet styles = optionalPart("styles", rels, StyleSheet::read).orElseGet(StyleSheet::empty);
    ListNumbering numbering =
        optionalPart("numbering", rels, r -> ListNumbering.read(r, styles::numIdOf))
            .orElseGet(() -> new ListNumbering(styles::numIdOf));
    NoteNumbering notes =
        optionalPart("settings", rels, NoteNumbering::read)
            .orElseGet(() -> new NoteNumbering("decimal", 1, "lowerRoman", 1));

    PartWalker.CommentAnchors anchors = new PartWalker.CommentAnchors();
    PartWalker body = new PartWalker(styles, numbering, notes, anchors).deadline(deadline);
    List<Block> blocks = parse(main, body::walkBody);

    List<Footnote> footnotes = notes(rels, styles, notes);
    Structure assembled = BlockStream.structure(blocks, source);
    List<Comment> comments = comments(rels, styles, notes, anchors, assembled);
    CoreProperties core =
        opc.corePropertiesPart()
            .flatMap(p -> optional("document properties", p, CoreProperties::read))
            .orElse(CoreProperties.NONE);
    Metadata metadata = FrontMatter.metadata(assembled.paragraphs(), core, source);

    if (body.hiddenWords() > 0) {
      diagnostics.add(
          Diagnostic.info(
              "docx.hidden-text-excluded",
              body.hiddenWords() + " words of hidden text (w:vanish) left out of the body",
              SourceLocation.line(source, 0)));
    }
    if (body.altChunks() > 0) {
      diagnostics.add(
          Diagnostic.warning(
              "docx.embedded-document-skipped",
              body.altChunks() + " embedded documents (w:altChunk) whose content is not imported",
              SourceLocation.line(source, 0)));
    }
    headerFooterDiagnostic(rels, styles);
    if (assembled.paragraphs().isEmpty()) {
      diagnostics.add(
          Diagnostic.warning(
              "docx.no-text",
              footnotes.isEmpty() && comments.isEmpty()
                  ? "the document body has no text (it may hold only pictures, shapes or empty tables)"
                  : "the document body has no text; only its notes or comments were read",
              SourceLocation.line(source, 0)));
    }
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

  private <T> T parse(String name, PartParser<T> parser) throws XMLStreamException {
    XMLStreamReader reader = opc.reader(name);
    try {
      return parser.parse(reader);
    } finally {
      reader.close();
    }
  }

  /** A part other than the body, parsed; when it cannot be read, say so and go on without it. */
  private <T> Optional<T> optional(String what, String name, PartParser<T> parser) {
    try {
      return Optional.ofNullable(parse(name, parser));
    } catch (PartWalker.TimeLimitReached e) {
      throw e;
    } catch (XMLStreamException | RuntimeException e) {
      diagnostics.add(
          Diagnostic.warning(
              "docx.part-unreadable",
              "the "
                  + what
                  + " part ("
                  + name
                  + ") could not be read and was left out: "
                  + rootMessage(e),
              SourceLocation.line(source, 0)));
      return Optional.empty();
    }
  }

  /** The part the main document relates to with this relationship type, parsed, if there is one. */
  private <T> Optional<T> optionalPart(
      String type, List<Opc.Relationship> rels, PartParser<T> parser) {
    return opc.target(rels, type).flatMap(name -> optional(type, name, parser));
  }

  private List<Footnote> notes(
      List<Opc.Relationship> rels, StyleSheet styles, NoteNumbering numbering) {
    Map<String, PartWalker.Item> bodies = new LinkedHashMap<>();
    PartWalker footnoteWalker = new PartWalker(styles, null, numbering, null).deadline(deadline);
    optionalPart("footnotes", rels, footnoteWalker::walkItems)
        .ifPresent(
            items ->
                items.stream()
                    .filter(DocxReader::isNote)
                    .forEach(i -> bodies.put("f" + i.id(), i)));
    PartWalker endnoteWalker = new PartWalker(styles, null, numbering, null).deadline(deadline);
    optionalPart("endnotes", rels, endnoteWalker::walkItems)
        .ifPresent(
            items ->
                items.stream()
                    .filter(DocxReader::isNote)
                    .forEach(i -> bodies.put("e" + i.id(), i)));
    List<Footnote> out = new ArrayList<>();
    for (String key : numbering.referencedKeys()) {
      PartWalker.Item note = bodies.remove(key);
      if (note == null) {
        diagnostics.add(
            Diagnostic.warning(
                "docx.note-missing",
                "reference to "
                    + (key.startsWith("e") ? "endnote " : "footnote ")
                    + key.substring(1)
                    + " whose body is missing",
                SourceLocation.line(source, 0)));
        continue;
      }
      out.add(
          new Footnote(
              numbering.labelOf(key),
              BlockStream.joinBlocks(note.blocks()),
              SourceLocation.line(source, 0)));
    }
    for (Map.Entry<String, PartWalker.Item> e : bodies.entrySet()) {
      List<Run> runs = BlockStream.joinBlocks(e.getValue().blocks());
      if (Runs.text(runs).isBlank()) {
        continue;
      }
      String label =
          (e.getKey().startsWith("e") ? "endnote " : "footnote ") + e.getKey().substring(1);
      diagnostics.add(
          Diagnostic.info(
              "docx.note-unreferenced",
              "the " + label + " is never referenced in the body; kept with that label",
              SourceLocation.line(source, 0)));
      out.add(new Footnote(label, runs, SourceLocation.line(source, 0)));
    }
    return out;
  }

  private static boolean isNote(PartWalker.Item n) {
    return n.id() != null && (n.type() == null || n.type().equals("normal"));
  }

  private List<Comment> comments(
      List<Opc.Relationship> rels,
      StyleSheet styles,
      NoteNumbering notes,
      PartWalker.CommentAnchors anchors,
      Structure assembled) {
    Optional<List<PartWalker.Item>> items =
        optionalPart(
            "comments",
            rels,
            new PartWalker(styles, null, notes, null).deadline(deadline)::walkItems);
    if (items.isEmpty()) {
      return List.of();
    }
    List<Comment> out = new ArrayList<>();
    int unanchored = 0;
    for (PartWalker.Item c : items.get()) {
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
      out.add(
          new Comment(
              c.id(),
              blankToNull(c.author()),
              blankToNull(c.date()),
              text.toString(),
              paragraph,
              anchorText == null || anchorText.isEmpty() ? null : anchorText));
    }
    if (unanchored > 0) {
      diagnostics.add(
          Diagnostic.warning(
              "docx.comment-unanchored",
              unanchored + " comments are not anchored in the body (no range or reference found)",
              SourceLocation.line(source, 0)));
    }
    return out;
  }

  private void headerFooterDiagnostic(List<Opc.Relationship> rels, StyleSheet styles) {
    int words = 0;
    int parts = 0;
    Map<String, String> names = new TreeMap<>();
    for (Opc.Relationship r : rels) {
      if ((r.type().equals("header") || r.type().equals("footer"))
          && opc.part(r.target()).isPresent()) {
        names.put(r.target(), r.type());
      }
    }
    for (Map.Entry<String, String> e : names.entrySet()) {
      PartWalker walker =
          new PartWalker(
              styles, null, (endnote, key, custom) -> custom == null ? "" : custom, null);
      Optional<List<Block>> blocks = optional(e.getValue(), e.getKey(), walker::walkBody);
      int w = 0;
      for (Block b : blocks.orElse(List.of())) {
        w += Words.count(b.text());
      }
      if (w > 0) {
        parts++;
        words += w;
      }
    }
    if (words > 0) {
      diagnostics.add(
          Diagnostic.info(
              "docx.header-footer-excluded",
              words + " words in " + parts + " headers/footers left out of the body",
              SourceLocation.line(source, 0)));
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    String message = null;
    for (int i = 0; i < 10 && t != null; i++) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
      t = t.getCause();
    }
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    message = message.strip().replaceAll("\\s+", " ");
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }

  /** Footnote and endnote labels in the order the body references them. */
  static final class NoteNumbering implements PartWalker.NoteLabels {
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final String footnoteFormat;
    private final String endnoteFormat;
    private int footnotes;
    private int endnotes;

    NoteNumbering(
        String footnoteFormat, int footnoteStart, String endnoteFormat, int endnoteStart) {
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
