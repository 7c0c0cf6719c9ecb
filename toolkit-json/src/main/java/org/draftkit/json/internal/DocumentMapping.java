package org.draftkit.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.draftkit.CorruptDocumentException;
import org.draftkit.json.internal.DocumentShape.CommentJson;
import org.draftkit.json.internal.DocumentShape.DiagnosticJson;
import org.draftkit.json.internal.DocumentShape.Doc;
import org.draftkit.json.internal.DocumentShape.FootnoteJson;
import org.draftkit.json.internal.DocumentShape.LocationJson;
import org.draftkit.json.internal.DocumentShape.MetadataJson;
import org.draftkit.json.internal.DocumentShape.NumberingJson;
import org.draftkit.json.internal.DocumentShape.ParagraphJson;
import org.draftkit.json.internal.DocumentShape.RunJson;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;

/**
 * Maps a {@link Document} to its JSON shape and back, losslessly: {@code toShape} then {@code
 * fromShape} gives an equal document. Reading is lenient where the vocabulary may grow (an unknown
 * kind or mark becomes a diagnostic) and strict where the structure is wrong.
 *
 * <p>Stateless and thread-safe. Exporters of other results (comparisons, consolidations) reuse
 * {@link #paragraph}, {@link #metadata} and {@link #runs} for the documents they embed.
 */
public final class DocumentMapping {

  /** The prefix of the diagnostic codes added for input that was read but did not quite fit. */
  public static final String CODE_PREFIX = "json.";

  // ---------------------------------------------------------------- model → shape

  /** The JSON shape of a document. */
  public Doc toShape(Document doc) {
    List<ParagraphJson> paragraphs = new ArrayList<>(doc.paragraphs().size());
    for (Paragraph p : doc.paragraphs()) {
      paragraphs.add(paragraph(p));
    }
    List<FootnoteJson> footnotes = new ArrayList<>(doc.footnotes().size());
    for (Footnote f : doc.footnotes()) {
      footnotes.add(new FootnoteJson(f.label(), f.text(), runs(f.runs()), location(f.location())));
    }
    List<CommentJson> comments = new ArrayList<>(doc.comments().size());
    for (Comment c : doc.comments()) {
      comments.add(
          new CommentJson(c.id(), c.author(), c.date(), c.text(), c.paragraph(), c.anchorText()));
    }
    List<DiagnosticJson> diagnostics = new ArrayList<>(doc.diagnostics().size());
    for (Diagnostic d : doc.diagnostics()) {
      diagnostics.add(diagnostic(d));
    }
    return new Doc(metadata(doc.metadata()), paragraphs, footnotes, comments, diagnostics);
  }

  /** The JSON shape of a diagnostic. */
  public DiagnosticJson diagnostic(Diagnostic d) {
    return new DiagnosticJson(
        d.severity().name().toLowerCase(Locale.ROOT),
        d.code(),
        d.message(),
        location(d.location()));
  }

  /** The JSON shape of metadata (nulls left out when written). */
  public MetadataJson metadata(Metadata m) {
    return new MetadataJson(
        m.symbol(),
        m.title(),
        m.revision(),
        m.date() == null ? null : m.date().toString(),
        m.language(),
        m.source(),
        m.author(),
        m.distribution(),
        m.session(),
        m.agendaItem());
  }

  /** The JSON shape of a paragraph. */
  public ParagraphJson paragraph(Paragraph p) {
    ParagraphNumber n = p.number();
    NumberingJson numbering = null;
    if (n != null && !ParagraphNumber.of(n.label()).equals(n)) {
      numbering = new NumberingJson(schemeId(n.scheme()), n.parts(), n.suffix());
    }
    return new ParagraphJson(
        p.index(),
        p.label(),
        numbering,
        p.kind().id(),
        p.text(),
        runs(p.runs()),
        p.parent(),
        location(p.location()));
  }

  /** The JSON shape of runs; mark ids in {@link Mark} declaration order. */
  public List<RunJson> runs(List<Run> runs) {
    List<RunJson> out = new ArrayList<>(runs.size());
    for (Run r : runs) {
      List<String> marks = r.marks().stream().map(Mark::id).toList();
      out.add(new RunJson(r.text(), marks, r.author(), r.date(), r.ref()));
    }
    return out;
  }

  /** A location, or null when nothing is known. */
  public LocationJson location(SourceLocation at) {
    return at == null || at.equals(SourceLocation.UNKNOWN)
        ? null
        : new LocationJson(at.source(), at.page(), at.line());
  }

  // ---------------------------------------------------------------- shape → model

  /**
   * The document a JSON shape describes.
   *
   * @param source the input's name, for error messages and diagnostics
   * @throws CorruptDocumentException when indexes or parents do not fit together
   */
  public Document fromShape(Doc shape, String source) throws CorruptDocumentException {
    List<Diagnostic> notes = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>(shape.paragraphs().size());
    for (int i = 0; i < shape.paragraphs().size(); i++) {
      paragraphs.add(paragraph(shape.paragraphs().get(i), i, source, notes));
    }
    List<Footnote> footnotes = new ArrayList<>(shape.footnotes().size());
    for (int i = 0; i < shape.footnotes().size(); i++) {
      FootnoteJson f = shape.footnotes().get(i);
      String where = "footnotes[" + i + "]";
      footnotes.add(
          new Footnote(
              f.label(), runs(f.text(), f.runs(), where, source, notes), location(f.location())));
    }
    List<Comment> comments = new ArrayList<>(shape.comments().size());
    for (int i = 0; i < shape.comments().size(); i++) {
      CommentJson c = shape.comments().get(i);
      if (c.paragraph() != null && (c.paragraph() < 0 || c.paragraph() >= paragraphs.size())) {
        throw new CorruptDocumentException(
            source,
            "not valid draftkit JSON (comments["
                + i
                + "].paragraph): "
                + c.paragraph()
                + " is not the index of a paragraph");
      }
      comments.add(
          new Comment(c.id(), c.author(), c.date(), c.text(), c.paragraph(), c.anchorText()));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(shape.diagnostics().size() + notes.size());
    for (int i = 0; i < shape.diagnostics().size(); i++) {
      DiagnosticJson d = shape.diagnostics().get(i);
      Diagnostic.Severity severity = severity(d.severity()).orElse(null);
      if (severity == null) {
        throw new CorruptDocumentException(
            source,
            "not valid draftkit JSON (diagnostics["
                + i
                + "].severity): \""
                + d.severity()
                + "\" is not info, warning or error");
      }
      diagnostics.add(new Diagnostic(severity, d.code(), d.message(), location(d.location())));
    }
    diagnostics.addAll(notes);
    return new Document(metadata(shape.metadata()), paragraphs, footnotes, comments, diagnostics);
  }

  /** Metadata from its shape (the date was checked by the shape). */
  public Metadata metadata(MetadataJson m) {
    return new Metadata(
        m.symbol(),
        m.title(),
        m.revision(),
        m.date() == null ? null : LocalDate.parse(m.date()),
        m.language(),
        m.source(),
        m.author(),
        m.distribution(),
        m.session(),
        m.agendaItem());
  }

  private Paragraph paragraph(ParagraphJson p, int position, String source, List<Diagnostic> notes)
      throws CorruptDocumentException {
    String where = "paragraphs[" + position + "]";
    if (p.index() != null && p.index() != position) {
      throw new CorruptDocumentException(
          source,
          "not valid draftkit JSON ("
              + where
              + ".index): index "
              + p.index()
              + " does not match the paragraph's position "
              + position);
    }
    if (p.parent() != null && (p.parent() < 0 || p.parent() >= position)) {
      throw new CorruptDocumentException(
          source,
          "not valid draftkit JSON ("
              + where
              + ".parent): parent "
              + p.parent()
              + " must be the index of an earlier paragraph");
    }
    SourceLocation at = location(p.location());
    ParagraphKind kind = ParagraphKind.byId(p.kind());
    if (!kind.id().equals(p.kind())) {
      notes.add(
          Diagnostic.warning(
              CODE_PREFIX + "unknown-kind",
              where + ": unknown kind \"" + p.kind() + "\" read as \"" + kind.id() + "\"",
              at));
    }
    return new Paragraph(
        position,
        number(p, where, source),
        kind,
        runs(p.text(), p.runs(), where, source, notes),
        p.parent(),
        at);
  }

  private static ParagraphNumber number(ParagraphJson p, String where, String source)
      throws CorruptDocumentException {
    if (p.number() == null) {
      return null;
    }
    NumberingJson n = p.numbering();
    if (n == null) {
      return ParagraphNumber.of(p.number());
    }
    ParagraphNumber.Scheme scheme = null;
    for (ParagraphNumber.Scheme s : ParagraphNumber.Scheme.values()) {
      if (schemeId(s).equals(n.scheme())) {
        scheme = s;
      }
    }
    if (scheme == null) {
      throw new CorruptDocumentException(
          source,
          "not valid draftkit JSON ("
              + where
              + ".numbering.scheme): unknown scheme \""
              + n.scheme()
              + "\"");
    }
    return new ParagraphNumber(scheme, n.parts(), n.suffix(), p.number());
  }

  /** Runs from {@code runs}, or one plain run from {@code text} when there are none. */
  private List<Run> runs(
      String text, List<RunJson> shapes, String where, String source, List<Diagnostic> notes) {
    if (shapes == null) {
      return text.isEmpty() ? List.of() : List.of(Run.plain(text));
    }
    List<Run> runs = new ArrayList<>(shapes.size());
    for (int i = 0; i < shapes.size(); i++) {
      RunJson r = shapes.get(i);
      Set<Mark> marks = EnumSet.noneOf(Mark.class);
      for (String id : r.marks()) {
        Optional<Mark> mark = id == null ? Optional.empty() : Mark.byId(id);
        if (mark.isPresent()) {
          marks.add(mark.get());
        } else {
          notes.add(
              Diagnostic.warning(
                  CODE_PREFIX + "unknown-mark",
                  where + ".runs[" + i + "]: unknown mark \"" + id + "\" left out",
                  new SourceLocation(source, 0, 0)));
        }
      }
      runs.add(new Run(r.text(), marks, r.author(), r.date(), r.ref()));
    }
    if (text != null && !text.equals(Runs.text(runs))) {
      notes.add(
          Diagnostic.warning(
              CODE_PREFIX + "text-mismatch",
              where + ": \"text\" differs from the text of its runs; the runs were kept",
              new SourceLocation(source, 0, 0)));
    }
    return runs;
  }

  private static SourceLocation location(LocationJson l) {
    return l == null ? SourceLocation.UNKNOWN : new SourceLocation(l.source(), l.page(), l.line());
  }

  private static Optional<Diagnostic.Severity> severity(String id) {
    for (Diagnostic.Severity s : Diagnostic.Severity.values()) {
      if (s.name().equalsIgnoreCase(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** "LOWER_LETTER" → "lower-letter". */
  private static String schemeId(ParagraphNumber.Scheme s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
