package org.draftkit.importer.markdown.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.draftkit.layout.Preambles;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.ParagraphNumber.Scheme;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;

/**
 * Turns {@link Block}s into a {@link Document} the way UN texts are structured, whatever the
 * source format:
 *
 * <ol>
 *   <li>a paragraph split in two by a stray blank line (the first part ends mid-sentence, the second
 *       starts in lower case) is joined again, with a diagnostic;
 *   <li>labels: an ordered-list number, or a label printed at the start of the text ("66.",
 *       "83 bis", "(a)", "PP3", "I.", after an opening quote too), read with {@link LeadingLabel};
 *       a bare number without a dot ("53 Recalls") only when it follows the previous number;
 *   <li>a short "I. Introduction" or "A. Finance" line is a heading;
 *   <li>sub-items: "(a)" belongs to the latest top-level paragraph, "(i)" to the latest "(a)" (or is
 *       the letter i after "(h)"); nested list items and later paragraphs of a list item belong to
 *       their item; sub-items take their parent's kind;
 *   <li>kinds: numbered paragraphs are operative ("PP3" preambular); in a text with numbered
 *       paragraphs, an unnumbered paragraph before the first of them that opens with a participle or
 *       an italic phrase and ends with a comma ("Recalling …,") is preambular; the rest is "other".
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class Assembler {

  private static final Set<Character> OPENING_QUOTES = Set.of('"', '\u201c', '\u2018', '\'', '\u00ab');
  private static final Pattern LEADING_NOISE = Pattern.compile(
      "^(?:[\\s\\[\"\u201c\u2018(]|(?:Option|Alternative|Alt\\.?)\\s*\\w{0,3}\\s*[:.\u2013-]\\s*)+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_NOISE = Pattern.compile("[\\s\\])\"\u201d\u2019*]+$");
  private static final Pattern FIRST_WORDS = Pattern.compile(
      "^(?:(?:Also|Further|Furthermore|Deeply|Gravely|Seriously|Strongly|Fully|Firmly|Further also|Noting further)\\s+)?"
          + "(\\p{Lu}[\\p{L}-]+)");
  private static final Set<String> PREAMBLE_WORDS = Set.of(
      "Aware", "Mindful", "Conscious", "Cognizant", "Cognisant", "Convinced", "Determined", "Desirous", "Alarmed",
      "Concerned", "Guided", "Pleased", "Encouraged", "Pursuant", "Committed", "Resolved", "Bearing", "Having",
      "Recognising", "Underlining", "Deploring", "Appreciative", "Grateful", "Gratified", "Disturbed", "Dismayed",
      "Inspired", "Persuaded", "Satisfied", "Welcoming");
  private static final Set<String> NOT_PARTICIPLES = Set.of(
      "Nothing", "Something", "Anything", "Everything", "During", "Morning", "Evening", "Spring", "Bring", "String",
      "Thing", "King", "Ring", "Wing", "Ceiling", "Building", "Meeting", "Funding", "Financing", "Training",
      "Warning", "Beijing", "Pending");
  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ISO_LOCAL_DATE);
  private static final int HEADING_MAX_WORDS = 12;
  private static final int DATE_SEARCH_BLOCKS = 6;

  private final String codePrefix;

  /**
   * An assembler.
   *
   * @param codePrefix the prefix of the diagnostic codes it reports ("md", "txt")
   */
  public Assembler(String codePrefix) {
    this.codePrefix = codePrefix;
  }

  /**
   * Builds the document.
   *
   * @param input the blocks in reading order; a block's parent comes before it
   * @param footnotes footnote bodies
   * @param diagnostics what reading the source already reported
   * @param metadata what is known of the document (front matter); the title defaults to the first
   *     heading, the date to an early paragraph that is only a date
   * @param source the source name for locations
   */
  public Document assemble(List<Block> input, List<Footnote> footnotes, List<Diagnostic> diagnostics,
      Metadata metadata, String source) {
    List<Diagnostic> notes = new ArrayList<>(diagnostics);
    List<Block> blocks = rejoin(input, notes, source);
    List<Item> items = label(blocks, notes, source);
    structure(items);

    Document.Builder doc = Document.builder().metadata(metadata(metadata, items, source));
    for (Item it : items) {
      doc.add(it.number, it.kind, it.runs, it.parent, SourceLocation.line(source, it.line));
    }
    footnotes.forEach(doc::footnote);
    notes.forEach(doc::diagnostic);
    return doc.build();
  }

  /** A paragraph being assembled. */
  private static final class Item {
    Block.Role role;
    List<Run> runs;
    ParagraphNumber number;
    Integer parent;
    int line;
    ParagraphKind kind = ParagraphKind.OTHER;

    String text() {
      return RunText.text(runs);
    }

    boolean isHeading() {
      return role == Block.Role.HEADING;
    }
  }

  private List<Block> rejoin(List<Block> input, List<Diagnostic> notes, String source) {
    List<Block> out = new ArrayList<>(input.size());
    List<Run> pending = null;
    int[] newIndex = new int[input.size()];
    for (int i = 0; i < input.size(); i++) {
      Block b = input.get(i);
      Integer parent = b.parent() == null ? null : newIndex[b.parent()];
      b = new Block(b.role(), b.runs(), b.label(), parent, b.line());
      if (!out.isEmpty() && continues(out.get(out.size() - 1), b)) {
        Block prev = out.get(out.size() - 1);
        if (pending == null) {
          pending = new ArrayList<>(prev.runs());
        }
        pending.add(Run.plain(" "));
        pending.addAll(b.runs());
        // the joined block's text only matters at its end, for the next decision
        out.set(out.size() - 1, new Block(prev.role(), b.runs(), prev.label(), prev.parent(), prev.line()));
        notes.add(Diagnostic.info(codePrefix + ".paragraph-rejoined",
            "a paragraph broken off mid-sentence by a blank line was joined to the one before (line "
                + prev.line() + ")", SourceLocation.line(source, b.line())));
        newIndex[i] = out.size() - 1;
        continue;
      }
      settle(out, pending);
      pending = null;
      out.add(b);
      newIndex[i] = out.size() - 1;
    }
    settle(out, pending);
    return out;
  }

  /** Gives the last block the runs collected for it while joining, if any. */
  private static void settle(List<Block> out, List<Run> pending) {
    if (pending != null) {
      Block last = out.get(out.size() - 1);
      out.set(out.size() - 1, new Block(last.role(), Runs.normalize(pending), last.label(), last.parent(), last.line()));
    }
  }

  /** Whether {@code next} is the rest of {@code prev}, cut off by a stray blank line. */
  private static boolean continues(Block prev, Block next) {
    if (prev.role() == Block.Role.HEADING || next.role() != Block.Role.PARAGRAPH || next.parent() != null
        || next.label() != null) {
      return false;
    }
    String a = prev.text();
    String b = next.text();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return Character.isLetterOrDigit(a.charAt(a.length() - 1)) && Character.isLowerCase(b.codePointAt(0))
        && LeadingLabel.find(b).isEmpty();
  }

  private List<Item> label(List<Block> blocks, List<Diagnostic> notes, String source) {
    List<Item> items = new ArrayList<>(blocks.size());
    ParagraphNumber lastArabic = null;
    for (Block b : blocks) {
      Item it = new Item();
      it.role = b.role();
      it.runs = b.runs();
      it.number = b.label();
      it.parent = b.parent();
      it.line = b.line();
      if (it.number == null) {
        String text = it.text();
        int quote = !text.isEmpty() && OPENING_QUOTES.contains(text.charAt(0)) ? 1 : 0;
        Optional<LeadingLabel> found = LeadingLabel.find(text.substring(quote));
        if (found.isEmpty() && quote == 0 && !it.isHeading() && it.parent == null && lastArabic != null) {
          found = LeadingLabel.findLenient(text).filter(successorOf(lastArabic));
          if (found.isPresent()) {
            notes.add(Diagnostic.info(codePrefix + ".label-without-dot", "paragraph number "
                + found.get().number().label() + " has no dot; taken as a label because it follows "
                + lastArabic.label(), SourceLocation.line(source, b.line())));
          }
        }
        if (found.isPresent()) {
          it.number = found.get().number();
          it.runs = RunText.strip(RunText.cut(it.runs, quote, quote + found.get().length()));
        }
      }
      if (it.number != null && !it.isHeading() && it.parent == null && it.number.scheme() == Scheme.ARABIC) {
        lastArabic = it.number;
      }
      if (!it.isHeading() && isSectionLabel(it.number) && looksLikeHeading(it.text())) {
        it.role = Block.Role.HEADING;
      }
      items.add(it);
    }
    return items;
  }

  private static java.util.function.Predicate<LeadingLabel> successorOf(ParagraphNumber previous) {
    return l -> {
      ParagraphNumber n = l.number();
      return n.scheme() == Scheme.ARABIC && n.suffix() == 0 && n.parts().size() == 1
          && previous.parts().size() == 1 && n.parts().get(0) == previous.parts().get(0) + 1;
    };
  }

  private static boolean isSectionLabel(ParagraphNumber n) {
    return n != null && (n.scheme() == Scheme.UPPER_ROMAN || n.scheme() == Scheme.UPPER_LETTER);
  }

  private static boolean looksLikeHeading(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return true;
    }
    char last = t.charAt(t.length() - 1);
    return t.split("\\s+").length <= HEADING_MAX_WORDS && ".,;:".indexOf(last) < 0;
  }

  /**
   * Where labels attach inside one container: the document, or one list item whose nested
   * paragraphs are numbered on their own.
   */
  private static final class Scope {
    final Integer base;
    int lastTop = -1;
    int lastLetter = -1;

    Scope(Integer base) {
      this.base = base;
    }

    Integer top() {
      return lastTop >= 0 ? Integer.valueOf(lastTop) : base;
    }
  }

  private void structure(List<Item> items) {
    int firstNumbered = -1;
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (!it.isHeading() && it.parent == null && it.number != null && (it.number.scheme() == Scheme.ARABIC
          || it.number.scheme() == Scheme.OPERATIVE || it.number.scheme() == Scheme.PREAMBULAR)) {
        firstNumbered = i;
        break;
      }
    }
    Scope document = new Scope(null);
    Map<Integer, Scope> containers = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.isHeading()) {
        it.kind = ParagraphKind.HEADING;
        document.lastTop = -1;
        document.lastLetter = -1;
        continue;
      }
      Scope scope = it.parent == null ? document : containers.computeIfAbsent(it.parent, Scope::new);
      Scheme scheme = it.number == null ? null : it.number.scheme();
      if (scheme == Scheme.LOWER_ROMAN && scope.lastLetter >= 0
          && followsLetter(items.get(scope.lastLetter).number, it.number)) {
        it.number = ParagraphNumber.letter(it.number.label()).orElse(it.number);
        scheme = it.number.scheme();
      }
      if (scheme == null) {
        it.parent = scope.base;
        if (it.parent == null && firstNumbered > i && looksPreambular(it.runs)) {
          it.kind = ParagraphKind.PREAMBULAR;
        }
        if (it.text().stripTrailing().endsWith(":")) {
          scope.lastTop = i;
          scope.lastLetter = -1;
        }
      } else {
        switch (scheme) {
          case LOWER_LETTER -> {
            it.parent = scope.top();
            scope.lastLetter = i;
          }
          case LOWER_ROMAN -> it.parent = scope.lastLetter >= 0 ? Integer.valueOf(scope.lastLetter) : scope.top();
          case ARABIC, OPERATIVE, PREAMBULAR, UPPER_ROMAN, UPPER_LETTER -> {
            it.parent = scope.base;
            scope.lastTop = i;
            scope.lastLetter = -1;
          }
          default -> it.parent = scope.base;
        }
        if (it.parent == null) {
          it.kind = switch (scheme) {
            case ARABIC, OPERATIVE -> ParagraphKind.OPERATIVE;
            case PREAMBULAR -> ParagraphKind.PREAMBULAR;
            default -> ParagraphKind.OTHER;
          };
        }
      }
      if (it.parent != null) {
        it.kind = inherited(items, it.parent);
      }
    }
  }

  private static ParagraphKind inherited(List<Item> items, int parent) {
    ParagraphKind k = items.get(parent).kind;
    return k == ParagraphKind.HEADING ? ParagraphKind.OTHER : k;
  }

  /** Whether a roman-looking "(i)", "(v)" or "(x)" is really the letter after "(h)", "(u)" or "(w)". */
  private static boolean followsLetter(ParagraphNumber previous, ParagraphNumber current) {
    String prev = previous.label().replace("(", "").replace(")", "");
    String cur = current.label().replace("(", "").replace(")", "");
    return prev.length() == 1 && cur.length() == 1 && prev.charAt(0) + 1 == cur.charAt(0);
  }

  /**
   * "Recalling …,", "*Being* Parties …,", "[*Taking* account …,]": opens with a participle (or a
   * preamble adjective such as "Aware") or a short italic phrase, and ends with a comma or semicolon.
   */
  static boolean looksPreambular(List<Run> runs) {
    String text = RunText.text(runs);
    StringBuilder visible = new StringBuilder();
    runs.stream().filter(r -> !r.has(Mark.FOOTNOTE_REFERENCE)).forEach(r -> visible.append(r.text()));
    String tail = TRAILING_NOISE.matcher(visible).replaceAll("");
    if (tail.isEmpty() || (tail.charAt(tail.length() - 1) != ',' && tail.charAt(tail.length() - 1) != ';')) {
      return false;
    }
    String head = LEADING_NOISE.matcher(text).replaceFirst("");
    if (Preambles.opens(head)) {
      return true;
    }
    var m = FIRST_WORDS.matcher(head);
    if (m.find()) {
      String word = m.group(1);
      if (PREAMBLE_WORDS.contains(word)
          || word.length() >= 5 && word.endsWith("ing") && !NOT_PARTICIPLES.contains(word)) {
        return true;
      }
    }
    return startsWithItalicPhrase(runs);
  }

  private static boolean startsWithItalicPhrase(List<Run> runs) {
    int i = 0;
    while (i < runs.size() && !runs.get(i).has(Mark.ITALIC) && runs.get(i).text().matches("[\\s\\[(\"\u201c]*")) {
      i++;
    }
    if (i >= runs.size() || !runs.get(i).has(Mark.ITALIC)) {
      return false;
    }
    String phrase = runs.get(i).text().replaceAll("[\\[\\]]", " ").strip();
    if (phrase.isEmpty() || !Character.isUpperCase(phrase.codePointAt(0)) || phrase.split("\\s+").length > 4) {
      return false;
    }
    for (int k = i + 1; k < runs.size(); k++) {
      if (!runs.get(k).has(Mark.ITALIC) && runs.get(k).text().chars().anyMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  private static Metadata metadata(Metadata given, List<Item> items, String source) {
    Metadata.Builder m = given.toBuilder();
    if (given.source() == null) {
      m.source(source);
    }
    if (given.title() == null) {
      items.stream().filter(Item::isHeading).map(it -> it.text().strip()).filter(t -> !t.isEmpty())
          .findFirst().ifPresent(m::title);
    }
    if (given.date() == null) {
      items.stream().limit(DATE_SEARCH_BLOCKS).filter(it -> !it.isHeading() && it.number == null)
          .map(it -> parseDate(it.text())).flatMap(Optional::stream).findFirst().ifPresent(m::date);
    }
    return m.build();
  }

  /** The date, when the whole text is one ("9 December 2025", "December 9, 2025", "2025-12-09"). */
  static Optional<LocalDate> parseDate(String text) {
    String t = text.strip();
    if (t.length() > 30) {
      return Optional.empty();
    }
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
