package org.draftkit.exporter.docx.internal;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.CommentsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTFootnotes;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.CTTrackChange;
import org.docx4j.wml.Comments;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.STFtnEdn;
import org.docx4j.wml.Styles;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;

/**
 * One Word document being written: body paragraphs and tables, footnotes, comments, and the
 * numbering of tracked changes. Every id is sequential (tracked changes and move ranges from 1,
 * comments from 0, footnotes from 1), no {@code w:rsid} is written and the package is saved
 * through {@link DeterministicZip}, so the same calls give the same bytes. Not thread-safe: one
 * instance per export.
 */
public final class WordDocument {

  static final String STYLE_TITLE = "Title";
  static final String STYLE_FOOTNOTE_TEXT = "FootnoteText";
  static final String STYLE_FOOTNOTE_REFERENCE = "FootnoteReference";
  static final String STYLE_COMMENT_TEXT = "CommentText";
  static final String STYLE_COMMENT_REFERENCE = "CommentReference";

  final ObjectFactory factory = new ObjectFactory();
  private final WordprocessingMLPackage pkg;
  private final MainDocumentPart main;
  private final DatatypeFactory dates;
  private final List<CTFtnEdn> footnotes = new ArrayList<>();
  private final List<Comments.Comment> comments = new ArrayList<>();
  private int nextMarkupId = 1;
  private int nextMoveName = 1;

  WordDocument(boolean landscape) {
    try {
      pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4, landscape);
      dates = DatatypeFactory.newInstance();
    } catch (InvalidFormatException | DatatypeConfigurationException e) {
      throw new IllegalStateException("docx4j could not create an empty Word package", e);
    }
    main = pkg.getMainDocumentPart();
    main.getStyleDefinitionsPart().setJaxbElement((Styles) unmarshal(resource("styles.xml")));
  }

  /** Appends a body paragraph in the given style ({@code null}: Normal). */
  public WordParagraph paragraph(String style) {
    P p = factory.createP();
    main.getContent().add(p);
    return new WordParagraph(this, p).style(style);
  }

  /** Appends an empty paragraph that starts a new page. */
  public void pageBreak() {
    P p = factory.createP();
    R r = factory.createR();
    Br br = factory.createBr();
    br.setType(STBrType.PAGE);
    r.getContent().add(br);
    p.getContent().add(r);
    main.getContent().add(p);
  }

  /** Appends a table whose columns have these widths (twentieths of a point). */
  public WordTable table(int... columnWidths) {
    WordTable t = new WordTable(this, columnWidths);
    main.getContent().add(t.element());
    return t;
  }

  /**
   * Adds a footnote and returns its id for {@link WordParagraph#footnoteReference}.
   *
   * @param customMark the mark to print instead of Word's automatic number, or null
   * @param runs the note's text, formatted by its marks
   */
  public int footnote(String customMark, List<Run> runs) {
    return footnote(customMark, wp -> {
      for (Run r : runs) {
        wp.text(r.text(), r.marks());
      }
    });
  }

  /**
   * Adds a footnote whose text {@code body} writes (after the note's own mark) and returns its id.
   *
   * @param customMark the mark to print instead of Word's automatic number, or null
   */
  public int footnote(String customMark, Consumer<WordParagraph> body) {
    int id = footnotes.size() + 1;
    CTFtnEdn note = factory.createCTFtnEdn();
    note.setId(BigInteger.valueOf(id));
    P p = factory.createP();
    note.getContent().add(p);
    WordParagraph wp = new WordParagraph(this, p).style(STYLE_FOOTNOTE_TEXT);
    if (customMark == null) {
      R ref = wp.styledRun(STYLE_FOOTNOTE_REFERENCE);
      ref.getContent().add(factory.createRFootnoteRef(factory.createRFootnoteRef()));
    } else {
      wp.styledRun(STYLE_FOOTNOTE_REFERENCE).getContent().add(WordParagraph.text(factory, customMark));
    }
    wp.text(" ", Set.of());
    footnotes.add(note);
    body.accept(wp);
    return id;
  }

  /** Adds a comment and returns its id for {@link WordParagraph#commentStart}/{@link WordParagraph#commentEnd}. */
  public int comment(String author, String isoDate, String text) {
    int id = comments.size();
    Comments.Comment c = factory.createCommentsComment();
    c.setId(BigInteger.valueOf(id));
    Change who = Change.of(author, isoDate);
    c.setAuthor(who.author());
    c.setDate(calendar(who.date()));
    c.setInitials(initials(who.author()));
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      P p = factory.createP();
      c.getContent().add(p);
      WordParagraph wp = new WordParagraph(this, p).style(STYLE_COMMENT_TEXT);
      if (i == 0) {
        wp.styledRun(STYLE_COMMENT_REFERENCE).getContent().add(factory.createRAnnotationRef(factory.createRAnnotationRef()));
      }
      wp.text(lines[i], Set.of());
    }
    comments.add(c);
    return id;
  }

  /** A new name for a pair of move ranges ("move1", "move2", …). */
  public String nextMoveName() {
    return "move" + nextMoveName++;
  }

  /** The next id for a tracked change or a range (ins, del, moveFrom/To and their ranges). */
  int nextMarkupId() {
    return nextMarkupId++;
  }

  /** A {@code w:ins}/{@code w:del}-style attribution with the next id. */
  <T extends CTTrackChange> T track(T element, Change change) {
    element.setId(BigInteger.valueOf(nextMarkupId()));
    element.setAuthor(change.author());
    element.setDate(calendar(change.date()));
    return element;
  }

  XMLGregorianCalendar calendar(String xsdDateTime) {
    return xsdDateTime == null ? null : dates.newXMLGregorianCalendar(xsdDateTime);
  }

  /** Writes the package: parts completed, entries in a fixed order with fixed times. */
  public void writeTo(OutputStream out) throws IOException {
    finish();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    try {
      pkg.save(buffer);
    } catch (Docx4JException e) {
      throw new IOException("docx4j could not write the Word package: " + e.getMessage(), e);
    }
    DeterministicZip.repack(buffer.toByteArray(), out);
  }

  private void finish() throws IOException {
    try {
      if (!footnotes.isEmpty()) {
        CTFootnotes notes = factory.createCTFootnotes();
        notes.getFootnote().add(separator(-1, STFtnEdn.SEPARATOR));
        notes.getFootnote().add(separator(0, STFtnEdn.CONTINUATION_SEPARATOR));
        notes.getFootnote().addAll(footnotes);
        FootnotesPart part = new FootnotesPart();
        part.setJaxbElement(notes);
        main.addTargetPart(part);
      }
      if (!comments.isEmpty()) {
        Comments all = factory.createComments();
        all.getComment().addAll(comments);
        CommentsPart part = new CommentsPart();
        part.setJaxbElement(all);
        main.addTargetPart(part);
      }
      String settings = resource("settings.xml").replace("FOOTNOTE_PROPERTIES", footnotes.isEmpty() ? ""
          : "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>");
      DocumentSettingsPart settingsPart = main.getDocumentSettingsPart();
      if (settingsPart == null) {
        settingsPart = new DocumentSettingsPart();
        main.addTargetPart(settingsPart);
      }
      settingsPart.setJaxbElement((CTSettings) unmarshal(settings));
    } catch (InvalidFormatException e) {
      throw new IOException("docx4j could not add a part to the Word package: " + e.getMessage(), e);
    }
  }

  private CTFtnEdn separator(int id, STFtnEdn type) {
    CTFtnEdn note = factory.createCTFtnEdn();
    note.setId(BigInteger.valueOf(id));
    note.setType(type);
    P p = factory.createP();
    R r = factory.createR();
    r.getContent().add(type == STFtnEdn.SEPARATOR ? factory.createRSeparator(factory.createRSeparator())
        : factory.createRContinuationSeparator(factory.createRContinuationSeparator()));
    p.getContent().add(r);
    note.getContent().add(p);
    new WordParagraph(this, p).spacingAfter(0);
    return note;
  }

  private static String initials(String author) {
    StringBuilder sb = new StringBuilder();
    for (String w : author.split("[\\s\\-_.]+")) {
      if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
        sb.appendCodePoint(w.codePointAt(0));
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static Object unmarshal(String xml) {
    try {
      return XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
    } catch (JAXBException e) {
      throw new IllegalStateException("built-in WordprocessingML template is invalid", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = WordDocument.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + WordDocument.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** True when the mark changes how a run looks (the others are handled by the caller). */
  static boolean isFormatting(Mark m) {
    return m == Mark.BOLD || m == Mark.ITALIC || m == Mark.UNDERLINE || m == Mark.STRIKE || m == Mark.SUPERSCRIPT;
  }
}
