package org.draftkit.layout;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Metadata;

/**
 * Reads the masthead of a UN document line by line into {@link Metadata}: "United Nations", the
 * symbol, "General Assembly", "Distr.: General", the date, "Original: English", "Seventy-ninth
 * session", "Agenda item 75 (c)". Not thread-safe: one instance reads one document.
 *
 * @since 0.1
 */
public final class FrontMatter {

  /** What a masthead line says. */
  public enum Field {
    ORGAN,
    SYMBOL,
    DISTRIBUTION,
    DATE,
    LANGUAGE,
    SESSION,
    AGENDA_ITEM,
    JOB,
    /**
     * The place and dates of the session ("Paris, 29 November–5 December 2015"): no field of its
     * own.
     */
    MEETING
  }

  private static final Pattern DISTR = Pattern.compile("(?i)^Distr\\.?\\s*:\\s*(\\p{L}+)\\s*$");
  private static final Pattern ORIGINAL = Pattern.compile("(?i)^Original\\s*:\\s*(\\p{L}+)\\s*$");
  private static final Pattern SESSION =
      Pattern.compile(
          "(?i)^(?:[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:special\\s+|emergency\\s+)?session"
              + "(?:\\s*,\\s*part\\s+\\p{L}+)?|\\d{1,3}(?:st|nd|rd|th)\\s+session)\\s*$");
  private static final Pattern AGENDA = Pattern.compile("(?i)^(Agenda\\s+items?\\s+.+)$");
  private static final Pattern ORGAN =
      Pattern.compile(
          "(?i)^(United Nations|Nations Unies|Naciones Unidas|General Assembly|Security Council"
              + "|Economic and Social Council|Human Rights Council|Assemblée générale|Asamblea General"
              + "|Framework Convention on Climate Change|Conference of the Parties"
              // UNFCCC bodies, whose mastheads name the body and the session but seldom a symbol
              + "|Conference of the Parties serving as the meeting of the Parties to the (?:Paris Agreement|Kyoto Protocol)"
              + "|Subsidiary Body for (?:Scientific and Technological Advice|Implementation)"
              + "|Ad Hoc Working Group on (?:the )?[\\p{L} -]{5,80})\\s*$");
  private static final String MONTHS =
      "(?:January|February|March|April|May|June|July|August|September|October"
          + "|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";

  /**
   * "Geneva, Switzerland": a city and a country, two capitalised names of one or two words each.
   */
  private static final Pattern VENUE =
      Pattern.compile(
          "^\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?, \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?$");

  /** "Paris, 29 November-5 December 2015", "8–13 February 2015", "Bonn, 1–11 June 2015". */
  private static final Pattern MEETING =
      Pattern.compile(
          "(?i)^(?:\\p{Lu}[\\p{L}' .-]{1,40},\\s*)?\\d{1,2}(?:er)?(?:\\s+"
              + MONTHS
              + ")?\\s*[-–—]\\s*\\d{1,2}\\s+"
              + MONTHS
              + "\\s+\\d{4}$");

  private static final Map<String, String> LANGUAGES =
      Map.of(
          "english",
          "en",
          "french",
          "fr",
          "spanish",
          "es",
          "arabic",
          "ar",
          "russian",
          "ru",
          "chinese",
          "zh",
          "anglais",
          "en",
          "français",
          "fr",
          "inglés",
          "en");

  private final Metadata.Builder metadata;
  private int lines;

  /** Starts reading into a copy of {@code base}. */
  public FrontMatter(Metadata base) {
    this.metadata = (base == null ? Metadata.EMPTY : base).toBuilder();
  }

  /**
   * Reads one masthead line; returns what it was, or empty when it is not a masthead line (the
   * caller decides whether the masthead has ended).
   */
  public Optional<Field> accept(String line) {
    String s = line.replace('\u00a0', ' ').strip();
    Optional<Field> f = classify(s);
    if (f.isEmpty()) {
      return f;
    }
    lines++;
    Metadata current = metadata.build();
    switch (f.get()) {
      case SYMBOL -> {
        if (current.symbol() == null) {
          metadata.symbol(s);
        }
      }
      case DISTRIBUTION -> {
        Matcher m = DISTR.matcher(s);
        if (m.matches()) {
          metadata.distribution(m.group(1));
        }
      }
      case DATE -> {
        if (current.date() == null) {
          UnDates.parseLine(s).ifPresent(metadata::date);
        }
      }
      case LANGUAGE -> {
        Matcher m = ORIGINAL.matcher(s);
        if (m.matches()) {
          metadata.language(
              LANGUAGES.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), m.group(1)));
        }
      }
      case SESSION -> metadata.session(s);
      case AGENDA_ITEM -> metadata.agendaItem(s);
      default -> {}
    }
    return f;
  }

  /** What the line is, without reading it. */
  public static Optional<Field> classify(String line) {
    String s = line.replace('\u00a0', ' ').strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (ORGAN.matcher(s).matches()) {
      return Optional.of(Field.ORGAN);
    }
    if (DISTR.matcher(s).matches()) {
      return Optional.of(Field.DISTRIBUTION);
    }
    if (ORIGINAL.matcher(s).matches()) {
      return Optional.of(Field.LANGUAGE);
    }
    if (UnSymbols.isSymbol(s)) {
      return Optional.of(Field.SYMBOL);
    }
    if (UnDates.parseLine(s).isPresent()) {
      return Optional.of(Field.DATE);
    }
    if (SESSION.matcher(s).matches()) {
      return Optional.of(Field.SESSION);
    }
    if (AGENDA.matcher(s).matches()) {
      return Optional.of(Field.AGENDA_ITEM);
    }
    if (MEETING.matcher(s).matches() || VENUE.matcher(s).matches()) {
      return Optional.of(Field.MEETING);
    }
    Optional<RunningHeads.Kind> k = RunningHeads.classify(s);
    if (k.isPresent()
        && (k.get() == RunningHeads.Kind.JOB_NUMBER
            || k.get() == RunningHeads.Kind.BARCODE
            || k.get() == RunningHeads.Kind.RECYCLE)) {
      return Optional.of(Field.JOB);
    }
    return Optional.empty();
  }

  /** Appends a continuation of the agenda item's title (the lines after "Agenda item 15"). */
  public void agendaTitle(String line) {
    lines++;
    String t = metadata.build().title();
    // the agenda title is kept only until the document's own title is known
    metadata.title(t == null ? line.strip() : t + " " + line.strip());
  }

  /** Sets the document title, replacing an agenda title. */
  public void title(String title) {
    metadata.title(title);
  }

  /** How many lines were read into metadata. */
  public int lines() {
    return lines;
  }

  /** The metadata read so far. */
  public Metadata metadata() {
    return metadata.build();
  }

  private static final Pattern RESOLUTION_TITLE =
      Pattern.compile("^\\d{1,3}/\\d{1,4}\\s*\\.\\s+(.+)$");

  /**
   * The title in a resolution heading ("79/271. Agreement under …" → "Agreement under …"), or empty
   * when the heading is not one.
   */
  public static Optional<String> resolutionTitle(String heading) {
    Matcher m = RESOLUTION_TITLE.matcher(heading.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
