package org.draftkit.cli.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.draftkit.Toolkit;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same draft gives the same document whatever the format: eight generated drafts, each written
 * as DOCX (real footnotes), as the PDF LibreOffice exports from that DOCX (footnotes at the page
 * foot under a separator, paragraphs running over pages), as HTML, Markdown and UN-extracted plain
 * text, are read by the real importers. Every format must give the draft's paragraphs (numbers,
 * kinds, text, footnotes), and every pair of formats must compare as identical: no changed
 * paragraph, no word edit, no footnote change. The PDF tests skip when LibreOffice is absent.
 */
class FormatMatrixTest {

  static final int DRAFTS = 8;
  static final List<String> FORMATS = List.of("docx", "pdf", "html", "md", "txt");
  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final Comparer COMPARER = Comparer.defaults();

  private static final List<Draft> drafts = new ArrayList<>();

  /** format → the drafts read from it; "pdf" absent when LibreOffice is. */
  private static final Map<String, List<Document>> read = new LinkedHashMap<>();

  @BeforeAll
  static void readAllFormats() throws Exception {
    List<byte[]> docx = new ArrayList<>();
    for (int n = 0; n < DRAFTS; n++) {
      Draft d = Draft.generate(n);
      drafts.add(d);
      docx.add(DraftWriters.docx(d));
    }
    for (String f : FORMATS) {
      read.put(f, new ArrayList<>());
    }
    for (int n = 0; n < DRAFTS; n++) {
      Draft d = drafts.get(n);
      read.get("docx").add(TOOLKIT.read(docx.get(n), d.name + ".docx", "docx", Map.of()));
      read.get("html")
          .add(TOOLKIT.read(utf8(DraftWriters.html(d)), d.name + ".html", "html", Map.of()));
      read.get("md")
          .add(TOOLKIT.read(utf8(DraftWriters.markdown(d)), d.name + ".md", "md", Map.of()));
      read.get("txt")
          .add(TOOLKIT.read(utf8(DraftWriters.text(d)), d.name + ".txt", "txt", Map.of()));
    }
    if (OfficePdf.soffice() == null) {
      read.remove("pdf");
      return;
    }
    List<Path> pdfs = OfficePdf.export(docx);
    for (int n = 0; n < DRAFTS; n++) {
      dump(drafts.get(n), docx.get(n), pdfs.get(n));
      read.get("pdf")
          .add(
              TOOLKIT.read(
                  Files.readAllBytes(pdfs.get(n)), drafts.get(n).name + ".pdf", "pdf", Map.of()));
    }
  }

  /** With -Ddraftkit.matrix.dump=DIR, writes every format of the draft there, to look at. */
  private static void dump(Draft d, byte[] docx, Path pdf) throws java.io.IOException {
    String dir = System.getProperty("draftkit.matrix.dump");
    if (dir == null) {
      return;
    }
    Path out = Files.createDirectories(Path.of(dir));
    Files.write(out.resolve(d.name + ".docx"), docx);
    Files.copy(
        pdf, out.resolve(d.name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(out.resolve(d.name + ".html"), DraftWriters.html(d));
    Files.writeString(out.resolve(d.name + ".md"), DraftWriters.markdown(d));
    Files.writeString(out.resolve(d.name + ".txt"), DraftWriters.text(d));
  }

  static Stream<String> formats() {
    return FORMATS.stream();
  }

  static Stream<Arguments> pairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (int i = 0; i < FORMATS.size(); i++) {
      for (int j = i + 1; j < FORMATS.size(); j++) {
        pairs.add(Arguments.of(FORMATS.get(i), FORMATS.get(j)));
      }
    }
    return pairs.stream();
  }

  private static List<Document> documents(String format) {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        read.containsKey(format),
        "LibreOffice (soffice) is not installed: the office-PDF format is skipped");
    return read.get(format);
  }

  @ParameterizedTest(name = "{0} gives the drafts' paragraphs")
  @MethodSource("formats")
  void everyFormatGivesTheDraftsParagraphs(String format) {
    List<Document> docs = documents(format);
    List<String> wrong = new ArrayList<>();
    for (int n = 0; n < DRAFTS; n++) {
      List<String> expected = truth(drafts.get(n));
      List<String> actual = seen(docs.get(n));
      if (!expected.equals(actual)) {
        wrong.add(drafts.get(n).name + ": " + firstDifference(expected, actual));
      }
    }
    assertEquals(List.of(), wrong, format + " read differently from the draft");
  }

  @ParameterizedTest(name = "{0} vs {1}: nothing changed")
  @MethodSource("pairs")
  void everyPairOfFormatsComparesAsIdentical(String a, String b) {
    List<Document> older = documents(a);
    List<Document> newer = documents(b);
    List<String> changed = new ArrayList<>();
    for (int n = 0; n < DRAFTS; n++) {
      Comparison c = COMPARER.compare(older.get(n), newer.get(n));
      for (AlignedPair p : c.pairs()) {
        if (p.changed() || !p.edits().isEmpty() || !p.footnotes().isEmpty()) {
          changed.add(drafts.get(n).name + " " + p.status() + " " + describe(p));
        }
      }
    }
    assertEquals(
        List.of(),
        changed.stream().limit(12).toList(),
        a + " vs " + b + ": " + changed.size() + " changes");
  }

  /** What the draft says each paragraph is: label, kind, text, cited footnotes. */
  static List<String> truth(Draft d) {
    List<String> out = new ArrayList<>();
    List<String> notes = d.notes();
    int note = 0;
    for (Draft.Item it : d.items) {
      ParagraphKind kind =
          switch (it.role()) {
            case TITLE, HEADING -> ParagraphKind.HEADING;
            case INTRO -> ParagraphKind.OTHER;
            case PREAMBULAR -> ParagraphKind.PREAMBULAR;
            case OPERATIVE, SUB, SUBSUB -> ParagraphKind.OPERATIVE;
          };
      String label = it.label() == null ? null : ParagraphNumber.of(it.label()).label();
      List<String> cited = new ArrayList<>();
      for (Draft.Piece p : it.pieces()) {
        if (p.isNote()) {
          cited.add(notes.get(note++));
        }
      }
      out.add(line(label, kind, it.text(), cited));
    }
    return out;
  }

  /** The same description of each paragraph of a document as read. */
  static List<String> seen(Document doc) {
    Map<String, String> notes = new LinkedHashMap<>();
    for (Footnote f : doc.footnotes()) {
      notes.put(f.label(), f.text());
    }
    List<String> out = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      StringBuilder text = new StringBuilder();
      List<String> cited = new ArrayList<>();
      for (Run r : p.runs()) {
        if (r.has(Mark.FOOTNOTE_REFERENCE)) {
          cited.add(notes.getOrDefault(r.ref(), "(no body for " + r.ref() + ")"));
        } else {
          text.append(r.text());
        }
      }
      out.add(line(p.label(), p.kind(), text.toString(), cited));
    }
    return out;
  }

  private static String line(String label, ParagraphKind kind, String text, List<String> notes) {
    List<String> n = notes.stream().map(FormatMatrixTest::norm).toList();
    return (label == null ? "" : label + " ")
        + kind
        + " | "
        + norm(text)
        + (n.isEmpty() ? "" : " | notes " + n);
  }

  static String norm(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static String firstDifference(List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "(none)";
      String a = i < actual.size() ? actual.get(i) : "(none)";
      if (!e.equals(a)) {
        return "paragraph "
            + i
            + " of "
            + expected.size()
            + " expected ["
            + e
            + "] but read ["
            + a
            + "] ("
            + actual.size()
            + " read)";
      }
    }
    return "?";
  }

  private static String describe(AlignedPair p) {
    Paragraph o = p.oldParagraph();
    Paragraph n = p.newParagraph();
    String which =
        o != null
            ? "old " + o.label() + " " + abbreviate(o.text())
            : "new " + n.label() + " " + abbreviate(n.text());
    return which
        + (p.edits().isEmpty() ? "" : " edits " + p.edits())
        + (p.footnotes().isEmpty() ? "" : " notes " + p.footnotes());
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Prints changed paragraphs and word edits per pair of formats (the measure). */
  @Test
  void measure() {
    StringBuilder sb =
        new StringBuilder(
            "format pair | changed paragraphs | word edits (inserted+deleted) over "
                + DRAFTS
                + " drafts\n");
    for (Arguments a : pairs().toList()) {
      String x = (String) a.get()[0];
      String y = (String) a.get()[1];
      if (!read.containsKey(x) || !read.containsKey(y)) {
        continue;
      }
      int changed = 0;
      int words = 0;
      for (int n = 0; n < DRAFTS; n++) {
        Comparison c = COMPARER.compare(read.get(x).get(n), read.get(y).get(n));
        changed += c.summary().changed();
        words += c.summary().wordsInserted() + c.summary().wordsDeleted();
      }
      sb.append(x)
          .append(" vs ")
          .append(y)
          .append(" | ")
          .append(changed)
          .append(" | ")
          .append(words)
          .append('\n');
    }
    System.out.println(sb);
  }
}
