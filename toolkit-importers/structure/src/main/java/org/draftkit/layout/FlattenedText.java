package org.draftkit.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;

/**
 * Repairs the paragraphs of a UN document whose text another tool extracted from the PDF and
 * flattened into one line per paragraph (web renderings made with {@code pdftotext -raw}, text
 * dumps): the masthead run into the first paragraph ("United Nations A/RES/79/271 General Assembly
 * Distr.: General 4 March 2025 …"), footnote bodies after a {@code _____} separator followed by the
 * next page's running head in the middle of a paragraph, footnote markers glued to words ("Sea1",
 * "Commission;4"), preambular paragraphs run together after "The General Assembly,", line-end
 * hyphens left as "Secretary- General", and the adoption line ("58th plenary meeting 4 March 2025")
 * at the end of the last paragraph.
 *
 * <p>The result has the paragraphs a reader of the PDF sees, the footnotes out of the text with
 * references in their place, and a diagnostic for everything removed. Marks on the runs are kept.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class FlattenedText {

  /** What a repaired paragraph is known to be. */
  public enum Hint {
    /** Decide from the text as usual. */
    BODY,
    /** A heading of the document (agenda title, "Resolution adopted by …", "79/271. Title"). */
    HEADING
  }

  /**
   * A paragraph after repair.
   *
   * @param source the index of the input paragraph it came from
   * @param runs its content
   * @param hint what it is known to be
   */
  public record Piece(int source, List<Run> runs, Hint hint) {
    public Piece {
      runs = List.copyOf(runs);
    }

    public String text() {
      return Runs.text(runs);
    }
  }

  /**
   * The repaired paragraphs, the footnotes taken out of them, what was removed, and the masthead
   * text taken out of the first paragraph ("" when there was none) for metadata readers.
   */
  public record Result(
      List<Piece> pieces, List<Footnote> footnotes, List<Diagnostic> diagnostics, String masthead) {
    public Result {
      masthead = masthead == null ? "" : masthead;
      pieces = List.copyOf(pieces);
      footnotes = List.copyOf(footnotes);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private static final String SYMBOL =
      "[A-Z][A-Z0-9]{0,7}(?:\\.[A-Z0-9]+)?(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*){1,7}";
  private static final Pattern MASTHEAD_START =
      Pattern.compile(
          "^(?:United Nations|Nations Unies)\\s+("
              + SYMBOL
              + ")\\s+(?:General Assembly|Security Council"
              + "|Economic and Social Council|Human Rights Council|Assemblée générale)\\s+Distr\\.\\s*:");

  /** Masthead elements, each matched at the current position. */
  private static final List<Pattern> MASTHEAD_PARTS =
      List.of(
          Pattern.compile("^(?:United Nations|Nations Unies)\\b"),
          Pattern.compile("^" + SYMBOL + "(?![\\w/])"),
          Pattern.compile(
              "^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council"
                  + "|Assemblée générale)\\b"),
          Pattern.compile("^Distr\\.\\s*:\\s*\\p{L}+"),
          Pattern.compile("^\\d{1,2}\\s+\\p{L}+\\s+\\d{4}(?!\\d)"),
          Pattern.compile("^Original\\s*:\\s*\\p{L}+"),
          Pattern.compile("^(?:GE\\.)?\\d{2}-\\d{4,6}(?:\\s*\\([A-Z]\\))?"),
          Pattern.compile("^\\d{6}(?!\\d)"),
          Pattern.compile("^\\*[0-9A-Z]{6,12}\\*"),
          Pattern.compile("^(?i:please\\s+recycle)"),
          Pattern.compile(
              "^(?:\\p{Lu}[\\p{L}]+(?:-[\\p{L}]+)?\\s+(?:special\\s+|emergency\\s+special\\s+)?session)\\b"),
          Pattern.compile(
              "^Agenda\\s+items?\\s+\\d{1,4}(?:\\s*\\([a-z]{1,4}\\))?(?:\\s*(?:,|and)\\s*\\d{1,4}"
                  + "(?:\\s*\\([a-z]{1,4}\\))?)*"));

  private static final Pattern SEPARATOR = Pattern.compile("\\s*_{5,}\\s*");
  private static final Pattern NOTE_LABEL = Pattern.compile("^(\\d{1,3})\\s+");
  private static final Pattern NEXT_NOTE_LABEL = Pattern.compile("^\\s*(\\d{1,3})\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s|$)");
  private static final Pattern RESOLUTION_HEADING =
      Pattern.compile("^\\d{1,3}/\\d{1,4}\\s*\\.\\s+\\S");
  private static final Pattern ADOPTED =
      Pattern.compile(
          "^((?:Resolution|Decision) adopted by the [\\p{L} ]+? on \\d{1,2} \\p{L}+ \\d{4})\\s+(\\[.+\\])$");
  private static final Pattern PLENARY =
      Pattern.compile(
          "\\s+(\\d{1,3}(?:st|nd|rd|th) plenary meeting)\\s+(\\d{1,2} \\p{L}+ \\d{4})\\s*$");
  private static final Pattern INTRODUCTION =
      Pattern.compile("^(The [\\p{L} ]{3,120}?,)\\s+(?=\\p{Lu})");
  private static final Pattern PREAMBLE_BREAK =
      Pattern.compile("[,;](?:\\d{1,3})?(\\s+)(?=\\p{Lu})");
  private static final Pattern BROKEN_HYPHEN = Pattern.compile("(?<=\\p{L})- (?=(\\p{L}+))");
  private static final Set<String> KEEP_HYPHEN_BEFORE =
      Set.of("and", "or", "nor", "to", "as", "but", "et", "ou", "y");
  private static final int MAX_HEADING_WORDS = 60;
  private static final int MAX_NOTE = 999;

  private FlattenedText() {}

  /**
   * True when the paragraphs look like flattened UN PDF text: a masthead run into one of the first
   * paragraphs, or footnote separators followed by numbered notes inside paragraphs.
   */
  public static boolean looksFlattened(List<String> paragraphs) {
    for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
      if (MASTHEAD_START.matcher(paragraphs.get(i).strip()).find()) {
        return true;
      }
    }
    int separators = 0;
    for (String p : paragraphs) {
      Matcher m = SEPARATOR.matcher(p);
      while (m.find()) {
        if (p.substring(m.end()).matches("(?s)^\\d{1,3}\\s+\\S.*") && ++separators >= 1) {
          return true;
        }
      }
    }
    return false;
  }

  /** A paragraph being repaired. */
  private static final class Para {
    final int source;
    List<Run> runs;
    Hint hint = Hint.BODY;

    /**
     * Where footnote blocks were cut out (offsets in the current text), in order, with their first
     * label.
     */
    final List<int[]> cuts = new ArrayList<>();

    Para(int source, List<Run> runs) {
      this.source = source;
      this.runs = runs;
    }

    String text() {
      return Runs.text(runs);
    }
  }

  /** A footnote found in the flow, before its marker is placed. */
  private record Found(String label, List<Run> runs, int paragraph) {}

  /**
   * Repairs the paragraphs.
   *
   * @param paragraphs the paragraphs' runs in reading order
   * @param source the file name, for diagnostics
   */
  public static Result repair(List<List<Run>> paragraphs, String source) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    SourceLocation at = SourceLocation.line(source, 0);
    List<Para> paras = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      paras.add(new Para(i, RunEdits.strip(paragraphs.get(i))));
    }

    // 1. the masthead: its fields are metadata; what follows the agenda item is the agenda title
    String symbol = null;
    String masthead = "";
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < Math.min(3, paras.size()); i++) {
      Para p = paras.get(i);
      Matcher start = MASTHEAD_START.matcher(p.text());
      if (!start.find()) {
        continue;
      }
      symbol = start.group(1);
      int end = mastheadEnd(p.text());
      String removed = p.text().substring(0, end);
      masthead = removed.strip();
      diagnostics.add(
          Diagnostic.info(
              "layout.masthead-removed",
              "masthead moved to the metadata (" + words(removed) + " words): " + removed.strip(),
              at));
      p.runs = RunEdits.strip(RunEdits.slice(p.runs, end, p.text().length()));
      if (p.text().isEmpty() && i + 1 < paras.size()) {
        // the masthead went on in the next paragraph ("Eightieth session Agenda item 15 Title")
        Para next = paras.get(i + 1);
        int more = mastheadEnd(next.text());
        if (more > 0) {
          String moved = next.text().substring(0, more);
          masthead = masthead + " " + moved.strip();
          diagnostics.add(
              Diagnostic.info(
                  "layout.masthead-removed",
                  "masthead moved to the metadata (" + words(moved) + " words): " + moved.strip(),
                  at));
          next.runs = RunEdits.strip(RunEdits.slice(next.runs, more, next.text().length()));
          p = next;
        }
      }
      if (!p.text().isEmpty()) {
        p.hint = Hint.HEADING;
        int colon = p.text().indexOf(": ");
        titles.add(colon > 0 ? p.text().substring(colon + 2) : p.text());
      }
      break;
    }

    // 2. headings: the resolution title and the adoption line
    List<Para> split = new ArrayList<>();
    for (Para p : paras) {
      String text = p.text();
      Matcher adopted = ADOPTED.matcher(text);
      if (adopted.matches()) {
        Para head = new Para(p.source, RunEdits.slice(p.runs, 0, adopted.end(1)));
        head.hint = Hint.HEADING;
        split.add(head);
        split.add(
            new Para(
                p.source, RunEdits.strip(RunEdits.slice(p.runs, adopted.start(2), text.length()))));
        continue;
      }
      if (RESOLUTION_HEADING.matcher(text).find() && words(text) <= MAX_HEADING_WORDS) {
        p.hint = Hint.HEADING;
        FrontMatter.resolutionTitle(text).ifPresent(t -> titles.add(0, t.strip()));
      }
      split.add(p);
    }
    paras = split;

    // 3. footnote blocks and the running head that follows them
    List<Found> found = new ArrayList<>();
    int expected = 1;
    int removedHeads = 0;
    for (int pi = 0; pi < paras.size(); pi++) {
      Para p = paras.get(pi);
      int from = 0;
      while (true) {
        String text = p.text();
        Matcher sep = SEPARATOR.matcher(text);
        if (!sep.find(from)) {
          break;
        }
        int pos = sep.end();
        Matcher label = NOTE_LABEL.matcher(text.substring(pos));
        if (!label.find() || Integer.parseInt(label.group(1)) > MAX_NOTE) {
          from = sep.end();
          continue;
        }
        int n = Integer.parseInt(label.group(1));
        expected = n;
        int cutEnd = text.length();
        boolean headFound = false;
        while (true) {
          int bodyStart = pos + label.end();
          int next = nextLabel(text, bodyStart, expected + 1);
          int[] head = runningHead(text, bodyStart, symbol, titles);
          int end;
          if (next >= 0 && (head == null || next < head[0])) {
            end = next;
          } else if (head != null) {
            end = head[0];
          } else {
            end = sentenceEnd(text, bodyStart);
          }
          List<Run> body = RunEdits.strip(RunEdits.slice(p.runs, bodyStart, end));
          found.add(new Found(Integer.toString(expected), body, pi));
          if (next >= 0 && (head == null || next < head[0])) {
            pos = next;
            label = NEXT_NOTE_LABEL.matcher(text.substring(pos));
            label.find();
            expected++;
            continue;
          }
          if (head != null) {
            cutEnd = head[1];
            headFound = true;
            removedHeads++;
            diagnostics.add(
                Diagnostic.info(
                    "layout.running-head-removed",
                    "running head removed from the text: "
                        + text.substring(head[0], head[1]).strip(),
                    at));
          } else {
            cutEnd = end;
            diagnostics.add(
                Diagnostic.warning(
                    "layout.footnote-end-guessed",
                    "footnote "
                        + expected
                        + " ends where its first sentence does; no running head follows it",
                    at));
          }
          expected++;
          break;
        }
        int cutStart = sep.start();
        p.runs = RunEdits.cut(p.runs, cutStart, cutEnd);
        if (cutStart > 0
            && cutStart < p.text().length()
            && !Character.isWhitespace(p.text().charAt(cutStart))
            && !Character.isWhitespace(p.text().charAt(cutStart - 1))) {
          p.runs = RunEdits.replace(p.runs, cutStart, cutStart, Run.plain(" "));
        }
        p.cuts.add(new int[] {cutStart, found.size()});
        from = Math.min(cutStart, p.text().length());
        if (!headFound && from >= p.text().length()) {
          break;
        }
      }
      p.runs = RunEdits.strip(p.runs);
    }
    if (!found.isEmpty()) {
      diagnostics.add(
          Diagnostic.info(
              "layout.footnotes-moved",
              found.size() + " footnote bodies taken out of the text into footnotes",
              at));
    }

    // 4. running heads at page breaks without footnotes
    if (symbol != null && !titles.isEmpty()) {
      for (Para p : paras) {
        if (p.hint == Hint.HEADING) {
          continue;
        }
        int[] head;
        while ((head = runningHeadPair(p.text(), symbol, titles)) != null) {
          diagnostics.add(
              Diagnostic.info(
                  "layout.running-head-removed",
                  "running head removed from the text: "
                      + p.text().substring(head[0], head[1]).strip(),
                  at));
          p.runs = RunEdits.cut(p.runs, head[0], head[1]);
          for (int[] c : p.cuts) {
            if (c[0] >= head[1]) {
              c[0] -= head[1] - head[0];
            }
          }
          removedHeads++;
        }
      }
    }

    // 5. footnote markers: each note's marker is the first glued label between the previous
    // marker and the place where the note's body was cut out
    List<Footnote> footnotes = new ArrayList<>();
    int cursorPara = 0;
    int cursorPos = 0;
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      int fp = f.paragraph();
      int marker = -1;
      int markerPara = -1;
      for (int pi = cursorPara; pi <= fp && marker < 0; pi++) {
        Para p = paras.get(pi);
        int from = pi == cursorPara ? cursorPos : 0;
        int limit = pi == fp ? cutOffset(p, k) : p.text().length();
        marker = marker(p.text(), f.label(), from, limit);
        markerPara = pi;
      }
      if (marker >= 0) {
        Para p = paras.get(markerPara);
        p.runs =
            RunEdits.replace(
                p.runs,
                marker,
                marker + f.label().length(),
                new Run(f.label(), EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, f.label()));
        cursorPara = markerPara;
        cursorPos = marker + f.label().length();
      } else {
        diagnostics.add(
            Diagnostic.warning(
                "layout.footnote-marker-missing",
                "no marker for footnote " + f.label() + " found in the text before it",
                at));
      }
      footnotes.add(new Footnote(f.label(), f.runs(), at));
    }

    // 6. preambles run together, line-end hyphens, the adoption line
    List<Piece> pieces = new ArrayList<>();
    int joined = 0;
    for (Para p : paras) {
      Matcher hy = BROKEN_HYPHEN.matcher(p.text());
      List<Integer> spaces = new ArrayList<>();
      while (hy.find()) {
        if (!KEEP_HYPHEN_BEFORE.contains(hy.group(1).toLowerCase(Locale.ROOT))) {
          spaces.add(hy.start() + 1);
        }
      }
      for (int k = spaces.size() - 1; k >= 0; k--) {
        p.runs = RunEdits.cut(p.runs, spaces.get(k), spaces.get(k) + 1);
      }
      joined += spaces.size();
      if (p.runs.isEmpty()) {
        continue;
      }
      if (p.hint == Hint.HEADING) {
        pieces.add(new Piece(p.source, p.runs, Hint.HEADING));
        continue;
      }
      List<Run> runs = p.runs;
      Matcher intro = INTRODUCTION.matcher(p.text());
      if (intro.find()
          && Preambles.isIntroduction(intro.group(1))
          && Preambles.opens(p.text().substring(intro.end()))) {
        pieces.add(new Piece(p.source, RunEdits.slice(runs, 0, intro.end(1)), Hint.BODY));
        runs = RunEdits.slice(runs, intro.end(), p.text().length());
      }
      String text = Runs.text(runs);
      List<Piece> tail = new ArrayList<>();
      Matcher plenary = PLENARY.matcher(text);
      if (plenary.find()) {
        tail.add(
            new Piece(p.source, RunEdits.slice(runs, plenary.start(1), plenary.end(1)), Hint.BODY));
        tail.add(
            new Piece(p.source, RunEdits.slice(runs, plenary.start(2), plenary.end(2)), Hint.BODY));
        runs = RunEdits.slice(runs, 0, plenary.start());
        text = Runs.text(runs);
      }
      if (Preambles.opens(text)) {
        int startOfPiece = 0;
        Matcher br = PREAMBLE_BREAK.matcher(text);
        while (br.find()) {
          if (Preambles.opens(text.substring(br.end(1)))) {
            pieces.add(
                new Piece(p.source, RunEdits.slice(runs, startOfPiece, br.start(1)), Hint.BODY));
            startOfPiece = br.end(1);
          }
        }
        runs = RunEdits.slice(runs, startOfPiece, text.length());
      }
      pieces.add(new Piece(p.source, runs, Hint.BODY));
      pieces.addAll(tail);
    }
    if (joined > 0) {
      diagnostics.add(
          Diagnostic.info(
              "layout.hyphens-joined",
              joined
                  + " line-end hyphens followed by a space joined (\"Secretary- General\" → \"Secretary-General\")",
              at));
    }
    if (removedHeads == 0 && symbol != null && !found.isEmpty()) {
      diagnostics.add(
          Diagnostic.warning(
              "layout.running-head-unknown", "footnotes were found but no running head", at));
    }
    return new Result(pieces, footnotes, diagnostics, masthead);
  }

  /** Where the footnote block holding note {@code k} was cut out of the paragraph. */
  private static int cutOffset(Para p, int k) {
    for (int[] c : p.cuts) {
      if (c[1] > k) {
        return Math.min(c[0], p.text().length());
      }
    }
    return p.text().length();
  }

  private static int mastheadEnd(String text) {
    int pos = 0;
    boolean progress = true;
    while (progress) {
      progress = false;
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      String rest = text.substring(pos);
      for (Pattern part : MASTHEAD_PARTS) {
        Matcher m = part.matcher(rest);
        if (m.find() && m.end() > 0) {
          pos += m.end();
          progress = true;
          break;
        }
      }
    }
    return pos;
  }

  /** The start of " N " (the next footnote label) after a sentence end, or -1. */
  private static int nextLabel(String text, int from, int n) {
    Matcher m = Pattern.compile("(?<=[.;:)\\]”’\"])\\s+(" + n + ")\\s+(?=\\S)").matcher(text);
    return m.find(from) ? m.start() : -1;
  }

  /**
   * The earliest running head (the symbol, or a title, with the other beside it) after {@code
   * from}.
   */
  private static int[] runningHead(String text, int from, String symbol, List<String> titles) {
    int[] best = null;
    if (symbol != null) {
      int s = text.indexOf(symbol, from);
      if (s >= 0) {
        int end = s + symbol.length();
        for (String t : titles) {
          int after = skipSpaces(text, end);
          if (text.startsWith(t, after)) {
            end = after + t.length();
            break;
          }
        }
        best = new int[] {s, end};
      }
    }
    for (String t : titles) {
      int s = text.indexOf(t, from);
      if (s >= 0 && (best == null || s < best[0])) {
        int end = s + t.length();
        if (symbol != null) {
          int after = skipSpaces(text, end);
          if (text.startsWith(symbol, after)) {
            end = after + symbol.length();
          }
        }
        best = new int[] {s, end};
      }
    }
    if (best != null) {
      // the head is preceded by a space (it starts a line), never glued to a word
      int before = best[0] - 1;
      if (before >= 0 && !Character.isWhitespace(text.charAt(before))) {
        return null;
      }
      best[0] = before >= 0 ? before : 0;
    }
    return best;
  }

  /** A symbol and a title side by side (a page's running head) anywhere in the text, or null. */
  private static int[] runningHeadPair(String text, String symbol, List<String> titles) {
    for (String t : titles) {
      for (String pair : new String[] {symbol + " " + t, t + " " + symbol}) {
        int s = text.indexOf(pair);
        if (s > 0) {
          return new int[] {s - 1, s + pair.length()};
        }
      }
    }
    return null;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int sentenceEnd(String text, int from) {
    Matcher m = SENTENCE_END.matcher(text);
    return m.find(from) ? m.end() : text.length();
  }

  /**
   * The offset of {@code label} glued to the word before it ("Sea1", "conference,2",
   * "Commission;4") within {@code [from, limit)}, or -1.
   */
  static int marker(String text, String label, int from, int limit) {
    int i = text.indexOf(label, Math.max(from, 1));
    while (i >= 0 && i + label.length() <= limit) {
      int after = i + label.length();
      boolean endOk =
          after == text.length()
              || Character.isWhitespace(text.charAt(after))
              || ",;:.)".indexOf(text.charAt(after)) >= 0;
      char b = text.charAt(i - 1);
      boolean beforeOk;
      if (Character.isLetter(b) || "”’\")]".indexOf(b) >= 0) {
        beforeOk = !Character.isDigit(b);
      } else if (",;:.".indexOf(b) >= 0 && i >= 2) {
        char bb = text.charAt(i - 2);
        beforeOk =
            Character.isLetter(bb) && (b != '.' || Character.isLowerCase(bb))
                || "”’\")]".indexOf(bb) >= 0;
      } else {
        beforeOk = false;
      }
      if (endOk && beforeOk) {
        return i;
      }
      i = text.indexOf(label, i + 1);
    }
    return -1;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** For tests: the repaired texts. */
  static List<String> texts(Result r) {
    return r.pieces().stream().map(Piece::text).toList();
  }
}
