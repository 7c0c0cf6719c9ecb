package org.draftkit.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * Cleans plain text that another tool extracted from a UN PDF (PyMuPDF, pdftotext): the masthead is
 * read into metadata, running heads and feet (symbol, page numbers, job numbers, barcodes and
 * running titles repeated next to them) are removed wherever they fall, footnote bodies (after a
 * "____" separator) are taken out of the flow, a paragraph cut by a page break is joined again,
 * footnote markers in the body are found and encoded so that they can become references, and
 * non-breaking hyphens become "-".
 *
 * <p>The result keeps each remaining line with its original line number; blank lines separate
 * paragraphs as in the source. Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class UnTextCleaner {

  /** Starts an encoded footnote marker inside a cleaned line; {@link #END} closes it. */
  public static final char START = '\uE000';

  /** Closes an encoded footnote marker. */
  public static final char END = '\uE001';

  private static final Pattern SEPARATOR = Pattern.compile("^\\s*_{5,}\\s*$");
  private static final Pattern NOTE_START = Pattern.compile("^\\s*(\\d{1,3}|\\*{1,3})\\s+(\\S.*)$");

  /** Share of a full line's length from which a line counts as running to the right margin. */
  private static final double FULL_LINE = 0.85;

  private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.;:,][”’\")\\]]?$");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.;:!?][”’\")\\]]?$");

  private static final Pattern NUMBERED_NOUN =
      Pattern.compile(
          "(?i)\\b(article|articles|paragraph|paragraphs|para|paras|resolution|resolutions|decision|annex|chapter|"
              + "section|goal|goals|target|item|items|part|rule|rules|page|pages|vol\\.|no\\.|principle|option|"
              + "session|step|phase|level|grade|number|table|figure|box)\\s+$");

  private UnTextCleaner() {}

  /** A line kept in the body: its text (markers encoded) and its 1-based number in the source. */
  public record Kept(String text, int number) {}

  /** A footnote body: its label, its text and the line it starts on. */
  public record Note(String label, String text, int number) {}

  /**
   * What cleaning found and did.
   *
   * @param lines the body lines in order; blank lines separate paragraphs
   * @param notes footnote bodies in order
   * @param removed how many lines of each kind of running head were removed
   * @param metadata what the masthead said
   * @param mastheadLines how many masthead lines were read into metadata
   * @param markers how many footnote markers were linked in the body
   * @param unlinked labels of footnotes whose marker was not found in the body
   */
  public record Result(
      List<Kept> lines,
      List<Note> notes,
      Map<RunningHeads.Kind, Integer> removed,
      Metadata metadata,
      int mastheadLines,
      int markers,
      List<String> unlinked) {
    public Result {
      lines = List.copyOf(lines);
      notes = List.copyOf(notes);
      removed = Map.copyOf(removed);
      unlinked = List.copyOf(unlinked);
    }
  }

  /**
   * True when the text carries the page furniture of an extracted UN document: at least two page
   * numbers ("3/20") or a document symbol repeated on three lines or more.
   */
  public static boolean looksExtracted(List<String> lines) {
    int pageNumbers = 0;
    Map<String, Integer> symbols = new HashMap<>();
    for (String l : lines) {
      String s = l.strip();
      if (s.matches("\\d{1,4}\\s*/\\s*\\d{1,4}")) {
        pageNumbers++;
      } else if (UnSymbols.isSymbol(s)) {
        symbols.merge(s, 1, Integer::sum);
      }
      if (pageNumbers >= 2) {
        return true;
      }
    }
    return symbols.values().stream().anyMatch(n -> n >= 3);
  }

  /** Cleans {@code lines} (the source's lines, without line ends). */
  public static Result clean(List<String> lines) {
    int n = lines.size();
    String[] text = new String[n];
    for (int i = 0; i < n; i++) {
      text[i] = lines.get(i).replace('\u2011', '-');
    }
    boolean[] gone = new boolean[n];
    Map<RunningHeads.Kind, Integer> removed = new EnumMap<>(RunningHeads.Kind.class);

    // 1. the masthead: recognised lines (and blanks) from the top
    FrontMatter masthead = new FrontMatter(Metadata.EMPTY);
    int i = 0;
    for (; i < n; i++) {
      if (text[i].isBlank()) {
        gone[i] = true;
        continue;
      }
      if (masthead.accept(text[i]).isEmpty()) {
        break;
      }
      gone[i] = true;
    }
    if (masthead.lines() < 2) {
      java.util.Arrays.fill(gone, 0, i, false);
    }

    // 2. running heads: recognised lines, and lines repeated 3+ times next to them
    Map<String, Integer> counts = new HashMap<>();
    for (String t : text) {
      if (!t.isBlank()) {
        counts.merge(t.strip(), 1, Integer::sum);
      }
    }
    RunningHeads.Kind[] kind = new RunningHeads.Kind[n];
    for (int k = 0; k < n; k++) {
      if (!gone[k]) {
        kind[k] = RunningHeads.classify(text[k]).orElse(null);
      }
    }
    boolean[] furniture = new boolean[n];
    for (int k = 0; k < n; k++) {
      if (kind[k] == null) {
        continue;
      }
      furniture[k] = true;
      for (int u = k - 1;
          u >= 0
              && !gone[u]
              && !text[u].isBlank()
              && (kind[u] != null || repeated(text[u], counts));
          u--) {
        furniture[u] = true;
      }
      for (int d = k + 1;
          d < n && !gone[d] && (text[d].isBlank() || kind[d] != null || repeated(text[d], counts));
          d++) {
        furniture[d] = true;
      }
    }
    for (int k = 0; k < n; k++) {
      if (furniture[k] && !text[k].isBlank()) {
        removed.merge(kind[k] == null ? RunningHeads.Kind.REPEATED : kind[k], 1, Integer::sum);
      }
    }

    // 3. footnote blocks: from a separator to the next running head (or the end)
    List<Note> notes = new ArrayList<>();
    boolean[] note = new boolean[n];
    List<int[]> pageBodies =
        new ArrayList<>(); // [first body line, separator line] per footnote block
    int pageStart = 0;
    for (int k = 0; k < n; k++) {
      if (furniture[k]) {
        pageStart = k + 1;
      }
      if (gone[k] || furniture[k] || !SEPARATOR.matcher(text[k]).matches()) {
        continue;
      }
      int end = k + 1;
      while (end < n && !furniture[end]) {
        end++;
      }
      int firstNote = notes.size();
      readNotes(text, k + 1, end, notes);
      for (int x = k; x < end; x++) {
        note[x] = true;
      }
      pageBodies.add(new int[] {pageStart, k, firstNote, notes.size()});
      k = end - 1;
    }

    // 4. footnote markers in the page body that precedes each footnote block
    int markers = 0;
    List<String> unlinked = new ArrayList<>();
    for (int[] page : pageBodies) {
      int from = page[0];
      int col = 0;
      for (int f = page[2]; f < page[3]; f++) {
        String label = notes.get(f).label();
        int[] at = findMarker(text, gone, furniture, from, col, page[1], label);
        if (at == null) {
          unlinked.add(label);
          continue;
        }
        String t = text[at[0]];
        text[at[0]] =
            t.substring(0, at[1]) + START + label + END + t.substring(at[1] + label.length());
        from = at[0];
        col = at[1] + label.length() + 2;
        markers++;
      }
    }

    // 5. the body, with paragraphs cut by page breaks joined again
    int measure = measure(text, gone, note, furniture);
    List<Kept> out = new ArrayList<>();
    boolean pendingBreak = false;
    for (int k = 0; k < n; k++) {
      if (gone[k] || note[k] || furniture[k]) {
        if ((furniture[k] || note[k]) && !out.isEmpty()) {
          pendingBreak = true;
        }
        continue;
      }
      if (pendingBreak) {
        pendingBreak = false;
        if (!text[k].isBlank()) {
          Kept last = lastText(out);
          boolean newParagraph = last == null || startsParagraph(last.text(), text[k], measure);
          trimTrailingBlanks(out);
          if (newParagraph) {
            out.add(new Kept("", k + 1));
          }
        } else {
          pendingBreak = true;
          continue;
        }
      }
      out.add(new Kept(text[k], k + 1));
    }
    return new Result(
        out,
        notes,
        removed,
        masthead.lines() >= 2 ? masthead.metadata() : Metadata.EMPTY,
        masthead.lines() >= 2 ? masthead.lines() : 0,
        markers,
        unlinked);
  }

  private static boolean repeated(String line, Map<String, Integer> counts) {
    String s = line.strip();
    return s.length() <= 90 && counts.getOrDefault(s, 0) >= 3;
  }

  private static void readNotes(String[] text, int from, int to, List<Note> notes) {
    String label = null;
    StringBuilder body = new StringBuilder();
    int start = 0;
    for (int k = from; k < to; k++) {
      String t = text[k].strip();
      if (t.isEmpty()) {
        continue;
      }
      Matcher m = NOTE_START.matcher(t);
      if (m.matches()) {
        if (label != null) {
          notes.add(new Note(label, body.toString(), start));
        }
        label = m.group(1);
        body.setLength(0);
        body.append(m.group(2).strip());
        start = k + 1;
      } else if (label != null) {
        appendLine(body, t);
      } else {
        label = "*";
        body.append(t);
        start = k + 1;
      }
    }
    if (label != null) {
      notes.add(new Note(label, body.toString(), start));
    }
  }

  private static void appendLine(StringBuilder body, String next) {
    int n = body.length();
    boolean hyphen = n >= 2 && body.charAt(n - 1) == '-' && Character.isLetter(body.charAt(n - 2));
    if (!hyphen) {
      body.append(' ');
    }
    body.append(next);
  }

  /**
   * Finds footnote marker {@code label} in body lines [from, to), at or after column {@code col} of
   * line {@code from}: attached to the end of a word or punctuation ("Principles,3"), or alone
   * after punctuation ("Commitment, 1 which").
   */
  private static int[] findMarker(
      String[] text, boolean[] gone, boolean[] furniture, int from, int col, int to, String label) {
    String q = Pattern.quote(label);
    Pattern attached = Pattern.compile("(?<=[\\p{Ll}.,;:”’)\\]])" + q + "(?=\\s|$)");
    Pattern spaced = Pattern.compile("(?<=[.,;:”’)\\]] )" + q + "(?=\\s|$)");
    // weakest: a lone number after a word at the very end of a line ("… Disabilities 7"),
    // unless the word is one that numbers follow ("article 7", "resolution 70")
    Pattern endOfLine = Pattern.compile("(?<=\\p{L} )" + q + "\\s*$");
    for (Pattern p : new Pattern[] {attached, spaced, endOfLine}) {
      for (int k = from; k < to; k++) {
        if (gone[k] || furniture[k]) {
          continue;
        }
        Matcher m = p.matcher(text[k]);
        if (m.find(k == from ? Math.min(col, text[k].length()) : 0)
            && !(p == endOfLine && NUMBERED_NOUN.matcher(text[k].substring(0, m.start())).find())) {
          return new int[] {k, m.start()};
        }
      }
    }
    return null;
  }

  private static Kept lastText(List<Kept> out) {
    for (int k = out.size() - 1; k >= 0; k--) {
      if (!out.get(k).text().isBlank()) {
        return out.get(k);
      }
    }
    return null;
  }

  private static void trimTrailingBlanks(List<Kept> out) {
    while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
      out.remove(out.size() - 1);
    }
  }

  /**
   * Whether {@code next} opens a new paragraph after {@code previous} across a page break. A label
   * or a preambular opening starts one; otherwise a last line that runs to the right margin ({@code
   * measure}: the usual length of a full line), followed by a full line or by the paragraph's
   * closing words, says the paragraph goes on over the page whatever its last word ("… Member
   * States." ⏎ page ⏎ "We also welcome …"), and a shorter last line ending a sentence says it
   * ended.
   */
  private static boolean startsParagraph(String previous, String next, int measure) {
    String p = previous.strip();
    String s = next.strip();
    Optional<LeadingLabel> label = LeadingLabel.find(s);
    if (label.isPresent() || ParagraphNumber.parse(s).isPresent() && s.length() <= 8) {
      return true;
    }
    if (Preambles.opens(s) && (p.endsWith(",") || ENDS_SENTENCE.matcher(p).matches())) {
      return true;
    }
    // the next line must read on too: a full line, or the paragraph's last words ending a clause;
    // a heading's first line is short and ends with no punctuation
    if (measure > 0
        && p.length() >= measure * FULL_LINE
        && (s.length() >= measure * FULL_LINE || ENDS_CLAUSE.matcher(s).matches())) {
      return false;
    }
    return ENDS_SENTENCE.matcher(p).matches()
        && !s.isEmpty()
        && Character.isUpperCase(s.codePointAt(0));
  }

  /**
   * The length of a full line of the body: the upper quartile of the lengths of body lines longer
   * than 20 characters (shorter ones end paragraphs or are headings); 0 when there are too few
   * lines to tell.
   */
  private static int measure(String[] text, boolean[] gone, boolean[] note, boolean[] furniture) {
    List<Integer> lengths = new ArrayList<>();
    for (int k = 0; k < text.length; k++) {
      int len = text[k].strip().length();
      if (!gone[k] && !note[k] && !furniture[k] && len > 20) {
        lengths.add(len);
      }
    }
    if (lengths.size() < 20) {
      return 0;
    }
    lengths.sort(null);
    return lengths.get(lengths.size() * 3 / 4);
  }

  /**
   * Splits cleaned text into runs: encoded markers become {@link Mark#FOOTNOTE_REFERENCE} runs
   * whose text and {@code ref} are the label; the rest is plain.
   */
  public static List<Run> runs(String cleaned) {
    List<Run> runs = new ArrayList<>();
    int at = 0;
    while (at < cleaned.length()) {
      int s = cleaned.indexOf(START, at);
      int e = s < 0 ? -1 : cleaned.indexOf(END, s);
      if (s < 0 || e < 0) {
        runs.add(Run.plain(cleaned.substring(at)));
        break;
      }
      if (s > at) {
        runs.add(Run.plain(cleaned.substring(at, s)));
      }
      String label = cleaned.substring(s + 1, e);
      runs.add(new Run(label, java.util.EnumSet.of(Mark.FOOTNOTE_REFERENCE), null, null, label));
      at = e + 1;
    }
    return runs;
  }
}
