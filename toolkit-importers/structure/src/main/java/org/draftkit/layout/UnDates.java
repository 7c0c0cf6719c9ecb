package org.draftkit.layout;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as UN documents print them: "4 March 2025", "16 December 2025", "5 octobre 2015".
 * Thread-safe.
 *
 * @since 0.1
 */
public final class UnDates {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12),
          Map.entry("janvier", 1),
          Map.entry("février", 2),
          Map.entry("mars", 3),
          Map.entry("avril", 4),
          Map.entry("mai", 5),
          Map.entry("juin", 6),
          Map.entry("juillet", 7),
          Map.entry("août", 8),
          Map.entry("septembre", 9),
          Map.entry("octobre", 10),
          Map.entry("novembre", 11),
          Map.entry("décembre", 12),
          Map.entry("enero", 1),
          Map.entry("febrero", 2),
          Map.entry("marzo", 3),
          Map.entry("abril", 4),
          Map.entry("mayo", 5),
          Map.entry("junio", 6),
          Map.entry("julio", 7),
          Map.entry("agosto", 8),
          Map.entry("septiembre", 9),
          Map.entry("octubre", 10),
          Map.entry("noviembre", 11),
          Map.entry("diciembre", 12));

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:er)?\\s+(?:de\\s+)?(\\p{L}+)\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern WHOLE =
      Pattern.compile("^\\s*" + DAY_MONTH_YEAR.pattern() + "\\s*$");

  private UnDates() {}

  /** The date if the whole line is one ("4 March 2025"). */
  public static Optional<LocalDate> parseLine(String line) {
    if (line == null) {
      return Optional.empty();
    }
    Matcher m = WHOLE.matcher(line);
    return m.matches() ? date(m) : Optional.empty();
  }

  /** The first date found anywhere in {@code text}. */
  public static Optional<LocalDate> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      Optional<LocalDate> d = date(m);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(Matcher m) {
    Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
    if (month == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
