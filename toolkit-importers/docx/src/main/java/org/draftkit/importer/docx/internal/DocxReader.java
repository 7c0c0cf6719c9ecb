package org.draftkit.importer.docx.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.CommentsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.EndnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.CTFtnProps;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Comments;
import org.docx4j.wml.STFtnEdn;
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

  DocxReader(WordprocessingMLPackage pkg, ImportContext context) {
    this.pkg = pkg;
    this.context = context;
    this.source = context.sourceName();
  }

  Document read() {
    MainDocumentPart main = pkg.getMainDocumentPart();
    org.docx4j.wml.Document document = main == null ? null : unchecked(main::getContents);
    if (document == null || document.getBody() == null) {
      throw new IllegalStateException("the package has no document body");
    }
    StyleSheet styles = new StyleSheet(main.getStyleDefinitionsPart() == null ? null
        : optional("styles", () -> main.getStyleDefinitionsPart().getContents()));
    ListNumbering numbering = new ListNumbering(main.getNumberingDefinitionsPart() == null ? null
        : optional("numbering", () -> main.getNumberingDefinitionsPart().getContents()), styles::numIdOf);
    NoteNumbering notes = new NoteNumbering(settings(main));

    BodyWalker.CommentAnchors anchors = new BodyWalker.CommentAnchors();
    BodyWalker body = new BodyWalker(styles, numbering, notes, anchors);
    List<Block> blocks = body.walk(document.getBody().getContent());

    List<Footnote> footnotes = notes(main, styles, notes);
    Assembler assembler = new Assembler(source);
    Assembler.Result assembled = assembler.assemble(blocks);

    List<Comment> comments = comments(main, styles, notes, anchors, assembled);
    Metadata metadata = FrontMatter.metadata(assembled.paragraphs(), coreProperties(), source);

    int hidden = body.hiddenWords();
    if (hidden > 0) {
      diagnostics.add(Diagnostic.info("docx.hidden-text-excluded",
          hidden + " words of hidden text (w:vanish) left out of the body", SourceLocation.line(source, 0)));
    }
    if (body.skippedObjects() > 0) {
      diagnostics.add(Diagnostic.warning("docx.object-skipped", body.skippedObjects()
          + " embedded objects or equations whose text is not imported", SourceLocation.line(source, 0)));
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

  private CTSettings settings(MainDocumentPart main) {
    if (main.getDocumentSettingsPart() == null) {
      return null;
    }
    return optional("settings", () -> main.getDocumentSettingsPart().getContents());
  }

  private List<Footnote> notes(MainDocumentPart main, StyleSheet styles, NoteNumbering numbering) {
    Map<String, List<Object>> bodies = new LinkedHashMap<>();
    FootnotesPart fp = main.getFootnotesPart();
    if (fp != null) {
      var content = optional("footnotes", fp::getContents);
      if (content != null) {
        for (CTFtnEdn n : content.getFootnote()) {
          if (isNote(n)) {
            bodies.put("f" + n.getId(), n.getContent());
          }
        }
      }
    }
    EndnotesPart ep = main.getEndNotesPart();
    if (ep != null) {
      var content = optional("endnotes", ep::getContents);
      if (content != null) {
        for (CTFtnEdn n : content.getEndnote()) {
          if (isNote(n)) {
            bodies.put("e" + n.getId(), n.getContent());
          }
        }
      }
    }
    List<Footnote> referenced = new ArrayList<>();
    List<Footnote> unreferenced = new ArrayList<>();
    // walk in reference order first, so labels given to references inside notes follow them
    List<String> keys = new ArrayList<>(numbering.referencedKeys());
    for (String k : bodies.keySet()) {
      if (!keys.contains(k)) {
        keys.add(k);
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      List<Object> content = bodies.get(key);
      if (content == null) {
        diagnostics.add(Diagnostic.warning("docx.note-missing", "reference to "
            + (key.startsWith("e") ? "endnote " : "footnote ") + key.substring(1) + " whose body is missing",
            SourceLocation.line(source, 0)));
        continue;
      }
      BodyWalker walker = new BodyWalker(styles, null, numbering, null);
      List<Block> blocks = walker.walk(content);
      List<Run> runs = Assembler.joinBlocks(blocks);
      String label = numbering.labelOf(key);
      if (label == null) {
        label = (key.startsWith("e") ? "endnote " : "footnote ") + key.substring(1);
        diagnostics.add(Diagnostic.info("docx.note-unreferenced", "the "
            + label + " is never referenced in the body; kept with that label", SourceLocation.line(source, 0)));
        if (!Runs.text(runs).isBlank()) {
          unreferenced.add(new Footnote(label, runs, SourceLocation.line(source, 0)));
        }
        continue;
      }
      referenced.add(new Footnote(label, runs, SourceLocation.line(source, 0)));
      // keys may have grown if a note references another note
      for (String k : numbering.referencedKeys()) {
        if (!keys.contains(k)) {
          keys.add(k);
        }
      }
    }
    referenced.addAll(unreferenced);
    return referenced;
  }

  private static boolean isNote(CTFtnEdn n) {
    return n.getId() != null && (n.getType() == null || n.getType() == STFtnEdn.NORMAL);
  }

  private List<Comment> comments(MainDocumentPart main, StyleSheet styles, NoteNumbering notes,
      BodyWalker.CommentAnchors anchors, Assembler.Result assembled) {
    CommentsPart cp = main.getCommentsPart();
    if (cp == null) {
      return List.of();
    }
    Comments content = optional("comments", cp::getContents);
    if (content == null) {
      return List.of();
    }
    List<Comment> out = new ArrayList<>();
    int unanchored = 0;
    for (Comments.Comment c : content.getComment()) {
      if (c.getId() == null) {
        continue;
      }
      String id = c.getId().toString();
      BodyWalker walker = new BodyWalker(styles, null, notes, null);
      List<Block> blocks = walker.walk(c.getContent());
      StringBuilder text = new StringBuilder();
      for (Block b : blocks) {
        String t = b.text().strip();
        if (t.isEmpty()) {
          continue;
        }
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(t);
      }
      Integer blockIndex = anchors.paragraph.get(id);
      Integer paragraph = blockIndex == null ? null : assembled.paragraphFor(blockIndex);
      if (paragraph == null) {
        unanchored++;
      }
      StringBuilder anchored = anchors.text.get(id);
      String anchorText = anchored == null ? null : anchored.toString().strip();
      out.add(new Comment(id, blankToNull(c.getAuthor()), BodyWalker.date(c), text.toString(), paragraph,
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
      sorted.put(e.getKey().getName(), e.getValue());
    }
    for (Part part : sorted.values()) {
      List<Object> content = null;
      if (part instanceof HeaderPart h) {
        content = optional(h.getPartName().getName(), h::getContents) == null ? null : h.getContent();
      } else if (part instanceof FooterPart f) {
        content = optional(f.getPartName().getName(), f::getContents) == null ? null : f.getContent();
      }
      if (content == null) {
        continue;
      }
      BodyWalker walker = new BodyWalker(styles, null, (endnote, key, custom) -> custom == null ? "" : custom, null);
      int w = 0;
      for (Block b : walker.walk(content)) {
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
      return null;
    }
    return optional("document properties", () -> pkg.getDocPropsCorePart().getContents());
  }

  /** docx4j's part getters declare a checked exception for lazy unmarshalling. */
  private <T> T unchecked(PartGetter<T> getter) {
    try {
      return getter.get();
    } catch (org.docx4j.openpackaging.exceptions.Docx4JException e) {
      throw new IllegalStateException("cannot read a part: " + Docx4jRuntime.rootMessage(e), e);
    }
  }

  /** A part other than the body: when it cannot be read, say so and go on without it. */
  private <T> T optional(String what, PartGetter<T> getter) {
    try {
      return getter.get();
    } catch (org.docx4j.openpackaging.exceptions.Docx4JException | RuntimeException e) {
      diagnostics.add(Diagnostic.warning("docx.part-unreadable", "the " + what + " part could not be read and was left out: "
          + Docx4jRuntime.rootMessage(e), SourceLocation.line(source, 0)));
      return null;
    }
  }

  @FunctionalInterface
  private interface PartGetter<T> {
    T get() throws org.docx4j.openpackaging.exceptions.Docx4JException;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Core property text (dc:title, dc:creator …), or null. */
  static String literal(SimpleLiteral l) {
    if (l == null || l.getContent() == null) {
      return null;
    }
    return blankToNull(String.join(" ", l.getContent()));
  }

  /** A W3CDTF date-time's date part, or null. */
  static LocalDate w3cDate(SimpleLiteral l) {
    String s = literal(l);
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Footnote and endnote labels in the order the body references them. */
  static final class NoteNumbering implements BodyWalker.NoteLabels {
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final String footnoteFormat;
    private final String endnoteFormat;
    private int footnotes;
    private int endnotes;
    private final Map<String, Integer> starts = new HashMap<>();

    NoteNumbering(CTSettings settings) {
      String ff = "decimal";
      String ef = "lowerRoman";
      int fs = 1;
      int es = 1;
      if (settings != null) {
        CTFtnProps fp = settings.getFootnotePr();
        if (fp != null && fp.getNumFmt() != null && fp.getNumFmt().getVal() != null) {
          ff = fp.getNumFmt().getVal().value();
        }
        if (fp != null && fp.getNumStart() != null && fp.getNumStart().getVal() != null) {
          fs = fp.getNumStart().getVal().intValue();
        }
        var ep = settings.getEndnotePr();
        if (ep != null && ep.getNumFmt() != null && ep.getNumFmt().getVal() != null) {
          ef = ep.getNumFmt().getVal().value();
        }
        if (ep != null && ep.getNumStart() != null && ep.getNumStart().getVal() != null) {
          es = ep.getNumStart().getVal().intValue();
        }
      }
      footnoteFormat = ff;
      endnoteFormat = ef;
      footnotes = fs - 1;
      endnotes = es - 1;
      starts.put("f", fs);
      starts.put("e", es);
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

    @Override
    public String toString() {
      return "notes " + labels.keySet().toString().toLowerCase(Locale.ROOT);
    }
  }
}
