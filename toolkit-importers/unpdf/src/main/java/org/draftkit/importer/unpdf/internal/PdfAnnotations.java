package org.draftkit.importer.unpdf.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.DateConverter;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;

/**
 * The reviewers' comments of a PDF: markup annotations that carry text (sticky notes, comments on
 * highlights, strike-outs, underlines and replace-text carets, free-text boxes, shapes, stamps),
 * read into {@link Comment}s anchored on the paragraph they mark, the way the DOCX importer reads
 * Word comments.
 *
 * <ul>
 *   <li>Text is {@code /Contents}, else the rich text {@code /RC} flattened to plain text ({@link
 *       RichText}); author is {@code /T}; date is {@code /CreationDate}, else {@code /M}, as ISO
 *       8601 ({@code 2025-11-17T10:00:00+01:00}), or as written when it cannot be read; a date of
 *       zeros is none, and an author written with a date after it ("Name, 18/11/24, ", as
 *       LibreOffice exports Word comments) gives both.
 *   <li>Popup annotations are only the window of their parent and are never read.
 *   <li>A reply ({@code /IRT} with {@code /RT /R}) is a comment of its own, placed right after the
 *       comment it answers, anchored where the thread's first annotation is, with the id of that
 *       one plus {@code .1}, {@code .2}, … A group member ({@code /RT /Group}, such as the
 *       strike-out of Acrobat's "Replace text" caret) adds its area, and its text when different,
 *       to the group's primary annotation. Markup without text gives no comment, but anchors its
 *       replies.
 *   <li>The anchor paragraph is the one whose glyphs the annotation's areas ({@code /QuadPoints},
 *       else {@code /Rect}, or a free-text callout's arrow point) cover most, else the paragraph
 *       nearest to the annotation on its page; the anchor text is the text under a text markup's
 *       quadrilaterals. Words of a footnote anchor on the paragraph that cites it. Comments on a
 *       page without a text layer have no anchor, nor those on words outside the body (masthead,
 *       running heads), nor those on a rotated page that cover no words.
 *   <li>Ids are {@code p<page>-<n>}: the n-th thread on that page. The marked words in the
 *       paragraph's runs carry {@link org.draftkit.model.Mark#COMMENT_ANCHOR} with the id of the
 *       thread's first comment.
 *   <li>Review status replies ({@code /StateModel}: "Accepted set by …") are counted, not read.
 * </ul>
 *
 * <p>Reading marks nothing in the body: strike-out and underline areas are marks already ({@link
 * GlyphCollector}), and a caret's inserted text stays in its comment. One instance reads one
 * document, on one thread.
 */
final class PdfAnnotations {

  /**
   * Annotation subtypes that are markup (ISO 32000-1, 12.5.6.2), less Popup; others carry no
   * comment.
   */
  private static final Set<String> MARKUP =
      Set.of(
          "Text",
          "FreeText",
          "Line",
          "Square",
          "Circle",
          "Polygon",
          "PolyLine",
          "Highlight",
          "Underline",
          "Squiggly",
          "StrikeOut",
          "Caret",
          "Ink",
          "Stamp",
          "FileAttachment",
          "Sound",
          "Redact");

  /** Subtypes whose quadrilaterals cover the marked words: these give anchor text. */
  private static final Set<String> TEXT_MARKUP =
      Set.of("Highlight", "Underline", "Squiggly", "StrikeOut", "Redact");

  /** More annotations than this on one document are not read (a generated file, not a review). */
  private static final int MAX_ANNOTATIONS = 20_000;

  private static final COSName RT = COSName.getPDFName("RT");
  private static final COSName CL = COSName.getPDFName("CL");
  private static final COSName GROUP = COSName.getPDFName("Group");
  private static final COSName STATE_MODEL = COSName.getPDFName("StateModel");
  private static final COSName STATE = COSName.getPDFName("State");

  /** An author followed by a numeric date and perhaps a time: "Barbara Ratusznik, 18/11/24, ". */
  private static final Pattern AUTHOR_AND_DATE =
      Pattern.compile(
          "(.*\\S),\\s*(\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})(?:,?\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?))?[,\\s]*");

  /** A date of zeros ("D:00000000000000Z"): no date. */
  private static final Pattern NO_DATE = Pattern.compile("(?:D:)?0{4,14}(?:[Z+-].*)?");

  /**
   * A rectangle in display coordinates of its page: x from the crop box's left, y down from its
   * top.
   */
  record Area(float x0, float top, float x1, float bottom) {
    float width() {
      return x1 - x0;
    }

    float height() {
      return bottom - top;
    }
  }

  /** The lines a paragraph was built from, as {@link BlockStream} placed it. */
  record Placed(int paragraph, List<Line> lines) {
    Placed {
      lines = List.copyOf(lines);
    }
  }

  /** One annotation as read, before threads and anchors. */
  private static final class Note {
    final int page;
    final boolean upright;
    final String subtype;
    final String author;
    final String date;
    String text;
    final List<Area> quads = new ArrayList<>();
    Area rect;

    /**
     * It covers words, but none of a body paragraph (a footnote's, the masthead's, a running
     * head's).
     */
    boolean offBody;

    /** The annotation this one answers or belongs to ({@code /IRT}). */
    COSDictionary inReplyTo;

    boolean groupMember;

    /** The thread's first annotation (itself for a thread of its own). */
    Note root;

    final List<Note> replies = new ArrayList<>();

    Note(int page, boolean upright, String subtype, String author, String date, String text) {
      this.page = page;
      this.upright = upright;
      this.subtype = subtype;
      this.author = author;
      this.date = date;
      this.text = text;
    }

    List<Area> areas() {
      if (!quads.isEmpty()) {
        return quads;
      }
      return rect == null ? List.of() : List.of(rect);
    }
  }

  private final String source;

  /** Thread roots in document order; their replies hang off them. */
  private final List<Note> threads = new ArrayList<>();

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Review status replies ({@code /StateModel}), which are not comments. */
  private int reviewStates;

  private PdfAnnotations(String source) {
    this.source = source;
  }

  /**
   * Reads every page's markup annotations; an unreadable page's annotations are reported and
   * skipped.
   */
  static PdfAnnotations read(PDDocument pdf, String source, Deadline deadline) {
    PdfAnnotations a = new PdfAnnotations(source);
    Map<COSDictionary, Note> byDict = new IdentityHashMap<>();
    List<Note> all = new ArrayList<>();
    int number = 0;
    int count = 0;
    for (PDPage page : pdf.getPages()) {
      number++;
      deadline.check();
      List<PDAnnotation> annotations;
      try {
        annotations = page.getAnnotations();
      } catch (IOException | RuntimeException e) {
        a.diagnostics.add(
            Diagnostic.warning(
                "pdf.annotations-unreadable",
                "the annotations of page "
                    + number
                    + " cannot be read ("
                    + describe(e)
                    + "); their comments are missing",
                SourceLocation.page(source, number, 0)));
        continue;
      }
      PDRectangle crop = page.getCropBox();
      boolean upright = page.getRotation() % 360 == 0;
      for (PDAnnotation annotation : annotations) {
        if (annotation == null || !MARKUP.contains(annotation.getSubtype())) {
          continue;
        }
        if (++count > MAX_ANNOTATIONS) {
          a.diagnostics.add(
              Diagnostic.warning(
                  "pdf.annotations-limit",
                  "more than "
                      + MAX_ANNOTATIONS
                      + " annotations; those from page "
                      + number
                      + " on are not read",
                  SourceLocation.page(source, number, 0)));
          return a.thread(all, byDict);
        }
        COSDictionary d = annotation.getCOSObject();
        COSBase irt = d.getDictionaryObject(COSName.IRT);
        if (irt != null && (d.containsKey(STATE_MODEL) || d.containsKey(STATE))) {
          a.reviewStates++; // "Accepted set by …": a review status, not a comment
          continue;
        }
        String author = blankToNull(d.getString(COSName.T));
        String date = date(d);
        Matcher stamped = author == null ? null : AUTHOR_AND_DATE.matcher(author);
        if (stamped != null && stamped.matches()) {
          // LibreOffice writes "Name, 18/11/24, " as the author and no date
          author = stamped.group(1).strip();
          date =
              date != null
                  ? date
                  : stamped.group(2) + (stamped.group(3) == null ? "" : " " + stamped.group(3));
        }
        Note n =
            new Note(number, upright, annotation.getSubtype(), author, date, a.text(d, number));
        readGeometry(n, d, crop);
        if (irt instanceof COSDictionary parent && parent != d) {
          n.inReplyTo = parent;
          n.groupMember = GROUP.equals(d.getCOSName(RT));
        }
        byDict.put(d, n);
        all.add(n);
      }
    }
    return a.thread(all, byDict);
  }

  /** Hangs replies and group members on their thread's first annotation. */
  private PdfAnnotations thread(List<Note> all, Map<COSDictionary, Note> byDict) {
    for (Note n : all) {
      Note root = n;
      Set<Note> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      seen.add(n);
      while (root.inReplyTo != null) {
        Note up = byDict.get(root.inReplyTo);
        if (up == null) {
          break; // answers a Popup, a link or something unreadable: a thread of its own
        }
        if (!seen.add(up)) {
          root = n; // a cycle of replies
          break;
        }
        root = up;
      }
      n.root = root;
    }
    for (Note n : all) {
      if (n.root == n) {
        threads.add(n);
      } else if (n.groupMember) {
        Note primary = n.root;
        primary.quads.addAll(n.quads);
        if (primary.quads.isEmpty() && primary.rect == null) {
          primary.rect = n.rect;
        }
        if (n.text != null && !n.text.equals(primary.text)) {
          primary.text = primary.text == null ? n.text : primary.text + "\n" + n.text;
        }
      } else {
        n.root.replies.add(n);
      }
    }
    return this;
  }

  /** True when the document holds no comment to add. */
  boolean isEmpty() {
    for (Note t : threads) {
      if (t.text != null) {
        return false;
      }
      for (Note r : t.replies) {
        if (r.text != null) {
          return false;
        }
      }
    }
    return diagnostics.isEmpty() && reviewStates == 0;
  }

  /**
   * {@code doc} with the comments anchored on its paragraphs.
   *
   * @param pages the pages' glyphs, page {@code i + 1} at index {@code i}
   * @param placed the lines of each paragraph
   */
  Document attach(Document doc, List<PageContent> pages, List<Placed> placed) {
    if (isEmpty()) {
      return doc;
    }
    Anchors anchors = new Anchors(pages, placed);
    Document.Builder b = doc.toBuilder();
    int comments = 0;
    int replies = 0;
    int unanchored = 0;
    Set<Integer> noText = new TreeSet<>();
    Set<Integer> rotated = new TreeSet<>();
    Set<Integer> offBody = new TreeSet<>();
    Map<Integer, Integer> threadsOnPage = new LinkedHashMap<>();
    for (Note t : threads) {
      boolean hasText = t.text != null || t.replies.stream().anyMatch(r -> r.text != null);
      if (!hasText) {
        continue;
      }
      String id = "p" + t.page + "-" + threadsOnPage.merge(t.page, 1, Integer::sum);
      Integer paragraph = null;
      String anchorText = null;
      boolean inNote = false;
      if (!anchors.hasText(t.page)) {
        noText.add(t.page);
      } else {
        // on a rotated page only words under the annotation are trusted: its text may run in
        // another direction than the annotation's coordinates, and then nothing is "nearest"
        paragraph = anchors.paragraph(t, t.upright);
        boolean markup = TEXT_MARKUP.contains(t.subtype) || !t.quads.isEmpty();
        if (paragraph == null && t.offBody) {
          // words outside the body: a footnote's belong to the paragraph that cites it
          String words = anchors.text(t);
          paragraph = words == null ? null : citing(doc, words);
          inNote = paragraph != null;
          anchorText = inNote && markup ? words : null;
          if (!inNote && "Text".equals(t.subtype) && t.upright) {
            paragraph = anchors.nearest(t); // a sticky note's icon over a page number: beside what
          }
          if (paragraph == null) {
            offBody.add(t.page);
          }
        } else {
          anchorText = paragraph != null && markup ? anchors.text(t) : null;
        }
        if (paragraph == null && !t.upright && !t.offBody) {
          rotated.add(t.page);
        }
      }
      if (paragraph != null && anchorText != null && !inNote) {
        // the marked words carry the thread's first comment, as a Word comment's range does
        Paragraph p = b.paragraphs().get(paragraph);
        List<Run> marked =
            markAnchor(
                p.runs(),
                anchorText,
                anchors.offset(t, paragraph) - labelLength(p),
                t.text != null ? id : id + ".1");
        if (marked != null) {
          b.set(paragraph, p.withRuns(marked));
        }
      }
      int written = 0;
      if (t.text != null) {
        b.comment(new Comment(id, t.author, t.date, t.text, paragraph, anchorText));
        written++;
      }
      int k = 0;
      for (Note r : t.replies) {
        if (r.text != null) {
          b.comment(new Comment(id + "." + (++k), r.author, r.date, r.text, paragraph, anchorText));
          written++;
          replies++;
        }
      }
      comments += written;
      if (paragraph == null) {
        unanchored += written;
      }
    }
    if (comments > 0) {
      b.diagnostic(
          Diagnostic.info(
              "pdf.comments",
              "read "
                  + comments
                  + " comment"
                  + (comments == 1 ? "" : "s")
                  + " from annotations"
                  + (replies == 0 ? "" : " (" + replies + (replies == 1 ? " reply)" : " replies)")),
              SourceLocation.page(source, 0, 0)));
    }
    if (reviewStates > 0) {
      b.diagnostic(
          Diagnostic.info(
              "pdf.review-states",
              reviewStates
                  + " review status "
                  + (reviewStates == 1 ? "note" : "notes")
                  + " (accepted, rejected, cancelled, completed) not read as comments",
              SourceLocation.page(source, 0, 0)));
    }
    if (unanchored > 0) {
      List<String> why = new ArrayList<>();
      if (!noText.isEmpty()) {
        why.add(
            "no text layer on "
                + (noText.size() == 1 ? "page " : "pages ")
                + BlockStream.ranges(new ArrayList<>(noText)));
      }
      if (!rotated.isEmpty()) {
        why.add(
            "rotated "
                + (rotated.size() == 1 ? "page " : "pages ")
                + BlockStream.ranges(new ArrayList<>(rotated)));
      }
      if (!offBody.isEmpty()) {
        why.add(
            "marking text outside the body paragraphs (masthead, running heads) on "
                + (offBody.size() == 1 ? "page " : "pages ")
                + BlockStream.ranges(new ArrayList<>(offBody)));
      }
      if (why.isEmpty()) {
        why.add("no paragraph on their pages");
      }
      b.diagnostic(
          Diagnostic.warning(
              "pdf.comment-unanchored",
              unanchored
                  + (unanchored == 1 ? " comment is" : " comments are")
                  + " not anchored on a paragraph ("
                  + String.join("; ", why)
                  + ")",
              SourceLocation.page(source, 0, 0)));
    }
    diagnostics.forEach(b::diagnostic);
    return b.build();
  }

  // ---- reading one annotation -------------------------------------------------------------

  /** {@code /Contents}, else the flattened {@code /RC}; null when neither holds words. */
  private String text(COSDictionary d, int page) {
    String contents = clean(d.getString(COSName.CONTENTS));
    if (contents != null) {
      return contents;
    }
    COSBase rc = d.getDictionaryObject(COSName.RC);
    String rich = null;
    if (rc instanceof COSString s) {
      rich = s.getString();
    } else if (rc instanceof COSStream stream) {
      try (var in = stream.createInputStream()) {
        rich = new String(in.readNBytes(RichText.MAX_CHARS * 4), StandardCharsets.UTF_8);
      } catch (IOException e) {
        diagnostics.add(
            Diagnostic.warning(
                "pdf.annotation-text-unreadable",
                "the rich text of a "
                    + d.getNameAsString(COSName.SUBTYPE)
                    + " annotation cannot be read ("
                    + describe(e)
                    + "); its comment is missing",
                SourceLocation.page(source, page, 0)));
        rich = null;
      }
    }
    return rich == null ? null : clean(RichText.plain(rich));
  }

  /** The exception's message, or its name when it has none. */
  private static String describe(Exception e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage().strip();
  }

  /** Line ends normalised, trailing spaces and blank edges removed; null when nothing is left. */
  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String unified =
        s.replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\u2028', '\n')
            .replace('\u2029', '\n')
            .replace("\u0000", "");
    StringBuilder sb = new StringBuilder(unified.length());
    for (String line : unified.split("\n", -1)) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(line.stripTrailing());
    }
    String t = sb.toString().strip();
    return t.isEmpty() ? null : t;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** {@code /CreationDate}, else {@code /M}, as ISO 8601; the string as written when unreadable. */
  private static String date(COSDictionary d) {
    String raw = blankToNull(d.getString(COSName.CREATION_DATE));
    if (raw == null) {
      raw = blankToNull(d.getString(COSName.M));
    }
    if (raw == null || NO_DATE.matcher(raw).matches()) {
      return null;
    }
    Calendar c = DateConverter.toCalendar(raw);
    if (c instanceof GregorianCalendar g) {
      return g.toZonedDateTime().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    return raw;
  }

  private static void readGeometry(Note n, COSDictionary d, PDRectangle crop) {
    if (TEXT_MARKUP.contains(n.subtype)) {
      for (float[] box : quadBoxes(d)) {
        n.quads.add(area(box[0], box[1], box[2], box[3], crop));
      }
    }
    COSArray callout = d.getCOSArray(CL);
    if ("FreeText".equals(n.subtype) && callout != null && callout.size() >= 4) {
      // the callout's arrow points at the text the box is about
      float x = number(callout.get(0));
      float y = number(callout.get(1));
      if (Float.isFinite(x) && Float.isFinite(y)) {
        n.rect = area(x - 1, y - 1, x + 1, y + 1, crop);
        return;
      }
    }
    COSArray rect = d.getCOSArray(COSName.RECT);
    if (rect != null && rect.size() == 4) {
      float x0 = number(rect.get(0));
      float y0 = number(rect.get(1));
      float x1 = number(rect.get(2));
      float y1 = number(rect.get(3));
      if (Float.isFinite(x0) && Float.isFinite(y0) && Float.isFinite(x1) && Float.isFinite(y1)) {
        n.rect = area(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1), crop);
      }
    }
  }

  private static Area area(float ux0, float uy0, float ux1, float uy1, PDRectangle crop) {
    return new Area(
        ux0 - crop.getLowerLeftX(),
        crop.getUpperRightY() - uy1,
        ux1 - crop.getLowerLeftX(),
        crop.getUpperRightY() - uy0);
  }

  private static float number(COSBase b) {
    return b instanceof COSNumber n ? n.floatValue() : Float.NaN;
  }

  /**
   * The boxes a text markup annotation's {@code /QuadPoints} cover, in user space: one {@code
   * {minX, minY, maxX, maxY}} per quadrilateral (eight numbers). A quadrilateral with a coordinate
   * that is not a finite number is left out; so are trailing numbers short of eight. The one reader
   * of QuadPoints, for the comments read here and the struck and underlined text that {@link
   * GlyphCollector} marks.
   */
  static List<float[]> quadBoxes(COSDictionary annotation) {
    COSArray quads = annotation.getCOSArray(COSName.QUADPOINTS);
    if (quads == null) {
      return List.of();
    }
    List<float[]> boxes = new ArrayList<>(quads.size() / 8);
    for (int q = 0; q + 7 < quads.size(); q += 8) {
      float minX = Float.MAX_VALUE;
      float maxX = -Float.MAX_VALUE;
      float minY = Float.MAX_VALUE;
      float maxY = -Float.MAX_VALUE;
      boolean finite = true;
      for (int k = 0; k < 8; k += 2) {
        float x = number(quads.get(q + k));
        float y = number(quads.get(q + k + 1));
        finite &= Float.isFinite(x) && Float.isFinite(y);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      if (finite) {
        boxes.add(new float[] {minX, minY, maxX, maxY});
      }
    }
    return boxes;
  }

  // ---- anchoring -----------------------------------------------------------------------------

  /**
   * The first paragraph citing the footnote whose text holds {@code words} (spaces and hyphen kinds
   * ignored), or null.
   */
  private static Integer citing(Document doc, String words) {
    String wanted = folded(words);
    if (wanted.length() < 3) {
      return null;
    }
    for (Footnote f : doc.footnotes()) {
      if (!folded(Runs.text(f.runs())).contains(wanted)) {
        continue;
      }
      for (Paragraph p : doc.paragraphs()) {
        for (Run r : p.runs()) {
          if (r.has(Mark.FOOTNOTE_REFERENCE) && f.label().equals(r.ref())) {
            return p.index();
          }
        }
      }
    }
    return null;
  }

  private static String folded(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      int c = fold(text.charAt(i));
      if (c >= 0) {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  private static int nonSpace(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0' ? 0 : 1;
    }
    return n;
  }

  /** Characters of the label the paragraph's runs no longer hold ("12." or "(a)"), roughly. */
  private static int labelLength(Paragraph p) {
    return p.label() == null ? 0 : nonSpace(p.label()) + 1;
  }

  /** The character as matched: hyphens of every kind as '-', soft hyphens left out (-1). */
  private static int fold(char c) {
    return switch (c) {
      case '\u2010', '\u2011', '\u2012' -> '-';
      case '\u00ad' -> -1;
      default -> Character.isWhitespace(c) || c == '\u00a0' ? -1 : c;
    };
  }

  /**
   * {@code runs} with the words of {@code anchor} marked {@link Mark#COMMENT_ANCHOR} with {@code
   * id} as their reference, the occurrence nearest {@code hint} (characters before it, spaces left
   * out) when the words occur more than once; null when they do not occur (the paragraph's text and
   * the words under the annotation differ, e.g. across a footnote marker). Footnote references keep
   * their own reference.
   */
  static List<Run> markAnchor(List<Run> runs, String anchor, int hint, String id) {
    String text = Runs.text(runs);
    StringBuilder folded = new StringBuilder(text.length());
    int[] at = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      int c = fold(text.charAt(i));
      if (c >= 0) {
        at[folded.length()] = i;
        folded.append((char) c);
      }
    }
    String wanted = folded(anchor);
    if (wanted.isEmpty()) {
      return null;
    }
    int best = -1;
    for (int from = folded.indexOf(wanted); from >= 0; from = folded.indexOf(wanted, from + 1)) {
      if (best < 0 || Math.abs(from - hint) < Math.abs(best - hint)) {
        best = from;
      }
    }
    if (best < 0) {
      return null;
    }
    int start = at[best];
    int end = at[best + wanted.length() - 1] + 1;
    List<Run> out = new ArrayList<>(runs.size() + 2);
    int pos = 0;
    for (Run r : runs) {
      int s = pos;
      int e = pos + r.text().length();
      pos = e;
      if (e <= start || s >= end || r.has(Mark.FOOTNOTE_REFERENCE)) {
        out.add(r);
        continue;
      }
      int cutStart = Math.max(start, s) - s;
      int cutEnd = Math.min(end, e) - s;
      if (cutStart > 0) {
        out.add(r.withText(r.text().substring(0, cutStart)));
      }
      Run inside = r.plus(Mark.COMMENT_ANCHOR);
      out.add(
          new Run(r.text().substring(cutStart, cutEnd), inside.marks(), r.author(), r.date(), id));
      if (cutEnd < r.text().length()) {
        out.add(r.withText(r.text().substring(cutEnd)));
      }
    }
    return Runs.normalize(out);
  }

  /** Finds paragraphs and words under annotation areas. */
  private static final class Anchors {
    private record LineOf(int paragraph, Line line) {}

    private final List<PageContent> pages;
    private final Map<Integer, List<LineOf>> linesByPage = new LinkedHashMap<>();
    private final Map<Integer, List<Line>> linesOfParagraph = new LinkedHashMap<>();

    /** Per page read so far: each glyph's paragraph line, each line's glyphs left to right. */
    private final Map<Integer, Map<Glyph, LineOf>> glyphLines = new LinkedHashMap<>();

    private final Map<Line, List<Glyph>> lineGlyphs = new IdentityHashMap<>();

    Anchors(List<PageContent> pages, List<Placed> placed) {
      this.pages = pages;
      for (Placed p : placed) {
        linesOfParagraph.put(p.paragraph(), p.lines());
        for (Line l : p.lines()) {
          linesByPage
              .computeIfAbsent(l.page(), k -> new ArrayList<>())
              .add(new LineOf(p.paragraph(), l));
        }
      }
    }

    /** The paragraph line of each glyph of {@code page}, found once per page. */
    private Map<Glyph, LineOf> glyphLines(int page) {
      return glyphLines.computeIfAbsent(
          page,
          k -> {
            Map<Glyph, LineOf> map = new IdentityHashMap<>();
            List<LineOf> lines = linesByPage.getOrDefault(page, List.of());
            if (page - 1 < pages.size() && !lines.isEmpty()) {
              for (Glyph g : pages.get(page - 1).glyphs()) {
                LineOf l = lineOf(lines, g);
                if (l != null) {
                  map.put(g, l);
                  lineGlyphs.computeIfAbsent(l.line(), x -> new ArrayList<>()).add(g);
                }
              }
              for (LineOf l : lines) {
                lineGlyphs
                    .getOrDefault(l.line(), new ArrayList<>())
                    .sort((p, q) -> Float.compare(p.x(), q.x()));
              }
            }
            return map;
          });
    }

    /**
     * How many characters (spaces left out) of the paragraph's lines come before the first glyph
     * the note covers, or -1.
     */
    int offset(Note n, int paragraph) {
      Set<Glyph> marked = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Area a : n.areas()) {
        marked.addAll(covered(n.page, a));
      }
      int count = 0;
      for (Line line : linesOfParagraph.getOrDefault(paragraph, List.of())) {
        glyphLines(line.page());
        for (Glyph g : lineGlyphs.getOrDefault(line, List.of())) {
          if (marked.contains(g) && !g.isSpace()) {
            return count;
          }
          count += nonSpace(g.text());
        }
      }
      return -1;
    }

    boolean hasText(int page) {
      return page - 1 < pages.size() && !pages.get(page - 1).glyphs().isEmpty();
    }

    /**
     * The paragraph whose glyphs the note's quadrilaterals first cover (or its rectangle covers
     * most), else (when {@code nearest}) the nearest one on the page.
     */
    Integer paragraph(Note n, boolean nearest) {
      List<LineOf> lines = linesByPage.getOrDefault(n.page, List.of());
      if (lines.isEmpty() || n.areas().isEmpty()) {
        return null;
      }
      Map<Glyph, LineOf> owners = glyphLines(n.page);
      Map<Integer, Integer> votes = new LinkedHashMap<>();
      boolean onText = false;
      for (Area a : n.areas()) {
        for (Glyph g : covered(n.page, a)) {
          onText |= !g.isSpace();
          LineOf l = g.isSpace() ? null : owners.get(g);
          if (l != null) {
            votes.merge(l.paragraph(), 1, Integer::sum);
          }
        }
      }
      if (votes.isEmpty() && onText) {
        n.offBody = true;
        return null;
      }
      Integer best = null;
      int most = 0;
      for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
        int p = e.getKey();
        // marked words belong where they start, as a Word comment's range does; a box, where most
        // of it is
        boolean better =
            n.quads.isEmpty()
                ? e.getValue() > most || e.getValue() == most && best != null && p < best
                : best == null || p < best;
        if (better) {
          best = p;
          most = e.getValue();
        }
      }
      return best != null || !nearest ? best : nearest(lines, n.areas());
    }

    /**
     * The text under the note's quadrilaterals (or rectangle), words spaced, line-end hyphens
     * undone.
     */
    String text(Note n) {
      StringBuilder sb = new StringBuilder();
      for (Area a : n.areas()) {
        List<Glyph> gs = new ArrayList<>(covered(n.page, a));
        gs.sort(
            (p, q) ->
                Math.abs(p.y() - q.y()) > 0.5f * Math.max(p.size(), q.size())
                    ? Float.compare(p.y(), q.y())
                    : Float.compare(p.x(), q.x()));
        StringBuilder part = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : gs) {
          if (prev != null
              && (Math.abs(g.y() - prev.y()) > 0.5f * Math.max(g.size(), prev.size())
                  || g.x() - prev.right() > 0.15f * Math.max(g.size(), prev.size()))) {
            part.append(' ');
          }
          part.append(g.isSpace() ? " " : g.text());
          prev = g;
        }
        String t = part.toString().replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
          continue;
        }
        int end = sb.length();
        if (end > 1
            && (sb.charAt(end - 1) == '-' || sb.charAt(end - 1) == '\u2011')
            && Character.isLowerCase(sb.charAt(end - 2))
            && Character.isLowerCase(t.charAt(0))) {
          sb.setLength(end - 1);
        } else if (end > 0) {
          sb.append(' ');
        }
        sb.append(t);
      }
      String t = sb.toString().strip();
      return t.isEmpty() ? null : t;
    }

    /**
     * Glyphs whose centre lies in the area (a marked word's box, not just a touching neighbour).
     */
    private List<Glyph> covered(int page, Area a) {
      if (page - 1 >= pages.size()) {
        return List.of();
      }
      List<Glyph> out = new ArrayList<>();
      for (Glyph g : pages.get(page - 1).glyphs()) {
        float cx = g.x() + g.width() / 2;
        float cy = g.y() - g.size() * 0.3f;
        if (cx >= a.x0() && cx <= a.x1() && cy >= a.top() && cy <= a.bottom()) {
          out.add(g);
        }
      }
      return out;
    }

    private static LineOf lineOf(List<LineOf> lines, Glyph g) {
      LineOf best = null;
      float bestDy = Float.MAX_VALUE;
      for (LineOf l : lines) {
        Line line = l.line();
        float dy = Math.abs(g.y() - line.baseline());
        if (dy <= 0.6f * Math.max(line.size(), g.size())
            && g.x() >= line.x0() - 1
            && g.right() <= line.x1() + 1
            && dy < bestDy) {
          best = l;
          bestDy = dy;
        }
      }
      return best;
    }

    /** The paragraph nearest to the note on its page, or null. */
    Integer nearest(Note n) {
      List<LineOf> lines = linesByPage.getOrDefault(n.page, List.of());
      return lines.isEmpty() || n.areas().isEmpty() ? null : nearest(lines, n.areas());
    }

    /** The paragraph with a line closest to any of the areas: vertical distance first. */
    private static Integer nearest(List<LineOf> lines, List<Area> areas) {
      Integer best = null;
      float bestDistance = Float.MAX_VALUE;
      for (LineOf l : lines) {
        Line line = l.line();
        float top = line.top();
        float bottom = line.baseline() + line.size() * 0.25f;
        for (Area a : areas) {
          float dy = Math.max(0, Math.max(top - a.bottom(), a.top() - bottom));
          float dx = Math.max(0, Math.max(line.x0() - a.x1(), a.x0() - line.x1()));
          float d = dy + 0.1f * dx;
          if (d < bestDistance || d == bestDistance && best != null && l.paragraph() < best) {
            best = l.paragraph();
            bestDistance = d;
          }
        }
      }
      return best;
    }
  }
}
